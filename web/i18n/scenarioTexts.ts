/**
 * Chinese names and questions of the ready scenarios. The English ones live in the
 * scenario files themselves (scenarios/*.json); a test checks every file has its Chinese.
 */
import { PATHS, pathScenarioFile, type PolicyPath } from '../../sim/experiment/paths.ts';
import { getLanguage } from './index.ts';

/** Chinese titles and descriptions of the paper's paths (sim/experiment/paths.ts), by id. */
export const PATH_TEXTS_ZH: Readonly<Record<string, { title: string; description: string }>> = {
  consortium: { title: '乡镇（街道）社会救助服务联合体', description: '民政专干、慈善工作者、社区社工和志愿者骨干通过“一门受理”共用一张个案清单（每1万户4名工作人员，相当于一个乡镇社工站加上民政专干，每人负责25户）：任何一方知道的需求，各方都知道，列入清单的个案联合评估。由政府按每人每年62,000元负担。' },
  earmarked_services: { title: '定向购买服务，按成效付费', description: '资助只给社区慈善组织（基层救助力量），只用于照护、心理社会和就业服务；按成效评估时，组织得到的资助取决于其帮助中真正满足需求的比例，这部分钱不再用于发放“看得见”的标准物资包。第三方评估费用为资助额的5%。' },
  tiered_need_lists: { title: '分级分类需求清单', description: '慈善组织按紧急程度（严重程度分级）、需求类型（先生存和医疗）、未满足的月数处理当月个案，而不是随机顺序；维护清单在政府平台上每个列入的个案每月花费15元工作时间。' },
  support_networks: { title: '支持网络、照护者支持与专业化服务', description: '社区慈善工作帮助家庭建立社会联系（每受助一个月增加半个联系），带来更多外展发现和众筹；照护服务让照护者得到喘息，受支持的照护需求每月多缓解5%；组织在最常做的服务上成本最多降低20%（一机构一品牌）。强度为假设；慈善组织为每户每月的网络建设付出1小时工作时间，为每位照护者付出2小时，每个组织每年培训费20,000元。' },
  monitoring: { title: '监督评估与第三方评估', description: '政府对80%的慈善组织进行监督和第三方评估，每个组织每年20,000元，使其发生丑闻的风险减半。它只降低模型内部产生的丑闻（charities.scandals.ratePerYear，默认为0：需设定才能看到效果）。' },
  volunteers: { title: '志愿者作为服务力量', description: '志愿服务时间为公开数据的两倍（每户每年6.5小时），其中三分之一以照护和心理社会服务的形式提供（探访、喘息、陪伴）：更多外展、更多服务而不花现金，志愿者协调每小时5元。' },
  regular_giving: { title: '以常态化捐赠代替情感动员', description: '灾害募捐本应筹得的款项中，40%改为此后一年内的月度捐赠，既不会让捐赠者疲劳，也不受其疲劳影响：灾后最初几周少一些，之后一年多一些，维护捐赠者的费用为常态捐赠的10%。只在发生灾害且募捐使捐赠者疲劳时起作用（charities.appeals.fatiguePerAppeal）。' },
};

/** A path's title in the current language. */
export const pathTitle = (path: PolicyPath): string => (getLanguage() === 'zh' && PATH_TEXTS_ZH[path.id] ? PATH_TEXTS_ZH[path.id]!.title : path.title);

/** The Chinese of a path's ready scenario (sim/experiment/paths.ts readyPathScenario). */
const pathScenariosZh = Object.fromEntries(PATHS.map((path) => {
  const zh = PATH_TEXTS_ZH[path.id];
  return [pathScenarioFile(path), { name: `${path.section} ${zh?.title ?? path.title}`, description: `${zh?.description ?? path.description}能让多少家庭免于落入缝隙？花费多少？（gapsim levers --paths 将它与论文的其他路径一起排序。）` }];
}));

