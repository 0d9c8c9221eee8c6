/**
 * Subject tokens: short-lived signed statements "this browser session is subject S" (after code
 * verification in the privacy center), "the application vouches for its signed-in user S", or "this
 * session is an authorised agent's, for request R of subject S only" (a code entered for an intake that
 * named an agent). HS256 (JWS) with a key derived from the master key; the token carries the subject id
 * (and request id) only in its signed payload, never in URLs.
 */
import { SignJWT, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import type { Db } from '../store/db.js';

export type SubjectVia = 'privacy_center' | 'application' | 'agent';

export interface SubjectClaims {
  subjectId: string;
  /**
   * `privacy_center` (the person, verified by code), `application` (vouched for by an API key) or `agent`
   * (an authorised agent's intake verified by code: scoped to `requestId`, see the `/v1/privacy/me` routes).
   */
  via: SubjectVia;
  /** The intake or key that established it. */
  origin: string;
  /** `agent` only: the one request the session may follow. */
  requestId?: string;
}

const ISSUER = 'custos';
const AUDIENCE = 'custos-subject';

export const TOKEN_MIGRATIONS = [
  {
    version: 1,
    name: 'revoked subject tokens',
    sql: 'CREATE TABLE revoked_subject_tokens (jti TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);',
  },
];

export class SubjectTokens {
  constructor(
    private readonly key: Buffer,
    private readonly now: () => Date = () => new Date(),
    /** Where signed-out sessions are remembered until they would have expired anyway. */
    private readonly db?: Db,
  ) {}

  /** Signing out: the token stops working at once, even if someone copied it. */
  async revoke(token: string | undefined): Promise<boolean> {
    if (!token || !this.db) return false;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: this.now() });
      if (typeof payload.jti !== 'string' || typeof payload.exp !== 'number') return false;
      await this.db.run(
        this.db.dialect === 'postgres'
          ? 'INSERT INTO revoked_subject_tokens (jti, expires_at) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING'
          : 'INSERT OR IGNORE INTO revoked_subject_tokens (jti, expires_at) VALUES (?, ?)',
        [payload.jti, payload.exp * 1000],
      );
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets revocations of tokens that have expired (run by retention). */
  async purgeExpired(now: Date, dryRun = false): Promise<number> {
    if (!this.db) return 0;
    if (dryRun) return Number((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM revoked_subject_tokens WHERE expires_at < ?', [now.getTime()]))?.n ?? 0);
    return (await this.db.run('DELETE FROM revoked_subject_tokens WHERE expires_at < ?', [now.getTime()])).changes;
  }

  async issue(claims: SubjectClaims, ttlSeconds = 1800): Promise<{ token: string; expiresAt: string }> {
    const iat = Math.floor(this.now().getTime() / 1000);
    if (claims.via === 'agent' && !claims.requestId) throw new Error('an agent session is scoped to a request: requestId is required');
    const token = await new SignJWT({ via: claims.via, origin: claims.origin, ...(claims.via === 'agent' ? { rid: claims.requestId } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.subjectId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(this.key);
    return { token, expiresAt: new Date((iat + ttlSeconds) * 1000).toISOString() };
  }

  async verify(token: string | undefined): Promise<SubjectClaims> {
    const fail = () =>
      new CustosError('CUSTOS_UNAUTHENTICATED', 'a valid subject session is required', [{ field: 'authorization', rule: 'subject_token', message: 'sign in again to continue' }]);
    if (!token || token.length > 2000) throw fail();
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: this.now() });
      if (typeof payload.sub !== 'string' || (payload.via !== 'privacy_center' && payload.via !== 'application' && payload.via !== 'agent')) throw fail();
      // an agent's token without its request would be unscoped: refused
      if (payload.via === 'agent' && (typeof payload.rid !== 'string' || payload.rid === '')) throw fail();
      if (this.db && (await this.db.get('SELECT 1 AS revoked FROM revoked_subject_tokens WHERE jti = ?', [String(payload.jti)]))) throw fail();
      return { subjectId: payload.sub, via: payload.via, origin: String(payload.origin ?? ''), ...(payload.via === 'agent' ? { requestId: payload.rid as string } : {}) };
    } catch {
      throw fail();
    }
  }
}
