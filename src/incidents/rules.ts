/**
 * Breach-notification rules per jurisdiction: who must be told, by when, and why. Pure: the facts of
 * an incident go in, the duties come out, so the tables are tested exhaustively. Sources and the full
 * tables are in docs/incidents.md.
 *
 *  JP  APPI Art. 26, PPC Enforcement Rules Art. 7 (triggers, exemption) and Art. 8 (deadlines):
 *      report when special-care data, a risk of property damage (financial), an unauthorised purpose
 *      (malicious: unauthorised access, theft) or more than 1,000 persons is involved, unless the data
 *      was secured (advanced encryption with the key not leaked). Preliminary report "promptly"
 *      (PPC guidelines: about 3-5 days), final report within 30 days, 60 days for malicious cases.
 *      The same triggers oblige notifying the persons, promptly.
 *  EU  GDPR Art. 33: the supervisory authority within 72 hours, unless the breach is unlikely to result
 *      in a risk (encrypted data); Art. 34: the persons without undue delay when the risk is high,
 *      unless the data was unintelligible to others (encryption, Art. 34(3)(a)).
 *  GB  UK GDPR Art. 33, 34: the ICO, as the EU.
 *  KR  PIPA Art. 34, Enforcement Decree Art. 39 and 40: the persons within 72 hours; the PIPC or KISA
 *      within 72 hours when 1,000 or more persons, any sensitive or unique identifying information,
 *      or a leak through unauthorised access (hacking).
 *  RU  152-FZ Art. 21 part 3.1: Roskomnadzor within 24 hours (the incident, its presumed causes, the
 *      harm, the measures, a contact), and within 72 hours the results of the internal investigation.
 *  VN  Law No. 91/2025/QH15 and Decree 356/2025/ND-CP: the Ministry of Public Security (A05) within 72 hours.
 *  US-CA Civil Code 1798.82: residents "in the most expedient time possible and without unreasonable
 *      delay" for unencrypted data; a sample notice to the Attorney General when more than 500 residents.
 */
import type { Jurisdiction, Language } from '../policy/schema.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface IncidentFacts {
  /** When the controller became aware of the incident. */
  discoveredAt: Date;
  /** Special-care (sensitive) data was involved. */
  specialCare: boolean;
  /** Data whose misuse risks property damage (card numbers, bank accounts, credentials for payment). */
  financial: boolean;
  /** Unauthorised purpose: unauthorised access, theft, an insider taking data. */
  malicious: boolean;
  /** Strongly encrypted (or otherwise secured) with the key not compromised. */
  encrypted: boolean;
  /** Unique identifying information (resident numbers, passports, driver's licences): KR. */
  uniqueIdentifiers: boolean;
  /** Persons affected in this jurisdiction. */
  affected: number;
  /** The controller's own assessment of a high risk to the persons (EU Art. 34); default: any of special-care, financial, malicious. */
  highRisk?: boolean;
}

export type Stage = 'preliminary' | 'final' | 'initial' | 'investigation' | 'report' | 'notice';

export interface AuthorityDuty {
  jurisdiction: Jurisdiction;
  authority: string;
  stage: Stage;
  required: boolean;
  /** Deadline (ISO 8601), or absent when the law says only "promptly" / "without unreasonable delay". */
  dueAt?: string;
  /** The start of the expected window, when the law gives a range (JP preliminary: 3-5 days). */
  expectedFrom?: string;
  /** The law's wording of the deadline. */
  deadline: string;
  /** Why it is (not) required: the triggers met, or the exemption applied. */
  reasons: string[];
  source: string;
}

export interface PeopleDuty {
  jurisdiction: Jurisdiction;
  required: boolean;
  dueAt?: string;
  deadline: string;
  reasons: string[];
  source: string;
}

export interface JurisdictionDuties {
  jurisdiction: Jurisdiction;
  authority: AuthorityDuty[];
  people: PeopleDuty;
}

const at = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString();

/** JP (APPI): the four triggers of PPC Rules Art. 7. */
export function jpTriggers(f: IncidentFacts): string[] {
  const t: string[] = [];
  if (f.specialCare) t.push('special_care');
  if (f.financial) t.push('financial');
  if (f.malicious) t.push('malicious');
  if (f.affected > 1000) t.push('over_1000_persons');
  return t;
}

