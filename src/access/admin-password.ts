/**
 * The admin console's password sign-in. One password (set with `custos admin set-password`) stands for
 * one role of the policy (default `privacy_officer`). Only an scrypt hash is stored (N=2^15, r=8, p=1,
 * 16-byte salt); a sign-in compares in constant time and always runs scrypt, whether or not a password
 * is set. A sign-in gives a short-lived session: an HS256 token (key derived from the master key) in an
 * HttpOnly, SameSite=Strict cookie, bound to the password's generation (setting a new password ends
 * every session) and to a CSRF token the console must send back in a header on state-changing requests.
 *
 * The password row is bound to the master key: a MAC (key derived from the master key) over the hash,
 * its salt and scrypt parameters, the role and the generation. A row written or changed without the
 * master key (a hash of a password of one's choosing, another role, cheaper parameters) signs no one in
 * and keeps no session open; a sign-in against it is answered as a wrong password and audited with the
 * reason `integrity`. A MAC shows who wrote a row, not when: a copy of an older row, put back, carries a
 * valid one. So the row is also checked against the audit log, which records each password set or cleared
 * with its generation (generations never go back, a clear included): a row older than the last one recorded
 * is refused the same way. To bring an old password back, the log must be cut back too.
 *
 * The row, once written, stays: clearing the password empties its salt and hash and moves it to a new
 * generation, under a MAC like any other. Every set and clear then goes through the one row, in a
 * transaction that holds it, so generations go up in the order the changes commit, whatever order their
 * audit entries reach the log in.
 *
 * An API key can open the same kind of session (`signInWithKey`), so that the console never keeps the
 * key: the token names the key by its id (never its secret), and every use of the session looks the key
 * up in the store again, so that its revocation (by any process) or a change of its role ends the
 * session at once. Such a session acts as the key does: same key id, same role.
 */
import { randomBytes, randomUUID, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Db } from '../store/db.js';
import { toBuffer, toInt } from '../store/db.js';
import type { Migration } from '../store/migrate.js';
import { CustosError, invalidInput } from '../errors.js';
import { hmac } from '../crypto/aead.js';
import { migrateBinding, rowMac, rowMacMatches, UNBOUND_ROW } from '../crypto/row-mac.js';
import type { Policy } from '../policy/schema.js';
import type { AuditWriter } from '../audit/types.js';
import type { AuditLog } from '../audit/log.js';
import { keyIdOf, type Actor, type ApiKeys } from './keys.js';

export const ADMIN_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'admin_password',
    sql: `
CREATE TABLE admin_password (
  account TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  cost_n INTEGER NOT NULL,
  cost_r INTEGER NOT NULL,
  cost_p INTEGER NOT NULL,
  generation INTEGER NOT NULL,
  updated_at BIGINT NOT NULL
);`,
  },
  {
    version: 2,
    name: 'admin sessions signed out',
    // global: a session that signed out stays out after a restart and on every process of the store
    sql: 'CREATE TABLE admin_signed_out (jti TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);',
  },
  {
    version: 3,
    name: 'admin sign-in failures',
    // global: the lockout counts failures from every server of the store, and survives a restart
    sql: 'CREATE TABLE admin_sign_in_failures (failure_id TEXT PRIMARY KEY, at BIGINT NOT NULL); CREATE INDEX admin_sign_in_failures_by_time ON admin_sign_in_failures (at);',
  },
  {
    version: 4,
    name: 'admin password bound to the master key',
    // the password set before this version gets its MAC in the same transaction (AdminPassword.migrate)
    sql: 'ALTER TABLE admin_password ADD COLUMN mac BLOB;',
  },
  {
    version: 5,
    name: 'admin sign-in failures per client network',
    // failures before this version belong to no network: they count towards the global backstop only
    sql: "ALTER TABLE admin_sign_in_failures ADD COLUMN client TEXT NOT NULL DEFAULT '';",
  },
];

/** The migration that adds the MAC column; the row already there is bound when it is applied. */
const BINDING_VERSION = 4;
/** What the MAC of the password row covers; a new format gets a new kind. */
const MAC_KIND = 'admin_password/v1';

