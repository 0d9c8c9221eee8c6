/**
 * Bulk import of subjects from CSV or JSON Lines: streamed in batches through the audited
 * `subjects.createMany` (one transaction per store per batch), idempotent by external id, resumable
 * from a checkpoint, with each bad row written to a reject file by line number and reason (never its
 * values). Memory stays flat: one batch is held at a time.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, truncateSync, writeFileSync, appendFileSync, chmodSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Custos } from '../custos.js';
import type { Actor } from '../access/keys.js';
import { erasedAsChild } from '../access/subjects.js';
import type { CreateSubjectInput } from '../vault/vault.js';
import type { Policy } from '../policy/schema.js';
import { CustosError, invalidInput, type ErrorDetail } from '../errors.js';
import { parseInput } from '../validation.js';
import { readCsv, readJsonl, type SourceRecord } from './csv.js';
import { checkInputFile, outputFileError, readInputFile } from './program.js';

export const mappingSchema = z.strictObject({
  /** `csv` or `jsonl`; default from the file name (.csv, .jsonl, .ndjson). */
  format: z.enum(['csv', 'jsonl']).optional(),
  /** The column with the application's own id for the person: makes the import idempotent and resumable. */
  external_id: z.string().min(1).max(200),
  /** A column with the subject's jurisdiction (JP, KR, ...); empty cells take the default. */
  jurisdiction: z.string().min(1).max(200).optional(),
  /** Jurisdiction for rows without one (default: the policy's default jurisdiction). */
  default_jurisdiction: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** The purpose the data is collected for (the `--purpose` flag wins). */
  purpose: z.string().min(1).max(64).optional(),
  /** Source column -> policy category (single-valued). */
  columns: z.record(z.string().min(1).max(200), z.string().min(1).max(64)).refine((c) => Object.keys(c).length > 0, 'must map at least one column'),
});
export type Mapping = z.output<typeof mappingSchema>;

/** Reads and checks a mapping file against the policy: every target is a single-valued category. */
export function loadMapping(file: string, policy: Policy): Mapping {
  const text = readInputFile('map', 'mapping_file', file);
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw invalidInput('map', 'mapping_yaml', `${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const m = parseInput(mappingSchema, raw, 'mapping');
  const details: ErrorDetail[] = [];
  const seen = new Map<string, string>();
  for (const [column, category] of Object.entries(m.columns)) {
    const c = policy.categories[category];
    if (!c) details.push({ field: `mapping.columns.${column}`, rule: 'category_declared', message: `${category} is not a category of the policy` });
    else if (c.multiple) details.push({ field: `mapping.columns.${column}`, rule: 'multiple_category', message: `${category} holds records; only single-valued categories are imported` });
    else if (seen.has(category)) details.push({ field: `mapping.columns.${column}`, rule: 'category_once', message: `${category} is mapped from ${seen.get(category)} already` });
    seen.set(category, column);
  }
  if (m.default_jurisdiction && !policy.jurisdictions.includes(m.default_jurisdiction as Policy['jurisdictions'][number]))
    details.push({ field: 'mapping.default_jurisdiction', rule: 'jurisdiction_declared', message: `must be one of the policy's jurisdictions: ${policy.jurisdictions.join(', ')}` });
  if (details.length > 0) throw new CustosError('CUSTOS_INVALID_INPUT', `${file}: ${details[0].field}: ${details[0].message}`, details);
  return m;
}

export interface ImportOptions {
  file: string;
  mapping: Mapping;
  purpose: string;
  actor: Actor;
  /** Reject file (default `<file>.rejects.jsonl`). */
  rejectFile?: string;
  /** Continue from the checkpoint `<file>.custos-import.json`. */
  resume?: boolean;
  batchSize?: number;
  onProgress?: (p: { bytes: number; totalBytes: number; rows: number }) => void;
  /**
   * Batches sent to the store before the oldest must finish (default 3: reading overlaps writing, and
   * while the oldest waits for its audit entries' commit the prepare thread has the newest to work on).
   */
  inFlight?: number;
  /** Stop after this many batches (tests of resume: an interrupted import). */
  stopAfterBatches?: number;
}

export interface ImportReport {
  file: string;
  format: 'csv' | 'jsonl';
  /** Rows read in this run (after the checkpoint when resumed). */
  rows: number;
  created: number;
  existing: number;
  rejected: number;
  /**
   * Of the rejected rows in this run, those whose birth date showed a subject already on file (same external
   * id) under the minimum age: that subject was erased as a child's data (seed 000). Their reject lines carry
   * the rule `erased_as_child`.
   */
  erasedAsChildren: number;
  rejectFile: string;
  /** Line the run started from (1 = the start of the file). */
  startedAtLine: number;
  /** Totals over every run of this import (resumed ones included). */
  total: { rows: number; created: number; existing: number; rejected: number; erasedAsChildren: number };
  complete: boolean;
  seconds: number;
  rowsPerSecond: number;
}

interface Checkpoint {
  version: 1;
  file: { size: number; head: string };
  mapping: string;
  purpose: string;
  offset: number;
  line: number;
  header?: string[];
  rejectBytes: number;
  total: ImportReport['total'];
  complete: boolean;
}

export const checkpointFileOf = (file: string) => `${file}.custos-import.json`;

function headDigest(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(Math.min(4096, bytes));
    const n = readSync(fd, b, 0, b.length, 0);
    return createHash('sha256').update(b.subarray(0, n)).digest('hex');
  } finally {
    closeSync(fd);
  }
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, file);
}

