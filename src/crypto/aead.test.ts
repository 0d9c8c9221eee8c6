import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCipheriv, randomBytes } from 'node:crypto';
import { blindIndexOf, open, seal } from './aead.js';

describe('blind index', () => {
  it('is the first 20 bytes of HMAC-SHA-256 over kind NUL value, in base64url: the digests stored lookups are found by (a known answer)', () => {
    expect(blindIndexOf(Buffer.alloc(32, 7), 'email', 'person@example.com')).toBe('KFxtPpM75gp_G0KjCUQGi5vH-Ag');
  });
});

describe('seal', () => {
  it('text and its UTF-8 bytes seal alike: version, nonce, tag, ciphertext, opened with the same binding only', () => {
    const key = randomBytes(32);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 40 }), (text, aad) => {
        for (const sealed of [seal(key, text, aad), seal(key, Buffer.from(text, 'utf8'), aad)]) {
          expect(sealed.length).toBe(29 + Buffer.byteLength(text, 'utf8'));
          expect(sealed[0]).toBe(1);
          expect(open(key, sealed, aad)?.toString('utf8')).toBe(Buffer.from(text, 'utf8').toString('utf8'));
          expect(open(key, sealed, `${aad}x`)).toBeNull();
          // the layout as AES-256-GCM gives it: the same nonce and AAD give the same ciphertext and tag
          const c = createCipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
          c.setAAD(Buffer.from(aad, 'utf8'));
          const ct = Buffer.concat([c.update(Buffer.from(text, 'utf8')), c.final()]);
          expect(Buffer.concat([sealed.subarray(13, 29), sealed.subarray(29)])).toEqual(Buffer.concat([c.getAuthTag(), ct]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
