import { SVG_NS } from './style.ts';

/**
 * One data mark (a path, a point) as plain data: its tag, its attributes in the order they
 * are written (null: left out), and an optional tooltip (a <title> child).
 */
export interface Mark {
  readonly tag: 'path' | 'circle' | 'rect';
  readonly attrs: ReadonlyArray<readonly [name: string, value: string | number | null]>;
  readonly title?: string;
}

/** Whether `element` can become `mark` by changing attribute values alone. */
function sameShape(element: Element, mark: Mark): boolean {
  if (element.tagName !== mark.tag) return false;
  const attributes = element.attributes;
  let k = 0;
  for (const [name, value] of mark.attrs) {
    if (value === null) continue;
    if (attributes[k]?.name !== name) return false;
    k++;
  }
  if (k !== attributes.length) return false;
  const title = element.firstElementChild;
  return mark.title === undefined ? element.childNodes.length === 0 : element.childNodes.length === 1 && title?.tagName === 'title';
}

function create(document: Document, mark: Mark): Element {
  const element = document.createElementNS(SVG_NS, mark.tag);
  for (const [name, value] of mark.attrs) if (value !== null) element.setAttribute(name, String(value));
  if (mark.title !== undefined) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = mark.title;
    element.append(title);
  }
  return element;
}

/**
 * Makes `group`'s children exactly `marks`, in order: an element that already has a mark's
 * tag and attributes is kept and only the values that differ are written (a new path `d`
 * while a run streams in), so the page restyles and repaints only what changed; the rest
 * is created or removed. The result is the same as drawing the marks into an empty group.
 */
export function drawMarks(group: Element, marks: readonly Mark[]): void {
  const document = group.ownerDocument;
  let index = 0;
  for (const mark of marks) {
    const existing = group.children[index];
    if (existing && sameShape(existing, mark)) {
      for (const [name, value] of mark.attrs) {
        if (value === null) continue;
        const text = String(value);
        if (existing.getAttribute(name) !== text) existing.setAttribute(name, text);
      }
      if (mark.title !== undefined && existing.firstElementChild!.textContent !== mark.title) existing.firstElementChild!.textContent = mark.title;
    } else {
      const element = create(document, mark);
      if (existing) existing.replaceWith(element);
      else group.append(element);
    }
    index++;
  }
  while (group.children.length > index) group.lastElementChild!.remove();
}
