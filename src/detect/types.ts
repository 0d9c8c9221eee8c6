/** The kinds of personal data and contact details the scanner reports. */
export type FindingType =
  | 'EMAIL'
  | 'PHONE'
  | 'URL'
  | 'MESSENGER_ID'
  | 'CREDIT_CARD'
  | 'IP_ADDRESS'
  | 'IBAN'
  | 'JP_MY_NUMBER'
  | 'KR_RRN';

export const FINDING_TYPES: readonly FindingType[] = [
  'EMAIL',
  'PHONE',
  'URL',
  'MESSENGER_ID',
  'CREDIT_CARD',
  'IP_ADDRESS',
  'IBAN',
  'JP_MY_NUMBER',
  'KR_RRN',
];

/**
 * One detected entity. `start`/`end` are JavaScript string indices (UTF-16 code units) into the text
 * as it was given, end exclusive, so `text.slice(start, end)` is the entity exactly as written,
 * obfuscation included.
 */
export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  /** Confidence in [0, 1]. */
  score: number;
  /** Id of the rule that fired (`email.plain`, `phone.intl`, `url.bare`, ...). */
  rule: string;
}

/** A candidate found in the normalised text, before it is mapped back to the original. */
export interface Candidate {
  type: FindingType;
  /** Indices into the normalised text. */
  start: number;
  end: number;
  score: number;
  rule: string;
  /**
   * Kept only where the original text of the span differs from its normal form: a word that would not
   * count by itself, but that someone disguised (full-width letters, zero-width characters, look-alikes).
   */
  ifDisguised?: true;
  /**
   * Kept only where three of the span's digits or more are written otherwise than as digits in the
   * original text: a number someone said digit by digit in words ("six nine four, six nine two…"), which
   * is a number given to be called even where no numbering plan knows it.
   */
  ifSpelled?: true;
}
