/**
 * Identity first: a request made in the privacy center starts as an intake. A 6-digit code goes to the
 * email (or phone) already on file; nothing about the person is revealed until the code comes back.
 *
 * - The answer to "start" is the same whether or not the identifier is known, and takes the same time
 *   (a fixed floor); an unknown identifier simply gets no code, so no code can ever verify it.
 * - Codes are stored as keyed hashes, valid 10 minutes; 5 attempts per intake, however many codes it was
 *   sent (each attempt is counted before the code is compared, so parallel guesses count too), and at
 *   most 3 resends; a verified intake cannot be reused (unless what it was entered for could not start:
 *   `giveBack`).
 * - Limits per identifier and per client network: past them the answer is still the same and nothing is sent
 *   (see LIMIT_PER_IDENTIFIER_NETWORK for why a stranger cannot use them up for the person).
 * - Every start and resend answers after the same floor; a text message is sent after the answer is
 *   settled, so its sending time tells nothing either.
 *
 * The same machinery proves control of a NEW email or phone before a correction may write it
 * (`startConfirmation`, `confirmIdentifier`): an intake of purpose `new_identifier`, already tied to the
 * verified person, whose code goes to the new address. Its code is hashed, expires, counts attempts and
 * resends and the limits per identifier and network exactly as a start's; it can never open a session
 * (`verify` takes only `identity` intakes), and it is confirmed only for the person it was started for.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toBuffer, toInt } from '../store/db.js';
import { CustosError, invalidInput } from '../errors.js';
import { requireWellFormedText } from '../validation.js';
import { constantTimeEqual, hmac, open, seal } from '../crypto/aead.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Vault } from '../vault/vault.js';
import { normaliseEmail, normalisePhone, emailLookupKey, phoneRegion } from '../vault/values.js';
import type { Policy, Language, RequestType } from '../policy/schema.js';
import { LANGUAGES, REQUEST_TYPES } from '../policy/schema.js';
import type { OutboxWriter } from '../mail/types.js';
import { addDuration } from '../policy/duration.js';
import { checkRequestDetails } from './correctable.js';
import { truncateIp } from '../telemetry/ip.js';

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_ATTEMPTS = 5;
/** New codes for one intake (`resend`): they bring no new attempts. */
export const MAX_RESENDS = 3;
/** Codes staff may send for one filed correction (`startConfirmation` with a request): the first and MAX_RESENDS new ones. */
export const MAX_CODES_PER_REQUEST = 1 + MAX_RESENDS;
/**
 * Codes an hour (new requests and new codes alike) for one identifier from one client network (IPv4 /24,
 * IPv6 /48), and for one identifier from anywhere; starts an hour from one network, for any identifiers.
 *
 * Counting codes per identifier alone let anyone stop the person's own requests: three starts an hour for
 * their address used the limit up. Counted per identifier and network, a stranger's starts use up only
 * their own network's share; the per-identifier backstop still stops mail-bombing from many networks, and
 * it counts only codes sent (or that would have been, for an identifier not on file: the same work either
 * way), that is from networks within their share: one network alone can
 * take at most 3 of the 10, so locking the person out takes at least four networks (two /24s of a cloud
 * provider do not suffice), and even then the person gets at most 10 unwanted codes an hour. Someone on
 * the person's own network (same office, same carrier-grade NAT) shares their share: that is the cost of
 * not telling apart people who look alike to the server. The answer is the same either way.
 */
export const LIMIT_PER_IDENTIFIER_NETWORK = 3;
export const LIMIT_PER_IDENTIFIER = 10;
export const LIMIT_PER_NETWORK = 20;
/** Every start answers no sooner than this, known identifier or not. */
export const START_FLOOR_MS = 250;
const HOUR_MS = 3_600_000;

