/** The scanner: normalise, run each recogniser over the normal form, resolve overlaps, map back. */
import { normaliseChars, toOriginal, type Normalised } from './normalise.js';
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
import { triggers, T } from './triggers.js';

const { AT, COLON, DIGITS12, DIGITS7, HOST_DOT, IBAN, IPV4, NON_ASCII_DOT } = T;

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
  const v = normalise(text);
  const t = v.text;
  const cands: Candidate[] = [];
  // One pass over the characters decides which recognisers can fire at all (see triggers.ts).
  const f = triggers(t);
  if (f & AT) findEmails(t, cands);
  if (f & (COLON | HOST_DOT | NON_ASCII_DOT)) findUrls(t, cands, f);
  if (f & DIGITS7) {
    findPhones(t, cands);
    if (f & DIGITS12) {
      findCards(t, cands);
      findMyNumbers(t, cands);
      findRrns(t, cands);
    }
  }
  if (f & IBAN) findIbans(t, cands);
  if (f & (IPV4 | COLON)) findIps(t, cands, f);
  findMessengerIds(t, cands);
  const kept = resolveOverlaps(cands);
  const out: Finding[] = [];
  for (const c of kept) {
    const [start, end] = toOriginal(v, c.start, c.end);
    if (end > start) out.push({ type: c.type, start, end, score: c.score, rule: c.rule });
  }
  return out;
}
