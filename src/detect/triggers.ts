/**
 * One cheap pass over a normalised message that says which recognisers can possibly fire.
 *
 * Most messages hold no contact detail, and most of those that do hold one kind. Every recogniser
 * needs some character to be there (an `@` for an email, seven digits close together for a phone,
 * a dot between a letter or digit and a letter for a host name...), so a single loop over the
 * character codes, with no allocation, lets the scanner skip the regular expressions that cannot
 * match. Each flag is a necessary condition of the recogniser it gates, never a sufficient one: the
 * recognisers keep all their checks, so skipping changes speed, not findings.
 */

/**
 * The flags (bits). Callers copy them into module constants (`const { AT } = T`): read through an
 * import binding they cost a property access each time.
 */
export const T = {
  AT: 1, // '@': emails
  DIGITS7: 2, // 7 digits, each within 4 characters of the previous one: phones
  DIGITS12: 4, // 12 such digits: cards, My Numbers, RRNs
  HOST_DOT: 8, // a letter or digit, '.', a letter: www. and bare hosts
  COLON: 16, // ':': schemes, app links, IPv6
  IBAN: 32, // two capital letters and two digits: IBANs
  IPV4: 64, // three dots between digits: IPv4
  NON_ASCII_DOT: 128, // a dot beside a non-ASCII character: internationalised hosts
} as const;
const { AT, DIGITS7, DIGITS12, HOST_DOT, COLON, IBAN, IPV4, NON_ASCII_DOT } = T;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The flags above for the normalised text `t`. */
export function triggers(t: string): number {
  let f = 0;
  const n = t.length;
  // Digit clusters: digits with at most four other characters between consecutive ones
  // (the shape of /\d(?:\D{0,4}\d){6}/).
  let cluster = 0;
  let lastDigit = -10;
  let digitDots = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      cluster = i - lastDigit <= 5 ? cluster + 1 : 1;
      lastDigit = i;
      if (cluster >= 7) f |= cluster >= 12 ? DIGITS7 | DIGITS12 : DIGITS7;
      // IBAN: two capitals then two digits ("DE89", "GB29").
      if (i >= 3 && isDigit(t.charCodeAt(i - 1)) && isUpper(t.charCodeAt(i - 2)) && isUpper(t.charCodeAt(i - 3))) f |= IBAN;
      continue;
    }
    if (c === 0x40) f |= AT;
    else if (c === 0x3a) f |= COLON;
    else if (c === 0x2e) {
      const p = i > 0 ? t.charCodeAt(i - 1) : 0;
      const q = i + 1 < n ? t.charCodeAt(i + 1) : 0;
      if ((isAsciiLetter(p) || isDigit(p)) && isAsciiLetter(q)) f |= HOST_DOT;
      if (p > 0x7f || q > 0x7f) f |= NON_ASCII_DOT;
      if (isDigit(p) && isDigit(q) && ++digitDots >= 3) f |= IPV4;
    }
  }
  return f;
}
