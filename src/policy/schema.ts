/**
 * The policy file's schema: one zod schema gives validation and the TypeScript types.
 * Cross-references (a category naming an undeclared purpose, ...) are checked in `validate.ts`.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'ja', 'ko', 'ru', 'vi'] as const;
export const JURISDICTIONS = ['JP', 'KR', 'EU', 'US-CA', 'RU', 'VN', 'GB', 'US'] as const;
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_interest',
  'legitimate_interest',
] as const;
export const CATEGORY_KINDS = [
  'identity',
  'contact',
  'payment',
  'device',
  'usage',
  'voluntary',
  'public-content',
  'credential',
  'special-care',
] as const;
export const VALUE_TYPES = [
  'text',
  'email',
  'phone',
  'date',
  'country',
  'enum',
  'boolean',
  'integer',
  'card_number',
  'bank_account',
  'identity_document',
  'ip_address',
  'url',
  'password_hash',
  'json',
] as const;

export const IDENTIFIER_SCHEMES = ['kr_rrn', 'jp_my_number', 'passport', 'driver_license'] as const;
export const TRANSFER_SAFEGUARDS = ['adequacy', 'consent', 'contract_clauses', 'equivalent_measures', 'binding_corporate_rules', 'certification'] as const;

/** Ids of categories, purposes, roles and the like. */
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
const id = z.string().regex(ID_PATTERN, 'must be a lower-case identifier: letters, digits and _ (starting with a letter)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** ISO 8601 duration limited to years, months, days (P7Y, P6M, P30D, P1Y6M). */
export const durationSchema = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'must be an ISO 8601 duration such as P7Y, P6M or P30D');
const localized = z.union([nonEmpty, z.partialRecord(z.enum(LANGUAGES), nonEmpty)]);

export const controllerSchema = z.strictObject({
  name: nonEmpty,
  address: nonEmpty,
  representative: nonEmpty,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code').optional(),
  contact: z.strictObject({
    email: z.email('must be an email address'),
    phone: nonEmpty.optional(),
    url: z.url('must be a URL').optional(),
  }),
});

export const retentionSchema = z.strictObject({
  period: durationSchema,
  /** The event from which the period runs. */
  after: z.enum(['collection', 'last_use', 'account_closed', 'contract_end']).default('account_closed'),
});

export const categorySchema = z.strictObject({
  kind: z.enum(CATEGORY_KINDS),
  type: z.enum(VALUE_TYPES),
  label: localized.optional(),
  /** Allowed values when `type` is `enum`. */
  values: z.array(nonEmpty).min(1).optional(),
  /** Maximum length of a text value. */
  max_length: z.number().int().positive().max(1_000_000).optional(),
  /** Multi-valued: the subject has records of this category (messages, reviews, transactions). */
  multiple: z.boolean().default(false),
  purposes: z.array(id).min(1, 'a category needs at least one purpose'),
  retention: retentionSchema.optional(),
  /** Where the data is stored (ISO country codes), for cross-border transfer notices. */
  storage_countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  /** A national identifier scheme the values follow: `kr_rrn` (Korean resident registration number). */
  identifier_scheme: z.enum(IDENTIFIER_SCHEMES).optional(),
  /** The law that requires or permits collecting this category (needed for `kr_rrn`: PIPA Art. 24-2). */
  legal_basis_reference: nonEmpty.optional(),
});

export const purposeSchema = z.strictObject({
  basis: z.enum(LEGAL_BASES, { message: `must be one of ${LEGAL_BASES.join(', ')}` }),
  description: localized.optional(),
  /** A marketing purpose: an opt-out must exist; the marketing preferences govern it. */
  marketing: z.boolean().default(false),
  /** Purposes that survive a restriction request (storage, legal claims). */
  survives_restriction: z.boolean().default(false),
  /**
   * How consent is obtained when the basis is consent: `explicit` (an affirmative act: a box ticked, a
   * button pressed) or `deemed` (consent assumed from continued use after notice, as seed 004 words it).
   * Absent means explicit.
   */
  consent_method: z.enum(['explicit', 'deemed']).optional(),
  /** The subject can opt out of this use at any time (required of marketing purposes by the lint). */
  opt_out: z.boolean().optional(),
  /** The marketing channel this purpose governs (marketing preferences map each channel to one purpose). */
  channel: z.enum(['email', 'sms', 'push', 'in_app']).optional(),
});

