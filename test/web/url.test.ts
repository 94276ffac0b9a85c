import { describe, expect, it } from 'vitest';
import { withPattern } from '../../sim/scenario/load.ts';
import { validateScenario } from '../../sim/scenario/validate.ts';
import { MAX_HASH_LENGTH, decodeScenario, encodeScenario } from '../../web/url.ts';

/** base64url of arbitrary bytes, the way a hand-made (or hostile) link would carry them. */
const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const linkOf = (text: string): string => `#s=${b64url(new TextEncoder().encode(text))}`;

const errorOf = (hash: string): string => {
  const result = decodeScenario(hash);
  if (result === null || result.ok) throw new Error(`expected a rejection of ${hash.slice(0, 80)}`);
  return result.error;
};

const SCENARIOS: Record<string, unknown>[] = [
  {},
  { pattern: 'deep_integration' },
  {
    name: '缙云县：缙情帮医疗救助',
    description: 'Deep integration, health data fully shared — 深度融合 with "quotes", emoji 🧧 and a\nnewline',
    seed: 7,
    months: 60,
    households: 2000,
    pattern: 'deep_integration',
    government: { dataSharing: { health: 1, education: 0.5 }, dibao: { lineRural: 700, lineUrban: 950.5 } },
    collaboration: { needPrediction: 0.85, jointAssessment: 1 },
    charities: { foundation: { perTenThousand: 2 }, crowdfunding: { launchRate: 0.04 }, hub: { count: 1 } },
    trust: { baseline: 0.55, tacitusThreshold: 0.3 },
  },
  {
    name: 'Scandal, cut and flood',
    months: 48,
    events: [
      { month: 24, type: 'trust_shock', magnitude: 0.35, kind: 'foundation' },
      { month: 12, type: 'grant_cut', share: 0.6 },
      { month: 31, type: 'disaster', share: 0.2, severity: 0.5, region: 'rural' },
      { month: 36, type: 'open_charities', kind: 'hub', count: 1 },
      { month: 40, type: 'policy', set: { 'government.dibao.lineRural': 700, 'population.digitalRural': 0.8 } },
    ],
  },
  { government: { dibao: { eligibility: 'income_pc < line and assets_pc < 12 * line' } }, population: { digitalElderlyFactor: 0.3 } },
];