export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;
export const ADMIN_SESSION_TTL_SECONDS = 30 * 60;
export const MIN_PASSWORD_LENGTH = 12;
const ACCOUNT = 'admin';
/** The subject of a session opened with an API key: `key:<key id>`. */
const KEY_SUBJECT = 'key:';
const ISSUER = 'custos';
const AUDIENCE = 'custos-admin';
/**
 * Failed sign-ins within the window from one client network (an IPv4 address, an IPv6 /64), after which
 * that network waits for the window to pass. Counted per network so that a stranger sending a few wrong
 * passwords a minute cannot keep the privacy officer out; every server of the store counts together.
 */
export const CLIENT_FAILURE_LIMIT = 20;
/** Failed sign-ins from everywhere within the window, after which every sign-in waits: the backstop against guessing from many networks. */
export const GLOBAL_FAILURE_LIMIT = 200;
const FAILURE_WINDOW_MS = 10 * 60_000;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  const opts: ScryptOptions = { N: n, r, p, maxmem: 128 * n * r * 2 };
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFKC'), salt, SCRYPT.keyLength, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

/** How a console session was opened. */
export type SignedInWith = 'password' | 'api_key';

export interface AdminSession {
  token: string;
  csrf: string;
  role: string;
  expiresAt: string;
}

/** What a session cookie stands for while it is valid. */
export interface AdminSessionState {
  actor: Actor;
  via: SignedInWith;
  csrf: string;
  expiresAt: string;
  jti: string;
}

type Row = { role: string; salt: unknown; hash: unknown; cost_n: number | string; cost_r: number | string; cost_p: number | string; generation: number | string; mac?: unknown };

const macFields = (r: Row) => [ACCOUNT, r.role, toBuffer(r.salt), toBuffer(r.hash), toInt(r.cost_n), toInt(r.cost_r), toInt(r.cost_p), toInt(r.generation)];
const ROW_COLUMNS = 'role, salt, hash, cost_n, cost_r, cost_p, generation, mac';

const PROBLEMS = {
  tampered: UNBOUND_ROW,
  rolled_back: 'the row is older than the last password set or cleared that the audit log records: an older copy of the row was put back',
};

/** The salt and hash of a cleared password. */
const EMPTY = Buffer.alloc(0);
/** Whether a row is that of a cleared password (an empty hash; what is not binary is no password either). */
const cleared = (r: Pick<Row, 'hash'>) => !(r.hash instanceof Uint8Array) || r.hash.length === 0;

/** The password row, held until the transaction ends (PostgreSQL; a SQLite write transaction holds the whole store). */
const lockRow = (t: Db) => t.get<Row>(`SELECT ${ROW_COLUMNS} FROM admin_password WHERE account = ?${t.dialect === 'postgres' ? ' FOR UPDATE' : ''}`, [ACCOUNT]);

/** Writes the row, with its MAC, over the one `lockRow` holds. */
async function writeRow(t: Db, macKey: Buffer, r: Row, at: number): Promise<void> {
  const mac = rowMac(macKey, MAC_KIND, macFields(r));
  await t.run('UPDATE admin_password SET role = ?, salt = ?, hash = ?, cost_n = ?, cost_r = ?, cost_p = ?, generation = ?, updated_at = ?, mac = ? WHERE account = ?', [
    r.role, toBuffer(r.salt), toBuffer(r.hash), toInt(r.cost_n), toInt(r.cost_r), toInt(r.cost_p), toInt(r.generation), at, mac, ACCOUNT,
  ]);
}

const keySignInFailed = () =>
  new CustosError('CUSTOS_UNAUTHENTICATED', 'the API key is unknown, revoked or malformed (Authorization: Bearer ck_...)', [
    { field: 'authorization', rule: 'api_key_required', message: 'a valid API key is required' },
  ]);

const signInFailed = () =>
  new CustosError('CUSTOS_UNAUTHENTICATED', 'the password is wrong, or no admin password is set', [
    { field: 'password', rule: 'admin_password', message: 'the password is wrong, or no admin password is set' },
  ]);

