/**
 * The scanner: normalise, run each recogniser over the normal form, resolve overlaps, map back; for a
 * batch of messages, each stage over the whole batch before the next (`scanMany`).
 */
import { foldChars, normaliseChars, type Normalised } from './normalise.js';
import { rewriteHandles, rewriteSpelled, rewriteStandIns } from './spelled.js';
import { resolveOverlaps } from './overlap.js';
import type { Candidate, Finding } from './types.js';
import { isSpace } from './chars.js';
import { findEmails } from './recognisers/email.js';
import { findUrls } from './recognisers/url.js';
import { findPhones } from './recognisers/phone.js';
import { findMessengerIds } from './recognisers/messenger.js';
import { findCards, findIbans, findMyNumbers, findRrns } from './recognisers/numbers.js';
import { findIps } from './recognisers/ip.js';
import { invalidInput } from '../errors.js';
import { requireWellFormedText } from '../validation.js';
import { lastNameAt, triggers, T } from './triggers.js';

const { AT, CARD_DIGITS, COLON, DIGITS8, EIGHT, FOLD, FOLD_SURE, HOST_DOT, IBAN, IPV4, MESSENGER, MY_NUMBER_DIGITS, NON_ASCII_DOT, RRN_DIGITS, SPELLED_DIGITS, STAND_IN, SYMBOL_WORDS } = T;

/** The passes of normalisation: characters, characters written for others, spelled-out symbols and digits, disguised handles. */
export function normalise(text: string): Normalised {
  return rewriteHandles(rewriteSpelled(rewriteStandIns(normaliseChars(text))));
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

/**
 * How many messages `custos scan` and the bench give `detectMany` at a time. Side by side on the bench
 * corpus: 256 ×1.13–1.18 against one at a time, 1,024 ×1.30–1.35, 4,096 ×1.47–1.51, 16,384 ×1.23
 * (docs/detection.md). But a JSONL stream scanned 2,048 or 4,096 lines at a time holds about 100 MB
 * more memory (RSS) than before it started, against about 40 MB at 1,024.
 */
export const BATCH = 1024;

/**
 * `detect` for each text of `texts`, in order: the same findings, found stage by stage across the
 * batch (see `scanMany`), which is faster for many messages than one call each.
 */
export function detectMany(texts: readonly string[]): Finding[][] {
  if (!Array.isArray(texts)) throw invalidInput('texts', 'type', 'must be an array of strings');
  for (let i = 0; i < texts.length; i++) {
    if (typeof texts[i] !== 'string') throw invalidInput(`texts[${i}]`, 'type', 'must be a string');
  }
  return scanMany(texts, true);
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
 * Every flag set: each rule runs. Internationalised bare hosts are looked for only where a dot touches a
 * non-ASCII character or follows a label with a Latin letter with diacritics (that is part of the rule,
 * not of the gate: elsewhere the rule cannot find a host with a non-ASCII letter).
 */
const all = (t: string) => (/[^\x00-\x7f]\.|\.[^\x00-\x7f]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff][A-Za-z0-9-]*\./.test(t) ? -1 : ~NON_ASCII_DOT);

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
 * The recognisers in the order they run: a recogniser runs when the flags hold one of `ANY[k]`. A
 * message's candidates come in this order whatever the batch (resolveOverlaps keeps the order of
 * equal candidates).
 */
const ANY = [AT, COLON | HOST_DOT | NON_ASCII_DOT, DIGITS8, CARD_DIGITS, MY_NUMBER_DIGITS, RRN_DIGITS, IBAN, IPV4 | COLON, MESSENGER];

/** Every flag that opens a rule: those of the recognisers and of the spelled-out rewrites (the pass of characters written for others runs before this count). */
const RULES = ANY.reduce((all, any) => all | any, SPELLED_DIGITS | SYMBOL_WORDS);

/**
 * Runs recogniser `k` on the normal form `v` of `text`. `nameAt`: where the last platform name starts
 * (triggers.ts, `lastNameAt`), or Infinity. What the recognisers offer only if disguised or spelled
 * (`ifDisguised`, `ifSpelled`) they look for only where the text changed: elsewhere `findings` would drop it.
 */
