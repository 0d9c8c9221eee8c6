/**
 * Consent receipts: each recorded consent action returns a JSON document with the mandatory fields
 * of ISO/IEC TS 27560 (consent record information structure), signed as a compact JWS (EdDSA,
 * Ed25519) with the controller's receipt key. The key is created on first use in the key store,
 * sealed with a key derived from the master key; its public half is served as a JWK set at
 * `/.well-known/custos-receipt-key.json`, so anyone can check a receipt offline.
 *
 * Each key's row carries a MAC (key derived from the master key) over its key id and public JWK: a public
 * key put into the key store without the master key is neither published nor trusted to verify a receipt.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import type { Db } from '../store/db.js';
import { toBuffer } from '../store/db.js';
import type { Migration } from '../store/migrate.js';
import { migrateBinding, rowMac, rowMacMatches } from '../crypto/row-mac.js';
import { open as openSealed, seal } from '../crypto/aead.js';
import { CustosError } from '../errors.js';
import type { Localized, Policy } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/versions.js';
import type { ConsentEvent } from './store.js';

export const RECEIPT_KEY_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'receipt signing keys',
    sql: `
CREATE TABLE receipt_signing_keys (
  key_id TEXT PRIMARY KEY,
  public_jwk TEXT NOT NULL,
  private_key BLOB NOT NULL,
  created_at BIGINT NOT NULL,
  retired_at BIGINT
);`,
  },
  {
    version: 2,
    name: 'receipt signing keys bound to the master key',
    // the keys already there get their MAC in the same transaction (Receipts.open)
    sql: 'ALTER TABLE receipt_signing_keys ADD COLUMN mac BLOB;',
  },
];

/** The migration that adds the MAC column; the keys already there are bound when it is applied. */
const BINDING_VERSION = 2;
/** What the MAC of a receipt key row covers; a new format gets a new kind. */
const MAC_KIND = 'receipt_signing_keys/v1';

export const RECEIPT_SCHEMA_VERSION = 'ISO/IEC TS 27560:2023 custos-receipt/1';
export const RECEIPT_TYPE = 'consent-receipt+jws';

/** The mandatory fields of ISO/IEC TS 27560 a receipt carries (see docs/consent.md for the mapping). */
export const RECEIPT_FIELDS = [
  'schema_version',
  'record_id',
  'pii_principal_id',
  'notice',
  'language',
  'purposes',
  'data_categories',
  'controller',
  'storage_locations',
  'retention',
  'jurisdiction',
  'recipients',
  'withdrawal_method',
  'event_time',
  'validity',
  'event_type',
  'state',
] as const;

export interface ReceiptPayload {
  schema_version: string;
  record_id: string;
  pii_principal_id: string;
  notice: { policy_version: number; policy_label: string; policy_digest: string; url?: string };
  language: string;
  purposes: {
    id: string;
    description?: string;
    legal_basis: string;
    consent_type: 'explicit' | 'deemed';
    event_ids: string[];
    /** A purpose on another basis whose use of these categories a later policy version added: the consent is to that use. */
    new_use?: { categories: string[]; purpose_basis: string };
  }[];
  data_categories: { id: string; kind: string }[];
  controller: { name: string; address: string; country?: string; contact: string; url?: string };
  storage_locations: string[];
  retention: { category: string; period: string; after: string }[];
  jurisdiction: string;
  recipients: { id: string; name: string; type: string; country: string }[];
  withdrawal_method: { description: string; api: string; methods: string[] };
  event_time: string;
  validity: { from: string; until: null; condition: string };
  event_type: 'consent_given' | 'consent_withdrawn';
  state: 'active' | 'withdrawn';
  collection_method: string;
  iss: string;
}

const text = (l: Localized | undefined, lang: string): string | undefined =>
  l === undefined ? undefined : typeof l === 'string' ? l : (l as Record<string, string>)[lang] ?? l.en ?? Object.values(l)[0];

/**
 * Builds the receipt of one consent action (all events share the event type). `newUses`: per purpose on
 * another basis, the categories whose use a policy version later than the person's data added (seed 001):
 * for those the person gives (or withdraws) consent, so the receipt's legal basis is consent.
 */
