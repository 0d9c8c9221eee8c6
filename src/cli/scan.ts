/**
 * `custos scan`: finds contact details and identifiers in text files, or in a JSONL stream.
 *
 *   custos scan notes.txt chat.log            findings per file
 *   custos scan notes.txt --json              the same as JSON
 *   custos scan notes.txt --style label       the masked text instead of the findings
 *   custos scan --jsonl < in.jsonl > out.jsonl
 *
 * JSONL: each input line is `{"id": ..., "text": "..."}`, each output line
 * `{"id": ..., "findings": [{"type", "start", "end", "score", "rule"}]}` (plus `masked` with --style).
 * The stream is read line by line, scanned in batches of lines (`detectMany`, which is faster than one
 * message at a time; see `lineBatches`) and written with backpressure, so memory stays bounded whatever the
 * input size. A malformed line is reported on stderr with its line number and rule, the other lines
 * are still processed, and the command ends with exit code 2 (invalid input).
 */
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { action, checkInputFile, emit, ExitCode, inputFileError, io, type Register } from './program.js';
import { detectMany, applyMask, MASK_STYLES, type Finding, type MaskStyle } from '../detect/index.js';
import { BATCH } from '../detect/detect.js';
import { CustosError, ERRORS, invalidInput } from '../errors.js';

export interface JsonlScanOptions {
  /** Also write the masked text (`masked`) in this style. */
  style?: MaskStyle;
  /** Receives one message per malformed line (`line 12: ... [rule]`). */
  onError?: (message: string) => void;
}

export interface JsonlScanResult {
  lines: number;
  scanned: number;
  malformed: number;
  findings: number;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** The characters of text a batch holds at most besides its lines (BATCH): they bound the memory of a batch of long lines. */
const BATCH_CHARS = 1 << 20;

/**
 * The lines of `input` in batches of at most BATCH lines or BATCH_CHARS characters, in order. A batch is
 * also given as soon as no more lines have come by the end of the event loop's turn: a live stream
 * (`tail -f ... | custos scan --jsonl`) is answered as its lines come, not once a batch is full or the input
 * ends; read from a file or a fast pipe, a batch is about the lines of one chunk read. Reading pauses while
 * a batch waits to be taken, so memory stays bounded.
 */
async function* lineBatches(input: Readable): AsyncGenerator<string[]> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const ready: string[][] = [];
  let lines: string[] = [];
  let chars = 0;
  let scheduled = false;
  let ended = false;
  let failed: unknown;
  let wake: (() => void) | undefined;
  const give = () => {
    scheduled = false;
    if (lines.length > 0) {
      ready.push(lines);
      lines = [];
      chars = 0;
    }
    wake?.();
  };
  rl.on('line', (line) => {
    lines.push(line);
    chars += line.length;
    if (lines.length >= BATCH || chars >= BATCH_CHARS) {
      give();
      // the lines of the chunk being read still come after a pause; no more chunks are read
      if (ready.length > 1) rl.pause();
    } else if (!scheduled) {
      scheduled = true;
      setImmediate(give);
    }
  });
  rl.on('close', () => {
    ended = true;
    give();
  });
  const fail = (e: unknown) => {
    failed = e;
    wake?.();
  };
  input.on('error', fail);
  // readline passes an error of its input on as an 'error' event of its own, which without a listener ends the process
  rl.on('error', fail);
  try {
    for (;;) {
      if (failed) throw failed;
      const batch = ready.shift();
      if (batch) {
        if (ready.length <= 1) rl.resume();
        yield batch;
      } else if (ended) return;
      else await new Promise<void>((r) => (wake = r));
    }
  } finally {
    rl.close();
  }
}

/** The `{"id", "text"}` object a JSONL line holds, or the rule and message of why it holds none (null for a blank line). */
function jsonlRecord(line: string): { id: unknown; text: string } | { rule: string; message: string } | null {
  if (line.trim() === '') return null;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { rule: 'jsonl_syntax', message: 'not valid JSON' };
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { rule: 'jsonl_object', message: 'must be a JSON object with "id" and "text"' };
  const { id, text } = rec as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { rule: 'jsonl_text', message: '"text" must be a string' };
  if (id === undefined) return { rule: 'jsonl_id', message: '"id" is missing' };
  return { id, text };
}

/**
 * Scans a JSONL stream: one `{"id", "text"}` object per line in, one `{"id", "findings"}` line out, in
 * the order of the input. Reads with readline, scans batches of lines and waits for `drain`, so a
 * gigabyte input runs in bounded memory.
 */
export async function scanJsonl(input: Readable, output: Writable, opts: JsonlScanOptions = {}): Promise<JsonlScanResult> {
  const result: JsonlScanResult = { lines: 0, scanned: 0, malformed: 0, findings: 0 };
  const bad = (n: number, rule: string, message: string) => {
    result.malformed++;
    opts.onError?.(`line ${n}: ${message} [${rule}]`);
  };
  for await (const lines of lineBatches(input)) {
    const batch: { id: unknown; text: string }[] = [];
    for (const line of lines) {
      const n = ++result.lines;
      const r = jsonlRecord(line);
      if (r && 'rule' in r) bad(n, r.rule, r.message);
      else if (r) batch.push(r);
    }
    const found = detectMany(batch.map((r) => r.text));
    let chunk = '';
    for (let k = 0; k < batch.length; k++) {
      const { id, text } = batch[k];
      const findings = found[k];
      result.scanned++;
      result.findings += findings.length;
      const outRec: Record<string, unknown> = { id, findings };
      if (opts.style) outRec.masked = applyMask(text, findings, opts.style);
      chunk += JSON.stringify(outRec) + '\n';
    }
    await write(output, chunk);
  }
  return result;
}

