import { describe, expect, it } from 'vitest';
import { custosDetector, evaluate, loadCorpus } from './eval.js';
import { buildCorpus } from './corpus/build.js';

describe('quality on the repository corpus', () => {
  const lines = loadCorpus();

  it('the corpus is the generator output: reproducible, offsets computed by code', () => {
    const rebuilt = buildCorpus();
    expect(rebuilt.map((l) => JSON.stringify(l))).toEqual(lines.map((l) => JSON.stringify(l)));
  });

  it('is large, five-language, at least 35 % disguised and 35 % hard negatives', () => {
    expect(lines.length).toBeGreaterThanOrEqual(600);
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'ja', 'ko', 'ru', 'vi']));
    expect(lines.filter((l) => l.obfuscated).length / lines.length).toBeGreaterThanOrEqual(0.35);
    expect(lines.filter((l) => l.hardNegative).length / lines.length).toBeGreaterThanOrEqual(0.35);
  });

  it('meets the targets: F1 >= 0.95, disguised recall >= 0.90, hard-negative false positives <= 2 %', async () => {
    const r = await evaluate('custos', lines, custosDetector);
    expect(r.overall.exact.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.obfuscatedRecall.exact).toBeGreaterThanOrEqual(0.9);
    expect(r.hardNegativeFalsePositiveRate).toBeLessThanOrEqual(0.02);
  });
});