export function receiptPayload(
  policy: Policy,
  version: PolicyVersion,
  subject: { id: string; jurisdiction: string },
  events: ConsentEvent[],
  receiptId: string,
  newUses: Readonly<Record<string, readonly string[]>> = {},
): ReceiptPayload {
  const event = events[0].event;
  const lang = events[0].language ?? policy.governing_language;
  const purposeIds = [...new Set(events.map((e) => e.purpose))];
  const categories = Object.entries(policy.categories).filter(([, c]) => c.purposes.some((p) => purposeIds.includes(p)));
  const recipients = Object.entries(policy.recipients).filter(([, r]) => r.purposes.some((p) => purposeIds.includes(p)));
  const storage = new Set<string>();
  for (const [, c] of categories) for (const cc of c.storage_countries ?? (policy.controller.country ? [policy.controller.country] : [])) storage.add(cc);
  return {
    schema_version: RECEIPT_SCHEMA_VERSION,
    record_id: receiptId,
    pii_principal_id: subject.id,
    notice: {
      policy_version: version.ordinal,
      policy_label: version.label,
      policy_digest: version.digest,
      ...(policy.controller.contact.url ? { url: policy.controller.contact.url } : {}),
    },
    language: lang,
    purposes: purposeIds.map((id) => {
      const basis = policy.purposes[id]?.basis ?? 'consent';
      const added = newUses[id] ?? [];
      return {
        id,
        ...(text(policy.purposes[id]?.description, lang) ? { description: text(policy.purposes[id]?.description, lang) } : {}),
        legal_basis: added.length > 0 ? 'consent' : basis,
        consent_type: policy.purposes[id]?.consent_method ?? 'explicit',
        event_ids: events.filter((e) => e.purpose === id).map((e) => e.eventId),
        ...(added.length > 0 ? { new_use: { categories: [...added], purpose_basis: basis } } : {}),
      };
    }),
    data_categories: categories.map(([id, c]) => ({ id, kind: c.kind })),
    controller: {
      name: policy.controller.name,
      address: policy.controller.address,
      ...(policy.controller.country ? { country: policy.controller.country } : {}),
      contact: policy.controller.contact.email,
      ...(policy.controller.contact.url ? { url: policy.controller.contact.url } : {}),
    },
    storage_locations: [...storage].sort(),
    retention: categories.filter(([, c]) => c.retention).map(([id, c]) => ({ category: id, period: c.retention!.period, after: c.retention!.after })),
    jurisdiction: subject.jurisdiction,
    recipients: recipients.map(([id, r]) => ({ id, name: r.name, type: r.type, country: r.country })),
    withdrawal_method: {
      description: 'Withdraw at any time, as easily as consent was given: the privacy center, the cookie banner, the unsubscribe link, or the API.',
      api: `POST /v1/subjects/{id}/consents {"event":"withdraw","purposes":[...]}`,
      methods: ['privacy_center', 'banner', 'form', 'api'],
    },
    event_time: events[0].at,
    validity: {
      from: events[0].at,
      until: null,
      condition: event === 'grant' ? 'until withdrawn, or until a later policy version adds a use of these purposes' : 'withdrawn: no longer valid',
    },
    event_type: event === 'grant' ? 'consent_given' : 'consent_withdrawn',
    state: event === 'grant' ? 'active' : 'withdrawn',
    collection_method: events[0].method,
    iss: policy.controller.name,
  };
}

export type ReceiptCheck = { valid: true; payload: ReceiptPayload; keyId: string } | { valid: false; reason: string };

const B64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a receipt against a JWK set: compact form, canonical base64url in every part (so no changed
 * byte can slip through an encoding slack), known key, signature, and every mandatory field. The text
 * may end with one line break; anything else around the JWS makes it invalid.
 */