/** KR (PIPA Decree Art. 40): the triggers of a report to the PIPC / KISA. */
export function krReportTriggers(f: IncidentFacts): string[] {
  const t: string[] = [];
  if (f.affected >= 1000) t.push('1000_or_more_persons');
  if (f.specialCare) t.push('sensitive_information');
  if (f.uniqueIdentifiers) t.push('unique_identifiers');
  if (f.malicious) t.push('unauthorised_access');
  return t;
}

function jp(f: IncidentFacts): JurisdictionDuties {
  const triggers = jpTriggers(f);
  const exempt = f.encrypted;
  const required = triggers.length > 0 && !exempt;
  const reasons = exempt ? ['exempt_encrypted', ...triggers] : triggers.length > 0 ? triggers : ['no_trigger'];
  const source = 'APPI Art. 26; PPC Enforcement Rules Art. 7, 8';
  const authority = 'Personal Information Protection Commission (PPC)';
  return {
    jurisdiction: 'JP',
    authority: [
      {
        jurisdiction: 'JP',
        authority,
        stage: 'preliminary',
        required,
        expectedFrom: at(f.discoveredAt, 3 * DAY),
        dueAt: at(f.discoveredAt, 5 * DAY),
        deadline: 'promptly (about 3-5 days after discovery)',
        reasons,
        source,
      },
      {
        jurisdiction: 'JP',
        authority,
        stage: 'final',
        required,
        dueAt: at(f.discoveredAt, (f.malicious ? 60 : 30) * DAY),
        deadline: f.malicious ? 'within 60 days of discovery (unauthorised purpose)' : 'within 30 days of discovery',
        reasons,
        source,
      },
    ],
    people: { jurisdiction: 'JP', required, deadline: 'promptly', reasons, source: 'APPI Art. 26(2)' },
  };
}

function gdprLike(j: 'EU' | 'GB', f: IncidentFacts): JurisdictionDuties {
  const high = f.highRisk ?? (f.specialCare || f.financial || f.malicious);
  const authorityRequired = !f.encrypted;
  const peopleRequired = high && !f.encrypted;
  const law = j === 'EU' ? 'GDPR' : 'UK GDPR';
  return {
    jurisdiction: j,
    authority: [
      {
        jurisdiction: j,
        authority: j === 'EU' ? 'lead supervisory authority' : "Information Commissioner's Office (ICO)",
        stage: 'notice',
        required: authorityRequired,
        dueAt: at(f.discoveredAt, 72 * HOUR),
        deadline: 'without undue delay and, where feasible, within 72 hours of becoming aware',
        reasons: f.encrypted ? ['unlikely_risk_encrypted'] : ['personal_data_breach'],
        source: `${law} Art. 33`,
      },
    ],
    people: {
      jurisdiction: j,
      required: peopleRequired,
      deadline: 'without undue delay',
      reasons: !high ? ['no_high_risk'] : f.encrypted ? ['exempt_encrypted'] : ['high_risk'],
      source: `${law} Art. 34`,
    },
  };
}

function kr(f: IncidentFacts): JurisdictionDuties {
  const triggers = krReportTriggers(f);
  return {
    jurisdiction: 'KR',
    authority: [
      {
        jurisdiction: 'KR',
        authority: 'Personal Information Protection Commission (PIPC) or KISA',
        stage: 'report',
        required: triggers.length > 0,
        dueAt: at(f.discoveredAt, 72 * HOUR),
        deadline: 'within 72 hours of becoming aware',
        reasons: triggers.length > 0 ? triggers : ['no_trigger'],
        source: 'PIPA Art. 34(3); Enforcement Decree Art. 40',
      },
    ],
    people: {
      jurisdiction: 'KR',
      required: f.affected > 0,
      dueAt: at(f.discoveredAt, 72 * HOUR),
      deadline: 'within 72 hours of becoming aware',
      reasons: ['personal_information_leak'],
      source: 'PIPA Art. 34(1); Enforcement Decree Art. 39',
    },
  };
}

