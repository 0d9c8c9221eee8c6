/** Masking: replaces each detected span with a label, asterisks, or nothing. */
import { detect, detectMany } from './detect.js';
import type { Finding } from './types.js';
import { invalidInput } from '../errors.js';

export type MaskStyle = 'label' | 'asterisks' | 'remove';
export const MASK_STYLES: readonly MaskStyle[] = ['label', 'asterisks', 'remove'];

export interface MaskOptions {
  /** `label` (default): `[EMAIL]`; `asterisks`: one `*` per character, so lengths are kept; `remove`: nothing. */
  style?: MaskStyle;
}

export interface MaskResult {
  text: string;
  findings: Finding[];
}

/** Replaces the spans of `findings` (sorted, non-overlapping) in `text`. */
export function applyMask(text: string, findings: readonly Finding[], style: MaskStyle = 'label'): string {
  let out = '';
  let pos = 0;
  for (const f of findings) {
    out += text.slice(pos, f.start);
    if (style === 'label') out += `[${f.type}]`;
    else if (style === 'asterisks') out += '*'.repeat(f.end - f.start);
    pos = f.end;
  }
  return out + text.slice(pos);
}

function styleOf(options: MaskOptions): MaskStyle {
  const style = options.style ?? 'label';
  if (!MASK_STYLES.includes(style)) throw invalidInput('style', 'mask_style', `must be one of ${MASK_STYLES.join(', ')}`);
  return style;
}

/** Detects and masks contact details and identifiers in `text`. */
export function mask(text: string, options: MaskOptions = {}): MaskResult {
  const style = styleOf(options);
  const findings = detect(text);
  return { text: applyMask(text, findings, style), findings };
}

/** `mask` of each text of `texts`, in order, scanned together (`detectMany`: faster for many messages). */
export function maskMany(texts: readonly string[], options: MaskOptions = {}): MaskResult[] {
  const style = styleOf(options);
  return detectMany(texts).map((findings, i) => ({ text: applyMask(texts[i], findings, style), findings }));
}