export class AdminPassword {
  /** A hash to compare against when no password is set, so both cases take the same time. */
  private readonly dummy = { salt: randomBytes(SCRYPT.saltLength), hash: randomBytes(SCRYPT.keyLength) };

  /**
   * `sessionKey` signs sessions; `macKey` binds the password row. Both are derived from the master key,
   * each for its own use (`keyring.derive('admin-session/v1')`, `keyring.derive('admin-password-mac/v1')`).
   * `keys` checks the API keys that open sessions, at sign-in and on every use.
   */
  constructor(
    private readonly db: Db,
    private readonly sessionKey: Buffer,
    private readonly macKey: Buffer,
    private readonly policy: () => Policy,
    private readonly audit: AuditWriter & Pick<AuditLog, 'lastEntry'>,
    private readonly keys: Pick<ApiKeys, 'authenticate' | 'activeActor'>,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (macKey.length !== 32) throw new TypeError('the admin password MAC key must be 32 bytes');
  }

  /**
   * Applies the migrations; the one that adds the MAC column binds the password already set, in the same
   * transaction. The store is trusted at that moment, as it was before the binding existed.
   */
  static async migrate(db: Db, macKey: Buffer): Promise<void> {
    await migrateBinding(db, 'admin', ADMIN_MIGRATIONS, BINDING_VERSION, async (t) => {
      for (const r of await t.all<Row>(`SELECT ${ROW_COLUMNS} FROM admin_password`))
        await t.run('UPDATE admin_password SET mac = ? WHERE account = ?', [rowMac(macKey, MAC_KIND, macFields(r)), ACCOUNT]);
    });
  }

  /** Whether the row carries a valid MAC (was written with the master key). */
  private bound(r: Row): boolean {
    try {
      return rowMacMatches(this.macKey, MAC_KIND, macFields(r), r.mac);
    } catch {
      return false; // salt or hash not binary: not a row Custos wrote
    }
  }

  /**
   * The last password set or cleared that the audit log records, with its generation (undefined: none, or
   * none recorded with one). A clear recorded before clears carried a generation cleared the last one set.
   */
  private async lastRecorded(): Promise<{ cleared: boolean; generation: number } | undefined> {
    const [set, clear] = await Promise.all([this.audit.lastEntry('admin.set_password'), this.audit.lastEntry('admin.clear_password')]);
    const cleared = clear !== undefined && (set === undefined || clear.seq > set.seq);
    const generation = cleared && typeof clear.details?.generation === 'number' ? clear.details.generation : set?.details?.generation;
    return typeof generation === 'number' ? { cleared, generation } : undefined;
  }

  /** Whether a row is older than the last password set or cleared that the log records (put back from before it). */
  private async olderThanRecorded(r: Row): Promise<boolean> {
    const last = await this.lastRecorded();
    if (!last) return false;
    const gen = toInt(r.generation);
    return last.cleared ? gen <= last.generation : gen < last.generation;
  }

