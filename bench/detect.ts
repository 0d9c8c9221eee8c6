/**
 * Detection throughput: a mixed five-language message corpus (generated in memory, seeded) scanned on
 * one core, beside redact-pii and openredaction on the same messages. Custos scans the messages in
 * batches (`detectMany`, BATCH messages at a time), as `custos scan --jsonl` does; its figure one
 * message at a time (`detect`) is measured beside it. The peers scan one message at a time, as their
 * APIs work.
 *
 *   npx tsx bench/detect.ts            # 50 MB for Custos, a 1 MB slice for the peers
 *   npx tsx bench/detect.ts --mb 10
 *
 * The peers are far slower, so they run on the first slice of the same corpus (1 MB by default) and
 * Custos is measured on that slice as well: the ratio compares like with like. On the slice the
 * scanners (Custos in batches and one at a time, the two peers) take turns round by round, so a change
 * in the machine's load hits all of them alike; so do Custos's two ways on the whole corpus.
 * Figures are the median of several runs, with the spread (min-max) beside it; each run also records
 * the CPU time the process used, which a busy machine disturbs less than the wall clock.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { figure, type Figure } from './lib.js';
import { detect, detectMany } from '../src/detect/index.js';
import { BATCH } from '../src/detect/detect.js';
import { messageStream } from '../src/detect/corpus/build.js';

export interface DetectBenchOptions {
  /** Size of the main corpus, in MB of UTF-8 (default 50). */
  mb?: number;
  /** Size of the slice the peers run on (default 1). */
  peerMb?: number;
  runs?: number;
  peerRuns?: number;
  /** Skip the peers (for quick runs). */
  peers?: boolean;
}

function corpus(mb: number, seed = 7): { messages: string[]; bytes: number } {
  const messages: string[] = [];
  let bytes = 0;
  const target = mb * 1e6;
  for (const m of messageStream(seed)) {
    messages.push(m);
    bytes += Buffer.byteLength(m) + 1;
    if (bytes >= target) break;
  }
  return { messages, bytes };
}

function slice(c: { messages: string[] }, mb: number): { messages: string[]; bytes: number } {
  const messages: string[] = [];
  let bytes = 0;
  for (const m of c.messages) {
    if (bytes >= mb * 1e6) break;
    messages.push(m);
    bytes += Buffer.byteLength(m) + 1;
  }
  return { messages, bytes };
}

interface Runs {
  mbPerSec: number;
  min: number;
  max: number;
  /** The same rate over the CPU time the process used (user + system). */
  cpuMbPerSec: number;
  runs: number;
  mb: number;
  rates: number[];
}

type Scan = (s: string) => unknown;
/** Scans a whole list of messages. */
type ScanAll = (messages: string[]) => Promise<void>;

/** One message at a time. */
const each =
  (fn: Scan): ScanAll =>
  async (messages) => {
    for (const m of messages) {
      const x = fn(m);
      if (x instanceof Promise) await x;
    }
  };
/** The peers measured beside Custos on the slice. */
const PEERS = ['redact-pii', 'openredaction'];

/** Custos as `custos scan --jsonl` scans: BATCH messages at a time. */
const inBatches: ScanAll = async (messages) => {
  for (let s = 0; s < messages.length; s += BATCH) detectMany(messages.slice(s, s + BATCH));
};

/** Runs each scanner over `messages` `runs` times, taking turns round by round. */
async function measure(messages: string[], bytes: number, runs: number, fns: ScanAll[]): Promise<Runs[]> {
  const wall: number[][] = fns.map(() => []);
  const cpu: number[][] = fns.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < fns.length; k++) {
      const fn = fns[k];
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      await fn(messages);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(c0);
      wall[k].push(bytes / 1e6 / secs);
      cpu[k].push(bytes / 1e6 / ((c.user + c.system) / 1e6));
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return fns.map((_, k) => ({
    mbPerSec: round(med(wall[k])),
    min: round(Math.min(...wall[k])),
    max: round(Math.max(...wall[k])),
    cpuMbPerSec: round(med(cpu[k])),
    runs,
    mb: round(bytes / 1e6),
    rates: wall[k],
  }));
}

