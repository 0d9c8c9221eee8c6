/**
 * `npm run bench`: runs every benchmark and writes bench/results/latest.json and latest.md.
 *
 *   npm run bench                           # everything; scale with 100,000 subjects
 *   npm run bench -- --scale 1000000        # the full scale run (1,000,000 subjects in PostgreSQL)
 *   npm run bench -- --only http,audit      # some sections: merged into latest.json / latest.md
 *   npm run bench -- --quick                # small sizes, a smoke run: writes results/quick.{json,md}.tmp (ignored)
 *
 * Sections: vault, http, requests, audit, import, detect, scale. A section that fails is reported in
 * the results with its error; the others still run. See bench/README.md for what each figure means.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { table, type Figure } from './lib.js';

export const SECTIONS = ['vault', 'http', 'requests', 'audit', 'import', 'detect', 'scale'] as const;
type SectionId = (typeof SECTIONS)[number];

interface Section {
  id: SectionId;
  title: string;
  figures: Figure[];
  at: string;
  seconds: number;
  /** 1-minute load average before and after the section ran. */
  load: [number, number];
  /** The machine it ran on (sections kept from an earlier run may have run on another). */
  machine?: string;
  error?: string;
}

interface Results {
  at: string;
  machine: string;
  quick: boolean;
  command: string;
  sections: Section[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return v;
}

const quick = process.argv.includes('--quick');
const onlyArg = arg('--only');
const only = onlyArg ? (onlyArg.split(',').map((s) => s.trim()).filter(Boolean) as SectionId[]) : undefined;
for (const s of only ?? [])
  if (!SECTIONS.includes(s)) {
    console.error(`--only: unknown section ${s} (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
const scaleArg = arg('--scale');
const scaleN = scaleArg !== undefined ? Number(scaleArg) : quick ? 10_000 : 100_000;
if (!Number.isInteger(scaleN) || scaleN < 1000) {
  console.error('--scale: a whole number of subjects, at least 1000');
  process.exit(2);
}

const TITLES: Record<SectionId, string> = {
  vault: 'Vault and purpose-bound access',
  http: 'HTTP API (autocannon, 64 connections)',
  requests: 'Data-subject requests: access export and erasure',
  audit: 'Audit log',
  import: 'Bulk import (CSV)',
  detect: 'Detection',
  scale: `Scale: ${scaleN.toLocaleString('en')} subjects in PostgreSQL`,
};

async function detectFigures(): Promise<Figure[]> {
  const { runDetectBench } = await import('./detect.js');
  const r = await runDetectBench(quick ? { mb: 5, peerMb: 0.2, runs: 3, peerRuns: 1 } : { mb: 50 });
  return (r.figures as Figure[] | undefined) ?? [];
}

async function run(id: SectionId): Promise<Figure[]> {
  switch (id) {
    case 'vault':
      return (await import('./vault.js')).runVaultBench({ quick });
    case 'http':
      return (await import('./http.js')).runHttpBench({ quick });
    case 'requests':
      return (await import('./requests.js')).runRequestsBench({ quick });
    case 'audit':
      return (await import('./audit.js')).runAuditBench({ quick });
    case 'import':
      return (await import('./import.js')).runImportBench({ quick });
    case 'detect':
      return detectFigures();
    case 'scale':
      return (await import('./scale.js')).runScaleBench({ subjects: scaleN });
  }
}

const load1 = () => Math.round(os.loadavg()[0] * 100) / 100;
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const resultsDir = new URL('./results/', import.meta.url);
// a quick run is a smoke run: its results go to ignored *.tmp files, never over the record
const jsonFile = new URL(quick ? 'quick.json.tmp' : 'latest.json', resultsDir);
const mdFile = new URL(quick ? 'quick.md.tmp' : 'latest.md', resultsDir);

// --only merges into the previous results: the sections run now replace theirs
let previous: Section[] = [];
if (only && existsSync(jsonFile)) {
  try {
    previous = (JSON.parse(readFileSync(jsonFile, 'utf8')) as Results).sections ?? [];
  } catch {
    previous = [];
  }
}

const sections: Section[] = [];
for (const id of SECTIONS) {
  if (only && !only.includes(id)) {
    const old = previous.find((s) => s.id === id);
    if (old) sections.push(old);
    continue;
  }
  const before = load1();
  const t0 = performance.now();
  process.stderr.write(`bench: ${id} (load ${before})\n`);
  let figures: Figure[] = [];
  let error: string | undefined;
  // A section whose promises stop settling would otherwise let the process exit silently: keep it
  // alive and give each section a time limit.
  const limitMin = id === 'scale' ? Math.max(30, Math.ceil(scaleN / 10_000)) : quick ? 10 : 30;
  let timer: NodeJS.Timeout | undefined;
  try {
    figures = await Promise.race([
      run(id),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no result after ${limitMin} min: stopped`)), limitMin * 60_000))),
    ]);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    process.stderr.write(`bench: ${id} failed: ${error}\n`);
  }
  clearTimeout(timer);
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  sections.push({ id, title: TITLES[id], figures, at: new Date().toISOString(), seconds, load: [before, load1()], machine, ...(error ? { error } : {}) });
  process.stderr.write(`bench: ${id} done in ${seconds} s\n`);
}

const loads = sections.flatMap((s) => s.load);
const md = [
  '# Benchmark results',
  '',
  `Run ${new Date().toISOString()} on ${machine}${quick ? ' — QUICK run, small sizes, not for the record' : ''}; \`${command}\`${only ? ' (the other sections are kept from earlier runs: each section says when it ran, and on what machine where that was recorded)' : ''}.`,
  `Machine load (1-minute load average) while the sections ran: ${Math.min(...loads)}–${Math.max(...loads)} on ${os.cpus().length} cores${Math.max(...loads) > os.cpus().length ? ' (other work was running: absolute figures are lower than on a quiet machine; the ratios compare runs made side by side)' : ''}.`,
  '',
  'Each figure is the median of several rounds (the spread is the min–max of ours) unless its note says "one run"; the',
  'baseline or peer ran in the same run, on the same machine and store, alternating with ours. For rates the ratio is',
  'ours / baseline (higher is better); for times and latencies it is ours / baseline too (lower is better). What each',
  'figure measures and what the baselines are: [bench/README.md](../README.md).',
  '',
  ...sections.flatMap((s) => [
    `## ${s.title}`,
    '',
    `${s.at}, ${s.seconds} s, load ${s.load[0]} → ${s.load[1]}${s.machine ? `, on ${s.machine}` : ''}.`,
    '',
    ...(s.error ? [`**Failed:** ${s.error}`, ''] : []),
    ...(s.figures.length > 0 ? [table(s.figures), ''] : []),
  ]),
].join('\n');
mkdirSync(resultsDir, { recursive: true });
const results: Results = { at: new Date().toISOString(), machine, quick, command, sections };
writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
writeFileSync(mdFile, md + '\n');
console.log(md);
// a failed section may leave handles open (a server process, a pool): the results are written
process.exit(sections.some((x) => x.error) ? 1 : 0);