describe('encodeScenario / decodeScenario', () => {
  it('round-trips raw scenarios (Chinese text, events, nested sections) to the same raw and a valid scenario', () => {
    for (const raw of SCENARIOS) {
      const hash = encodeScenario(raw);
      expect(hash).toMatch(/^#s=[A-Za-z0-9_-]*$/);
      const result = decodeScenario(hash);
      expect(result).not.toBeNull();
      if (!result?.ok) throw new Error(result?.error);
      expect(result.raw).toEqual(raw);
      expect(result.scenario).toEqual(validateScenario(withPattern(raw)));
    }
  });

  it('keeps the raw settings, not the resolved scenario', () => {
    const raw = { pattern: 'social_innovation', trust: { baseline: 0.5 } };
    const result = decodeScenario(encodeScenario(raw));
    if (!result?.ok) throw new Error('expected ok');
    expect(result.raw).toEqual(raw);
    expect(result.scenario.charities.autonomy).toBe(1); // filled in from the pattern
    expect(result.scenario.trust.baseline).toBe(0.5);
    expect(result.scenario.months).toBe(120); // a default
  });

  it('produces base64url of the UTF-8 JSON, decodable by any standard tool', () => {
    const raw = { name: '行政吸纳', months: 12 };
    const hash = encodeScenario(raw);
    expect(Buffer.from(hash.slice(3), 'base64url').toString('utf8')).toBe(JSON.stringify(raw));
    expect(hash).toBe(linkOf(JSON.stringify(raw)));
  });

  it('gives a stable link: encode(decode(x)) === x', () => {
    for (const raw of SCENARIOS) {
      const hash = encodeScenario(raw);
      const result = decodeScenario(hash);
      if (!result?.ok) throw new Error('expected ok');
      expect(encodeScenario(result.raw)).toBe(hash);
      const again = decodeScenario(encodeScenario(result.raw));
      if (!again?.ok) throw new Error('expected ok');
      expect(encodeScenario(again.raw)).toBe(hash);
    }
  });

  it('accepts the hash with or without #, and next to other hash parts', () => {
    const hash = encodeScenario({ months: 24 });
    for (const variant of [hash, hash.slice(1), `${hash}&lesson=2`, `#lesson=2&${hash.slice(1)}`]) {
      const result = decodeScenario(variant);
      expect(result?.ok, variant).toBe(true);
    }
  });

  it('returns null when the URL holds no scenario', () => {
    for (const hash of ['', '#', '#lesson=3', '#javascript:alert(1)', '#sx=abc']) expect(decodeScenario(hash), hash).toBeNull();
  });
});

describe('decodeScenario rejects bad links with a message naming the problem', () => {
  it('refuses anything over 20,000 characters before reading it', () => {
    const long = `#s=${'A'.repeat(MAX_HASH_LENGTH)}`;
    expect(errorOf(long)).toMatch(/20003 characters long; .*at most 20000/);
    expect(errorOf('#'.padEnd(MAX_HASH_LENGTH + 1, 'x'))).toContain('at most 20000');
  });

  it('will not encode a scenario whose link would be too long to decode', () => {
    const raw = { description: 'x'.repeat(16_000) };
    expect(() => encodeScenario(raw)).toThrow(RangeError);
    const fits = { description: 'x'.repeat(14_000) };
    expect(decodeScenario(encodeScenario(fits))?.ok).toBe(true);
  });

  it('refuses an empty or repeated scenario part', () => {
    expect(errorOf('#s=')).toContain('empty');
    expect(errorOf('#s')).toContain('empty');
    const hash = encodeScenario({});
    expect(errorOf(`${hash}&${hash.slice(1)}`)).toContain('more than one scenario');
  });

  it('refuses bad base64url', () => {
    expect(errorOf('#s=abc$def')).toMatch(/not valid base64url: unexpected character "\$" at position 4/);
    expect(errorOf('#s=ab+c')).toContain('not valid base64url'); // standard base64, not base64url
    expect(errorOf('#s=abcd=')).toContain('not valid base64url'); // padding is not used
    expect(errorOf('#s=abcde')).toMatch(/not valid base64url: its length \(5\)/);
    expect(errorOf('#s=%7B%7D')).toContain('not valid base64url');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(errorOf(`#s=${b64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`)).toContain('not valid UTF-8');
    expect(errorOf(`#s=${b64url(new Uint8Array([0xe8, 0xa1]))}`)).toContain('not valid UTF-8'); // truncated character
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['{months: 12}', '{"months": 12', "{'months': 12}", 'undefined', ' ', 'NaN', '{"months": 12} trailing']) {
      expect(errorOf(linkOf(text)), text).toContain('not valid JSON');
    }
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', '[{"months": 12}]', '12', '"scenario"', 'null', 'true']) {
      expect(errorOf(linkOf(text)), text).toMatch(/holds .*; expected a JSON object of scenario keys/);
    }
  });

  it('refuses what the validator refuses, naming the field, its value and what was expected', () => {
    expect(errorOf(encodeScenario({ government: { dibao: { lineUrban: -5 } } })))
      .toMatch(/^government\.dibao\.lineUrban: is -5; expected a number from 0 to 100000/);
    expect(errorOf(encodeScenario({ months: '12' }))).toContain('months: is "12"; expected a whole number');
    expect(errorOf(encodeScenario({ pattern: 'deep_intgration' }))).toContain('(did you mean "deep_integration"?)');
    expect(errorOf(encodeScenario({ goverment: {} }))).toContain('goverment: is not a known key (did you mean "government"?)');
    expect(errorOf(encodeScenario({ months: 12, events: [{ month: 24, type: 'grant_cut', share: 0.5 }] })))
      .toContain('events[0].month: is 24');
    expect(errorOf(encodeScenario({ government: { dibao: { eligibility: 'constructor.constructor("alert(1)")()' } } })))
      .toContain('government.dibao.eligibility');
    const both = errorOf(encodeScenario({ seed: -1, trust: { baseline: 2 } }));
    expect(both).toContain('seed: is -1');
    expect(both).toContain('trust.baseline: is 2');
  });

  it('refuses extends: a link must hold the whole scenario', () => {
    expect(errorOf(encodeScenario({ extends: 'deep_integration.json', months: 12 }))).toMatch(/^extends: is "deep_integration\.json"; a link must hold the whole scenario/);
  });
});

describe('decodeScenario treats hostile content as data', () => {
  it('keeps markup and javascript: text as plain strings of a valid scenario', () => {
    const raw = { name: '<script>alert(1)</script>', description: 'javascript:alert(document.cookie)' };
    const result = decodeScenario(encodeScenario(raw));
    if (!result?.ok) throw new Error('expected ok');
    expect(result.scenario.name).toBe('<script>alert(1)</script>');
    expect(result.scenario.description).toBe('javascript:alert(document.cookie)');
    expect(result.raw).toEqual(raw);
  });

  it('refuses script and javascript: text where the data should be', () => {
    for (const hash of ['#s=<script>alert(1)</script>', '#s=javascript:alert(1)', '#s=javascript%3Aalert(1)']) {
      expect(errorOf(hash), hash).toContain('not valid base64url');
    }
    expect(errorOf(linkOf('<script>alert(1)</script>'))).toContain('not valid JSON');
    expect(errorOf(linkOf('(function(){ globalThis.__hacked = true; return {}; })()'))).toContain('not valid JSON');
    expect((globalThis as Record<string, unknown>).__hacked).toBeUndefined();
  });

  it('does not let "__proto__" keys reach any prototype', () => {
    const texts = [
      '{"__proto__": {"polluted": 1}}',
      '{"government": {"__proto__": {"polluted": 1}}}',
      '{"pattern": "deep_integration", "collaboration": {"__proto__": {"polluted": 1}}}',
      '{"months": 12, "events": [{"month": 2, "type": "policy", "set": {"__proto__": {"polluted": 1}}}]}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
    ];
    for (const text of texts) {
      const result = decodeScenario(linkOf(text));
      expect(result?.ok, text).toBe(false);
      expect(({} as Record<string, unknown>).polluted, text).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
    expect(errorOf(linkOf('{"__proto__": {"months": 1}}'))).toContain('__proto__: is not a known key');
  });

  it('does not crash on deeply nested data', () => {
    const depth = 4_000;
    const text = `{"events": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const result = decodeScenario(linkOf(text));
    expect(result?.ok).toBe(false);
  });
});
