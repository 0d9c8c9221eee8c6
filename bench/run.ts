/**
 * `npm run bench`: runs every benchmark and writes bench/results/latest.json and latest.md.
 * `npm run bench -- --quick` runs small sizes (a smoke run, not for the record).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { runVaultBench } from './vault.js';
import { table, type Figure } from './lib.js';

const quick = process.argv.includes('--quick');
const sections: { title: string; figures: Figure[] }[] = [];

sections.push({ title: 'Vault and purpose-bound access', figures: await runVaultBench({ quick }) });

const detectBench = new URL('./detect.ts', import.meta.url);
try {
  const mod = (await import(detectBench.href)) as { runDetectBench?: (o?: { mb?: number }) => Promise<Record<string, unknown>> };
  if (mod.runDetectBench) {
    const r = await mod.runDetectBench({ mb: quick ? 5 : 50 });
    sections.push({ title: 'Detection', figures: (r.figures as Figure[]) ?? [] });
  }
} catch (e) {
  if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const md = [
  '# Benchmark results',
  '',
  `Run ${new Date().toISOString()} on ${machine}${quick ? ' — QUICK run, small sizes' : ''}.`,
  'Each figure is the median of several rounds; the baseline ran in the same process, on the same store, just before.',
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', table(s.figures), '']),
].join('\n');
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), machine, quick, sections }, null, 2) + '\n');
writeFileSync(new URL('./results/latest.md', import.meta.url), md + '\n');
console.log(md);