function formatOf(file: string, m: Mapping): 'csv' | 'jsonl' {
  if (m.format) return m.format;
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw invalidInput('file', 'import_format', 'name the file .csv, .jsonl or .ndjson, or set format: in the mapping');
}

type Row = { line: number; get: (column: string) => unknown; error?: undefined } | { line: number; error: { rule: string; message: string } };

/** Why a row was rejected: the category field, the source column, the rule; never the value. */
export interface RejectDetail {
  field?: string;
  column?: string;
  rule: string;
  message: string;
}

/** One source row -> a create input, or the reasons it cannot be one. */
function toInput(row: { get: (column: string) => unknown }, m: Mapping, policy: Policy, csv: boolean): { input: CreateSubjectInput } | { errors: RejectDetail[] } {
  const errors: RejectDetail[] = [];
  const ext = row.get(m.external_id);
  const externalId = typeof ext === 'string' ? ext.trim() : typeof ext === 'number' && Number.isFinite(ext) ? String(ext) : '';
  if (!externalId) errors.push({ field: 'externalId', column: m.external_id, rule: 'external_id_required', message: 'every row needs an external id (1-200 characters)' });
  let jurisdiction: string | undefined = m.default_jurisdiction;
  if (m.jurisdiction) {
    const j = row.get(m.jurisdiction);
    if (typeof j === 'string' && j.trim() !== '') jurisdiction = j.trim().toUpperCase();
  }
  const fields: Record<string, unknown> = {};
  for (const [column, category] of Object.entries(m.columns)) {
    let v = row.get(column);
    if (v === undefined || v === null || v === '') continue;
    if (csv && typeof v === 'string') {
      const type = policy.categories[category].type;
      if (type === 'json') {
        try {
          v = JSON.parse(v);
        } catch {
          errors.push({ field: `fields.${category}`, column, rule: 'json_syntax', message: 'must be JSON text' });
          continue;
        }
      } else if (type === 'boolean' && /^(true|false)$/i.test(v.trim())) v = v.trim().toLowerCase() === 'true';
      else if (type === 'integer' && /^-?\d{1,15}$/.test(v.trim())) v = Number(v.trim());
    }
    fields[category] = v;
  }
  if (errors.length > 0) return { errors };
  return { input: { externalId, fields, ...(jurisdiction ? { jurisdiction: jurisdiction as CreateSubjectInput['jurisdiction'] } : {}) } };
}

function detailsOf(e: unknown, m: Mapping): RejectDetail[] {
  const byCategory = new Map(Object.entries(m.columns).map(([col, cat]) => [`fields.${cat}`, col]));
  if (e instanceof CustosError) {
    const list = e.details.length > 0 ? e.details : [{ rule: e.code.toLowerCase(), message: e.message }];
    return list.map((d) => {
      const column = d.field ? (byCategory.get(d.field) ?? (d.field === 'jurisdiction' ? m.jurisdiction : d.field === 'externalId' ? m.external_id : undefined)) : undefined;
      return { ...(d.field ? { field: d.field } : {}), ...(column ? { column } : {}), rule: d.rule, message: d.message };
    });
  }
  return [{ rule: 'internal', message: 'the row could not be stored (unexpected error)' }];
}

