/** Character tests shared by the scanner's modules. */

/**
 * `\s` in Unicode mode. Most characters tested are letters: an ASCII one is answered by the first
 * two comparisons, a kana, Han or Hangul one by the range of the spaces above U+2000.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** [A-Za-z0-9._%+-]: a character of an email address's local part. */
export function isLocal(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}