/** Waits until START_FLOOR_MS after `started`. */
async function floor(started: number): Promise<void> {
  const wait = START_FLOOR_MS - (Date.now() - started);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

export interface StartInput {
  type: RequestType;
  email?: string;
  phone?: string;
  language: Language;
  /** Type-specific details (correction values, restriction scope), sealed until verified. */
  details?: Record<string, unknown>;
  /** Filed by an authorised agent for the person: staff must approve the authorisation. */
  agent?: { name: string; email: string; authorisation: string };
  /** Client address, truncated before use. */
  ip: string;
}

export interface VerifiedIntake {
  intakeId: string;
  /** When the code was claimed (what `giveBack` matches). */
  verifiedAt: number;
  subjectId: string;
  type: RequestType;
  language: Language;
  details?: Record<string, unknown>;
  agent?: { name: string; email: string; authorisation: string };
}

/** What a confirmation of a new email or phone is started with (see `Intakes.startConfirmation`). */
export interface ConfirmationInput {
  subjectId: string;
  /** The correction's field (an email or phone category) and its new value as it will be stored. */
  field: string;
  kind: 'email' | 'phone';
  /** Normalised: the email address as stored, or the phone number in E.164. */
  value: string;
  language: Language;
  /** Privacy center: the request to file once the code is confirmed, sealed until then. */
  filing?: Record<string, unknown>;
  /** Staff: the filed request that waits for the confirmation. */
  requestId?: string;
  ip: string;
}

/** A confirmed new identifier: the field and value proven, and what the confirmation was for. */
export type ConfirmedIdentifier = Omit<ConfirmationInput, 'ip'> & { confirmationId: string; /** when the code was claimed (what `giveBack` matches) */ verifiedAt: number };

/** How long a confirmed new identifier counts as proven for filing the correction it was started for. */
export const PROOF_TTL_MS = 30 * 60_000;

export interface SmsSender {
  send(phoneE164: string, text: string): Promise<void>;
}

const verificationFailed = () =>
  new CustosError('CUSTOS_VERIFICATION_FAILED', 'the code is wrong or has expired: ask for a new code', [
    { field: 'code', rule: 'code_valid', message: 'the code is wrong or has expired; ask for a new code' },
  ]);

const codeLimitReached = () =>
  new CustosError('CUSTOS_REQUEST_STATE', `this request has had the ${MAX_CODES_PER_REQUEST} codes a request gets (the first and ${MAX_RESENDS} new ones)`, [
    {
      field: 'requestId',
      rule: 'identifier_code_limit',
      message: `a request gets ${MAX_CODES_PER_REQUEST} codes to its new email or phone at most: enter the last one, or refuse the request (identity_not_verified) and have the person file the correction again`,
    },
  ]);

const codeHeldBack = () =>
  new CustosError('CUSTOS_RATE_LIMITED', 'no code was sent: the new email or phone has had the codes it may get for now: try again later', [
    {
      field: 'requestId',
      rule: 'identifier_code_rate',
      message: `a new email or phone gets ${LIMIT_PER_IDENTIFIER_NETWORK} codes an hour from one network and ${LIMIT_PER_IDENTIFIER} from anywhere: no code was sent; try again within the hour`,
    },
  ]);

/**
 * IPv4 /24 or IPv6 /48: the network, not the person's address. Read from the address's groups, whichever
 * way it is written (`2001:db8::1` and `2001:db8:0:1::1` are one /48).
 */
export function networkOf(ip: string): string {
  return truncateIp(ip) ?? ip;
}

export class Intakes {
  private readonly codeKey: Buffer;
  private readonly sealKey: Buffer;
  /** Text messages under way (not awaited by the answer). */
  private readonly sending = new Set<Promise<void>>();
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly vault: Vault,
    private readonly policy: () => Policy,
    private readonly outbox: OutboxWriter | undefined,
    private readonly sms: SmsSender | undefined,
    private readonly now: () => Date,
  ) {
    this.codeKey = keyring.derive('verification-code/v1');
    this.sealKey = keyring.derive('intake/v1');
  }

  private codeHash(intakeId: string, code: string): Buffer {
    return hmac(this.codeKey, `${intakeId}|${code}`);
  }

  /** Starts a request: same answer, same time, whether or not the identifier is on file. */
  async start(input: StartInput): Promise<{ intakeId: string; expiresAt: string }> {
    const started = Date.now();
    if (!(REQUEST_TYPES as readonly string[]).includes(input.type)) throw invalidInput('type', 'request_type', `must be one of ${REQUEST_TYPES.join(', ')}`);
    if (!(LANGUAGES as readonly string[]).includes(input.language)) throw invalidInput('language', 'known_language', `must be one of ${LANGUAGES.join(', ')}`);
    if ((input.email === undefined) === (input.phone === undefined)) throw invalidInput('email', 'one_identifier', 'give either an email address or a phone number');
    // what the request asks for is checked now (the same for everyone, nothing looked up), not after the
    // person has spent their code on it
    checkRequestDetails(this.policy(), input.type, input.details);
    requireWellFormedText('agent', input.agent);
    const kind = input.email !== undefined ? 'email' : 'phone';
    const normalised =
      kind === 'email'
        ? emailLookupKey(normaliseEmail('email', input.email))
        : normalisePhone('phone', input.phone, phoneRegion(this.policy().default_jurisdiction));
    const digest = this.keyring.blindIndex(kind, normalised);
    const network = networkOf(input.ip);
    const now = this.now().getTime();
    const intakeId = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = Math.max(now + CODE_TTL_MS, addDuration(now, this.policy().requests.unverified_expiry).getTime());
    // The intake is stored, with no subject yet (no code can verify it), and counted against the limits in
    // one transaction per identifier and network (serial on SQLite; advisory locks on PostgreSQL): of any
    // number of starts at once, only those within the limits may be sent a code.
    const withinLimits = await this.db.tx(async (t) => {
      if (t.dialect === 'postgres')
        for (const key of [`intake|${digest}`, `intake|${network}`]) await t.all('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
      await t.run(
        'INSERT INTO request_intakes (intake_id, request_type, language, identifier_digest, ip_prefix, subject_id, code_hash, code_expires_at, expires_at, details, agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          intakeId,
          input.type,
          input.language,
          digest,
          network,
          null,
          this.codeHash(intakeId, code),
          now + CODE_TTL_MS,
          expiresAt,
          input.details ? seal(this.sealKey, Buffer.from(JSON.stringify(input.details)), `intake|${intakeId}|details`) : null,
          input.agent ? seal(this.sealKey, Buffer.from(JSON.stringify(input.agent)), `intake|${intakeId}|agent`) : null,
          now,
        ],
      );
      const recent = toInt((await t.get<{ n: number }>('SELECT COUNT(*) AS n FROM request_intakes WHERE ip_prefix = ? AND created_at > ?', [network, now - HOUR_MS]))?.n ?? 0);
      // (thrown inside the transaction: the intake is not kept)
      if (recent > LIMIT_PER_NETWORK)
        throw new CustosError('CUSTOS_RATE_LIMITED', 'too many requests from this network: try again later', [{ rule: 'intake_rate', message: 'too many requests from this network' }]);
      // counted whether or not the identifier is on file: the same work either way
      if (!(await this.codeAllowed(t, digest, network, now))) return false;
      await this.countCode(t, digest, network, now);
      return true;
    });
    const matches = kind === 'email' ? await this.vault.findByEmail(input.email!) : await this.vault.findByPhone(input.phone!);
    // Exactly one person, and within the limits: only then does a code go out.
    const subjectId = matches.length === 1 && withinLimits ? matches[0] : null;
    let text: (() => Promise<void>) | undefined;
    if (subjectId) {
      // a start by phone keeps the number (sealed), so that a new code goes to it by text message too
      const target = kind === 'phone' ? seal(this.sealKey, Buffer.from(JSON.stringify({ kind, value: normalised })), `intake|${intakeId}|target`) : null;
      await this.db.run('UPDATE request_intakes SET subject_id = ?, target = ? WHERE intake_id = ?', [subjectId, target, intakeId]);
      text = await this.queueCode(subjectId, kind, normalised, code, input.language);
    }
    await floor(started);
    if (text) this.sendLater(text);
    return { intakeId, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** A new code for an intake still waiting for verification (the old one stops working). */
  async resend(intakeId: string, ip: string): Promise<{ intakeId: string }> {
    await this.resendCode(intakeId, ip, 'identity');
    return { intakeId };
  }

  /** A new code to the new identifier of a confirmation, for the person it was started for (same limits). */
  async resendConfirmation(confirmationId: string, subjectId: string, ip: string): Promise<{ confirmationId: string }> {
    await this.resendCode(confirmationId, ip, 'new_identifier', subjectId);
    return { confirmationId };
  }

  private async resendCode(intakeId: string, ip: string, purpose: 'identity' | 'new_identifier', subjectId?: string): Promise<void> {
    const started = Date.now();
    const row = await this.db.get<{
      subject_id: string | null;
      language: Language;
      verified_at: number | null;
      expires_at: number;
      identifier_digest: string;
      ip_prefix: string;
      purpose: string;
      target: unknown;
    }>('SELECT subject_id, language, verified_at, expires_at, identifier_digest, ip_prefix, purpose, target FROM request_intakes WHERE intake_id = ?', [typeof intakeId === 'string' ? intakeId : '']);
    const now = this.now().getTime();
    let text: (() => Promise<void>) | undefined;
    if (row && row.subject_id && row.purpose === purpose && (subjectId === undefined || row.subject_id === subjectId) && row.verified_at == null && toInt(row.expires_at) > now) {
      const recent = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM request_intakes WHERE ip_prefix = ? AND created_at > ?', [networkOf(ip), now - HOUR_MS]);
      if (toInt(recent?.n ?? 0) < LIMIT_PER_NETWORK) {
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        // A new code counts against the same limits as a start, on the network the intake was started from
        // (asking from elsewhere gets no more).
        const sent = await this.db.tx(async (t) => {
          if (t.dialect === 'postgres') await t.all('SELECT pg_advisory_xact_lock(hashtext(?))', [`intake|${row.identifier_digest}`]);
          if (!(await this.codeAllowed(t, row.identifier_digest, row.ip_prefix, now))) return false;
          // the attempts left stay as they are: a new code is not a new set of guesses
          const updated = await t.run(
            'UPDATE request_intakes SET code_hash = ?, code_expires_at = ?, resends = resends + 1 WHERE intake_id = ? AND verified_at IS NULL AND resends < ? AND attempts < ?',
            [this.codeHash(intakeId, code), now + CODE_TTL_MS, intakeId, MAX_RESENDS, MAX_ATTEMPTS],
          );
          if (updated.changes !== 1) return false;
          await this.countCode(t, row.identifier_digest, row.ip_prefix, now);
          return true;
        });
        if (sent) {
          // the new identifier of a confirmation; the number of a start by phone (none: a start by email)
          const target = this.unseal(intakeId, row.target, 'target') as { kind: 'email' | 'phone'; value: string } | undefined;
          if (purpose === 'new_identifier') text = target ? await this.queueCodeTo(target.kind, target.value, code, row.language) : undefined;
          else text = await this.queueCode(row.subject_id, target?.kind ?? 'email', target?.value ?? '', code, row.language);
        }
      }
    }
    await floor(started);
    if (text) this.sendLater(text);
  }

  /** Whether one more code may go to the identifier from this network (see LIMIT_PER_IDENTIFIER_NETWORK). */
  private async codeAllowed(t: Db, digest: string, network: string, now: number): Promise<boolean> {
    await t.run('DELETE FROM intake_codes WHERE identifier_digest = ? AND sent_at <= ?', [digest, now - HOUR_MS]);
    const n = async (sql: string, params: (string | number)[]) => toInt((await t.get<{ n: number }>(`SELECT COUNT(*) AS n FROM intake_codes WHERE ${sql}`, params))?.n ?? 0);
    if ((await n('identifier_digest = ? AND ip_prefix = ? AND sent_at > ?', [digest, network, now - HOUR_MS])) >= LIMIT_PER_IDENTIFIER_NETWORK) return false;
    return (await n('identifier_digest = ? AND sent_at > ?', [digest, now - HOUR_MS])) < LIMIT_PER_IDENTIFIER;
  }

  private async countCode(t: Db, digest: string, network: string, now: number): Promise<void> {
    await t.run('INSERT INTO intake_codes (identifier_digest, ip_prefix, sent_at) VALUES (?, ?, ?)', [digest, network, now]);
  }

  /**
   * Queues the code by mail (a write to the outbox, inside the timed part), or returns the text message to
   * send once the answer's time is settled: a gateway's latency would otherwise tell a number on file.
   */
  private async queueCode(subjectId: string, kind: 'email' | 'phone', phone: string, code: string, language: Language): Promise<(() => Promise<void>) | undefined> {
    const minutes = CODE_TTL_MS / 60_000;
    if (kind === 'phone' && this.sms) {
      const sms = this.sms;
      return () => sms.send(phone, `Custos: ${code} (${minutes} min)`);
    }
    if (this.outbox) await this.outbox.enqueue({ template: 'verification_code', language, to: { subjectId }, data: { code, minutes } });
    return undefined;
  }

  /**
   * Queues a confirmation code to a new identifier: mail to that address alone (nothing else about the
   * person in it), or the text message to send once the answer's time is settled.
   */
  private async queueCodeTo(kind: 'email' | 'phone', value: string, code: string, language: Language): Promise<(() => Promise<void>) | undefined> {
    const minutes = CODE_TTL_MS / 60_000;
    if (kind === 'phone') {
      const sms = this.sms;
      return sms ? () => sms.send(value, `Custos: ${code} (${minutes} min)`) : undefined;
    }
    if (this.outbox) await this.outbox.enqueue({ template: 'identifier_confirmation', language, to: { address: value }, data: { code, minutes } });
    return undefined;
  }

  private sendLater(send: () => Promise<void>): void {
    // A failure is not reported to the client (that would tell the number is on file): the person asks
    // for a new code.
    const p: Promise<void> = Promise.resolve()
      .then(send)
      .catch(() => undefined)
      .finally(() => this.sending.delete(p));
    this.sending.add(p);
  }

  /** Resolves once the text messages under way have been handed to the gateway (tests, orderly shutdown). */
  async settled(): Promise<void> {
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  /** Checks a code. Any failure gives the same answer; five wrong codes end the intake. */
  async verify(intakeId: string, code: string): Promise<VerifiedIntake> {
    // The attempt is counted before the code is compared (see `check`). An intake for an identifier not on
    // file goes the same way (its code was never sent), so the time taken tells nothing.
    // (only identity intakes: a code sent to a new address proves control of it, never who the person is)
    const row = await this.check(intakeId, code, 'identity');
    const unseal = (v: unknown, what: string) => this.unseal(intakeId, v, what);
    return {
      intakeId,
      verifiedAt: row.verifiedAt,
      subjectId: row.subject_id,
      type: row.request_type,
      language: row.language,
      details: unseal(row.details, 'details'),
      agent: unseal(row.agent, 'agent'),
    };
  }

  /**
   * The one code check of every intake: the attempt is counted before the code is compared, in one
   * statement (of any number of guesses sent at once, only the first MAX_ATTEMPTS are compared at all); a
   * right code is claimed once. `subjectId`: a confirmation is checked only for the person it was started
   * for (another session's guesses neither count against it nor can confirm it).
   */
  private async check(intakeId: string, code: string, purpose: 'identity' | 'new_identifier', subjectId?: string) {
    if (typeof intakeId !== 'string' || !/^[0-9a-f-]{36}$/.test(intakeId) || typeof code !== 'string' || !/^\d{6}$/.test(code)) throw verificationFailed();
    const now = this.now().getTime();
    const counted = await this.db.run(
      `UPDATE request_intakes SET attempts = attempts + 1 WHERE intake_id = ? AND purpose = ? AND verified_at IS NULL AND attempts < ? AND code_expires_at > ?${subjectId !== undefined ? ' AND subject_id = ?' : ''}`,
      [intakeId, purpose, MAX_ATTEMPTS, now, ...(subjectId !== undefined ? [subjectId] : [])],
    );
    if (counted.changes !== 1) throw verificationFailed();
    const row = await this.db.get<{
      subject_id: string | null;
      request_type: RequestType;
      language: Language;
      code_hash: unknown;
      details: unknown;
      agent: unknown;
      target: unknown;
      request_id: string | null;
    }>('SELECT subject_id, request_type, language, code_hash, details, agent, target, request_id FROM request_intakes WHERE intake_id = ?', [intakeId]);
    const ok = row !== undefined && constantTimeEqual(toBuffer(row.code_hash), this.codeHash(intakeId, code));
    if (!ok || !row.subject_id) throw verificationFailed();
    // One use only: the update succeeds for exactly one caller.
    const claimed = await this.db.run('UPDATE request_intakes SET verified_at = ? WHERE intake_id = ? AND verified_at IS NULL', [now, intakeId]);
    if (claimed.changes !== 1) throw verificationFailed();
    return { ...row, subject_id: row.subject_id, verifiedAt: now };
  }

  /**
   * Gives back the code of an intake `verify` (or `confirmIdentifier`) accepted, when what it was entered
   * for could not start (the privacy center's confirmation of a new email or phone: the network's limit, a
   * number not valid in the person's region; or filing the request: a value found not valid for the
   * person, a store error): the
   * code works again until it expires, and new codes can be asked for, so the person need not start over
   * (had the request been written before the failure, entering the code again joins it: the same request
   * is never filed twice). The attempt that entered the right code is given back with it; every wrong code
   * stays counted, so no more than MAX_ATTEMPTS wrong codes are ever compared.
   */
  async giveBack(v: { intakeId: string; verifiedAt: number }): Promise<void> {
    await this.db.run('UPDATE request_intakes SET verified_at = NULL, attempts = attempts - 1 WHERE intake_id = ? AND verified_at = ? AND attempts > 0', [
      v.intakeId,
      v.verifiedAt,
    ]);
  }

  private unseal(intakeId: string, v: unknown, what: string) {
    if (v == null) return undefined;
    const plain = open(this.sealKey, toBuffer(v), `intake|${intakeId}|${what}`);
    return plain ? JSON.parse(plain.toString('utf8')) : undefined;
  }

  /**
   * Sends a code to a new email or phone of a verified person, to prove they control it before a
   * correction writes it. The same hashing, expiry, attempts, resends, limits (counted on the NEW
   * identifier and the client's network) and answer floor as a start; past the limits nothing is sent and
   * the answer is the same. The code goes only to the new address: mail through the outbox (template
   * `identifier_confirmation`, addressed to it alone), a text message through the SMS gateway.
   * For a filed request (staff), each code sent counts against MAX_CODES_PER_REQUEST, as the person's own
   * resends are capped: past it, `CUSTOS_REQUEST_STATE` (rule `identifier_code_limit`) and nothing is kept.
   * Staff are told when the limits per address hold a code back (`CUSTOS_RATE_LIMITED`, rule
   * `identifier_code_rate`, nothing kept: the code sent before stays the one to enter); the person is not.
   */
  async startConfirmation(input: ConfirmationInput): Promise<{ confirmationId: string; expiresAt: string }> {
    const started = Date.now();
    const digest = this.keyring.blindIndex(input.kind, input.kind === 'email' ? emailLookupKey(input.value) : input.value);
    const network = networkOf(input.ip);
    const now = this.now().getTime();
    const confirmationId = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = now + CODE_TTL_MS;
    const target = { field: input.field, kind: input.kind, value: input.value };
    const withinLimits = await this.db.tx(async (t) => {
      if (t.dialect === 'postgres')
        for (const key of [`intake|${digest}`, `intake|${network}`]) await t.all('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
      const codesLeft = `request_id = ? AND identifier_codes < ${MAX_CODES_PER_REQUEST}`;
      if (input.requestId !== undefined && !(await t.get('SELECT 1 AS ok FROM requests WHERE ' + codesLeft, [input.requestId]))) throw codeLimitReached();
      await t.run(
        'INSERT INTO request_intakes (intake_id, purpose, request_type, language, identifier_digest, ip_prefix, subject_id, request_id, code_hash, code_expires_at, expires_at, details, target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          confirmationId,
          'new_identifier',
          'correction',
          input.language,
          digest,
          network,
          input.subjectId,
          input.requestId ?? null,
          this.codeHash(confirmationId, code),
          expiresAt,
          expiresAt,
          input.filing ? seal(this.sealKey, Buffer.from(JSON.stringify(input.filing)), `intake|${confirmationId}|details`) : null,
          seal(this.sealKey, Buffer.from(JSON.stringify(target)), `intake|${confirmationId}|target`),
          now,
        ],
      );
      const recent = toInt((await t.get<{ n: number }>('SELECT COUNT(*) AS n FROM request_intakes WHERE ip_prefix = ? AND created_at > ?', [network, now - HOUR_MS]))?.n ?? 0);
      if (recent > LIMIT_PER_NETWORK)
        throw new CustosError('CUSTOS_RATE_LIMITED', 'too many requests from this network: try again later', [{ rule: 'intake_rate', message: 'too many requests from this network' }]);
      if (!(await this.codeAllowed(t, digest, network, now))) {
        // (thrown inside the transaction: the confirmation is not kept)
        if (input.requestId !== undefined) throw codeHeldBack();
        return false;
      }
      await this.countCode(t, digest, network, now);
      // (only a code sent counts: one the limits per address held back does not use up the request's codes)
      if (input.requestId !== undefined && (await t.run('UPDATE requests SET identifier_codes = identifier_codes + 1 WHERE ' + codesLeft, [input.requestId])).changes !== 1) throw codeLimitReached();
      return true;
    });
    const text = withinLimits ? await this.queueCodeTo(input.kind, input.value, code, input.language) : undefined;
    await floor(started);
    if (text) this.sendLater(text);
    return { confirmationId, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Checks the code sent to a new identifier, for the person the confirmation was started for. */
  async confirmIdentifier(confirmationId: string, code: string, subjectId: string): Promise<ConfirmedIdentifier> {
    const row = await this.check(confirmationId, code, 'new_identifier', subjectId);
    const target = this.unseal(confirmationId, row.target, 'target') as { field: string; kind: 'email' | 'phone'; value: string } | undefined;
    if (!target) throw verificationFailed();
    const filing = this.unseal(confirmationId, row.details, 'details') as Record<string, unknown> | undefined;
    return {
      confirmationId,
      verifiedAt: row.verifiedAt,
      subjectId: row.subject_id,
      ...target,
      language: row.language,
      ...(filing ? { filing } : {}),
      ...(row.request_id ? { requestId: row.request_id } : {}),
    };
  }

  /**
   * The new identifier a confirmation proved for this person, if it was confirmed within PROOF_TTL_MS
   * (what `Requests.file` checks a correction's proof against); otherwise undefined.
   */
  async proven(confirmationId: string, subjectId: string): Promise<{ field: string; kind: 'email' | 'phone'; value: string } | undefined> {
    if (typeof confirmationId !== 'string' || confirmationId.length > 64) return undefined;
    const row = await this.db.get<{ target: unknown; verified_at: number | null }>(
      "SELECT target, verified_at FROM request_intakes WHERE intake_id = ? AND purpose = 'new_identifier' AND subject_id = ?",
      [confirmationId, subjectId],
    );
    if (!row || row.verified_at == null || toInt(row.verified_at) < this.now().getTime() - PROOF_TTL_MS) return undefined;
    return this.unseal(confirmationId, row.target, 'target');
  }

  /** The newest confirmation still waiting for its code that was started for a filed request (staff). */
  async pendingConfirmationOf(requestId: string): Promise<string | undefined> {
    const row = await this.db.get<{ intake_id: string }>(
      "SELECT intake_id FROM request_intakes WHERE request_id = ? AND purpose = 'new_identifier' AND verified_at IS NULL ORDER BY created_at DESC, intake_id LIMIT 1",
      [requestId],
    );
    return row?.intake_id;
  }

  /**
   * Erasure: the subjects' intakes go at once (they link the identifier's blind index to the subject and
   * hold the details the person typed, sealed under a key erasure does not destroy).
   */
  async forget(subjectIds: readonly string[]): Promise<void> {
    await runForKeys(this.db, 'DELETE FROM request_intakes WHERE subject_id', [], subjectIds);
  }

  /** Removes intakes that expired or were verified more than a day ago (their details with them). */
  async purgeExpired(now: Date, dryRun = false): Promise<number> {
    const t = now.getTime();
    const where = 'WHERE expires_at < ? OR (verified_at IS NOT NULL AND verified_at < ?)';
    // the codes counted against the limits are needed for an hour
    if (dryRun)
      return (
        toInt((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM request_intakes ${where}`, [t, t - 86_400_000]))?.n ?? 0) +
        toInt((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM intake_codes WHERE sent_at <= ?', [t - HOUR_MS]))?.n ?? 0)
      );
    return (await this.db.run(`DELETE FROM request_intakes ${where}`, [t, t - 86_400_000])).changes + (await this.db.run('DELETE FROM intake_codes WHERE sent_at <= ?', [t - HOUR_MS])).changes;
  }
}