/** Imports a file; resolves with the report. Throws (leaving the checkpoint at the last whole batch) if the store fails. */
export async function importSubjects(custos: Custos, o: ImportOptions): Promise<ImportReport> {
  const t0 = performance.now();
  const policy = custos.policy;
  const m = o.mapping;
  const format = formatOf(o.file, m);
  const size = checkInputFile('file', 'import_file', o.file);
  const batchSize = o.batchSize ?? 2000;
  const rejectFile = o.rejectFile ?? `${o.file}.rejects.jsonl`;
  const cpFile = checkpointFileOf(o.file);
  const mappingDigest = createHash('sha256').update(JSON.stringify(m)).digest('hex');
  const head = headDigest(o.file);

  let cp: Checkpoint = {
    version: 1,
    file: { size, head },
    mapping: mappingDigest,
    purpose: o.purpose,
    offset: 0,
    line: 1,
    rejectBytes: 0,
    total: { rows: 0, created: 0, existing: 0, rejected: 0, erasedAsChildren: 0 },
    complete: false,
  };
  const resumed = !!o.resume && existsSync(cpFile);
  if (resumed) {
    let prev: Checkpoint;
    try {
      prev = JSON.parse(readFileSync(cpFile, 'utf8')) as Checkpoint;
    } catch {
      throw invalidInput('resume', 'checkpoint_file', `${cpFile} is not a checkpoint of custos subjects import`);
    }
    if (prev.version !== 1 || typeof prev.offset !== 'number') throw invalidInput('resume', 'checkpoint_file', `${cpFile} is not a checkpoint of custos subjects import`);
    // the head the checkpoint saw (a small file's whole text: rows appended since leave it as it was)
    if (headDigest(o.file, prev.file.size) !== prev.file.head || size < prev.offset)
      throw new CustosError('CUSTOS_CONFLICT', 'the file changed since the interrupted import: start again without --resume (rows already imported are recognised by external id)', [
        { field: 'file', rule: 'file_changed', message: 'the file is not the one the checkpoint was made for' },
      ]);
    if (prev.mapping !== mappingDigest || prev.purpose !== o.purpose)
      throw new CustosError('CUSTOS_CONFLICT', 'the mapping or purpose differs from the interrupted import: resume with the same ones, or start again without --resume', [
        { field: 'map', rule: 'mapping_changed', message: 'mapping or purpose differs from the checkpoint' },
      ]);
    // (a checkpoint written before erasedAsChildren was counted in the totals has none: 0)
    cp = { ...prev, file: { size, head }, total: { ...prev.total, erasedAsChildren: prev.total?.erasedAsChildren ?? 0 } };
  }
  // The reject file is made ready before any row is stored: a path that cannot be written is bad usage.
  try {
    if (existsSync(rejectFile) && statSync(rejectFile).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (resumed) {
      // Rejects written after the last checkpoint belong to a batch that will be read again.
      if (existsSync(rejectFile) && statSync(rejectFile).size > cp.rejectBytes) truncateSync(rejectFile, cp.rejectBytes);
    } else writeFileSync(rejectFile, '', { mode: 0o600 });
    if (existsSync(rejectFile)) chmodSync(rejectFile, 0o600);
    else writeFileSync(rejectFile, '', { mode: 0o600 });
  } catch (e) {
    throw outputFileError('reject', rejectFile, e);
  }
  const startedAtLine = cp.line;
  const run = { rows: 0, created: 0, existing: 0, rejected: 0, erasedAsChildren: 0 };

  const report = (complete: boolean): ImportReport => {
    const seconds = (performance.now() - t0) / 1000;
    return { file: o.file, format, ...run, rejectFile, startedAtLine, total: cp.total, complete, seconds: Math.round(seconds * 1000) / 1000, rowsPerSecond: Math.round(run.rows / Math.max(seconds, 1e-6)) };
  };
  // finished, unless rows were added to the file since: they are read from where it stopped
  if (cp.complete && size <= cp.offset) return report(true);
  cp.complete = false;

  const source: AsyncGenerator<SourceRecord> = format === 'csv' ? readCsv(o.file, cp.offset, cp.line) : readJsonl(o.file, cp.offset, cp.line);
  let header = cp.header;
  let columnIndex = header ? new Map(header.map((h, i) => [h, i])) : undefined;
  let batch: { row: Row; end: number; nextLine: number }[] = [];
  let batches = 0;

  type Pending = { results: Promise<Awaited<ReturnType<Custos['subjects']['createMany']>>>; rejects: string[]; lines: number[]; rows: number; endOffset: number; nextLine: number };
  const inFlight: Pending[] = [];
  const depth = Math.max(1, o.inFlight ?? 3);

  /** Writes one finished batch's rejects and moves the checkpoint past it (batches finish in file order). */
  const finish = async (b: Pending): Promise<void> => {
    const results = await b.results;
    const rejects = b.rejects;
    let created = 0;
    let existing = 0;
    let children = 0;
    results.forEach((r, k) => {
      if ('error' in r) {
        rejects.push(JSON.stringify({ line: b.lines[k], errors: detailsOf(r.error, m) }));
        if (erasedAsChild(r.error)) children++;
      } else if (r.created) created++;
      else existing++;
    });
    if (rejects.length > 0) {
      rejects.sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]));
      appendFileSync(rejectFile, rejects.join('\n') + '\n');
    }
    run.rows += b.rows;
    run.created += created;
    run.existing += existing;
    run.rejected += rejects.length;
    run.erasedAsChildren += children;
    const t = cp.total;
    cp.total = { rows: t.rows + b.rows, created: t.created + created, existing: t.existing + existing, rejected: t.rejected + rejects.length, erasedAsChildren: t.erasedAsChildren + children };
    cp.offset = b.endOffset;
    cp.line = b.nextLine;
    cp.header = header;
    cp.rejectBytes = statSync(rejectFile).size;
    writeAtomic(cpFile, JSON.stringify(cp));
    o.onProgress?.({ bytes: b.endOffset, totalBytes: size, rows: run.rows });
  };

  const drain = async (keep: number): Promise<void> => {
    while (inFlight.length > keep) await finish(inFlight.shift()!);
  };

  /**
   * Sends the batch to the store and returns at once while fewer than `depth` batches are in flight, so
   * reading and validating the next batch overlaps the store's I/O (PostgreSQL). A batch that fails
   * stops the import with the checkpoint before it; batches after it that went in are recognised by
   * external id on resume.
   */
  const flush = async (endOffset: number, nextLine: number): Promise<boolean> => {
    const rejects: string[] = [];
    const inputs: CreateSubjectInput[] = [];
    const lines: number[] = [];
    for (const { row } of batch) {
      if (row.error) {
        rejects.push(JSON.stringify({ line: row.line, errors: [row.error] }));
        continue;
      }
      const r = toInput(row, m, policy, format === 'csv');
      if ('errors' in r) rejects.push(JSON.stringify({ line: row.line, errors: r.errors }));
      else {
        inputs.push(r.input);
        lines.push(row.line);
      }
    }
    const results = inputs.length > 0 ? custos.subjects.createMany(inputs, { actor: o.actor, purpose: o.purpose }) : Promise.resolve([]);
    results.catch(() => undefined); // awaited in order by finish(); this only keeps a later batch's failure from going unhandled
    inFlight.push({ results, rejects, lines, rows: batch.length, endOffset, nextLine });
    batch = [];
    batches++;
    const stop = o.stopAfterBatches !== undefined && batches >= o.stopAfterBatches;
    await drain(stop ? 0 : depth - 1);
    return stop;
  };

  let lastEnd = cp.offset;
  let lastLine = cp.line;
  for await (const rec of source) {
    lastEnd = rec.end;
    lastLine = rec.nextLine;
    if (format === 'csv' && !header) {
      if (rec.error || !rec.cells) throw invalidInput('file', 'csv_header', `line ${rec.line}: the first line must be a header naming the columns`);
      header = rec.cells.map((c) => c.trim());
      columnIndex = new Map(header.map((h, i) => [h, i]));
      const missing = [m.external_id, ...(m.jurisdiction ? [m.jurisdiction] : []), ...Object.keys(m.columns)].filter((c) => !header!.includes(c));
      if (missing.length > 0)
        throw new CustosError('CUSTOS_INVALID_INPUT', `the header lacks column(s) the mapping names: ${missing.join(', ')}`, missing.map((c) => ({ field: 'mapping', rule: 'column_missing', message: `no column ${c} in the header` })));
      cp.header = header;
      cp.offset = rec.end;
      cp.line = rec.nextLine;
      continue;
    }
    let row: Row;
    if (rec.error) row = { line: rec.line, error: rec.error };
    else if (format === 'csv') {
      const cells = rec.cells!;
      if (cells.length !== header!.length) row = { line: rec.line, error: { rule: 'column_count', message: `has ${cells.length} cells; the header has ${header!.length}` } };
      else row = { line: rec.line, get: (c) => cells[columnIndex!.get(c) ?? -1] };
    } else {
      const v = rec.value;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) row = { line: rec.line, error: { rule: 'json_object', message: 'each line must be a JSON object' } };
      else row = { line: rec.line, get: (c) => (v as Record<string, unknown>)[c] };
    }
    batch.push({ row, end: rec.end, nextLine: rec.nextLine });
    if (batch.length >= batchSize) {
      if (await flush(rec.end, rec.nextLine)) return report(false);
    }
  }
  // a CSV file without even a header is not an import of nothing: it is the wrong file
  if (format === 'csv' && !header) throw invalidInput('file', 'csv_header', 'the file is empty: the first line must be a header naming the columns');
  if (batch.length > 0 || lastEnd !== cp.offset) await flush(lastEnd, lastLine);
  await drain(0);
  cp.complete = true;
  writeAtomic(cpFile, JSON.stringify(cp));
  return report(true);
}
