/**
 * Text from inputs (paths, record ids, reasons that quote them) made safe
 * for a terminal: control characters (C0, DEL, C1), line and paragraph
 * separators and the bidirectional controls are written as escapes (`\n`,
 * `\x1b`, `\u{202e}`), so a crafted name can neither start a forged `dvx:`
 * line nor send escape sequences to the terminal.
 */
const NAMED: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

const isUnsafe = (c: number): boolean =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x061c ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

export function escapeForTerminal(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isUnsafe(c)) continue;
    out += s.slice(from, i) + (NAMED[c] ?? (c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u{${c.toString(16)}}`));
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