function recognise(k: number, text: string, v: Normalised, out: Candidate[], f: number, nameAt: number): void {
  const t = v.text;
  switch (k) {
    case 0: return findEmails(t, out);
    case 1: return findUrls(t, out, f);
    // (digits said in words or written otherwise are a text that changed)
    case 2: return findPhones(t, out, t !== text);
    case 3: return findCards(t, out);
    case 4: return findMyNumbers(t, out);
    case 5: return findRrns(t, out);
    case 6: return findIbans(t, out);
    case 7: return findIps(t, out, f);
    case 8: return findMessengerIds(t, out, nameAt, t !== text);
  }
}

/** The state of each message of a batch between the stages of `scanMany`. */
interface Batch {
  /** The normal form so far. */
  v: Normalised[];
  /** Its flags (0: no rule can fire). */
  f: number[];
  /** Where its last platform name starts (triggers.ts, `lastNameAt`), or Infinity when not gated. */
  nameAt: number[];
  /** 1: the text changed since its flags were read, and needs the character pass again. */
  again: Uint8Array;
}

/**
 * `gated`: skip the rules the character pass rules out (triggers.ts). Without it every rule runs on
 * every message; the findings are the same (triggers.test.ts checks it), only slower.
 */
export function scan(text: string, gated: boolean): Finding[] {
  return scanMany([text], gated)[0];
}

/**
 * Scans a batch stage by stage rather than message by message: the character pass over every message,
 * folding for those that need it, characters written for others, the spelled-out rewrites and disguised
 * handles for those that open them (after each, the pass again over what changed), then each recogniser
 * over the messages it opens, then overlaps and mapping back. The compiled expressions and loops of all
 * the stages are far more code than the instruction cache holds; one stage at a time over many messages
 * runs through the code of that stage only. Each message's findings are those of a scan of its own.
 */
function scanMany(texts: readonly string[], gated: boolean): Finding[][] {
  const n = texts.length;
  const b: Batch = { v: new Array<Normalised>(n), f: new Array<number>(n), nameAt: new Array<number>(n), again: new Uint8Array(n) };
  for (let i = 0; i < n; i++) firstPass(texts[i], gated, b, i);
  for (let i = 0; i < n; i++) if (b.f[i] !== 0) fold(gated, b, i);
  for (let i = 0; i < n; i++) if (b.again[i] !== 0) passAgain(gated, b, i);
  for (let i = 0; i < n; i++) if (b.f[i] & STAND_IN) rewritten(b, i, rewriteStandIns(b.v[i]));
  for (let i = 0; i < n; i++) if (b.again[i] !== 0) passAgain(gated, b, i);
  if (gated) {
    for (let i = 0; i < n; i++) {
      const f = b.f[i] & ~(FOLD | FOLD_SURE);
      // No rule can fire (a quarter of messages): nothing to look for.
      b.f[i] = (f & RULES) === 0 ? 0 : f;
    }
  }
  for (let i = 0; i < n; i++) if (b.f[i] & (SPELLED_DIGITS | SYMBOL_WORDS)) rewritten(b, i, rewriteSpelled(b.v[i], b.f[i]));
  for (let i = 0; i < n; i++) if (b.again[i] !== 0) passAgain(gated, b, i);
  for (let i = 0; i < n; i++) if (b.f[i] & MESSENGER) rewritten(b, i, rewriteHandles(b.v[i]));
  for (let i = 0; i < n; i++) if (b.again[i] !== 0) passAgain(gated, b, i);
  const cands: Candidate[][] = new Array<Candidate[]>(n);
  // (none for a message that opens no rule: no recogniser runs on it)
  for (let i = 0; i < n; i++) if (b.f[i] !== 0) cands[i] = [];
  // (read once: a call may change what `b` holds, as far as the compiler knows)
  const { v: views, f: flags, nameAt } = b;
  for (let k = 0; k < ANY.length; k++) {
    const anyOf = ANY[k];
    for (let i = 0; i < n; i++) if ((flags[i] & anyOf) !== 0) recognise(k, texts[i], views[i], cands[i], flags[i], nameAt[i]);
  }
  const out = new Array<Finding[]>(n);
  for (let i = 0; i < n; i++) out[i] = b.f[i] === 0 ? [] : findings(texts[i], b.v[i], cands[i]);
  return out;
}

/**
 * The flat copy of message `i` and, gated, one pass over its characters, which decides which rules
 * can fire at all (see triggers.ts) and whether the text may need folding: most messages need none,
 * and skip the folding pass's own scan of their characters. The pass stops at the first character
 * that needs folding wherever it is (FOLD_SURE), as the flags so far would not count. An empty text
 * gets no flags: nothing to look for.
 */