  /** Sets (or replaces) the admin password; every open session ends. `by` is who did it (the CLI). */
  async setPassword(password: string, role: string, by: Actor): Promise<{ role: string; generation: number }> {
    if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH)
      throw invalidInput('password', 'password_length', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    if (password.length > 1024) throw invalidInput('password', 'password_length', 'must be at most 1024 characters');
    if (!Object.hasOwn(this.policy().roles, role)) throw invalidInput('role', 'role_declared', `must be a role of the policy: ${Object.keys(this.policy().roles).join(', ')}`);
    const salt = randomBytes(SCRYPT.saltLength);
    const hash = await scrypt(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
    const at = this.now().getTime();
    // after the last one the row or the log knows of (a cleared password's too): an older row stays older
    const recorded = (await this.lastRecorded())?.generation ?? 0;
    const generation = await this.db.tx(async (t) => {
      // the first password: a row to hold (a cleared one, overwritten below), so that two first sets at once wait for each other
      await t.run("INSERT INTO admin_password (account, role, salt, hash, cost_n, cost_r, cost_p, generation, updated_at) VALUES (?, '', ?, ?, 0, 0, 0, 0, 0) ON CONFLICT (account) DO NOTHING", [
        ACCOUNT, EMPTY, EMPTY,
      ]);
      const gen = Math.max(toInt((await lockRow(t))!.generation), recorded) + 1;
      await writeRow(t, this.macKey, { role, salt, hash, cost_n: SCRYPT.N, cost_r: SCRYPT.r, cost_p: SCRYPT.p, generation: gen }, at);
      return gen;
    });
    await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'admin.set_password', outcome: 'ok', details: { role, generation } });
    return { role, generation };
  }

  /** Whether a password is set, and for which role. */
  async status(): Promise<{ set: boolean; role?: string; updatedAt?: string }> {
    const r = await this.db.get<Pick<Row, 'role' | 'hash'> & { updated_at: number }>('SELECT role, hash, updated_at FROM admin_password WHERE account = ?', [ACCOUNT]);
    return r && !cleared(r) ? { set: true, role: r.role, updatedAt: new Date(toInt(r.updated_at)).toISOString() } : { set: false };
  }

  /** Removes the password: password sign-in is off and every session ends. */
  async clear(by: Actor): Promise<boolean> {
    // the generation cleared is recorded with the clear (a password set meanwhile is the one cleared); the
    // emptied row takes the next one
    const gone = await this.db.tx(async (t) => {
      const row = await lockRow(t);
      if (row === undefined || cleared(row)) return undefined;
      const generation = toInt(row.generation);
      await writeRow(t, this.macKey, { ...row, salt: EMPTY, hash: EMPTY, generation: generation + 1 }, this.now().getTime());
      return generation;
    });
    if (gone === undefined) return false;
    await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'admin.clear_password', outcome: 'ok', details: { generation: gone } });
    return true;
  }

  /**
   * Counts this attempt as a failure before the password is checked (so that of any number of attempts
   * at once, at most the limit are checked) and says whether it is within the limit: failures in the
   * window on every process of the store, this one included. An attempt over the limit is not kept (the
   * lockout ends a window after the last failure that was checked); a right password takes its back.
   */
  private async reserveAttempt(client: string): Promise<{ id: string; allowed: boolean }> {
    const now = this.now().getTime();
    const id = randomUUID();
    await this.db.run('DELETE FROM admin_sign_in_failures WHERE at <= ?', [now - FAILURE_WINDOW_MS]);
    await this.db.run('INSERT INTO admin_sign_in_failures (failure_id, at, client) VALUES (?, ?, ?)', [id, now, client]);
    const r = await this.db.get<{ n: number; mine: number }>('SELECT COUNT(*) AS n, SUM(CASE WHEN client = ? THEN 1 ELSE 0 END) AS mine FROM admin_sign_in_failures WHERE at > ?', [client, now - FAILURE_WINDOW_MS]);
    const allowed = toInt(r?.n ?? 0) <= GLOBAL_FAILURE_LIMIT && toInt(r?.mine ?? 0) <= CLIENT_FAILURE_LIMIT;
    if (!allowed) await this.takeBack(id);
    return { id, allowed };
  }

  private async takeBack(attempt: string): Promise<void> {
    await this.db.run('DELETE FROM admin_sign_in_failures WHERE failure_id = ?', [attempt]);
  }

  /**
   * Checks the password (always running scrypt) and opens a session. `client` is the caller's network
   * (the HTTP route passes the client's /32 or /64), whose failures are counted apart.
   */
  async signIn(password: unknown, client = ''): Promise<AdminSession> {
    const attempt = await this.reserveAttempt(client.slice(0, 64));
    if (!attempt.allowed) {
      await this.audit.append({ actor: { keyId: 'anonymous', role: 'public' }, action: 'admin.sign_in', outcome: 'denied', reason: 'locked_out' });
      throw new CustosError('CUSTOS_RATE_LIMITED', 'too many failed sign-ins: try again in a few minutes', [{ field: 'password', rule: 'sign_in_rate', message: 'too many failed sign-ins' }]);
    }
    const given = typeof password === 'string' && password.length <= 1024 ? password : '';
    const found = await this.db.get<Row>(`SELECT ${ROW_COLUMNS} FROM admin_password WHERE account = ?`, [ACCOUNT]);
    // a row written without the master key, or put back from before the last password set or cleared, is
    // not used at all (not even its scrypt parameters): the dummy hash is checked instead, and the answer
    // is that of a wrong password
    let problem: string | undefined;
    let stale = false;
    if (found !== undefined && !this.bound(found)) problem = PROBLEMS.tampered;
    else if (found !== undefined && !cleared(found) && (await this.olderThanRecorded(found))) {
      // read again: a password set or cleared while this sign-in read the row is no rollback (its row is
      // written before its entry), but the row read is no longer the password
      const again = await this.db.get<{ generation: number | string }>('SELECT generation FROM admin_password WHERE account = ?', [ACCOUNT]);
      if (again !== undefined && toInt(again.generation) === toInt(found.generation)) problem = PROBLEMS.rolled_back;
      else stale = true;
    }
    const row = problem !== undefined || found === undefined || cleared(found) ? undefined : found;
    const salt = row ? toBuffer(row.salt) : this.dummy.salt;
    const stored = row ? toBuffer(row.hash) : this.dummy.hash;
    const derived = await scrypt(given, salt, row ? toInt(row.cost_n) : SCRYPT.N, row ? toInt(row.cost_r) : SCRYPT.r, row ? toInt(row.cost_p) : SCRYPT.p);
    const match = derived.length === stored.length && timingSafeEqual(derived, stored);
    if (!row || !match || stale || given === '' || !Object.hasOwn(this.policy().roles, row.role)) {
      // (a sign-in that lost a race with a change of password is no failure of the caller's)
      if (stale) await this.takeBack(attempt.id);
      await this.audit.append({
        actor: { keyId: 'anonymous', role: 'public' },
        action: 'admin.sign_in',
        outcome: 'denied',
        reason: problem !== undefined ? 'integrity' : stale ? 'password_changed' : row ? 'wrong_password' : 'no_password_set',
        ...(problem !== undefined ? { details: { table: 'admin_password', problem } } : {}),
      });
      throw signInFailed();
    }
    await this.takeBack(attempt.id);
    const session = await this.open(ACCOUNT, row.role, { gen: toInt(row.generation) });
    await this.audit.append({ actor: { keyId: ACCOUNT, role: row.role }, action: 'admin.sign_in', outcome: 'ok' });
    return session;
  }

  /**
   * Opens a session with an API key (the console sends it once, then only the cookie): the key must be
   * valid, not revoked (as the store has it now, not as this process last saw it), of a role of the policy.
   * The session names the key by its id. Attempts are audited, the key id of a well-formed key with them,
   * never its secret. A failure does not count towards the password's lockout: a key's 256-bit secret
   * is not guessed, and a stranger sending wrong keys must not keep the privacy officer's password out.
   */
  async signInWithKey(token: unknown): Promise<AdminSession & { actor: Actor }> {
    const given = typeof token === 'string' && token.length <= 200 ? token : undefined;
    // the secret checked, the key is looked up again: its row as the store has it now gives the role
    const checked = await this.keys.authenticate(given);
    const actor = checked && (await this.keys.activeActor(checked.keyId));
    if (!actor || !Object.hasOwn(this.policy().roles, actor.role)) {
      const keyId = keyIdOf(given);
      await this.audit.append({
        actor: { keyId: 'anonymous', role: 'public' },
        action: 'admin.sign_in',
        outcome: 'denied',
        reason: 'wrong_key',
        details: { via: 'api_key', ...(keyId !== undefined ? { keyId } : {}) },
      });
      throw keySignInFailed();
    }
    const session = await this.open(`${KEY_SUBJECT}${actor.keyId}`, actor.role);
    await this.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'admin.sign_in', outcome: 'ok', details: { via: 'api_key' } });
    return { ...session, actor };
  }

  /** A new session token for `subject` (the password's account, or `key:<key id>`) in `role`. */
  private async open(subject: string, role: string, claims: Record<string, unknown> = {}): Promise<AdminSession> {
    const iat = Math.floor(this.now().getTime() / 1000);
    const jti = randomUUID();
    const token = await new SignJWT({ ...claims, role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(jti)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ADMIN_SESSION_TTL_SECONDS)
      .sign(this.sessionKey);
    return { token, csrf: this.csrfOf(jti), role, expiresAt: new Date((iat + ADMIN_SESSION_TTL_SECONDS) * 1000).toISOString() };
  }

  private csrfOf(jti: string): string {
    return hmac(this.sessionKey, `csrf|${jti}`).subarray(0, 24).toString('base64url');
  }

  /**
   * The session a cookie stands for, or null (bad signature, expired, signed out; a password changed
   * since; a key revoked since, or no longer of the role). `csrf` is what a state-changing request must
   * carry in its header.
   */
  async session(token: string | undefined): Promise<AdminSessionState | null> {
    if (!token || token.length > 2000) return null;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.sessionKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: this.now() }));
    } catch {
      return null;
    }
    const { jti, role, exp, sub } = payload;
    if (typeof jti !== 'string' || typeof role !== 'string' || typeof exp !== 'number' || typeof sub !== 'string') return null;
    const via: SignedInWith = sub.startsWith(KEY_SUBJECT) ? 'api_key' : 'password';
    const actor = via === 'api_key' ? await this.keySessionActor(sub.slice(KEY_SUBJECT.length), jti, role) : sub === ACCOUNT ? await this.passwordSessionActor(jti, role, payload.gen) : null;
    if (!actor) return null;
    return { actor, via, csrf: this.csrfOf(jti), expiresAt: new Date(exp * 1000).toISOString(), jti };
  }

  /** The actor of a password session: the password it was opened with is still the one set, bound and recorded. */
  private async passwordSessionActor(jti: string, role: string, gen: unknown): Promise<Actor | null> {
    if (typeof gen !== 'number') return null;
    const row = await this.db.get<Row & { signed_out: number | null }>(
      `SELECT ${ROW_COLUMNS}, (SELECT 1 FROM admin_signed_out WHERE jti = ?) AS signed_out FROM admin_password WHERE account = ?`,
      [jti, ACCOUNT],
    );
    if (!row || row.signed_out != null || cleared(row) || !this.bound(row) || toInt(row.generation) !== gen || row.role !== role || !Object.hasOwn(this.policy().roles, row.role)) return null;
    // a session of a password put back from before the last one set or cleared ends with it
    if (await this.olderThanRecorded(row)) return null;
    return { keyId: ACCOUNT, role: row.role, name: 'admin password' };
  }

  /** The actor of a key session: the key's, while it is not revoked and still of the session's role. */
  private async keySessionActor(keyId: string, jti: string, role: string): Promise<Actor | null> {
    if (await this.db.get('SELECT 1 AS signed_out FROM admin_signed_out WHERE jti = ?', [jti])) return null;
    const actor = await this.keys.activeActor(keyId);
    return actor && actor.role === role && Object.hasOwn(this.policy().roles, role) ? actor : null;
  }

  /** Ends one session, for good: the store remembers it (every process, after a restart) until it would have expired. */
  async signOut(token: string | undefined): Promise<void> {
    const s = await this.session(token);
    if (!s) return;
    await this.db.run('INSERT INTO admin_signed_out (jti, expires_at) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING', [s.jti, Date.parse(s.expiresAt)]);
    await this.audit.append({ actor: { keyId: s.actor.keyId, role: s.actor.role }, action: 'admin.sign_out', outcome: 'ok' });
  }

  /** Forgets sign-outs of sessions that have expired anyway (run by retention). */
  async purgeExpired(now: Date, dryRun = false): Promise<number> {
    if (dryRun) return Number((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM admin_signed_out WHERE expires_at < ?', [now.getTime()]))?.n ?? 0);
    return (await this.db.run('DELETE FROM admin_signed_out WHERE expires_at < ?', [now.getTime()])).changes;
  }

  /** Constant-time comparison of the CSRF header with the session's token. */
  static csrfMatches(expected: string, given: unknown): boolean {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