export async function verifyReceipt(raw: string, jwks: { keys: JWK[] }): Promise<ReceiptCheck> {
  const jws = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw.endsWith('\n') ? raw.slice(0, -1) : raw;
  const parts = jws.split('.');
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) return { valid: false, reason: 'not a compact JWS (three base64url parts separated by dots)' };
  for (const p of parts)
    if (Buffer.from(p, 'base64url').toString('base64url') !== p) return { valid: false, reason: 'a part is not canonical base64url: the receipt was altered' };
  let header: { alg?: string; kid?: string; typ?: string };
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'the protected header is not JSON' };
  }
  if (header.alg !== 'EdDSA') return { valid: false, reason: `unexpected signature algorithm ${JSON.stringify(header.alg ?? null)} (expected EdDSA)` };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return { valid: false, reason: 'signed by a key that is not the controller\'s receipt key' };
  let payload: ReceiptPayload;
  try {
    const key = await importJWK(jwk, 'EdDSA');
    const r = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
    payload = JSON.parse(new TextDecoder().decode(r.payload));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { valid: false, reason: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'the signature does not verify: the receipt was altered or not signed by this controller' : 'the receipt could not be verified' };
  }
  if (payload === null || typeof payload !== 'object') return { valid: false, reason: 'the payload is not a JSON object' };
  const missing = RECEIPT_FIELDS.filter((f) => (payload as unknown as Record<string, unknown>)[f] === undefined);
  if (missing.length > 0) return { valid: false, reason: `mandatory fields missing: ${missing.join(', ')}` };
  if (payload.schema_version !== RECEIPT_SCHEMA_VERSION) return { valid: false, reason: 'unknown receipt schema version' };
  return { valid: true, payload, keyId: header.kid! };
}

interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/** The controller's receipt key: signs receipts, publishes its public JWK set. */
/**
 * How long a process signs with the key it read before it checks which key is current: another process
 * (`custos keys rotate-signing`) may have retired it. Receipts signed by the retired key meanwhile still verify.
 */
export const SIGNING_KEY_RECHECK_MS = 60_000;

export class Receipts {
  private signing?: Promise<SigningKey>;
  /** When the current key was last read or checked (Date.now()). */
  private checkedAt = 0;

  private constructor(
    private readonly keyDb: Db,
    private readonly sealKey: Buffer,
    private readonly macKey: Buffer,
  ) {}

  /**
   * `sealKey` seals the private keys, `macKey` binds the rows; both are derived from the master key, each
   * for its own use (`keyring.derive('receipt-signing/v1')`, `keyring.derive('receipt-signing-key-mac/v1')`).
   * The migration that adds the MAC column binds the keys already there, in the same transaction: the
   * store is trusted at that moment, as it was before the binding existed.
   */
  static async open(keyDb: Db, sealKey: Buffer, macKey: Buffer): Promise<Receipts> {
    if (sealKey.length !== 32) throw new CustosError('CUSTOS_CONFIG', 'the receipt key seal must be 32 bytes');
    if (macKey.length !== 32) throw new CustosError('CUSTOS_CONFIG', 'the receipt key MAC key must be 32 bytes');
    await migrateBinding(keyDb, 'receipt-keys', RECEIPT_KEY_MIGRATIONS, BINDING_VERSION, async (t) => {
      for (const r of await t.all<{ key_id: string; public_jwk: string }>('SELECT key_id, public_jwk FROM receipt_signing_keys'))
        await t.run('UPDATE receipt_signing_keys SET mac = ? WHERE key_id = ?', [rowMac(macKey, MAC_KIND, [r.key_id, r.public_jwk]), r.key_id]);
    });
    return new Receipts(keyDb, sealKey, macKey);
  }

  /** Whether a key row was written with the master key. */
  private bound(r: { key_id: string; public_jwk: string; mac: unknown }): boolean {
    return rowMacMatches(this.macKey, MAC_KIND, [r.key_id, r.public_jwk], r.mac);
  }

  private key(): Promise<SigningKey> {
    if (this.signing && Date.now() - this.checkedAt >= SIGNING_KEY_RECHECK_MS) {
      const held = this.signing;
      this.signing = held.then(async (k) => ((await this.currentKeyId()) === k.keyId ? k : this.loadOrCreate()));
    }
    this.signing ??= this.loadOrCreate();
    this.checkedAt = Date.now();
    const p = this.signing;
    p.catch(() => {
      if (this.signing === p) this.signing = undefined;
    });
    return p;
  }

