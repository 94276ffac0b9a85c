/**
 * Text is laid out before it is in the page (and happy-dom cannot measure it), so widths are
 * estimated: an average glyph in a system sans-serif is about 0.6 em wide;
 * a little more is allowed so that wide fonts (DejaVu Sans) still fit.
 */
export const estimateTextWidth = (text: string, fontSize: number): number => {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.62;
  return ems * fontSize;
};

/** Characters a full em wide: CJK ideographs, kana, hangul and full-width forms (Chinese labels). */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Splits text into lines at spaces so that no line is (estimated to be) wider than maxWidth. */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  // Chinese has no spaces between words: a run wider than a line is broken between characters.
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => (estimateTextWidth(word, fontSize) > maxWidth ? splitWide(word, maxWidth, fontSize) : [word]));
  for (const word of words) {
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

/** Break a run with no spaces into pieces that each fit maxWidth. */
function splitWide(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && estimateTextWidth(piece + ch, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
