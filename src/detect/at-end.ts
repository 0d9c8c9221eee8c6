/**
 * Tests of expressions anchored at the end of a short text ("a reference word right before the
 * number", `/(?:order|invoice|...)\s*$/iu`), matched backwards from the end.
 *
 * A regular expression is searched from the left: for `/(?:words)\s*$/` the engine tries every start
 * position of the text and at each one every alternative, only to fail at all but the last few. For
 * the large word lists of the context rules that cost about 0.4 µs per 24 characters. The same
 * question asked as a lookbehind at the end, `$(?<=(?:words)\s*)` tried once at the end of the text
 * (sticky), is answered by one match read backwards (lookbehinds match right to left in JavaScript),
 * which starts from the only place a match can end.
 *
 * Whether some match exists is the same question either way: a match of the body ending at the end of
 * the text is what both look for; assertions (`\b`, `^`, lookarounds) test the same characters in
 * either direction. Only `test` is offered: the match itself (which one is leftmost) may differ.
 */

/** Whether `source` has a `|` outside any group or class (then a final `$` binds only the last branch). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Returns a test equivalent to `re.test(s)` for an expression that ends with `$` (not multiline, no
 * top-level `|`, no back-references), run as one backward match from the end of `s`.
 */
export function endTest(re: RegExp): (s: string) => boolean {
  const src = re.source;
  if (!src.endsWith('$') || src.endsWith('\\$') || re.multiline || topLevelAlternation(src) || /\\[1-9k]/.test(src)) {
    throw new Error(`endTest: not an expression anchored at the end: /${src}/`);
  }
  const flags = re.flags.replace(/[gy]/g, '') + 'y';
  const back = new RegExp(`$(?<=${src.slice(0, -1)})`, flags);
  return (s: string) => {
    back.lastIndex = s.length;
    return back.test(s);
  };
}
