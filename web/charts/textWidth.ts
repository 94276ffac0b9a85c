/**
 * Text is laid out before it is in the page (and happy-dom cannot measure it), so widths are
 * estimated: an average glyph in a system sans-serif is about 0.6 em wide;
 * a little more is allowed so that wide fonts (DejaVu Sans) still fit.
 */
export const estimateTextWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.62;

/** Splits text into lines at spaces so that no line is (estimated to be) wider than maxWidth. */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

/** Cuts a label to maxChars with an ellipsis; the full text goes in a tooltip. */
export const shorten = (text: string, maxChars: number): string =>
  text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