function ru(f: IncidentFacts): JurisdictionDuties {
  const authority = 'Roskomnadzor';
  const source = '152-FZ Art. 21 part 3.1';
  return {
    jurisdiction: 'RU',
    authority: [
      { jurisdiction: 'RU', authority, stage: 'initial', required: true, dueAt: at(f.discoveredAt, 24 * HOUR), deadline: 'within 24 hours of discovery', reasons: ['unlawful_transfer_or_access'], source },
      { jurisdiction: 'RU', authority, stage: 'investigation', required: true, dueAt: at(f.discoveredAt, 72 * HOUR), deadline: 'within 72 hours: results of the internal investigation', reasons: ['unlawful_transfer_or_access'], source },
    ],
    people: { jurisdiction: 'RU', required: false, deadline: 'no statutory duty', reasons: ['not_required_by_law'], source },
  };
}

function vn(f: IncidentFacts): JurisdictionDuties {
  const source = 'Law No. 91/2025/QH15 on Personal Data Protection; Decree 356/2025/ND-CP';
  return {
    jurisdiction: 'VN',
    authority: [
      {
        jurisdiction: 'VN',
        authority: 'Ministry of Public Security: the personal data protection agency (A05)',
        stage: 'notice',
        required: true,
        dueAt: at(f.discoveredAt, 72 * HOUR),
        deadline: 'within 72 hours of detecting the violation',
        reasons: ['personal_data_violation'],
        source,
      },
    ],
    people: { jurisdiction: 'VN', required: false, deadline: 'no statutory duty', reasons: ['not_required_by_law'], source },
  };
}

function usCa(f: IncidentFacts): JurisdictionDuties {
  const people = !f.encrypted && f.affected > 0;
  return {
    jurisdiction: 'US-CA',
    authority: [
      {
        jurisdiction: 'US-CA',
        authority: 'California Attorney General',
        stage: 'notice',
        required: people && f.affected > 500,
        deadline: 'with the notice to residents (sample copy)',
        reasons: f.encrypted ? ['exempt_encrypted'] : f.affected > 500 ? ['over_500_residents'] : ['500_or_fewer_residents'],
        source: 'California Civil Code 1798.82(f)',
      },
    ],
    people: {
      jurisdiction: 'US-CA',
      required: people,
      deadline: 'in the most expedient time possible and without unreasonable delay',
      reasons: f.encrypted ? ['exempt_encrypted'] : ['unencrypted_personal_information'],
      source: 'California Civil Code 1798.82(a)',
    },
  };
}

/** The duties for one jurisdiction; `US` has no general federal rule (none is returned). */
export function dutiesFor(j: Jurisdiction, f: IncidentFacts): JurisdictionDuties | null {
  switch (j) {
    case 'JP':
      return jp(f);
    case 'EU':
    case 'GB':
      return gdprLike(j, f);
    case 'KR':
      return kr(f);
    case 'RU':
      return ru(f);
    case 'VN':
      return vn(f);
    case 'US-CA':
      return usCa(f);
    default:
      return null;
  }
}

/** The main language of a jurisdiction: the notice language when the person has no preference. */
export function languageOf(j: Jurisdiction): Language {
  switch (j) {
    case 'JP':
      return 'ja';
    case 'KR':
      return 'ko';
    case 'RU':
      return 'ru';
    case 'VN':
      return 'vi';
    default:
      return 'en';
  }
}

/**
 * When to remind before a deadline: short windows (<= 24 h) 6 hours and 1 hour before; up to 72 hours,
 * 24 and 6 hours before; longer ones 3 days and 1 day before.
 */
export function reminderTimes(discoveredAt: Date, dueAt: Date): Date[] {
  const window = dueAt.getTime() - discoveredAt.getTime();
  const before = window <= 24 * HOUR ? [6 * HOUR, HOUR] : window <= 72 * HOUR ? [24 * HOUR, 6 * HOUR] : [3 * DAY, DAY];
  return before.map((b) => new Date(dueAt.getTime() - b)).filter((d) => d.getTime() > discoveredAt.getTime());
}
