/**
 * Subjects made ready for the vault before anything is stored: each input validated and normalised by its
 * categories, given its id and data key, its values sealed and its blind indexes computed. This needs only
 * the policy, the special-care check and the blind-index key, so a large batch (a bulk import) is prepared
 * on a worker thread (`PrepareThread`) while the main thread stores the batch before it; a small one, or
 * one the thread cannot take, on the main thread, by the same functions.
 */
import type { Worker } from 'node:worker_threads';
import { blindIndexOf, randomFromPool, seal } from '../crypto/aead.js';
import { newDataKey, type DataKey } from '../crypto/keyring.js';
import { checkEach, CustosError, invalidInput, type ErrorCode, type ErrorDetail } from '../errors.js';
import type { Jurisdiction, Policy } from '../policy/schema.js';
import { JURISDICTIONS } from '../policy/schema.js';
import { requireWellFormedText, unknownKeyError } from '../validation.js';
import { startWorker } from '../worker.js';
import { emailLookupKey, normaliseValue, phoneRegion } from './values.js';
import type { CreateSubjectInput, SpecialCareCheck } from './vault.js';

/** What preparing needs: the policy, the special-care check for volunteered free text, the blind-index key. */
export interface Rules {
  policy: Policy;
  specialCare?: SpecialCareCheck;
  blindIndexKey: Buffer;
}

/** A blind-index entry: the identifier's kind, the category its value is held in, and its digest. */
export interface LookupEntry {
  kind: 'email' | 'phone';
  category: string;
  digest: string;
}

/**
 * An input of createMany validated: its subject's id, jurisdiction, normalised fields and external-id digest,
 * and its data key. `sealed` (field -> ciphertext) and `lookups` are there once `seal` ran: on the thread
 * for every input, on the main thread only for the subjects actually created.
 */
export interface Prepared {
  jurisdiction: Jurisdiction;
  fields: Map<string, unknown>;
  extDigest?: string;
  id: string;
  dataKey: DataKey;
  sealed?: Map<string, Buffer>;
  lookups?: LookupEntry[];
}

/**
 * Subject ids are UUIDv7 (RFC 9562): time-ordered, so new rows land at the end of every B-tree keyed by
 * subject_id instead of at random pages, which keeps bulk imports fast; 74 random bits make them unguessable.
 */
