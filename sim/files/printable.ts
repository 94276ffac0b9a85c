/**
 * Text from files and command lines, made safe for a terminal: control characters (which
 * can clear the screen, set the window title or hide text) are shown as escapes.
 */
// C0 controls but newline, DEL, C1 controls, and the line and paragraph separators.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