export const roleSchema = z.strictObject({
  description: localized.optional(),
  purposes: z.array(id),
  /** Operations that are not reads of personal data (migrate, backup, restore, rotate_keys). */
  operations: z.array(z.enum(['migrate', 'backup', 'restore', 'rotate_keys', 'retention', 'audit_verify', 'erase', 'manage_keys', 'manage_requests', 'manage_disclosures', 'manage_incidents', 'subject_tokens', 'manage_consent'])).default([]),
  /** Hours in which reads are expected, in UTC: "08:00-20:00". Reads outside raise an alert. */
  hours: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must be HH:MM-HH:MM')
    .optional(),
});

export const recipientSchema = z.strictObject({
  type: z.enum(['processor', 'third_party']),
  name: nonEmpty,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
  address: nonEmpty.optional(),
  representative: nonEmpty.optional(),
  agreement: z.strictObject({ reference: nonEmpty, date: z.iso.date('must be a date YYYY-MM-DD') }).optional(),
  categories: z.array(id).min(1),
  purposes: z.array(id).min(1),
  /**
   * Cross-border transfer information for a recipient outside the controller's country (APPI Art. 28,
   * PIPA Art. 28-8, GDPR Art. 44-46): the safeguard, and what the notice tells subjects about the
   * recipient's country and the measures taken.
   */
  transfer: z
    .strictObject({
      safeguard: z.enum(TRANSFER_SAFEGUARDS),
      /** The personal-information protection system of the recipient's country (APPI Art. 28(2)). */
      country_info: localized.optional(),
      /** Measures the recipient takes to protect the data. */
      measures: localized.optional(),
    })
    .optional(),
  cookies: z
    .array(
      z.strictObject({
        name: nonEmpty,
        category: z.enum(['necessary', 'preferences', 'analytics', 'advertising']),
        duration: z.union([z.literal('session'), durationSchema]),
        party: z.enum(['first', 'third']),
      }),
    )
    .default([]),
});

export const legalHoldSchema = z.strictObject({
  description: localized.optional(),
  categories: z.array(id).min(1),
  purpose: id,
  period: durationSchema,
  /** Law that requires keeping the data. */
  reference: nonEmpty.optional(),
  /**
   * The categories holding what the law requires kept (transactions, invoices): the hold applies to a
   * person only when one of them holds something (a record, or a value); its other categories are kept
   * beside them. Default: the hold's multi-valued categories (see `holdRecordsOf`).
   */
  records: z.array(id).min(1).optional(),
});

export const deadlineSchema = z.strictObject({
  within: z.number().int().positive().max(366),
  unit: z.enum(['calendar_days', 'business_days']),
});

export const REQUEST_TYPES = ['access', 'correction', 'erasure', 'restriction', 'stop_provision', 'marketing_objection', 'purpose_notice'] as const;