export const SCENARIO_TEXTS_ZH: Readonly<Record<string, { name: string; description: string }>> = {
  ...pathScenariosZh,
  'baseline.json': { name: '基准县', description: '默认县域，采用最常见的行政吸纳模式：政府标准化救助主导，并把规则之外的个案推送给指定慈善组织。安全网覆盖了谁？谁从缝隙中掉落，为什么？' },
  'government_alone.json': { name: '只有政府救助', description: '只有政府标准化救助、没有任何慈善力量：一个只发现金、按规则办事的安全网留下了哪些未满足的需求（照护、心理社会、就业、无本地户籍者）？' },
  'administrative_incorporation.json': { name: '行政吸纳', description: '政府把慈善资源导向其规则之外的剩余需求，并在紧急情况下统一调度慈善资金；慈善组织很少自行发现需求。当慈善只按政府名单行动时，哪些需求仍无人知晓？' },
  'social_innovation.json': { name: '社会创新', description: '慈善组织自主行动，发现政策遗漏的需求并在实践中学习，没有政府资助，也拿不到政府数据。它们能让多少隐性需求浮出水面？面对公众信任的流失又有多脆弱？' },
  'policy_driven.json': { name: '政策驱动', description: '政府通过资助和购买服务，在重点领域支持慈善组织。资助能换来多少额外帮助？慈善组织又会在多大程度上依赖这些资助？' },
  'scandal_2011.json': { name: '2011年慈善丑闻', description: '第24个月，一场与2011年红十字会事件规模相当的丑闻冲击公众对所有慈善组织的信任（当时的行政吸纳模式下）：信任从0.60跌到0.34，略低于塔西佗阈值。第一年捐赠下降多少？几年后才能恢复？这是模型对2011年公开数据的对应情景。' },
  'policy_driven_no_grants.json': { name: '政策驱动（无政府资助）', description: '政策驱动模式下，政府对慈善组织的资助为零。资助停止后，慈善组织能从捐赠者那里筹到多少？每一元资助挤出多少元捐赠？' },
  'deep_integration.json': { name: '深度融合', description: '政府与慈善组织共享脱敏数据、联合评估、双向转介，预测模型从数据中发现需求。融合能减少多少重复与延误？数据驱动的体系仍会漏掉谁？' },
  'scandal_below_tacitus.json': { name: '跌破塔西佗阈值的丑闻', description: '第24个月的一次慈善丑闻使公众信任从0.60跌到0.25，低于塔西佗阈值（0.35）：此时善行被打折扣，信任恢复缓慢。捐赠和慈善帮助会低迷多久？可与“未跌破阈值的丑闻”对照。' },
  'scandal_above_tacitus.json': { name: '未跌破塔西佗阈值的丑闻', description: '同样发生在第24个月的丑闻，但规模较小：信任从0.60降到0.45，仍在塔西佗阈值之上。它能多快恢复？与“跌破塔西佗阈值的丑闻”对照。' },
  'grant_cut.json': { name: '政策驱动下的资助削减', description: '第36个月，政府对慈善组织的资助和购买服务削减60%。依赖资助的组织早已不再自行筹款：它们的帮助会下降多少？谁会失去帮助？' },
  'midyear_disaster.json': { name: '年中灾害', description: '第3年7月（第31个月）的一场洪灾冲击了20%的家庭的生计和健康。年度预算已经安排，审批需要数月，而慈善组织发起紧急募捐。谁先提供帮助？政府需要多久才能跟上？' },
  'rural_digital_divide.json': { name: '数字鸿沟很大的农业县', description: '一个以农村为主（75%）的县，农村和老年家庭很少上网。数据驱动的融合体系还能找到他们吗？还是在仍无人知晓的需求中，农村和老年家庭占了更大比例？' },
  'data_sharing_high.json': { name: '高度数据共享', description: '民政、卫健、教育、残联和就业数据打通（0.9），政府个案数据也提供给慈善组织（0.8）。会有多少需求浮出水面？当慈善组织什么都看得到、却没有人去重时，帮助会重复吗？与“低度数据共享”对照。' },
  'data_sharing_low.json': { name: '低度数据共享', description: '各部门数据分属不同系统（0.1），慈善组织拿不到任何数据。当数据比对只能看到民政自己的记录时，会有多少需求无人知晓？与“高度数据共享”对照。' },
  'jinyun_county.json': { name: '缙云县“缙情帮”医保防贫应用', description: '论文第三部分第四节的案例：缙云县的数字应用从医保数据中识别高额自付医疗费用人员，随即推送给民政、卫健、残联、红十字会和慈善总会，并开通水滴筹绿色通道。这里表现为深度融合：卫健数据完全共享、强预测模型、一个枢纽组织（慈善总会）、更多基金会和更容易的众筹。有多少灾难性医疗需求得到满足？有多快？' },
};

/** A ready scenario's name and question in the current language. */
export function scenarioText(file: string, fallback: { name: string; description: string }): { name: string; description: string } {
  const base = file.split('/').at(-1)!;
  return getLanguage() === 'zh' && SCENARIO_TEXTS_ZH[base] ? SCENARIO_TEXTS_ZH[base] : fallback;
}
