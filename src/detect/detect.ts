/** The scanner: normalise, run each recogniser over the normal form, resolve overlaps, map back. */
import { foldChars, normaliseChars, type Normalised } from './normalise.js';
import { rewriteSpelled } from './spelled.js';
import { resolveOverlaps } from './overlap.js';
import type { Candidate, Finding } from './types.js';
import { findEmails } from './recognisers/email.js';
import { findUrls } from './recognisers/url.js';
import { findPhones } from './recognisers/phone.js';
import { findMessengerIds } from './recognisers/messenger.js';
import { findCards, findIbans, findMyNumbers, findRrns } from './recognisers/numbers.js';
import { findIps } from './recognisers/ip.js';
import { invalidInput } from '../errors.js';
import { requireWellFormedText } from '../validation.js';
import { lastNameAt, triggers, T } from './triggers.js';

const { AT, CARD_DIGITS, COLON, DIGITS8, FOLD, FOLD_SURE, HOST_DOT, IBAN, IPV4, MESSENGER, MY_NUMBER_DIGITS, NON_ASCII_DOT, RRN_DIGITS, SPELLED_DIGITS, SYMBOL_WORDS } = T;

/** Every flag that opens a rule (the card, My Number and RRN gates come with DIGITS8, two colons with one). */
const RULES = AT | COLON | HOST_DOT | NON_ASCII_DOT | DIGITS8 | IBAN | IPV4 | MESSENGER | SPELLED_DIGITS | SYMBOL_WORDS;

/** Both passes of normalisation: characters, then spelled-out symbols and digits. */
export function normalise(text: string): Normalised {
  return rewriteSpelled(normaliseChars(text));
}

/**
 * Finds contact details and identifiers in `text`. Spans are JavaScript string indices into `text`
 * (end exclusive), sorted by start and never overlapping.
 */
export function detect(text: string): Finding[] {
  if (typeof text !== 'string') throw invalidInput('text', 'type', 'must be a string');
  if (text.length === 0) return [];
  return scan(text, true);
}

/** What a free-text note that is kept (an erasure's reason, a restriction's) may not carry: an address or an identifier of someone. */
const NOTE_TYPES: ReadonlySet<string> = new Set(['EMAIL', 'CREDIT_CARD', 'IBAN', 'JP_MY_NUMBER', 'KR_RRN']);

/**
 * Refuses a note that holds an email address or an identification number: such notes are kept in clear
 * (after an erasure too), so they must say why, not who. (Phone numbers are not checked here: dates and
 * times next to each other read as one too often for a refusal.)
 */
export function requireNoIdentifiers(field: string, note: string): void {
  requireWellFormedText(field, note);
  const found = detect(note).filter((f) => NOTE_TYPES.has(f.type));
  if (found.length > 0)
    throw invalidInput(field, 'personal_data_in_note', `holds ${[...new Set(found.map((f) => f.type.toLowerCase()))].join(', ')}: say why, not who (this text is kept in clear, after an erasure too)`);
}

/**
 * Every flag set: each rule runs. Internationalised bare hosts are looked for only where a dot
 * touches a non-ASCII character (that is part of the rule, not of the gate).
 */
const all = (t: string) => (/[^\x00-\x7f]\.|\.[^\x00-\x7f]/.test(t) ? -1 : ~NON_ASCII_DOT);

/**
 * The same text as one flat string. A string built by concatenation (a rope) is read through its
 * parts, and once the character loops (triggers.ts above all) have seen such strings V8 compiles them
 * into code that is two to three times slower for every text after. `normalize()` returns a flat
 * string; when the text is already in NFC (almost always) that string is used, otherwise the text as
 * it is. Either way the characters, and so the findings, are the same.
 */
function flat(s: string): string {
  const r = s.normalize();
  return r === s ? r : s;
}

/**
 * `gated`: skip the rules the character pass rules out (triggers.ts). Without it every rule runs on
 * every message; the findings are the same (triggers.test.ts checks it), only slower.
 */
export function scan(text: string, gated: boolean): Finding[] {
  const t0 = flat(text);
  let v: Normalised;
  let f: number;
  if (gated) {
    // One pass over the characters decides which rules can fire at all (see triggers.ts), and
    // whether the text may need folding: most messages need none, and skip the folding pass's own
    // scan of their characters. A folded text gets its own flags; the pass stops at the first
    // character that needs folding wherever it is (FOLD_SURE), as the flags so far would not count.
    f = triggers(t0, true);
    if (f & FOLD_SURE) {
      v = foldChars(t0, false);
      f = triggers(v.text);
    } else if (f & FOLD) {
      // Most folds replace one character by one: the map is then the identity, and left out.
      v = normaliseChars(t0, false);
      if (v.text !== t0) f = triggers(v.text);
    } else v = { text: t0, start: null, end: null };
    f &= ~(FOLD | FOLD_SURE);
    // No rule can fire (a quarter of messages): nothing to look for.
    if ((f & RULES) === 0) return [];
  } else {
    v = normaliseChars(t0);
    f = all(v.text);
  }
  if (f & (SPELLED_DIGITS | SYMBOL_WORDS)) {
    const w = rewriteSpelled(v, f);
    if (w !== v) {
      // applyRewrites joins its pieces into a flat string.
      v = w;
      f = gated ? triggers(v.text) & ~(FOLD | FOLD_SURE) : all(v.text);
    }
  }
  const t = v.text;
  const cands: Candidate[] = [];
  if (f & AT) findEmails(t, cands);
  if (f & (COLON | HOST_DOT | NON_ASCII_DOT)) findUrls(t, cands, f);
  if (f & DIGITS8) {
    findPhones(t, cands);
    if (f & CARD_DIGITS) findCards(t, cands);
    if (f & MY_NUMBER_DIGITS) findMyNumbers(t, cands);
    if (f & RRN_DIGITS) findRrns(t, cands);
  }
  if (f & IBAN) findIbans(t, cands);
  if (f & (IPV4 | COLON)) findIps(t, cands, f);
  if (f & MESSENGER) findMessengerIds(t, cands, gated ? lastNameAt : Infinity);
  const kept = resolveOverlaps(cands);
  const out: Finding[] = [];
  const vs = v.start;
  const ve = v.end;
  for (const c of kept) {
    // The span in the original text (toOriginal, without the pair it allocates).
    const start = vs ? vs[c.start] : c.start;
    const end = ve ? ve[c.end - 1] : c.end;
    if (end > start) out.push({ type: c.type, start, end, score: c.score, rule: c.rule });
  }
  return out;
}