export async function runDetectBench(opts: DetectBenchOptions = {}): Promise<Record<string, unknown>> {
  const mb = opts.mb ?? 50;
  const peerMb = Math.min(opts.peerMb ?? 1, mb);
  const full = corpus(mb);
  const loadBefore = os.loadavg()[0];
  // Warm up: regexes compile, the NFKC table is built, the JIT settles.
  const warm = full.messages.slice(0, 5000);
  for (const m of warm) detect(m);
  await inBatches(warm);
  // Batches and one message at a time take turns round by round.
  const [custos, custosEach] = await measure(full.messages, full.bytes, opts.runs ?? 5, [inBatches, each(detect)]);
  const peerSlice = slice(full, peerMb);
  // The scanners on the slice, by name, in the order they take turns.
  const scans: Record<string, ScanAll> = { custos: inBatches, 'custos-each': each(detect) };
  if (opts.peers !== false) {
    const { SyncRedactor } = await import('redact-pii');
    const redactPii = new SyncRedactor();
    const { OpenRedaction } = await import('openredaction');
    const openRedaction = new OpenRedaction({});
    for (const m of peerSlice.messages.slice(0, 200)) {
      redactPii.redact(m);
      await openRedaction.detect(m);
    }
    scans['redact-pii'] = each((s) => redactPii.redact(s));
    scans.openredaction = each((s) => openRedaction.detect(s));
  }
  const names = Object.keys(scans);
  const measured = await measure(peerSlice.messages, peerSlice.bytes, opts.peerRuns ?? 3, Object.values(scans));
  const onSlice: Record<string, Runs> = {};
  names.forEach((n, k) => (onSlice[n] = measured[k]));
  const sliceResult: Record<string, unknown> = { mb: Math.round(peerSlice.bytes / 1e4) / 100, messages: peerSlice.messages.length, ...onSlice };
  const corpusMb = Math.round(full.bytes / 1e4) / 100;
  const result: Record<string, unknown> = {
    corpus: { mb: corpusMb, messages: full.messages.length, languages: ['en', 'ja', 'ko', 'ru', 'vi'] },
    batch: BATCH,
    custos,
    custosEach,
    slice: sliceResult,
    load: { before: round1(loadBefore), after: round1(os.loadavg()[0]), cores: os.cpus().length },
  };
  const figures: Figure[] = [
    figure(`detect, ${corpusMb} MB mixed five-language corpus, one core, batches of ${BATCH} (as custos scan --jsonl)`, 'MB/s', custos.rates, undefined, undefined, `CPU-time rate ${custos.cpuMbPerSec} MB/s`),
    figure(`detect, ${corpusMb} MB, one message at a time`, 'MB/s', custosEach.rates, undefined, undefined, `CPU-time rate ${custosEach.cpuMbPerSec} MB/s`),
  ];
  const peers = PEERS.filter((p) => onSlice[p]);
  if (peers.length > 0) {
    const fastest = peers.reduce((a, b) => (onSlice[b].mbPerSec > onSlice[a].mbPerSec ? b : a));
    result.speedupOverFasterPeer = Math.round((onSlice.custos.mbPerSec / onSlice[fastest].mbPerSec) * 10) / 10;
    result.speedupOverFasterPeerEach = Math.round((onSlice['custos-each'].mbPerSec / onSlice[fastest].mbPerSec) * 10) / 10;
    for (const p of peers) {
      figures.push(figure(`detect (batches) vs ${p}, same ${sliceResult.mb} MB, turns interleaved`, 'MB/s', onSlice.custos.rates, onSlice[p].rates, p));
    }
  }
  result.figures = figures;
  result.node = process.version;
  return result;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function print(r: Record<string, unknown>): void {
  const c = r.custos as Runs;
  const s = r.slice as Record<string, Runs | number>;
  const line = (name: string, x: Runs) =>
    `  ${name.padEnd(16)} ${String(x.mbPerSec).padStart(8)} MB/s  (min ${x.min}, max ${x.max}, ${x.runs} runs over ${x.mb} MB; CPU time: ${x.cpuMbPerSec} MB/s)`;
  const corpusInfo = r.corpus as { mb: number; messages: number };
  process.stdout.write(`detect: mixed en/ja/ko/ru/vi messages, one core, ${process.version}\n`);
  process.stdout.write(`corpus ${corpusInfo.mb} MB, ${corpusInfo.messages} messages; custos scans batches of ${r.batch} messages (detectMany, as custos scan --jsonl does), custos-each one message at a time (detect); the peers one at a time\n`);
  process.stdout.write(line('custos', c) + '\n');
  process.stdout.write(line('custos-each', r.custosEach as Runs) + '\n');
  process.stdout.write(`peers on the first ${s.mb} MB (${s.messages} messages) of the same corpus:\n`);
  process.stdout.write(line('custos', s.custos as Runs) + '\n');
  process.stdout.write(line('custos-each', s['custos-each'] as Runs) + '\n');
  if (s['redact-pii']) process.stdout.write(line('redact-pii', s['redact-pii'] as Runs) + '\n');
  if (s.openredaction) process.stdout.write(line('openredaction', s.openredaction as Runs) + '\n');
  if (r.speedupOverFasterPeer !== undefined) process.stdout.write(`custos / faster peer: ${r.speedupOverFasterPeer}x (one message at a time: ${r.speedupOverFasterPeerEach}x)\n`);
  const load = r.load as { before: number; after: number; cores: number };
  process.stdout.write(`load average ${load.before} before, ${load.after} after, ${load.cores} cores\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--mb');
  const mb = i > 0 ? Number(process.argv[i + 1]) : undefined;
  void runDetectBench({ mb, peers: !process.argv.includes('--no-peers') }).then((r) => {
    print(r);
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  });
}