export const policySchema = z.strictObject({
  version: z.union([nonEmpty, z.number()]).transform(String),
  controller: controllerSchema,
  languages: z.array(z.enum(LANGUAGES)).min(1),
  governing_language: z.enum(LANGUAGES),
  /**
   * The age gate (seed 000): subjects younger than `years` are not accepted, and data found to be a
   * child's is erased. `by_jurisdiction` sets another age for subjects of a jurisdiction (KR 14, a GDPR
   * member-state age for EU); its keys must be among `jurisdictions` (checked in `rules.ts`, which names
   * an unknown code).
   */
  minimum_age: z
    .strictObject({
      years: z.number().int().min(0).max(25),
      birth_date_category: id,
      by_jurisdiction: z.record(z.string(), z.number().int().min(0).max(25)).optional(),
    })
    .optional(),
  jurisdictions: z.array(z.enum(JURISDICTIONS)).min(1),
  default_jurisdiction: z.enum(JURISDICTIONS).optional(),
  categories: z.record(id, categorySchema),
  purposes: z.record(id, purposeSchema),
  roles: z.record(id, roleSchema),
  recipients: z.record(id, recipientSchema).default({}),
  legal_holds: z.record(id, legalHoldSchema).default({}),
  /**
   * A use (a purpose for a category) that a later version adds, applied to a person whose data was
   * collected before it: `consent` (default, seed 001: "only after announcement and consent") needs the
   * person's consent under a version that declares the use, except for purposes on a basis the law
   * itself provides (legal obligation, vital or public interest); `notice`: the announcement is enough.
   * Read it with `newUsesRule` (unset is `consent`; no default here, so a policy's digest stays the same).
   */
  new_uses: z.enum(['consent', 'notice']).optional(),
  /** Promises stricter than the law: request type -> deadline. */
  promises: z.partialRecord(z.enum(REQUEST_TYPES), deadlineSchema).default({}),
  /** Third-party provision ledger and received-data records (APPI Art. 29, 30): how long entries are kept. */
  disclosure_ledger: z.strictObject({ retention: durationSchema.default('P3Y') }).optional(),
  /** Cookie consent: the purposes each cookie category stands for, and the purposes GPC opts out of ("sale or sharing"). */
  cookie_consent: z
    .strictObject({
      categories: z.partialRecord(z.enum(['necessary', 'preferences', 'analytics', 'advertising']), z.strictObject({ purposes: z.array(id).default([]) })).default({}),
      sale_purposes: z.array(id).default([]),
    })
    .optional(),
  /** How data-subject requests are handled. */
  requests: z
    .strictObject({
      /** Types fulfilled as soon as the person's identity is verified; the others wait for staff approval. */
      auto_fulfil: z.array(z.enum(REQUEST_TYPES)).default(['access', 'purpose_notice', 'marketing_objection', 'stop_provision', 'restriction']),
      /** JP "without delay": the target in calendar days (default 14). */
      jp_target_days: z.number().int().positive().max(60).default(14),
      /**
       * Business-calendar days the holiday tables do not know, per jurisdiction: days a government moved
       * by decree (Russia's for a year Custos has no decree for), company closures; and weekend days
       * that are working days. They apply to the deadlines of requests from that jurisdiction.
       */
      extra_holidays: z.partialRecord(z.enum(JURISDICTIONS), z.array(z.iso.date('must be a date YYYY-MM-DD'))).default({}),
      extra_workdays: z.partialRecord(z.enum(JURISDICTIONS), z.array(z.iso.date('must be a date YYYY-MM-DD'))).default({}),
      /** Unverified requests expire after this long (default P7D). */
      unverified_expiry: durationSchema.default('P7D'),
      /** Seed 003: requests may carry a fee, per type and optionally per jurisdiction. */
      fees: z
        .array(
          z.strictObject({
            type: z.enum(REQUEST_TYPES),
            jurisdiction: z.enum(JURISDICTIONS).optional(),
            amount: z.number().positive(),
            currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
          }),
        )
        .default([]),
    })
    .prefault({}),
  /** The visit log (seed 000's technical fields): how long entries are kept. */
  telemetry: z.strictObject({ retention: durationSchema }).optional(),
  monitoring: z
    .strictObject({
      bulk_read: z.strictObject({ subjects: z.number().int().positive(), minutes: z.number().positive() }).optional(),
      denials: z.strictObject({ count: z.number().int().positive(), minutes: z.number().positive() }).optional(),
      webhook: z.url().optional(),
    })
    .optional(),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Category = Policy['categories'][string];
export type Purpose = Policy['purposes'][string];
export type Role = Policy['roles'][string];
export type Recipient = Policy['recipients'][string];
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type RequestType = (typeof REQUEST_TYPES)[number];
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
export type Localized = z.output<typeof localized>;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type Language = (typeof LANGUAGES)[number];
export type ValueType = (typeof VALUE_TYPES)[number];
export type LegalHold = Policy['legal_holds'][string];

/**
 * The categories whose contents a legal hold exists for: its `records`, else its multi-valued categories
 * (transactions). Empty for a hold of single-valued categories only: each of them is kept where it holds
 * a value.
 */
export function holdRecordsOf(policy: Policy, h: LegalHold): string[] {
  return h.records ?? h.categories.filter((c) => policy.categories[c]?.multiple);
}

/** How a use added by a later version applies to data collected before it (see `new_uses`). */
export function newUsesRule(policy: Policy): 'consent' | 'notice' {
  return policy.new_uses ?? 'consent';
}
