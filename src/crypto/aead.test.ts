import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHmac, randomBytes } from 'node:crypto';
import { blindIndexOf } from './aead.js';

const reference = (key: Buffer, kind: string, normalised: string) =>
  createHmac('sha256', key).update(`${kind}\u0000${normalised}`).digest().subarray(0, 20).toString('base64url');

describe('blind index', () => {
  it('is the first 20 bytes of HMAC-SHA-256 over kind NUL value, base64url, for any key and text (long and non-ASCII ones too)', () => {
    const keys = [randomBytes(32), randomBytes(32), randomBytes(64), randomBytes(65), randomBytes(1)];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom('email', 'phone', 'external_id'), fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ minLength: 200, maxLength: 2000 })), (key, kind, value) => {
        expect(blindIndexOf(key, kind, value)).toBe(reference(key, kind, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the digests stored before it was computed from one-shot hashes (a known answer)', () => {
    const key = Buffer.alloc(32, 7);
    expect(blindIndexOf(key, 'email', 'person@example.com')).toBe(reference(key, 'email', 'person@example.com'));
    expect(blindIndexOf(key, 'email', 'person@example.com')).toBe('KFxtPpM75gp_G0KjCUQGi5vH-Ag');
  });
});
