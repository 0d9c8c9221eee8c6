/**
 * Detection: contact details, identifiers and links in messages (multilingual, obfuscation-aware),
 * masking, and special-care data in profile free text. See docs/detection.md.
 */
export type { Finding, FindingType } from './types.js';
export { FINDING_TYPES } from './types.js';
export { detect, detectMany, normalise } from './detect.js';
export { mask, maskMany, applyMask, MASK_STYLES, type MaskStyle, type MaskOptions, type MaskResult } from './mask.js';
export { detectSpecialCare, specialCareKinds, SPECIAL_CARE_KINDS, type SpecialCareKind, type SpecialCareFinding } from './special-care.js';