function firstPass(text: string, gated: boolean, b: Batch, i: number): void {
  b.again[i] = 0;
  if (text.length === 0) {
    b.f[i] = 0;
    return;
  }
  const t0 = flat(text);
  b.v[i] = { text: t0, start: null, end: null };
  if (gated) {
    b.f[i] = triggers(t0, true);
    // (read right after the pass: the binding holds what the last pass saw)
    b.nameAt[i] = lastNameAt;
  } else {
    b.f[i] = -1;
    b.nameAt[i] = Infinity;
  }
}

/** Folds message `i` if it needs it; a folded text needs the character pass again (`again`). */
function fold(gated: boolean, b: Batch, i: number): void {
  const f = b.f[i];
  const t0 = b.v[i].text;
  if (!gated) {
    b.v[i] = normaliseChars(t0, false);
    b.again[i] = 1;
  } else if (f & FOLD_SURE) {
    b.v[i] = foldChars(t0, false);
    b.again[i] = 1;
  } else if (f & FOLD) {
    // Most folds replace one character by one: the map is then the identity, and left out.
    const v = normaliseChars(t0, false);
    b.v[i] = v;
    if (v.text !== t0) b.again[i] = 1;
  }
}

/**
 * Message `i`'s text as a rewrite pass left it (`w`: characters written for others, spelled-out symbols and
 * digits, disguised handles; spelled.ts): a changed text needs the character pass again (`again`).
 */
function rewritten(b: Batch, i: number, w: Normalised): void {
  if (w === b.v[i]) return;
  // (applyRewrites joins its pieces into a flat string)
  b.v[i] = w;
  b.again[i] = 1;
}

/** The flags of message `i`'s text as it now is (every flag set when not gated). */
function passAgain(gated: boolean, b: Batch, i: number): void {
  b.again[i] = 0;
  const t = b.v[i].text;
  if (gated) {
    // (and the rule of numbers where eight digits stand together, EIGHT: in a text that changed, digits may have
    // been said in words or written otherwise (⑦⑨①⑦…), and eight of them may be a number (phone.ts,
    // spelledNumber), where the character pass opens it for eight written digits only after a '+' or as a
    // service number's)
    const f = triggers(t) & ~(FOLD | FOLD_SURE);
    b.f[i] = f & EIGHT ? f | DIGITS8 : f;
    b.nameAt[i] = lastNameAt;
  } else b.f[i] = all(t);
}

/** How many digits of a number `ifSpelled` keeps must be said in words (or written otherwise than in digits). */
const SPELLED_DIGITS_MIN = 3;
/** The decimal digits of any script in t[from, to) (ASCII, full-width, mathematical...). */
function digitsIn(t: string, from: number, to: number): number {
  return t.slice(from, to).match(DECIMAL_DIGIT)?.length ?? 0;
}
const DECIMAL_DIGIT = /\p{Nd}/gu;

/** The candidates that win over overlapping ones, mapped back to the original text. */
function findings(text: string, v: Normalised, cands: Candidate[]): Finding[] {
  const vs = v.start;
  const ve = v.end;
  // (a candidate kept only if disguised: dropped where the text as written is its normal form; one kept
  // only if spelled: dropped where fewer than SPELLED_DIGITS_MIN of its digits are written otherwise than as digits)
  // (in place, in one pass: a splice for each would take the square of their number)
  let n = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.ifDisguised || c.ifSpelled) {
      const written = text.slice(vs ? vs[c.start] : c.start, ve ? ve[c.end - 1] : c.end);
      if (c.ifDisguised ? written === v.text.slice(c.start, c.end) : digitsIn(v.text, c.start, c.end) - digitsIn(written, 0, written.length) < SPELLED_DIGITS_MIN) continue;
    }
    cands[n++] = c;
  }
  cands.length = n;
  const kept = resolveOverlaps(cands);
  const out: Finding[] = [];
  for (const c of kept) {
    // A text that is its own normal form (most): the candidate has the fields of its finding.
    if (!vs && !ve) {
      if (c.end > c.start) out.push(c.ifDisguised || c.ifSpelled ? { type: c.type, start: c.start, end: c.end, score: c.score, rule: c.rule } : c);
      continue;
    }
    // The span in the original text (toOriginal, without the pair it allocates), without the spaces a
    // rewrite at its edge took in (" @ " rewritten as one '@' that starts a handle).
    let start = vs ? vs[c.start] : c.start;
    let end = ve ? ve[c.end - 1] : c.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ type: c.type, start, end, score: c.score, rule: c.rule });
  }
  return out;
}