  private async currentKeyId(): Promise<string | undefined> {
    return (await this.keyDb.get<{ key_id: string }>('SELECT key_id FROM receipt_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC, key_id DESC LIMIT 1'))?.key_id;
  }

  /**
   * New signing key for receipts: the current one (and any other not retired) is retired, in one
   * transaction with the new key's row. Retired keys stay in the key set (`publicJwks`), so the receipts
   * they signed still verify; other processes sign with the new key within SIGNING_KEY_RECHECK_MS.
   */
  async rotateSigningKey(): Promise<{ keyId: string; retired: string[] }> {
    let made!: SigningKey;
    let retired: string[] = [];
    await this.keyDb.tx(async (t) => {
      retired = (await t.all<{ key_id: string }>('SELECT key_id FROM receipt_signing_keys WHERE retired_at IS NULL ORDER BY created_at, key_id')).map((r) => r.key_id);
      await t.run('UPDATE receipt_signing_keys SET retired_at = ? WHERE retired_at IS NULL', [Date.now()]);
      made = await this.createKey(t);
    });
    this.signing = Promise.resolve(made);
    this.checkedAt = Date.now();
    return { keyId: made.keyId, retired };
  }

  private async loadOrCreate(): Promise<SigningKey> {
    const row = await this.keyDb.get<{ key_id: string; public_jwk: string; private_key: unknown; mac: unknown }>(
      'SELECT key_id, public_jwk, private_key, mac FROM receipt_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC, key_id DESC LIMIT 1',
    );
    if (row) {
      if (!this.bound(row))
        throw new CustosError('CUSTOS_INTEGRITY', `the receipt signing key ${row.key_id} was written or changed without the master key (its MAC does not verify): the key store was altered`);
      const der = openSealed(this.sealKey, toBuffer(row.private_key), `receipt-signing-key|${row.key_id}`);
      if (!der) throw new CustosError('CUSTOS_INTEGRITY', 'the receipt signing key does not authenticate: wrong master key or the key store was altered');
      return { keyId: row.key_id, privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) };
    }
    return this.createKey(this.keyDb);
  }

  /** A new signing key, stored sealed and bound to the master key. */
  private async createKey(db: Db): Promise<SigningKey> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const keyId = 'rk_' + randomBytes(8).toString('hex');
    const jwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid: keyId, alg: 'EdDSA', use: 'sig' };
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const publicJwk = JSON.stringify(jwk);
    await db.run('INSERT INTO receipt_signing_keys (key_id, public_jwk, private_key, created_at, mac) VALUES (?, ?, ?, ?, ?)', [
      keyId,
      publicJwk,
      seal(this.sealKey, der, `receipt-signing-key|${keyId}`),
      Date.now(),
      rowMac(this.macKey, MAC_KIND, [keyId, publicJwk]),
    ]);
    return { keyId, privateKey };
  }

  /**
   * The public keys (current and retired) as a JWK set: what `/.well-known/custos-receipt-key.json` serves.
   * Only rows written with the master key: a key planted in the key store is neither served nor trusted.
   */
  async publicJwks(): Promise<{ keys: JWK[] }> {
    // creates the key on first use; a current key refused for its MAC stops signing (CUSTOS_INTEGRITY),
    // not the verification of receipts signed by the keys that are bound
    await this.key().catch((e: unknown) => {
      if (!(e instanceof CustosError && e.code === 'CUSTOS_INTEGRITY')) throw e;
    });
    const rows = await this.keyDb.all<{ key_id: string; public_jwk: string; mac: unknown }>('SELECT key_id, public_jwk, mac FROM receipt_signing_keys ORDER BY created_at, key_id');
    return { keys: rows.filter((r) => this.bound(r)).map((r) => JSON.parse(r.public_jwk) as JWK) };
  }

  async sign(payload: ReceiptPayload): Promise<string> {
    const k = await this.key();
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: k.keyId, typ: RECEIPT_TYPE })
      .sign(k.privateKey);
  }

  /** Checks a receipt against this controller's keys. */
  async verify(jws: string): Promise<ReceiptCheck> {
    return verifyReceipt(jws, await this.publicJwks());
  }
}