export function subjectUuid(now = Date.now()): string {
  const b = randomFromPool(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function jurisdictionOf(policy: Policy, j: unknown): Jurisdiction {
  const v = j ?? policy.default_jurisdiction ?? policy.jurisdictions[0];
  if (typeof v !== 'string' || !(JURISDICTIONS as readonly string[]).includes(v) || !policy.jurisdictions.includes(v as Jurisdiction))
    throw invalidInput('jurisdiction', 'jurisdiction_declared', `must be one of the policy's jurisdictions: ${policy.jurisdictions.join(', ')}`);
  return v as Jurisdiction;
}

/**
 * Validates a set of single-valued fields; returns them normalised. Throws before anything is written.
 * The age gate is separate (the vault's `checkAge`): it depends on whose jurisdiction the write is about.
 */
export function validateFields(r: Rules, fields: Record<string, unknown>, jurisdiction: Jurisdiction, allowNull: boolean): Map<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw invalidInput('fields', 'object', 'must be an object of field -> value');
  const out = new Map<string, unknown>();
  const region = phoneRegion(jurisdiction);
  // every field is looked at, and the refusal names each bad one
  checkEach(Object.entries(fields), ([name, value]) => out.set(name, validField(r, name, value, region, allowNull)));
  return out;
}

function validField(r: Rules, name: string, value: unknown, region: ReturnType<typeof phoneRegion>, allowNull: boolean): unknown {
  const path = `fields.${name}`;
  const c = Object.hasOwn(r.policy.categories, name) ? r.policy.categories[name] : undefined;
  if (!c) throw unknownKeyError('fields', 'category_declared', 'be a category declared in the policy', 'CUSTOS_UNKNOWN_FIELD');
  if (c.multiple) throw invalidInput(path, 'multiple_category', 'holds records: add them with addRecord');
  if (value === null && allowNull) return null;
  const v = normaliseValue(path, c, value, region);
  // Free text a person volunteers (profiles) is where special-care data slips in (seed 002).
  if (typeof v === 'string' && c.kind === 'voluntary') refuseSpecialCare(r.specialCare, path, v);
  return v;
}

export function refuseSpecialCare(check: SpecialCareCheck | undefined, path: string, text: string): void {
  const found = check?.(text) ?? [];
  if (found.length > 0)
    throw new CustosError('CUSTOS_SPECIAL_CARE', `${path}: special-care data (${found.join(', ')}) is never collected`, [
      { field: path, rule: 'special_care_refused', message: `contains special-care data (${found.join(', ')}), which is never collected` },
    ]);
}

export function lookupDigest(blindIndexKey: Buffer, kind: 'email' | 'phone', value: string): string {
  return blindIndexOf(blindIndexKey, kind, kind === 'email' ? emailLookupKey(value) : value);
}

/** Blind-index entries of single-valued email and phone fields, each naming the category it is held in. */
export function lookupEntries(r: Rules, fields: Map<string, unknown>): LookupEntry[] {
  const out: LookupEntry[] = [];
  for (const [name, v] of fields) {
    if (v === null || v === undefined) continue;
    const t = r.policy.categories[name]?.type;
    if (t === 'email' || t === 'phone') out.push({ kind: t, category: name, digest: lookupDigest(r.blindIndexKey, t, v as string) });
  }
  return out;
}

/** A value sealed with the subject's data key; the additional data binds it to the subject, the field and the key version. */
export function sealValue(dk: DataKey, subjectId: string, field: string, value: unknown): Buffer {
  return seal(dk.key, JSON.stringify(value), fieldAad(subjectId, field, dk.version));
}

export const fieldAad = (subjectId: string, field: string, version: number) => `${subjectId}|${field}|${version}`;

/** Validates one input of createMany (throws its error); sealing is `sealPrepared`. */
export function prepareInput(r: Rules, input: CreateSubjectInput): Prepared {
  if (typeof input !== 'object' || input === null) throw invalidInput('body', 'object', 'must be an object');
  const jurisdiction = jurisdictionOf(r.policy, input.jurisdiction);
  const fields = validateFields(r, input.fields ?? {}, jurisdiction, false);
  let extDigest: string | undefined;
  if (input.externalId !== undefined) {
    if (typeof input.externalId !== 'string' || input.externalId.length === 0 || input.externalId.length > 200)
      throw invalidInput('externalId', 'external_id', 'must be a string of 1-200 characters');
    requireWellFormedText('externalId', input.externalId);
    extDigest = blindIndexOf(r.blindIndexKey, 'external_id', input.externalId);
  }
  return { jurisdiction, fields, extDigest, id: subjectUuid(), dataKey: newDataKey() };
}

/** Seals the prepared subject's values and computes its blind indexes (once). */
export function sealPrepared(r: Rules, p: Prepared): Prepared & Required<Pick<Prepared, 'sealed' | 'lookups'>> {
  if (!p.sealed) {
    p.sealed = new Map();
    for (const [name, v] of p.fields) p.sealed.set(name, sealValue(p.dataKey, p.id, name, v));
  }
  p.lookups ??= lookupEntries(r, p.fields);
  return p as Prepared & Required<Pick<Prepared, 'sealed' | 'lookups'>>;
}

/** What became of one input on the thread: prepared and sealed, refused (its error), or left to the main thread. */
export type Outcome = Prepared | CustosError | undefined;

/** On the wire: a CustosError as its parts; 0 for an input the main thread prepares (any other error). */
export type WireOutcome = Prepared | { code: ErrorCode; message: string; details: ErrorDetail[] } | 0;
export interface PrepareJob {
  id: number;
  /** Sent when it differs from the one the thread holds. */
  policy?: Policy;
  /** Whether volunteered free text is checked with the built-in special-care lexicon (else not at all). */
  specialCare: boolean;
  inputs: readonly CreateSubjectInput[];
}
export type PrepareReply = { id: number; outcomes: WireOutcome[] };

/** What the thread does with a job: every input prepared and sealed, or its error. */
export function prepareJob(r: Rules, inputs: readonly CreateSubjectInput[]): WireOutcome[] {
  return inputs.map((input) => {
    try {
      return sealPrepared(r, prepareInput(r, input));
    } catch (e) {
      return e instanceof CustosError ? { code: e.code, message: e.message, details: e.details } : 0;
    }
  });
}

/** A Buffer over what arrives of one (a Uint8Array), without a copy. */
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

function fromWire(w: WireOutcome): Outcome {
  if (w === 0) return undefined;
  if ('code' in w) return new CustosError(w.code, w.message, w.details);
  w.dataKey.key = asBuffer(w.dataKey.key);
  for (const [name, ct] of w.sealed!) w.sealed!.set(name, asBuffer(ct));
  return w;
}

/**
 * Whether a structured clone of the inputs reads as they do (plain objects, arrays and primitives, as JSON
 * and CSV give them): an object of a class would lose its prototype on the way, so such a batch is
 * prepared on the main thread.
 */
export function clonesAsIs(v: unknown, depth = 0): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (depth > 40) return false;
  const proto = Object.getPrototypeOf(v);
  if (Array.isArray(v) ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return false;
  for (const x of Object.values(v)) if (!clonesAsIs(x, depth + 1)) return false;
  return true;
}

/**
 * How long the prepare thread may sit idle before it stops: an idle thread holds about 50 MB (its own heap,
 * the phone metadata, the lexicon), which a server that imports now and then would otherwise keep for good.
 * The next large batch starts it again.
 */
export const PREPARE_IDLE_MS = 30_000;

/**
 * The worker thread that prepares large batches. Started on first use, holding the blind-index key (handed
 * over in memory) and the policy of the last job; jobs are answered in order. It keeps the process alive
 * only while a job is out, and stops after `idleMs` without one. If the thread fails, its jobs and all later
 * ones are prepared on the main thread.
 */
export class PrepareThread {
  private worker?: Worker;
  private readonly pending = new Map<number, { resolve: (o: Outcome[]) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private sentPolicy?: Policy;
  private failed = false;
  private idle?: NodeJS.Timeout;
  /** Jobs the thread answered (what the tests see of it). */
  answered = 0;

  constructor(
    private readonly blindIndexKey: Buffer,
    private readonly idleMs = PREPARE_IDLE_MS,
  ) {}

  /** Whether the thread is running now (started, and not stopped for being idle). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Prepares the inputs on the thread; rejects when the thread cannot take them (the caller prepares them itself). */
  prepare(policy: Policy, specialCare: boolean, inputs: readonly CreateSubjectInput[]): Promise<Outcome[]> {
    if (this.failed) return Promise.reject(new Error('the prepare thread stopped'));
    clearTimeout(this.idle);
    const w = (this.worker ??= this.start());
    const id = this.nextId++;
    const job: PrepareJob = { id, specialCare, inputs, ...(policy !== this.sentPolicy ? { policy } : {}) };
    return new Promise<Outcome[]>((resolve, reject) => {
      try {
        w.postMessage(job);
      } catch (e) {
        return reject(e); // a value that cannot be cloned
      }
      this.sentPolicy = policy;
      this.pending.set(id, { resolve, reject });
      w.ref();
    });
  }

  private start(): Worker {
    const w = startWorker(import.meta.url, './prepare-worker', { blindIndexKey: this.blindIndexKey });
    w.unref();
    w.on('message', (m: PrepareReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) {
        w.unref();
        this.idle = setTimeout(() => this.stopIdle(w), this.idleMs).unref();
      }
      this.answered++;
      try {
        p.resolve(m.outcomes.map(fromWire));
      } catch (e) {
        p.reject(e); // (a reply that cannot be read: the batch is prepared on the main thread)
      }
    });
    const stopped = () => {
      this.failed = true;
      for (const p of this.pending.values()) p.reject(new Error('the prepare thread stopped'));
      this.pending.clear();
    };
    w.on('error', stopped);
    w.on('exit', stopped);
    return w;
  }

  /** Stops the thread if it is still idle: no failure (the next job starts a new one, and sends it the policy). */
  private stopIdle(w: Worker): void {
    if (this.worker !== w || this.pending.size > 0) return;
    this.worker = undefined;
    this.sentPolicy = undefined;
    w.removeAllListeners();
    void w.terminate();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.failed = true;
    clearTimeout(this.idle);
    if (w) await w.terminate();
  }
}
