import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { prefixMatchLength, prefixTest, validE164 } from './phone-valid.js';

/** libphonenumber-js's own verdict, the reference. */
const reference = (text: string, country?: CountryCode) => {
  const p = parsePhoneNumberFromString(text, country);
  return p && p.isValid() ? p.number : undefined;
};

/** A small seeded generator, so a failure names an input that can be replayed. */
function rng(seed: number) {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  return { next, int: (n: number) => Math.floor(next() * n), digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('') };
}

describe('phone validity with precompiled patterns agrees with libphonenumber-js', () => {
  it('on example numbers of every country, altered by one digit, and read nationally in the regions the scanner tries', () => {
    const r = rng(11);
    const regions: CountryCode[] = ['JP', 'KR', 'VN', 'GB', 'FR', 'DE', 'IT', 'NL', 'BE', 'AT', 'RU', 'US', 'ES', 'PL'];
    const seeds = getCountries()
      .map((c) => getExampleNumber(c, examples)?.number.slice(1))
      .filter((x): x is string => !!x);
    const mismatches: string[] = [];
    let valid = 0;
    const check = (text: string, country?: CountryCode) => {
      const want = reference(text, country);
      if (want) valid++;
      if (validE164(text, country) !== want) mismatches.push(`${text} ${country ?? ''}`);
    };
    for (let k = 0; k < 6000; k++) {
      let e = seeds[r.int(seeds.length)];
      const i = r.int(e.length);
      const how = r.int(4);
      if (how === 0) e = e.slice(0, i) + r.int(10) + e.slice(i + 1);
      else if (how === 1) e = e.slice(0, i) + r.int(10) + e.slice(i);
      else if (how === 2) e = e.slice(0, i) + e.slice(i + 1);
      check('+' + e);
      const region = regions[r.int(regions.length)];
      const cc = parsePhoneNumberFromString('+' + e)?.countryCallingCode;
      const national = cc && e.startsWith(cc) ? e.slice(cc.length) : e;
      check('0' + national, region);
      check(national, region);
      check(e, region);
      check('8' + national, 'RU');
      check('1' + national, 'US');
      check('0' + r.digits(8 + r.int(4)), region);
      check('010' + r.digits(8 + r.int(4)), region);
      check('+' + r.digits(8 + r.int(8)));
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The sample reaches valid numbers, not only rejections.
    expect(valid).toBeGreaterThan(3000);
  });

  it('rejects what is not a number of the region', () => {
    expect(validE164('09012345678', 'JP')).toBe('+819012345678');
    expect(validE164('0901234567', 'JP')).toBeUndefined();
    expect(validE164('01023456789', 'KR')).toBe('+821023456789');
    expect(validE164('+79123456789')).toBe('+79123456789');
    expect(validE164('+80012345678')).toBe(reference('+80012345678'));
    expect(validE164('4155552671', 'US')).toBe('+14155552671');
  });

  it('reads the prefixes made of digits, classes and alternatives as their expressions do', () => {
    const patterns = new Set<string>();
    for (const plan of Object.values(metadata.countries) as unknown[][]) {
      for (const x of [plan[1], plan[5], plan[7], plan[10]]) if (typeof x === 'string' && x) patterns.add(x);
    }
    const r = rng(3);
    const mismatches: string[] = [];
    for (const pattern of patterns) {
      const re = new RegExp(`^(?:${pattern})`);
      const texts: string[] = [''];
      for (let len = 1; len <= 4; len++) for (let v = 0; v < 10 ** len; v++) texts.push(String(v).padStart(len, '0'));
      const digits = pattern.replace(/[^0-9]/g, '');
      for (let k = 0; k < 300; k++) texts.push(digits.slice(0, r.int(digits.length + 1)) + r.digits(r.int(10)));
      for (const t of texts) {
        const m = re.exec(t);
        if (prefixTest(pattern, t) !== !!m || prefixMatchLength(pattern, t) !== (m ? m[0].length : -1)) mismatches.push(`${pattern} ${t}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(patterns.size).toBeGreaterThan(50);
  });
});
