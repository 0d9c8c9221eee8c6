/**
 * Detection throughput: a mixed five-language message corpus (generated in memory, seeded) scanned
 * message by message on one core, beside redact-pii and openredaction on the same messages.
 *
 *   npx tsx bench/detect.ts            # 50 MB for Custos, a 1 MB slice for the peers
 *   npx tsx bench/detect.ts --mb 10
 *
 * The peers are far slower, so they run on the first slice of the same corpus (1 MB by default) and
 * Custos is measured on that slice as well: the ratio compares like with like. Figures are the median
 * of several runs, with the spread (min-max) beside it.
 */
import { fileURLToPath } from 'node:url';
import { detect } from '../src/detect/index.js';
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
  runs: number;
  mb: number;
}

async function measure(messages: string[], bytes: number, runs: number, fn: (s: string) => unknown): Promise<Runs> {
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (const m of messages) {
      const x = fn(m);
      if (x instanceof Promise) await x;
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(bytes / 1e6 / secs);
  }
  rates.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { mbPerSec: round(rates[Math.floor(rates.length / 2)]), min: round(rates[0]), max: round(rates[rates.length - 1]), runs, mb: round(bytes / 1e6) };
}

export async function runDetectBench(opts: DetectBenchOptions = {}): Promise<Record<string, unknown>> {
  const mb = opts.mb ?? 50;
  const peerMb = Math.min(opts.peerMb ?? 1, mb);
  const full = corpus(mb);
  // Warm up: regexes compile, the NFKC table is built, the JIT settles.
  for (const m of full.messages.slice(0, 5000)) detect(m);
  const custos = await measure(full.messages, full.bytes, opts.runs ?? 5, detect);
  const peerSlice = slice(full, peerMb);
  const custosSlice = await measure(peerSlice.messages, peerSlice.bytes, opts.peerRuns ?? 3, detect);
  const result: Record<string, unknown> = {
    corpus: { mb: Math.round(full.bytes / 1e4) / 100, messages: full.messages.length, languages: ['en', 'ja', 'ko', 'ru', 'vi'] },
    custos,
    slice: { mb: Math.round(peerSlice.bytes / 1e4) / 100, messages: peerSlice.messages.length, custos: custosSlice },
  };
  if (opts.peers !== false) {
    const { SyncRedactor } = await import('redact-pii');
    const redactPii = new SyncRedactor();
    const { OpenRedaction } = await import('openredaction');
    const openRedaction = new OpenRedaction({});
    for (const m of peerSlice.messages.slice(0, 200)) {
      redactPii.redact(m);
      await openRedaction.detect(m);
    }
    const rp = await measure(peerSlice.messages, peerSlice.bytes, opts.peerRuns ?? 3, (s) => redactPii.redact(s));
    const or = await measure(peerSlice.messages, peerSlice.bytes, opts.peerRuns ?? 3, (s) => openRedaction.detect(s));
    const fastest = Math.max(rp.mbPerSec, or.mbPerSec);
    (result.slice as Record<string, unknown>)['redact-pii'] = rp;
    (result.slice as Record<string, unknown>).openredaction = or;
    result.speedupOverFasterPeer = Math.round((custosSlice.mbPerSec / fastest) * 10) / 10;
  }
  result.node = process.version;
  return result;
}

function print(r: Record<string, unknown>): void {
  const c = r.custos as Runs;
  const s = r.slice as Record<string, Runs | number>;
  const line = (name: string, x: Runs) => `  ${name.padEnd(16)} ${String(x.mbPerSec).padStart(8)} MB/s  (min ${x.min}, max ${x.max}, ${x.runs} runs over ${x.mb} MB)`;
  const corpusInfo = r.corpus as { mb: number; messages: number };
  process.stdout.write(`detect: mixed en/ja/ko/ru/vi messages, one core, ${process.version}\n`);
  process.stdout.write(`corpus ${corpusInfo.mb} MB, ${corpusInfo.messages} messages\n`);
  process.stdout.write(line('custos', c) + '\n');
  process.stdout.write(`peers on the first ${s.mb} MB (${s.messages} messages) of the same corpus:\n`);
  process.stdout.write(line('custos', s.custos as Runs) + '\n');
  if (s['redact-pii']) process.stdout.write(line('redact-pii', s['redact-pii'] as Runs) + '\n');
  if (s.openredaction) process.stdout.write(line('openredaction', s.openredaction as Runs) + '\n');
  if (r.speedupOverFasterPeer !== undefined) process.stdout.write(`custos / faster peer: ${r.speedupOverFasterPeer}x\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--mb');
  const mb = i > 0 ? Number(process.argv[i + 1]) : undefined;
  void runDetectBench({ mb, peers: !process.argv.includes('--no-peers') }).then((r) => {
    print(r);
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  });
}
