/**
 * Canonical JSON and the entry hash: the two definitions an auditor re-implements to verify the log
 * (docs/audit.md gives the exact format).
 *
 * Canonical JSON: object keys sorted by UTF-16 code units (JavaScript's default sort), members with an
 * `undefined` value left out, no whitespace, strings and numbers written as `JSON.stringify` writes them.
 * For the values an audit entry holds (strings, finite numbers, booleans, null, arrays, plain objects)
 * this is RFC 8785 (JCS).
 */
import { hash } from 'node:crypto';
import type { StoredAuditEntry } from './types.js';

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no representation for NaN or Infinity');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',') + ']';
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError('canonical JSON holds only plain objects');
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const k of Object.keys(obj).sort()) {
        const v = obj[k];
        if (v === undefined) continue;
        parts.push(JSON.stringify(k) + ':' + canonicalJson(v));
      }
      return '{' + parts.join(',') + '}';
    }
    default:
      throw new TypeError(`canonical JSON has no representation for ${typeof value}`);
  }
}

/** The hashed content of an entry: everything but `prevHash` and `hash`. */
export type EntryContent = Omit<StoredAuditEntry, 'prevHash' | 'hash'>;

/** The object whose canonical JSON is hashed (absent optional members are left out). */
export function entryObject(e: EntryContent): Record<string, unknown> {
  return {
    seq: e.seq,
    time: e.time,
    actor: { keyId: e.actor.keyId, role: e.actor.role },
    action: e.action,
    purpose: e.purpose,
    subjectRef: e.subjectRef,
    fields: e.fields,
    outcome: e.outcome,
    reason: e.reason,
    details: e.details,
  };
}

/** Canonical JSON of an entry (reference implementation; the writer uses `canonicalEntryText`, which is tested equal). */
export function canonicalEntry(e: EntryContent): string {
  return canonicalJson(entryObject(e));
}

/** hash = lowercase hex SHA-256 of the UTF-8 bytes of (prevHash + canonical JSON of the entry). */
export function chainHash(prevHash: string, canonical: string): string {
  // one-shot: half the cost of a Hash object per entry
  return hash('sha256', prevHash + canonical, 'hex');
}

export function entryHash(prevHash: string, e: EntryContent): string {
  return chainHash(prevHash, canonicalEntry(e));
}

/** The entry's columns as stored: `fields` and `details` are already canonical JSON text (or null). */
export interface EntryColumns {
  seq: number;
  time: string;
  keyId: string;
  role: string;
  action: string;
  purpose: string | null;
  subjectRef: string | null;
  fields: string | null;
  outcome: string;
  reason: string | null;
  details: string | null;
}

/**
 * Fast canonical JSON of an entry from its stored columns, members written in sorted order:
 * action, actor{keyId, role}, details, fields, outcome, purpose, reason, seq, subjectRef, time.
 */
export function canonicalEntryText(c: EntryColumns): string {
  let s = '{"action":' + JSON.stringify(c.action) + ',"actor":{"keyId":' + JSON.stringify(c.keyId) + ',"role":' + JSON.stringify(c.role) + '}';
  if (c.details !== null) s += ',"details":' + c.details;
  if (c.fields !== null) s += ',"fields":' + c.fields;
  s += ',"outcome":' + JSON.stringify(c.outcome);
  if (c.purpose !== null) s += ',"purpose":' + JSON.stringify(c.purpose);
  if (c.reason !== null) s += ',"reason":' + JSON.stringify(c.reason);
  s += ',"seq":' + c.seq;
  if (c.subjectRef !== null) s += ',"subjectRef":' + JSON.stringify(c.subjectRef);
  return s + ',"time":' + JSON.stringify(c.time) + '}';
}
