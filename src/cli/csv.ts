/**
 * Streaming readers for bulk import: CSV (RFC 4180: quoted fields with embedded commas, quotes and
 * newlines; CRLF or LF) and JSON Lines. They work on bytes, so each record carries the exact byte
 * offset where the next one starts (what a resumable import checkpoints). The CSV delimiters are
 * ASCII and never occur inside a UTF-8 multi-byte sequence, so splitting bytes is safe. A record holding
 * bytes that are not UTF-8 is an error of its own (`utf8`), never decoded with replacement characters:
 * that would change the values, and could make two external ids one.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export interface SourceRecord {
  /** Line of the file where the record starts (1-based). */
  line: number;
  /** Byte offset just after the record: where a resumed import starts. */
  end: number;
  /** Line number at `end` (quoted newlines make a CSV record span lines). */
  nextLine: number;
  /** CSV: the cells; JSONL: absent. */
  cells?: string[];
  /** JSONL: the parsed value. */
  value?: unknown;
  /** Why the record could not be read (no values). */
  error?: { rule: string; message: string };
}

const NOT_UTF8 = { rule: 'utf8', message: 'the record holds bytes that are not UTF-8 (save the file as UTF-8)' };

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

type Parsed = { cells: string[]; next: number; lines: number } | { error: { rule: string; message: string }; next: number; lines: number } | null;

/** Parses one CSV record starting at `i`; null when the buffer ends inside it (and more may come). */
export function parseCsvRecord(buf: Buffer, i: number, final: boolean): Parsed {
  const cells: string[] = [];
  let lines = 0;
  const n = buf.length;
  for (;;) {
    if (i >= n) {
      if (!final) return null;
      cells.push('');
      return { cells, next: i, lines };
    }
    if (buf[i] === QUOTE) {
      // quoted field: "" is an escaped quote; commas and newlines are data
      let from = i + 1;
      let value = '';
      for (;;) {
        const q = buf.indexOf(QUOTE, from);
        if (q < 0) {
          if (!final) return null;
          return { error: { rule: 'csv_unterminated_quote', message: 'a quoted field is not closed before the end of the file' }, next: n, lines: lines + countLf(buf, i, n) };
        }
        if (q + 1 >= n && !final) return null;
        lines += countLf(buf, from, q);
        value += buf.toString('utf8', from, q);
        if (buf[q + 1] === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(value);
      const c = i < n ? buf[i] : -1;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === -1) {
        if (!final) return null;
        return { cells, next: i, lines };
      }
      if (c === LF || c === CR) return endOfRecord(buf, i, final, cells, lines);
      // text after a closing quote: skip the rest of the line
      const nl = buf.indexOf(LF, i);
      if (nl < 0 && !final) return null;
      return { error: { rule: 'csv_quote', message: 'text follows a closing quote (a quote inside a field must be doubled: "")' }, next: nl < 0 ? n : nl + 1, lines: lines + (nl < 0 ? 0 : 1) };
    }
    // unquoted field
    let j = i;
    while (j < n) {
      const c = buf[j];
      if (c === COMMA || c === LF || c === CR) break;
      j++;
    }
    if (j >= n && !final) return null;
    cells.push(buf.toString('utf8', i, j));
    if (j >= n) return { cells, next: j, lines };
    if (buf[j] === COMMA) {
      i = j + 1;
      continue;
    }
    return endOfRecord(buf, j, final, cells, lines);
  }
}

function endOfRecord(buf: Buffer, i: number, final: boolean, cells: string[], lines: number): Parsed {
  if (buf[i] === CR) {
    if (i + 1 >= buf.length && !final) return null;
    return { cells, next: buf[i + 1] === LF ? i + 2 : i + 1, lines: lines + 1 };
  }
  return { cells, next: i + 1, lines: lines + 1 };
}

function countLf(buf: Buffer, from: number, to: number): number {
  let k = 0;
  for (let p = buf.indexOf(LF, from); p >= 0 && p < to; p = buf.indexOf(LF, p + 1)) k++;
  return k;
}

function isBlankLine(buf: Buffer, i: number): number {
  // returns the length of a line break at i (an empty line), 0 otherwise
  if (buf[i] === LF) return 1;
  if (buf[i] === CR) return buf[i + 1] === LF ? 2 : 1;
  return 0;
}

/**
 * Reads CSV records from `start` (a byte offset a previous run reached; 0 for the start). `startLine` is
 * the line number at that offset. A UTF-8 byte-order mark at the start is skipped.
 */
export async function* readCsv(file: string, start = 0, startLine = 1): AsyncGenerator<SourceRecord> {
  let line = startLine;
  let base = start; // file offset of buf[0]
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let first = start === 0;
  const stream = createReadStream(file, { start, highWaterMark: 1 << 20 });
  const drain = function* (final: boolean): Generator<SourceRecord> {
    if (first && buf.length >= 3) {
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      first = false;
    }
    while (pos < buf.length) {
      const blank = isBlankLine(buf, pos);
      if (blank) {
        if (blank === 1 && buf[pos] === CR && pos + 1 >= buf.length && !final) return;
        pos += blank;
        line++;
        continue;
      }
      const r = parseCsvRecord(buf, pos, final);
      if (!r) return;
      const nextLine = line + r.lines;
      const error = 'error' in r ? r.error : isUtf8(buf.subarray(pos, r.next)) ? undefined : NOT_UTF8;
      yield error ? { line, end: base + r.next, nextLine, error } : { line, end: base + r.next, nextLine, cells: (r as { cells: string[] }).cells };
      line += r.lines;
      pos = r.next;
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), chunk]) : chunk;
    base += pos;
    pos = 0;
    yield* drain(false);
  }
  if (first && buf.length > 0 && buf.length < 3) first = false;
  yield* drain(true);
}

/** Reads JSON Lines records from `start`; each non-empty line is one JSON value. */
export async function* readJsonl(file: string, start = 0, startLine = 1): AsyncGenerator<SourceRecord> {
  let line = startLine;
  let base = start;
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  const stream = createReadStream(file, { start, highWaterMark: 1 << 20 });
  const one = (from: number, to: number, next: number): SourceRecord | null => {
    let a = from;
    if (base + a === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) a = 3;
    let b = to;
    if (b > a && buf[b - 1] === CR) b--;
    if (!isUtf8(buf.subarray(a, b))) return { line, end: base + next, nextLine: line + 1, error: NOT_UTF8 };
    const text = buf.toString('utf8', a, b);
    if (text.trim() === '') return null;
    try {
      return { line, end: base + next, nextLine: line + 1, value: JSON.parse(text) };
    } catch {
      return { line, end: base + next, nextLine: line + 1, error: { rule: 'json_syntax', message: 'the line is not valid JSON' } };
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), chunk]) : chunk;
    base += pos;
    pos = 0;
    for (let nl = buf.indexOf(LF, pos); nl >= 0; nl = buf.indexOf(LF, pos)) {
      const r = one(pos, nl, nl + 1);
      if (r) yield r;
      line++;
      pos = nl + 1;
    }
  }
  if (pos < buf.length) {
    const r = one(pos, buf.length, buf.length);
    if (r) yield r;
  }
}
