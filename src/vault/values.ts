/**
 * Validation and normalisation of field values by their category's type. Errors name the field and the
 * rule, never the value.
 */
import { isIP } from 'node:net';
import type { CountryCode } from 'libphonenumber-js/max';
import { lazy } from '../lazy.js';
import { invalidInput } from '../errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan, requireWellFormedText } from '../validation.js';
import type { Category, Jurisdiction } from '../policy/schema.js';

const phoneNumbers = lazy<typeof import('libphonenumber-js/max')>('libphonenumber-js/max');
let countries: Set<string> | undefined;
const DEFAULT_TEXT_LIMIT = 1000;
const JSON_LIMIT = 65_536;

/** Default phone region of a jurisdiction: national numbers are read in it. EU has none. */
export function phoneRegion(j: Jurisdiction | undefined): CountryCode | undefined {
  switch (j) {
    case 'US-CA':
    case 'US':
      return 'US';
    case 'EU':
    case undefined:
      return undefined;
    default:
      return j as CountryCode;
  }
}

export function normaliseEmail(field: string, v: unknown): string {
  if (typeof v !== 'string') throw invalidInput(field, 'email_type', 'must be a string');
  const s = v.trim().normalize('NFC');
  const at = s.lastIndexOf('@');
  if (s.length > 254 || at < 1 || at === s.length - 1)
    throw invalidInput(field, 'email_syntax', 'must be an email address like name@example.com');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  if (
    local.length > 64 ||
    !/^[^\s@"(),:;<>[\\\]]+$/u.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..') ||
    !/^(?=.{1,253}$)([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u.test(domain)
  )
    throw invalidInput(field, 'email_syntax', 'must be an email address like name@example.com');
  return `${local}@${domain}`;
}

/** The form an email is looked up by: the whole address lower-cased. */
export function emailLookupKey(email: string): string {
  return email.toLowerCase();
}

export function normalisePhone(field: string, v: unknown, region: CountryCode | undefined): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw invalidInput(field, 'phone_type', 'must be a string');
  const s = String(v).normalize('NFKC').trim();
  if (s.length > 40) throw invalidInput(field, 'phone_valid', 'is too long to be a phone number');
  const p = phoneNumbers().parsePhoneNumberFromString(s, region);
  if (!p || !p.isValid())
    throw invalidInput(
      field,
      'phone_valid',
      region ? `must be a valid phone number (national numbers are read as ${region})` : 'must be a valid phone number in international format (+...)',
    );
  return p.number;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function text(field: string, v: unknown, max: number): string {
  if (typeof v !== 'string') throw invalidInput(field, 'text_type', 'must be a string');
  const s = v.normalize('NFC');
  if (s.length > max) throw invalidInput(field, 'max_length', `must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s)) throw invalidInput(field, 'control_characters', 'must not contain control characters');
  return s;
}

/**
 * Validates and normalises a value for a category. `region` is the subject's phone region.
 * Returns the value as stored (JSON-serialisable).
 */
export function normaliseValue(field: string, c: Category, v: unknown, region: CountryCode | undefined): unknown {
  if (v === undefined || v === null) throw invalidInput(field, 'required', 'must have a value');
  // every string kept (a text, an email, the strings and keys of a json value) is well-formed text
  requireWellFormedText(field, v);
  switch (c.type) {
    case 'text':
      return text(field, v, c.max_length ?? DEFAULT_TEXT_LIMIT);
    case 'email':
      return normaliseEmail(field, v);
    case 'phone':
      return normalisePhone(field, v, region);
    case 'date': {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw invalidInput(field, 'date_format', 'must be a date YYYY-MM-DD');
      const d = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw invalidInput(field, 'date_valid', 'must be a real calendar date');
      if (d.getUTCFullYear() < 1900) throw invalidInput(field, 'date_range', 'must be after 1900');
      return v;
    }
    case 'country': {
      const s = typeof v === 'string' ? v.trim().toUpperCase() : '';
      if (!(countries ??= new Set<string>(phoneNumbers().getCountries())).has(s)) throw invalidInput(field, 'country_code', 'must be an ISO 3166-1 alpha-2 country code');
      return s;
    }
    case 'enum':
      if (typeof v !== 'string' || !c.values!.includes(v)) throw invalidInput(field, 'enum_value', `must be one of ${c.values!.join(', ')}`);
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw invalidInput(field, 'boolean_type', 'must be true or false');
      return v;
    case 'integer':
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw invalidInput(field, 'integer_type', 'must be an integer');
      return v;
    case 'card_number': {
      const digits = typeof v === 'string' ? v.replace(/[\s-]/g, '') : '';
      if (!/^\d{12,19}$/.test(digits) || !luhn(digits)) throw invalidInput(field, 'card_luhn', 'must be a card number of 12-19 digits passing the Luhn check');
      return digits;
    }
    case 'bank_account':
      return text(field, v, 100);
    case 'identity_document':
      return text(field, v, 200);
    case 'ip_address': {
      const s = typeof v === 'string' ? v.trim() : '';
      if (!isIP(s)) throw invalidInput(field, 'ip_address', 'must be an IPv4 or IPv6 address');
      return s;
    }
    case 'url': {
      let u: URL | null = null;
      try {
        u = typeof v === 'string' ? new URL(v) : null;
      } catch {
        u = null;
      }
      if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) throw invalidInput(field, 'url', 'must be an http or https URL');
      return u.toString();
    }
    case 'password_hash': {
      // Seed 004: passwords are kept encrypted. Custos refuses anything that is not a password hash.
      if (typeof v !== 'string' || !/^(\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(id|i|d)\$\S+|\$?scrypt\$\S+|\$pbkdf2-sha(256|512)\$\S+)$/.test(v))
        throw invalidInput(field, 'password_hash_format', 'must be a password hash (bcrypt, argon2, scrypt or pbkdf2), never a plain password');
      return v;
    }
    case 'json': {
      if (typeof v !== 'object') throw invalidInput(field, 'json_type', 'must be a JSON object or array');
      if (nestsDeeperThan(v)) throw invalidInput(field, 'json_depth', `must nest at most ${MAX_JSON_DEPTH} levels deep`);
      const size = JSON.stringify(v).length;
      if (size > JSON_LIMIT) throw invalidInput(field, 'json_size', `must be at most ${JSON_LIMIT} bytes of JSON`);
      return v;
    }
  }
}

/** Age in whole years on `today` of someone born on `birth` (YYYY-MM-DD). */
export function ageOn(birth: string, today: Date): number {
  const [y, m, d] = birth.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  const mm = today.getUTCMonth() + 1;
  if (mm < m || (mm === m && today.getUTCDate() < d)) age--;
  return age;
}
