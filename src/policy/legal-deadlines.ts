/**
 * The time each jurisdiction's law gives a controller to answer a data-subject request, as the notice
 * describes it. This is a description for people; the request engine computes actual due dates.
 *
 * JP  APPI Art. 33(2), 34, 35: "without delay" (遅滞なく) — the policy's `requests.jp_target_days` is the target.
 * KR  PIPA Enforcement Decree Art. 41(4), 43(3), 44(2): 10 days.
 * EU  GDPR Art. 12(3): one month, extendable by two further months.
 * GB  UK GDPR Art. 12(3): one month, extendable by two further months.
 * US-CA CCPA §1798.130(a)(2): 45 days, extendable once by 45 days.
 * US  no general federal right: without undue delay.
 * RU  152-FZ Art. 14(3), 20(1): 10 working days, extendable by 5 working days.
 * VN  Decree 356/2025/ND-CP: 10 days (15, extendable once by 15, to stop processing); an answer within 2 working days.
 */
import type { Jurisdiction } from './schema.js';

export type DeadlineUnit = 'calendar_days' | 'business_days' | 'months';

export interface LegalDeadline {
  /** Absent: "without delay" (JP, US). */
  within?: number;
  unit?: DeadlineUnit;
  extension?: { within: number; unit: DeadlineUnit };
}

export const LEGAL_DEADLINES: Record<Jurisdiction, LegalDeadline> = {
  JP: {},
  KR: { within: 10, unit: 'calendar_days' },
  EU: { within: 1, unit: 'months', extension: { within: 2, unit: 'months' } },
  GB: { within: 1, unit: 'months', extension: { within: 2, unit: 'months' } },
  'US-CA': { within: 45, unit: 'calendar_days', extension: { within: 45, unit: 'calendar_days' } },
  US: {},
  RU: { within: 10, unit: 'business_days', extension: { within: 5, unit: 'business_days' } },
  VN: { within: 10, unit: 'calendar_days' },
};