export interface FileScan {
  file: string;
  bytes: number;
  findings: Finding[];
  masked?: string;
}

/**
 * Scans text files. Each file is read line by line (readline over a stream) and its lines scanned in
 * batches; offsets are per file in JavaScript string indices of the whole file text. Every file is checked
 * before any is read: one that is missing, unreadable or a directory is bad input (field `file`, rule
 * `text_file`) and nothing is scanned; one that fails while it is read is reported the same way.
 */
export async function scanFiles(files: string[], opts: { style?: MaskStyle; progress?: boolean } = {}): Promise<FileScan[]> {
  const total = files.reduce((n, f) => n + checkInputFile('file', 'text_file', f), 0);
  const bar = opts.progress ? new cliProgress.SingleBar({ stream: process.stderr, format: 'scanning [{bar}] {percentage}% | {value}/{total} bytes' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(total, 0);
  let done = 0;
  const results: FileScan[] = [];
  try {
    for (const file of files) {
      const findings: Finding[] = [];
      let offset = 0;
      let masked = opts.style ? '' : undefined;
      try {
        for await (const lines of lineBatches(createReadStream(file, { encoding: 'utf8' }))) {
          const found = detectMany(lines);
          for (let k = 0; k < lines.length; k++) {
            const line = lines[k];
            const f = found[k];
            for (const x of f) findings.push({ ...x, start: x.start + offset, end: x.end + offset });
            if (masked !== undefined) masked += applyMask(line, f, opts.style) + '\n';
            offset += line.length + 1;
            done += Buffer.byteLength(line) + 1;
          }
          bar?.update(Math.min(done, total));
        }
        results.push({ file, bytes: statSync(file).size, findings, masked });
      } catch (e) {
        if (!(e instanceof CustosError) && (e as NodeJS.ErrnoException)?.code) throw inputFileError('file', 'text_file', file, e);
        throw e;
      }
    }
    bar?.update(total);
  } finally {
    bar?.stop();
  }
  return results;
}

function parseStyle(style: string | undefined): MaskStyle | undefined {
  if (style === undefined) return undefined;
  if (!(MASK_STYLES as readonly string[]).includes(style)) throw invalidInput('style', 'mask_style', `must be one of ${MASK_STYLES.join(', ')}`);
  return style as MaskStyle;
}

export const registerScan: Register = (program: Command) => {
  program
    .command('scan')
    .argument('[files...]', 'text files to scan')
    .option('--jsonl', 'read {"id","text"} lines on stdin, write {"id","findings"} lines on stdout')
    .option('--json', 'machine-readable findings (files)')
    .option('--style <style>', `print masked text instead of findings: ${MASK_STYLES.join(', ')}`)
    .description('find contact details, links and identifiers (emails, phones, URLs, messenger ids, cards, IPs, IBANs) in text; exit 2 on malformed input')
    .addHelpText(
      'after',
      '\nExamples:\n  custos scan messages.txt\n  custos scan messages.txt --style label\n  custos scan --jsonl < messages.jsonl > findings.jsonl',
    )
    .action(
      action(async (files: string[], opts: { jsonl?: boolean; json?: boolean; style?: string }) => {
        const style = parseStyle(opts.style);
        if (opts.jsonl) {
          if (files.length) throw invalidInput('files', 'jsonl_stdin', '--jsonl reads stdin; give no files');
          // (a directory given as stdin reads as empty: say so rather than scan nothing)
          if (fstatSync(0).isDirectory()) throw invalidInput('stdin', 'jsonl_stdin', 'is a directory: give the JSONL on stdin (custos scan --jsonl < messages.jsonl)');
          const r = await scanJsonl(process.stdin, process.stdout, { style, onError: (m) => io.err(m) });
          if (r.malformed) {
            io.err(`${r.malformed} malformed line(s) of ${r.lines}; the others were scanned`);
            throw new ExitCode(ERRORS.CUSTOS_INVALID_INPUT.exit);
          }
          return;
        }
        if (!files.length) throw invalidInput('files', 'required', 'give one or more files, or --jsonl');
        const results = await scanFiles(files, { style, progress: io.isTTY && !opts.json });
        if (style && !opts.json) {
          for (const r of results) io.out(r.masked!.replace(/\n$/, ''));
          return;
        }
        emit(opts.json, results, () => {
          const out: string[] = [];
          for (const r of results) {
            out.push(`${r.file}: ${r.findings.length} finding(s)`);
            // Positions only: the values themselves are personal data and are not printed.
            for (const f of r.findings) out.push(`  ${String(f.start).padStart(8)}-${String(f.end).padEnd(8)} ${f.type.padEnd(13)} ${f.rule}`);
          }
          return out.join('\n');
        });
      }),
    );
};
