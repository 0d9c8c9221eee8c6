/**
 * Subject tokens: short-lived signed statements "this browser session is subject S" (after code
 * verification in the privacy center) or "the application vouches for its signed-in user S". HS256 (JWS)
 * with a key derived from the master key; the token carries the subject id only in its signed payload,
 * never in URLs.
 */
import { SignJWT, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';

export interface SubjectClaims {
  subjectId: string;
  /** `privacy_center` (verified by code) or `application` (vouched for by an API key). */
  via: 'privacy_center' | 'application';
  /** The intake or key that established it. */
  origin: string;
}

const ISSUER = 'custos';
const AUDIENCE = 'custos-subject';

export class SubjectTokens {
  constructor(
    private readonly key: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async issue(claims: SubjectClaims, ttlSeconds = 1800): Promise<{ token: string; expiresAt: string }> {
    const iat = Math.floor(this.now().getTime() / 1000);
    const token = await new SignJWT({ via: claims.via, origin: claims.origin })
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
      if (typeof payload.sub !== 'string' || (payload.via !== 'privacy_center' && payload.via !== 'application')) throw fail();
      return { subjectId: payload.sub, via: payload.via, origin: String(payload.origin ?? '') };
    } catch {
      throw fail();
    }
  }
}
