/**
 * The vault: subjects and their personal data. Values are validated by category type, encrypted with
 * the subject's data key (AES-256-GCM, additional data = subject, field, key version), and found by
 * blind index. This is the raw layer: the access layer wraps it with purposes, roles and audit.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { insertRows, runForKeys, toBuffer, toInt, valuesForKeys, type Param } from '../store/db.js';
import type { Keyring, DataKey } from '../crypto/keyring.js';
import { open, seal } from '../crypto/aead.js';
import { CustosError, invalidInput } from '../errors.js';
import type { Jurisdiction, Policy } from '../policy/schema.js';
import { highestMinimumAge, minimumAgeFor } from '../policy/minimum-age.js';
import { specialCareKinds } from '../detect/special-care.js';
import { ageOn, normaliseEmail, normalisePhone, normaliseValue, phoneRegion } from './values.js';
import { clonesAsIs, fieldAad, lookupDigest, lookupEntries, prepareInput, PrepareThread, refuseSpecialCare, sealPrepared, sealValue, validateFields, type Outcome, type Prepared, type Rules } from './prepare.js';


/** As reported; the stored status may also be `erasing` (an erasure under way), reported as erased. */
export type SubjectStatus = 'active' | 'erased';

export interface SubjectRecord {
  id: string;
  jurisdiction: Jurisdiction;
  createdAt: string;
  updatedAt: string;
  fields: Record<string, unknown>;
}

export interface CreateSubjectInput {
  fields: Record<string, unknown>;
  jurisdiction?: Jurisdiction;
  /** The application's own id for the person: unique, used for idempotent import. */
  externalId?: string;
}

/** What `valuesOf` reads of a subject: its single-valued fields by name, its records by category, oldest first. */
export interface HeldValues {
  fields: Record<string, unknown>;
  records: Map<string, { createdAt: string; value: unknown }[]>;
}

export interface StoredRecord {
  recordId: string;
  category: string;
  createdAt: string;
  value: unknown;
}

/**
 * A value another module keeps about the subject, read in the vault's statement: a scalar subquery in
 * which `s.subject_id` is the subject (filter on it, so the statement stays on the subject's shard).
 */
export interface SubjectColumn {
  sql: string;
  params?: readonly Param[];
}

function alsoColumns(also: Record<string, SubjectColumn>): [string, Param[]] {
  let columns = '';
  const params: Param[] = [];
  for (const [name, c] of Object.entries(also)) {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`subject column name ${name}: lower-case letters and _ only`);
    columns += `, ${c.sql} AS also_${name}`;
    params.push(...(c.params ?? []));
  }
  return [columns, params];
}

/** The statements of `status` and `fetch` for one set of `also` columns, built once (see `statementsFor`). */
interface AlsoStatements {
  names: string[];
  /** The columns' SQL (`, <sql> AS also_<name>`...) and their parameters. */
  columns: string;
  params: Param[];
  /** `status`: the select up to `WHERE s.subject_id`, and the whole statement for one id. */
  status: { select: string; one: string };
  /** `fetch`, by the number of fields asked for (-1: every field). */
  fetch: Map<number, { select: string; one: string }>;
}

const NO_ALSO: Record<string, SubjectColumn> = Object.freeze({});
const alsoStatements = new WeakMap<Record<string, SubjectColumn>, AlsoStatements>();

/**
 * The statements for `also`. Built once per `also` object when it is frozen (callers on the hot paths,
 * the access decision, pass the same frozen object every time), else each time: an object that can still
 * change is never cached.
 */
function statementsFor(also: Record<string, SubjectColumn>): AlsoStatements {
  const hit = alsoStatements.get(also);
  if (hit) return hit;
  const [columns, params] = alsoColumns(also);
  const status = `SELECT s.subject_id, s.status, s.jurisdiction, s.erased_at, s.erasure_reason, s.closed_at${columns} FROM subjects s WHERE s.subject_id`;
  const built: AlsoStatements = { names: Object.keys(also), params, columns, status: { select: status, one: `${status} = ?` }, fetch: new Map() };
  if (Object.isFrozen(also) && Object.values(also).every((c) => Object.isFrozen(c) && (!c.params || Object.isFrozen(c.params)))) alsoStatements.set(also, built);
  return built;
}

/** The `also` columns' values, by name, from a row whose `also` columns start at `from`. */
function alsoValues(names: readonly string[], row: unknown[], from: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k < names.length; k++) out[names[k]] = row[from + k] ?? null;
  return out;
}

type CreateResult = { id: string; created: boolean } | { error: unknown } | null;

/** Checks free text for special-care data; returns the kinds found (empty when none). */
export type SpecialCareCheck = (text: string) => string[];

let lastMs = 0;
let seq = 0;
/** Record ids sort in creation order: milliseconds, a sequence within the millisecond, random bits. */
function orderedId(): string {
  const ms = Date.now();
  seq = ms === lastMs ? seq + 1 : 0;
  lastMs = ms;
  return `${ms.toString(36).padStart(9, '0')}${seq.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}

/** Fewest inputs of a createMany prepared on the prepare thread (fewer are not worth the messages). */
const OFF_THREAD_BATCH = 256;

/** Most keys one shared statement asks for (PostgreSQL). */
const MAX_SHARED_KEYS = 256;

/** Calls of one statement waiting to share it (PostgreSQL), each for its own key. */
interface SharedBatch {
  select: string;
  params: readonly Param[];
  waiters: { key: string; resolve: (rows: unknown[][]) => void; reject: (e: unknown) => void }[];
}

/**
 * Whether a value could be a subject id at all. Others are not found without a statement; on PostgreSQL a
 * NUL character would fail the statement, and with it every read sharing it.
 */
const possibleId = (id: unknown): id is string => typeof id === 'string' && id.length <= 100 && !id.includes('\u0000');

/** A subject that has been erased, named by the input that gave its id (`field`). */
export const subjectErased = (field = 'id') =>
  new CustosError('CUSTOS_SUBJECT_ERASED', 'subject has been erased', [{ field, rule: 'erased', message: 'the subject has been erased' }]);
/** No such subject: named `id`, as the SDK's calls and the API's `/v1/subjects/:id` routes take it (a front end taking it under another name renames it, see `asField`). */
export const subjectNotFound = () => new CustosError('CUSTOS_NOT_FOUND', 'subject not found', [{ field: 'id', rule: 'not_found', message: 'no such subject' }]);

/** Refusals of a birth date that shows a subject already on file under the minimum age, with that subject's id. */
const childOnFile = new WeakMap<object, string>();

/**
 * The subject on file that a CUSTOS_UNDER_AGE refusal is about: a write to it (an update, a record, a
 * create or import under its external id) held a birth date under the minimum age for its jurisdiction.
 * Undefined for any other error (a new subject under age: nothing was stored). The access layer erases
 * that subject as a child's data (seed 000); the id never reaches the error's message or details.
 */
export function subjectFoundUnderAge(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? childOnFile.get(e) : undefined;
}

function onFile(e: unknown, subjectId: string): unknown {
  if (e instanceof CustosError && e.code === 'CUSTOS_UNDER_AGE') childOnFile.set(e, subjectId);
  return e;
}

/**
 * Inside a transaction that writes a subject's data: requires the subject to be active, and holds its
 * row (locked on PostgreSQL) until the transaction ends. An erasure marks the row first (`erasing`), so
 * either it waits for this transaction and then deletes what it wrote, or this transaction sees the mark
 * and writes nothing: no write racing an erasure outlives it. `exclusive` also serialises writers of the
 * same subject (an update reads the old value to replace its lookup). (SQLite transactions are serial.)
 */
export async function lockLiveSubject(t: Db, id: string, exclusive = false): Promise<void> {
  const status = await statusIn(t, id, t.dialect === 'postgres' ? (exclusive ? ' FOR UPDATE' : ' FOR SHARE') : '');
  if (status === undefined) throw subjectNotFound();
  if (status !== 'active') throw subjectErased();
}

/** The subject's status as the store has it now (`lock`: a row-lock clause, inside a transaction). */
async function statusIn(db: Db, id: string, lock = ''): Promise<string | undefined> {
  if (!possibleId(id)) return undefined;
  return (await db.get<{ status: string }>(`SELECT status FROM subjects WHERE subject_id = ?${lock}`, [id]))?.status;
}

export class Vault {
  /**
   * The policy version a subject's data was collected under (the one in force at its creation), as a
   * column of `fetch` or `status` (`also`); read it back with `collectedUnderOf`.
   */
  static readonly collectedUnderColumn: SubjectColumn = { sql: 's.policy_version' };

  /** The version from `collectedUnderColumn`; a subject written by a process that did not record it counts as the first version's. */
  static collectedUnderOf(value: unknown): number {
    return value == null ? 1 : toInt(value as number);
  }

  constructor(
    private readonly db: Db,
    private readonly keys: Keyring,
    policy: Policy,
    specialCare?: SpecialCareCheck,
    private readonly now: () => Date = () => new Date(),
    /** The policy version in force (its ordinal): recorded with every subject created. */
    private readonly policyVersion = 1,
  ) {
    this.rules = { policy, specialCare, blindIndexKey: keys.blindIndexKey };
  }

  /** What validating, sealing and indexing values needs (see prepare.ts): the policy in force among it. */
  private rules: Rules;

  private get policy(): Policy {
    return this.rules.policy;
  }

  setPolicy(p: Policy): void {
    this.rules = { ...this.rules, policy: p };
  }

  /**
   * The age gate (seed 000): a birth date among `fields` under the minimum age for `jurisdiction` (its
   * `by_jurisdiction` age, else `years`) is refused, naming `path` (default `fields.<category>`).
   * The value is never echoed.
   */
  private checkAge(fields: Map<string, unknown>, jurisdiction: Jurisdiction, path = `fields.${this.policy.minimum_age?.birth_date_category}`): void {
    const gate = this.policy.minimum_age;
    if (!gate) return;
    const birth = fields.get(gate.birth_date_category);
    if (typeof birth !== 'string') return;
    const years = minimumAgeFor(this.policy, jurisdiction)!;
    if (ageOn(birth, this.now()) < years)
      throw new CustosError('CUSTOS_UNDER_AGE', `${path}: subjects under ${years} are not accepted (minimum age for ${jurisdiction})`, [
        { field: path, rule: 'minimum_age', message: `the subject is younger than ${years}, the minimum age for ${jurisdiction}; their data is not collected` },
      ]);
  }

  private decrypt(dk: DataKey, subjectId: string, field: string, version: number, ct: unknown): unknown {
    const plain = open(dk.key, toBuffer(ct), fieldAad(subjectId, field, version));
    if (!plain) throw new CustosError('CUSTOS_INTEGRITY', 'a stored value does not authenticate: the data store was altered');
    return JSON.parse(plain.toString('utf8'));
  }

  /**
   * Creates a subject. Concurrent calls are gathered into one batch (one transaction in each store), so
   * many creates share an fsync; each call still gets its own result or error.
   */
  create(input: CreateSubjectInput): Promise<{ id: string; created: boolean }> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flushCreates());
      }
    });
  }

  private pending: { input: CreateSubjectInput; resolve: (r: { id: string; created: boolean }) => void; reject: (e: unknown) => void }[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();

  private async flushCreates(): Promise<void> {
    await this.flushing;
    this.flushScheduled = false;
    const batch = this.pending.splice(0, 5000);
    if (this.pending.length > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => void this.flushCreates());
    }
    if (batch.length === 0) return;
    let done!: () => void;
    this.flushing = new Promise((r) => (done = r));
    try {
      const results = await this.createMany(batch.map((b) => b.input));
      results.forEach((r, i) => ('error' in r ? batch[i].reject(r.error) : batch[i].resolve(r)));
    } catch (e) {
      for (const b of batch) b.reject(e);
    } finally {
      done();
    }
  }

  /**
   * Creates many subjects: each input is validated on its own (a bad one gets its error, the others go
   * in), then all data keys are written in one key-store transaction and all rows in one data-store
   * transaction. Idempotent by external id, within the batch too.
   */
  async createMany(inputs: readonly CreateSubjectInput[]): Promise<({ id: string; created: boolean } | { error: unknown })[]> {
    // Calls take turns from their call to their commit: a batch looks for its external ids once the
    // batches before it (an import keeps several in flight) have stored theirs, so an external id in two
    // of them is one subject, and its age gate the same as in one batch. (Between processes the advisory
    // locks below keep one subject per external id, and a row refused as a new child while another process
    // creates that id is looked at again: `childrenCreatedElsewhere`.) The turn is taken before the inputs are prepared,
    // so a batch prepared on the thread while the one before it is stored keeps its place.
    const previous = this.createTurn;
    let release!: () => void;
    this.createTurn = new Promise<void>((r) => (release = r));
    try {
      const results: CreateResult[] = inputs.map(() => null);
      const prepared = await this.prepareMany(inputs, results);
      await previous;
      return await this.storeCreates(inputs, prepared, results);
    } finally {
      // the next batch's turn comes after this one's and every one before it, even if preparing failed
      await previous;
      release();
    }
  }

  /**
   * Each input validated on its own (a bad one gets its error in `results`). A batch of at least
   * `OFF_THREAD_BATCH` plain inputs is prepared, sealed included, on the prepare thread, unless the
   * special-care check is the application's own function (it cannot be sent there); the thread's errors
   * are the same CustosErrors, and an input it could not take (any other error) is prepared here, as is
   * the whole batch when the thread is not available.
   */
  private async prepareMany(inputs: readonly CreateSubjectInput[], results: CreateResult[]): Promise<(Prepared | null)[]> {
    let outcomes: Outcome[] | undefined;
    const rules = this.rules;
    if (inputs.length >= OFF_THREAD_BATCH && (rules.specialCare === undefined || rules.specialCare === specialCareKinds) && clonesAsIs(inputs)) {
      this.thread ??= new PrepareThread(rules.blindIndexKey);
      outcomes = await this.thread.prepare(rules.policy, rules.specialCare !== undefined, inputs).catch(() => undefined);
    }
    return inputs.map((input, i) => {
      try {
        const o = outcomes?.[i];
        if (o instanceof CustosError) throw o;
        return o ?? prepareInput(rules, input);
      } catch (e) {
        results[i] = { error: e };
        return null;
      }
    });
  }

  private thread?: PrepareThread;

  /** Stops the prepare thread, if one was started (when the store closes). */
  async stopThread(): Promise<void> {
    await this.thread?.close();
  }

  private createTurn: Promise<void> = Promise.resolve();

  /** createMany once the inputs are validated: the age gate, then the keys and rows, in its turn. */
  private async storeCreates(inputs: readonly CreateSubjectInput[], prepared: (Prepared | null)[], results: CreateResult[]): Promise<({ id: string; created: boolean } | { error: unknown })[]> {
    const existing = await this.existingExternal(this.db, [...new Set(prepared.flatMap((p) => (p?.extDigest ? [p.extDigest] : [])))]);
    // The age gate, for the person each input is about: a new subject in the input's jurisdiction (refused,
    // nothing stored); a subject on file under that external id in its own jurisdiction, and then the
    // refusal names it (`subjectFoundUnderAge`): the access layer erases it as a child's data.
    const stored = await this.activeJurisdictions(
      prepared.flatMap((p) => {
        const known = p?.extDigest ? existing.get(p.extDigest) : undefined;
        return known !== undefined && this.mayBeUnderAge(p!.fields) ? [known] : [];
      }),
    );
    // One subject per external id: the first input in the batch creates it, later ones are about that
    // subject (they get its id), as if they came in a later batch: the age gate takes its jurisdiction, and
    // a refusal names it once it is created (`childOfFirst`), to be erased as a child's data.
    const firstByDigest = new Map<string, number>();
    const childOfFirst: [number, number][] = [];
    // inputs refused as a new subject's, with an external id (looked for again at the end)
    const newChildren: { i: number; digest: string; fields: Map<string, unknown> }[] = [];
    prepared.forEach((p, i) => {
      if (!p) return;
      const known = p.extDigest ? existing.get(p.extDigest) : undefined;
      const first = p.extDigest ? firstByDigest.get(p.extDigest) : undefined;
      try {
        if (known !== undefined) {
          if (stored.has(known)) this.checkAge(p.fields, stored.get(known)!);
        } else this.checkAge(p.fields, first === undefined ? p.jurisdiction : prepared[first]!.jurisdiction);
      } catch (e) {
        results[i] = { error: known === undefined ? e : onFile(e, known) };
        prepared[i] = null;
        if (known === undefined && first !== undefined) childOfFirst.push([i, first]);
        else if (known === undefined && p.extDigest) newChildren.push({ i, digest: p.extDigest, fields: p.fields });
        return;
      }
      if (!p.extDigest) return;
      if (first === undefined) firstByDigest.set(p.extDigest, i);
      else prepared[i] = null;
    });
    const toCreate = prepared.filter((p): p is Prepared => p !== null && !(p.extDigest && existing.has(p.extDigest)));
    const created = new Map<string, string>();
    if (toCreate.length > 0) {
      await this.keys.createDataKeys(
        toCreate.map((p) => p.id),
        toCreate.map((p) => p.dataKey),
      );
      const rules = this.rules;
      const now = Date.now();
      try {
        await this.db.tx(async (t) => {
          const digests = toCreate.flatMap((p) => (p.extDigest ? [p.extDigest] : [])).sort();
          // Serialise creates of the same external id across processes (SQLite transactions are serial already).
          // (one statement per 1,000 ids, taking the locks in the list's sorted order, instead of a round trip each)
          if (t.dialect === 'postgres')
            for (let i = 0; i < digests.length; i += 1000) {
              const chunk = digests.slice(i, i + 1000);
              await t.all(`SELECT pg_advisory_xact_lock(hashtext(v.d)) FROM (VALUES ${chunk.map(() => '(?)').join(', ')}) AS v(d)`, chunk);
            }
          const raced = await this.existingExternal(t, digests);
          const fresh = toCreate.filter((p) => !(p.extDigest && raced.has(p.extDigest)));
          for (const [d, id] of raced) existing.set(d, id);
          const subjects: Param[][] = [];
          const fields: Param[][] = [];
          const lookups: Param[][] = [];
          for (const p of fresh) {
            const { sealed, lookups: entries, dataKey } = sealPrepared(rules, p);
            subjects.push([p.id, p.jurisdiction, 'active', now, now, this.policyVersion]);
            for (const [name, ct] of sealed) fields.push([p.id, name, ct, dataKey.version, now]);
            for (const l of entries) lookups.push([l.kind, l.digest, l.category, p.id]);
            if (p.extDigest) lookups.push(['external_id', p.extDigest, 'external_id', p.id]);
            created.set(p.id, p.id);
          }
          await insertRows(t, 'subjects', ['subject_id', 'jurisdiction', 'status', 'created_at', 'updated_at', 'policy_version'], subjects, '', ['text', 'text', 'text', 'bigint', 'bigint', 'integer']);
          await insertRows(t, 'subject_fields', ['subject_id', 'field', 'ciphertext', 'key_version', 'updated_at'], fields, '', ['text', 'text', 'bytea', 'integer', 'bigint']);
          await insertRows(t, 'lookup_index', ['kind', 'digest', 'category', 'subject_id'], lookups, '', ['text', 'text', 'text', 'text']);
        });
      } catch (e) {
        await this.keys.destroyDataKeys(toCreate.map((p) => p.id)).catch(() => undefined);
        throw e;
      }
      const unused = toCreate.filter((p) => !created.has(p.id)).map((p) => p.id);
      if (unused.length > 0) await this.keys.destroyDataKeys(unused);
    }
    for (const [i, first] of childOfFirst) {
      const id = prepared[first]!.id;
      if (created.has(id)) onFile((results[i] as { error: unknown }).error, id);
    }
    if (newChildren.length > 0) await this.childrenCreatedElsewhere(newChildren, results);
    return inputs.map((_, i) => {
      if (results[i]) return results[i]!;
      const p = prepared[i];
      const digest = p?.extDigest ?? (inputs[i].externalId !== undefined ? this.keys.blindIndex('external_id', inputs[i].externalId!) : undefined);
      if (p && created.has(p.id)) return { id: p.id, created: true };
      const prior = digest ? (existing.get(digest) ?? prepared[firstByDigest.get(digest)!]?.id) : undefined;
      return { id: prior!, created: false };
    });
  }

  /**
   * Inputs refused as new children's whose external id another process created since this batch looked
   * for it (the turns above hold within one process only): answered as if that subject had been on file
   * first. Under the minimum age of its jurisdiction, the refusal names it, to be erased as a child's
   * data; otherwise the input is about that subject, as a create under a known external id is. A subject
   * created after this look is a later create, as it would be after the whole batch.
   */
  private async childrenCreatedElsewhere(refused: { i: number; digest: string; fields: Map<string, unknown> }[], results: CreateResult[]): Promise<void> {
    const onFileNow = await this.existingExternal(this.db, refused.map((r) => r.digest));
    if (onFileNow.size === 0) return;
    const stored = await this.activeJurisdictions([...onFileNow.values()]);
    for (const { i, digest, fields } of refused) {
      const id = onFileNow.get(digest);
      if (id === undefined || !stored.has(id)) continue;
      try {
        this.checkAge(fields, stored.get(id)!);
        results[i] = { id, created: false };
      } catch (e) {
        // the refusal of the subject on file, under its jurisdiction's age, as for one found at the first look
        results[i] = { error: onFile(e, id) };
      }
    }
  }

  /** Whether `fields` hold a birth date under the highest minimum age of any jurisdiction (a cheap first look). */
  private mayBeUnderAge(fields: Map<string, unknown>): boolean {
    const gate = this.policy.minimum_age;
    const birth = gate ? fields.get(gate.birth_date_category) : undefined;
    return typeof birth === 'string' && ageOn(birth, this.now()) < highestMinimumAge(this.policy);
  }

  /** The jurisdictions of those of these subjects that are active (ids of no subject are left out). */
  async activeJurisdictions(ids: readonly string[]): Promise<Map<string, Jurisdiction>> {
    const wanted = [...new Set(ids)].filter(possibleId);
    if (wanted.length === 0) return new Map();
    const rows = await valuesForKeys(this.db, "SELECT subject_id, jurisdiction FROM subjects WHERE status = 'active' AND subject_id", [], wanted);
    return new Map(rows as [string, Jurisdiction][]);
  }

  /** Those of these subjects that are active as `status` tells: active in the store, with their data key. */
  async activeOf(ids: readonly string[]): Promise<Set<string>> {
    const active = [...(await this.activeJurisdictions(ids)).keys()];
    const keyed = await this.keys.keyed(active);
    return new Set(active.filter((id) => keyed.has(id)));
  }

  /** Subjects already holding these external-id digests. */
  private async existingExternal(db: Db, digests: readonly string[]): Promise<Map<string, string>> {
    const rows = await valuesForKeys(db, "SELECT digest, subject_id FROM lookup_index WHERE kind = 'external_id' AND digest", [], digests);
    return new Map(rows as [string, string][]);
  }

  private async liveSubject(db: Db, id: string): Promise<{ jurisdiction: Jurisdiction; created_at: number; updated_at: number }> {
    if (!possibleId(id)) throw subjectNotFound();
    const row = await db.get<{ jurisdiction: Jurisdiction; status: string; created_at: number; updated_at: number }>(
      'SELECT jurisdiction, status, created_at, updated_at FROM subjects WHERE subject_id = ?',
      [id],
    );
    if (!row) throw subjectNotFound();
    if (row.status !== 'active') throw subjectErased();
    return row;
  }

  private async requireKey(id: string): Promise<DataKey> {
    const dk = await this.keys.dataKey(id);
    // The data store still has the subject but the key store does not: erased (an older data copy was restored).
    if (!dk) throw subjectErased();
    return dk;
  }

  /** Updates single-valued fields; `null` removes a field. */
  async update(id: string, fields: Record<string, unknown>): Promise<{ updated: string[] }> {
    const s = await this.liveSubject(this.db, id);
    const valid = validateFields(this.rules, fields, s.jurisdiction, true);
    try {
      this.checkAge(valid, s.jurisdiction);
    } catch (e) {
      throw onFile(e, id);
    }
    const dk = await this.requireKey(id);
    const now = Date.now();
    await this.db.tx(async (t) => {
      await lockLiveSubject(t, id, true);
      for (const [name, v] of valid) {
        const type = this.policy.categories[name].type;
        if (type === 'email' || type === 'phone') {
          const old = await t.get<{ ciphertext: unknown; key_version: number }>(
            'SELECT ciphertext, key_version FROM subject_fields WHERE subject_id = ? AND field = ?',
            [id, name],
          );
          if (old) {
            // only this category's entry: another category may hold the same value
            const prev = this.decrypt(dk, id, name, toInt(old.key_version), old.ciphertext) as string;
            await t.run('DELETE FROM lookup_index WHERE kind = ? AND digest = ? AND category = ? AND subject_id = ?', [type, lookupDigest(this.keys.blindIndexKey, type, prev), name, id]);
          }
        }
        if (v === null) {
          await t.run('DELETE FROM subject_fields WHERE subject_id = ? AND field = ?', [id, name]);
          continue;
        }
        const ct = sealValue(dk, id, name, v);
        await t.run(
          'INSERT INTO subject_fields (subject_id, field, ciphertext, key_version, updated_at) VALUES (?, ?, ?, ?, ?) ' +
            'ON CONFLICT (subject_id, field) DO UPDATE SET ciphertext = excluded.ciphertext, key_version = excluded.key_version, updated_at = excluded.updated_at',
          [id, name, ct, dk.version, now],
        );
      }
      for (const l of lookupEntries(this.rules, valid))
        await t.run('INSERT INTO lookup_index (kind, digest, category, subject_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [l.kind, l.digest, l.category, id]);
      await t.run('UPDATE subjects SET updated_at = ? WHERE subject_id = ?', [now, id]);
    });
    return { updated: [...valid.keys()] };
  }

  /** Reads raw, decrypted fields (all, or the named ones). Internal: callers go through the access layer. */
  async read(id: string, fields?: readonly string[]): Promise<SubjectRecord> {
    return (await this.fetch(id, { fields })).open(fields);
  }

  /**
   * Fetches the subject and its fields' ciphertext in one statement (co-located by subject_id on
   * Citus); nothing is decrypted until `open` is called with the fields a decision allowed. `fields`
   * limits the ciphertext fetched to those fields (`open` can only decrypt what was fetched); `also`
   * adds other modules' subject-scoped values (restrictions, consent) to the same statement, so an
   * access costs one round trip. Throws not found or erased.
   */
  async fetch(
    id: string,
    opts: { fields?: readonly string[]; also?: Record<string, SubjectColumn> } = {},
  ): Promise<{ jurisdiction: Jurisdiction; also: Record<string, unknown>; open(fields?: readonly string[]): Promise<SubjectRecord> }> {
    if (!possibleId(id)) throw subjectNotFound();
    const st = statementsFor(opts.also ?? NO_ALSO);
    const named = opts.fields;
    const n = named ? named.length : -1;
    let sql = st.fetch.get(n);
    if (!sql) {
      // rows as arrays: subject_id, jurisdiction, status, created_at, updated_at, the `also` columns, then
      // the fields: for named fields one row, with each field's ciphertext and key version (null when not
      // stored); for every field, one row per stored field with its name, ciphertext and key version
      // (a join row per field costs more than a key lookup per value: each row repeats the subject's columns)
      const head = `SELECT s.subject_id, s.jurisdiction, s.status, s.created_at, s.updated_at${st.columns}`;
      const value = (column: string) => `(SELECT f.${column} FROM subject_fields f WHERE f.subject_id = s.subject_id AND f.field = ?)`;
      const select = named
        ? `${head}${named.map(() => `, ${value('ciphertext')}, ${value('key_version')}`).join('')} FROM subjects s WHERE s.subject_id`
        : `${head}, f.field, f.ciphertext, f.key_version FROM subjects s LEFT JOIN subject_fields f ON f.subject_id = s.subject_id WHERE s.subject_id`;
      sql = { select, one: `${select} = ?` };
      if (st.fetch.size < 64) st.fetch.set(n, sql);
    }
    const rows = await this.keyedRows(sql.select, named ? [...st.params, ...named.flatMap((f) => [f, f])] : st.params, id, sql.one);
    if (rows.length === 0) throw subjectNotFound();
    const s = rows[0];
    if (s[2] !== 'active') throw subjectErased();
    const jurisdiction = s[1] as Jurisdiction;
    const at = 5 + st.names.length;
    return {
      jurisdiction,
      also: alsoValues(st.names, s, 5),
      open: async (fields) => {
        const dk = await this.requireKey(id);
        const want = fields ? new Set(fields) : null;
        const out: Record<string, unknown> = {};
        const put = (field: string, ct: unknown, version: unknown) => {
          if (ct !== null && (!want || want.has(field))) out[field] = this.decrypt(dk, id, field, toInt(version), ct);
        };
        if (named) named.forEach((field, k) => put(field, s[at + 2 * k], s[at + 2 * k + 1]));
        else for (const r of rows) if (r[at] !== null) put(r[at] as string, r[at + 1], r[at + 2]);
        return {
          id,
          jurisdiction,
          createdAt: new Date(toInt(s[3])).toISOString(),
          updatedAt: new Date(toInt(s[4])).toISOString(),
          fields: out,
        };
      },
    };
  }

  /** PostgreSQL: calls waiting to share a statement, by statement and parameters. */
  private readonly sharedBatches = new Map<string, SharedBatch>();

  /**
   * The rows of `${select} = ?` for one key: `select` ends with the key's column, returns that column
   * first, and its parameters come before the key's. On PostgreSQL, calls of the same statement and
   * parameters made in the same turn of the event loop share one statement (`= ANY(?)`, rows split by
   * key): one round trip for many concurrent reads or lookups. On SQLite a statement is a call into the
   * same process, and runs at once (`one`: the statement for one key, when the caller keeps it).
   */
  private keyedRows(select: string, params: readonly Param[], key: string, one = `${select} = ?`): Promise<unknown[][]> {
    if (this.db.dialect !== 'postgres') return this.db.values(one, [...params, key]);
    const shape = `${select}\u0000${JSON.stringify(params)}`;
    let batch = this.sharedBatches.get(shape);
    if (!batch) {
      const b: SharedBatch = { select, params, waiters: [] };
      this.sharedBatches.set(shape, (batch = b));
      setImmediate(() => {
        if (this.sharedBatches.get(shape) === b) this.sharedBatches.delete(shape);
        void this.runShared(b);
      });
    }
    const rows = new Promise<unknown[][]>((resolve, reject) => batch.waiters.push({ key, resolve, reject }));
    if (batch.waiters.length >= MAX_SHARED_KEYS) this.sharedBatches.delete(shape); // full: the next call starts another
    return rows;
  }

  private async runShared(b: SharedBatch): Promise<void> {
    try {
      if (b.waiters.length === 1) {
        const w = b.waiters[0];
        w.resolve(await this.db.values(`${b.select} = ?`, [...b.params, w.key]));
        return;
      }
      const keys = [...new Set(b.waiters.map((w) => w.key))];
      const rows = await this.db.values(`${b.select} = ANY(?)`, [...b.params, keys]);
      const byKey = new Map<string, unknown[][]>();
      for (const r of rows) {
        const list = byKey.get(r[0] as string);
        if (list) list.push(r);
        else byKey.set(r[0] as string, [r]);
      }
      for (const w of b.waiters) w.resolve(byKey.get(w.key) ?? []);
    } catch (e) {
      for (const w of b.waiters) w.reject(e);
    }
  }

  /**
   * The subject's status without reading personal data: active, erased, or not found (throws). `also`
   * as for `fetch` (its values are reported for an active subject only).
   */
  async status(
    id: string,
    opts: { also?: Record<string, SubjectColumn> } = {},
  ): Promise<{ status: SubjectStatus; jurisdiction: Jurisdiction; erasedAt?: string; reason?: string; closedAt?: string; also?: Record<string, unknown> }> {
    if (!possibleId(id)) throw subjectNotFound();
    const st = statementsFor(opts.also ?? NO_ALSO);
    // as arrays: subject_id, status, jurisdiction, erased_at, erasure_reason, closed_at, then the `also` columns
    const [row] = await this.keyedRows(st.status.select, st.params, id, st.status.one);
    if (!row) throw subjectNotFound();
    const [, status, jurisdiction, erasedAt, reason, closedAt] = row as [string, string, Jurisdiction, unknown, string | null, unknown];
    if (status === 'active' && !(await this.keys.dataKey(id))) return { status: 'erased', jurisdiction };
    // an erasure under way (`erasing`) is an erasure: nothing of the person can be read any more
    // (built member by member, not spread: the access decision reads a status on every request)
    const out: Awaited<ReturnType<Vault['status']>> = { status: status === 'active' ? 'active' : 'erased', jurisdiction };
    if (status === 'active' && st.names.length > 0) out.also = alsoValues(st.names, row, 6);
    if (erasedAt != null) out.erasedAt = new Date(toInt(erasedAt)).toISOString();
    if (reason) out.reason = reason;
    if (closedAt != null && status === 'active') out.closedAt = new Date(toInt(closedAt)).toISOString();
    return out;
  }

  /**
   * Closes the subject's account (the contract ends): retention periods that run `after:
   * account_closed` or `after: contract_end` start now. Closing twice keeps the first time.
   */
  async close(id: string): Promise<{ closedAt: string }> {
    await this.liveSubject(this.db, id);
    await this.requireKey(id);
    const now = this.now().getTime();
    await this.db.run('UPDATE subjects SET closed_at = COALESCE(closed_at, ?) WHERE subject_id = ?', [now, id]);
    const row = await this.db.get<{ closed_at: number }>('SELECT closed_at FROM subjects WHERE subject_id = ?', [id]);
    return { closedAt: new Date(toInt(row!.closed_at)).toISOString() };
  }

  /** Adds a record to a multi-valued category (a message, a review, a transaction). */
  async addRecord(id: string, category: string, value: unknown): Promise<{ recordId: string }> {
    const c = this.policy.categories[category];
    if (!c)
      throw new CustosError('CUSTOS_UNKNOWN_FIELD', `category: not a category of the policy`, [
        { field: 'category', rule: 'category_declared', message: 'is not a category declared in the policy' },
      ]);
    if (!c.multiple) throw invalidInput('category', 'multiple_category', 'is single-valued: set it with update');
    const s = await this.liveSubject(this.db, id);
    const v = normaliseValue('value', c, value, phoneRegion(s.jurisdiction));
    if (typeof v === 'string' && c.kind === 'voluntary') refuseSpecialCare(this.rules.specialCare, 'value', v);
    // a policy whose birth-date category holds records: each record is a birth date of the subject
    try {
      this.checkAge(new Map([[category, v]]), s.jurisdiction, 'value');
    } catch (e) {
      throw onFile(e, id);
    }
    const dk = await this.requireKey(id);
    const recordId = orderedId();
    const ct = sealValue(dk, id, `${category}#${recordId}`, v);
    await this.db.tx(async (t) => {
      await lockLiveSubject(t, id);
      await t.run('INSERT INTO subject_records (subject_id, record_id, category, ciphertext, key_version, created_at) VALUES (?, ?, ?, ?, ?, ?)', [id, recordId, category, ct, dk.version, Date.now()]);
    });
    return { recordId };
  }

  /** Records of the subject, oldest first, in pages (constant memory for large histories). */
  async *records(id: string, category?: string, pageSize = 500): AsyncGenerator<StoredRecord> {
    await this.liveSubject(this.db, id);
    const dk = await this.requireKey(id);
    let after = '';
    for (;;) {
      const rows = await this.db.all<{ record_id: string; category: string; ciphertext: unknown; key_version: number; created_at: number }>(
        'SELECT record_id, category, ciphertext, key_version, created_at FROM subject_records WHERE subject_id = ?' +
          (category ? ' AND category = ?' : '') +
          ' AND record_id > ? ORDER BY record_id LIMIT ?',
        [id, ...(category ? [category] : []), after, pageSize],
      );
      for (const r of rows)
        yield {
          recordId: r.record_id,
          category: r.category,
          createdAt: new Date(toInt(r.created_at)).toISOString(),
          value: this.decrypt(dk, id, `${r.category}#${r.record_id}`, toInt(r.key_version), r.ciphertext),
        };
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].record_id;
    }
  }

  /**
   * The subject's data key while the subject is active in the store. The key cache alone is not enough:
   * another process (a server, the CLI) may have erased the subject and destroyed the key since.
   */
  private async liveKey(subjectId: string): Promise<DataKey | null> {
    return (await statusIn(this.db, subjectId)) === 'active' ? ((await this.keys.dataKey(subjectId)) ?? null) : null;
  }

  /**
   * Seals data that belongs with a subject (request details, exports) under the subject's data key, so
   * that erasure shreds it too. Returns null when the subject is erased.
   */
  async sealFor(subjectId: string, label: string, data: unknown): Promise<Buffer | null> {
    const dk = await this.liveKey(subjectId);
    return dk ? seal(dk.key, Buffer.from(JSON.stringify(data), 'utf8'), `${subjectId}|sealed:${label}|${dk.version}`) : null;
  }

  /** Opens what `sealFor` sealed; null once the subject is erased (by this process or any other). */
  async openFor<T = unknown>(subjectId: string, label: string, sealed: unknown): Promise<T | null> {
    if (sealed == null) return null;
    const dk = await this.liveKey(subjectId);
    if (!dk) return null;
    const plain = open(dk.key, toBuffer(sealed), `${subjectId}|sealed:${label}|${dk.version}`);
    if (!plain) throw new CustosError('CUSTOS_INTEGRITY', 'sealed data does not authenticate: the data store was altered');
    return JSON.parse(plain.toString('utf8')) as T;
  }

  /**
   * Subjects holding this email address in one of `categories` (default: in any email category; the
   * access layer names the one its purpose may use, see `Subjects.find`).
   */
  async findByEmail(email: string, categories?: readonly string[]): Promise<string[]> {
    const n = normaliseEmail('email', email);
    return this.lookup('email', lookupDigest(this.keys.blindIndexKey, 'email', n), categories);
  }

  /** Finds by phone in any spelling; national numbers are read in `jurisdiction`'s region. `categories` as for `findByEmail`. */
  async findByPhone(phone: string, jurisdiction?: Jurisdiction, categories?: readonly string[]): Promise<string[]> {
    const n = normalisePhone('phone', phone, phoneRegion(jurisdiction ?? this.policy.default_jurisdiction));
    return this.lookup('phone', lookupDigest(this.keys.blindIndexKey, 'phone', n), categories);
  }

  async findByExternalId(externalId: string): Promise<string | undefined> {
    return (await this.lookup('external_id', this.keys.blindIndex('external_id', externalId)))[0];
  }

  /**
   * Subjects holding a blind-index digest (in one of `categories` when given), in id order; concurrent
   * lookups share a statement on PostgreSQL.
   */
  private async lookup(kind: string, digest: string, categories?: readonly string[]): Promise<string[]> {
    if (categories && categories.length === 0) return [];
    const rows = categories
      ? await this.keyedRows(`SELECT l.digest, l.subject_id FROM lookup_index l WHERE l.kind = ? AND l.category IN (${categories.map(() => '?').join(', ')}) AND l.digest`, [kind, ...categories], digest)
      : await this.keyedRows('SELECT l.digest, l.subject_id FROM lookup_index l WHERE l.kind = ? AND l.digest', [kind], digest);
    return [...new Set(rows.map((r) => r[1] as string))].sort();
  }

  /**
   * Blind-index entries made before entries named their category (they carry ''): re-derived from the
   * subjects' email and phone fields, a page of subjects at a time, until none are left. Run by
   * Custos.open; with none left it costs one probe of an empty partial index. An entry of a subject
   * whose data key is gone (erased: nothing of it can be read) is deleted.
   */
  async indexLookupCategories(pageSize = 500): Promise<number> {
    const names = Object.entries(this.policy.categories)
      .filter(([, c]) => (c.type === 'email' || c.type === 'phone') && !c.multiple)
      .map(([n]) => n);
    let subjects = 0;
    for (;;) {
      const ids = (await this.db.all<{ subject_id: string }>("SELECT DISTINCT subject_id FROM lookup_index WHERE category = '' LIMIT ?", [pageSize])).map((r) => r.subject_id);
      if (ids.length === 0) return subjects;
      const list = ids.map(() => '?').join(', ');
      const rows =
        names.length > 0
          ? await this.db.all<{ subject_id: string; field: string; ciphertext: unknown; key_version: number }>(
              `SELECT subject_id, field, ciphertext, key_version FROM subject_fields WHERE subject_id IN (${list}) AND field IN (${names.map(() => '?').join(', ')})`,
              [...ids, ...names],
            )
          : [];
      const entries: Param[][] = [];
      for (const id of ids) {
        const dk = await this.keys.dataKey(id);
        if (!dk) continue;
        const fields = new Map<string, unknown>();
        for (const r of rows) if (r.subject_id === id) fields.set(r.field, this.decrypt(dk, id, r.field, toInt(r.key_version), r.ciphertext));
        for (const l of lookupEntries(this.rules, fields)) entries.push([l.kind, l.digest, l.category, id]);
      }
      await this.db.tx(async (t) => {
        await runForKeys(t, "DELETE FROM lookup_index WHERE category = '' AND subject_id", [], ids);
        await insertRows(t, 'lookup_index', ['kind', 'digest', 'category', 'subject_id'], entries, 'ON CONFLICT DO NOTHING');
      });
      subjects += ids.length;
    }
  }

  /**
   * Erasure: the data key is destroyed first (crypto-shredding: from then on no copy of the ciphertext
   * can be read, backups included), then the ciphertext rows and lookup entries go. The subject row
   * stays as a tombstone without personal data, so the erasure can be reported.
   */
  async erase(id: string, reason: string): Promise<{ erasedAt: string }> {
    const { erased } = await this.eraseMany([id], reason);
    if (erased.length === 0) throw subjectNotFound();
    return { erasedAt: erased[0].erasedAt };
  }

  /**
   * `erase` for many subjects at once (bulk erasure, retention): each step is one statement or
   * transaction for all of them instead of one per subject. Ids of no subject come back in `notFound`.
   */
  async eraseMany(
    ids: readonly string[],
    reason: string,
    spare?: (ids: readonly string[]) => Promise<readonly string[]>,
  ): Promise<{ erased: { id: string; erasedAt: string; alreadyErased?: true }[]; notFound: string[] }> {
    const wanted = [...new Set(ids)];
    const rows = (await valuesForKeys(this.db, 'SELECT subject_id, status, erased_at FROM subjects WHERE subject_id', [], wanted.filter(possibleId))) as [string, string, unknown][];
    const status = new Map(rows.map(([id, s]) => [id, s]));
    // erased before (or an erasure cut short): the steps run again, harmlessly; the answer keeps the first time
    const before = new Map(rows.flatMap(([id, , at]) => (at == null ? [] : [[id, new Date(toInt(at)).toISOString()] as const])));
    let found = wanted.filter((id) => status.has(id));
    const notFound = wanted.filter((id) => !status.has(id));
    if (found.length === 0) return { erased: [], notFound };
    const now = Date.now();
    // The intent is durable before the keys go: an erasure cut short by a crash is finished later
    // (finishInterruptedErasures), never left half done. From here no write reaches these subjects
    // (lockLiveSubject): `spare` may look at their data once more and name those to keep after all.
    const active = found.filter((id) => status.get(id) === 'active');
    await runForKeys(this.db, "UPDATE subjects SET status = 'erasing', erased_at = COALESCE(erased_at, ?), erasure_reason = COALESCE(erasure_reason, ?) WHERE status = 'active' AND subject_id", [now, reason], active);
    if (spare) {
      const keep = new Set(await spare(active));
      if (keep.size > 0) {
        await runForKeys(this.db, "UPDATE subjects SET status = 'active', erased_at = NULL, erasure_reason = NULL WHERE status = 'erasing' AND subject_id", [], [...keep]);
        found = found.filter((id) => !keep.has(id));
        if (found.length === 0) return { erased: [], notFound };
      }
    }
    await this.keys.destroyDataKeys(found);
    await this.db.tx(async (t) => {
      // Records can be many: their ciphertext is unreadable from this moment and is deleted in the
      // background (purgeErasedRecords), so erasure takes the same time for 1 record or 100,000.
      await runForKeys(t, 'DELETE FROM subject_fields WHERE subject_id', [], found);
      await runForKeys(t, 'DELETE FROM lookup_index WHERE subject_id', [], found);
      // `erasing` until the other modules have forgotten the person too (completeErasure)
      await runForKeys(
        t,
        "UPDATE subjects SET status = CASE WHEN status = 'erased' THEN 'erased' ELSE 'erasing' END, erased_at = COALESCE(erased_at, ?), erasure_reason = COALESCE(erasure_reason, ?), updated_at = ? WHERE subject_id",
        [now, reason, now],
        found,
      );
    });
    const erasedAt = new Date(now).toISOString();
    return { erased: found.map((id) => ({ id, erasedAt: before.get(id) ?? erasedAt, ...(status.get(id) === 'erased' ? { alreadyErased: true as const } : {}) })), notFound };
  }

  /** The erasures are complete: every module has forgotten the people. */
  async completeErasure(ids: readonly string[]): Promise<void> {
    await runForKeys(this.db, "UPDATE subjects SET status = 'erased' WHERE status = 'erasing' AND subject_id", [], ids);
  }

  /** Subjects whose erasure was cut short (a crash between its steps): the retention run finishes them. */
  async interruptedErasures(limit = 100): Promise<string[]> {
    // maintenance scan across subjects
    const rows = await this.db.all<{ subject_id: string }>("SELECT subject_id FROM subjects WHERE status = 'erasing' ORDER BY subject_id LIMIT ?", [limit]);
    return rows.map((r) => r.subject_id);
  }

  /**
   * Deletes the leftover record ciphertext of erased subjects (unreadable already: their keys are gone),
   * at most `limit` rows per call. Run by the retention job; returns the rows deleted (or found, dry run).
   */
  async purgeErasedRecords(dryRun = false, limit = 20_000): Promise<number> {
    // maintenance scan across subjects: which erased subjects still have records
    const rows = await this.db.all<{ subject_id: string }>(
      "SELECT DISTINCT r.subject_id FROM subject_records r JOIN subjects s ON s.subject_id = r.subject_id WHERE s.status <> 'active' LIMIT 100",
    );
    let total = 0;
    for (const { subject_id: id } of rows) {
      if (dryRun) {
        total += toInt((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM subject_records WHERE subject_id = ?', [id]))?.n ?? 0);
        continue;
      }
      total += (await this.db.run('DELETE FROM subject_records WHERE subject_id = ?', [id])).changes;
      if (total >= limit) break;
    }
    return total;
  }

  /** Seed 000: data found to belong to a child is erased at once, and why is recorded. */
  async markAsChild(id: string, reason: string): Promise<{ erasedAt: string }> {
    if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > 500)
      throw invalidInput('reason', 'reason_required', 'must say why the data is a child\'s (1-500 characters)');
    return this.erase(id, `child: ${reason.trim()}`);
  }

  async count(): Promise<{ active: number; erased: number }> {
    const rows = await this.db.all<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM subjects GROUP BY status');
    const get = (s: string) => toInt(rows.find((r) => r.status === s)?.n ?? 0);
    return { active: get('active'), erased: get('erased') + get('erasing') };
  }

  /**
   * Active subjects in id order, in pages (constant memory): ids, jurisdictions and creation times
   * only, never field values. For Custos's own scans (statistics, incident scopes).
   */
  async *activeSubjects(pageSize = 500): AsyncGenerator<{ id: string; jurisdiction: Jurisdiction; createdAt: string }> {
    let after = '';
    for (;;) {
      const rows = await this.db.all<{ subject_id: string; jurisdiction: Jurisdiction; created_at: number }>(
        "SELECT subject_id, jurisdiction, created_at FROM subjects WHERE status = 'active' AND subject_id > ? ORDER BY subject_id LIMIT ?",
        [after, pageSize],
      );
      for (const r of rows) yield { id: r.subject_id, jurisdiction: r.jurisdiction, createdAt: new Date(toInt(r.created_at)).toISOString() };
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].subject_id;
    }
  }

  // ---------- retention and restore helpers: times and counts only, never values; every statement names its subjects ----------

  /** A page of active subjects after `after` (id order) with the times retention periods run from (epoch ms). */
  async retentionPage(after: string, limit = 500): Promise<RetentionSubject[]> {
    const rows = await this.db.all<{ subject_id: string; created_at: number; updated_at: number; closed_at: number | null }>(
      "SELECT subject_id, created_at, updated_at, closed_at FROM subjects WHERE status = 'active' AND subject_id > ? ORDER BY subject_id LIMIT ?",
      [after, limit],
    );
    return rows.map((r) => ({ id: r.subject_id, createdAt: toInt(r.created_at), updatedAt: toInt(r.updated_at), closedAt: r.closed_at == null ? null : toInt(r.closed_at) }));
  }

  /**
   * For each of these subjects that holds data in any of `categories`, the ones it holds data in: its
   * stored single-valued fields and the categories of its records. Nothing is read or decrypted; a
   * subject holding none of them is left out. (Erasure reads what holds keep only where there is some.)
   */
  async categoriesWithData(ids: readonly string[], categories: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (ids.length === 0 || categories.length === 0) return out;
    const list = categories.map(() => '?').join(', ');
    const add = (rows: unknown[][]) => {
      for (const [id, category] of rows as [string, string][]) {
        const set = out.get(id);
        if (set) set.add(category);
        else out.set(id, new Set([category]));
      }
    };
    add(await valuesForKeys(this.db, `SELECT subject_id, field FROM subject_fields WHERE field IN (${list}) AND subject_id`, categories, ids));
    add(await valuesForKeys(this.db, `SELECT DISTINCT subject_id, category FROM subject_records WHERE category IN (${list}) AND subject_id`, categories, ids));
    return out;
  }

  /**
   * The values these subjects hold in `categories`, decrypted: single-valued fields by name, and the records
   * of each multi-valued category oldest first. One statement for the fields and one for the records of
   * them all (and one for the data keys not cached); a subject whose data key is gone is left out. For
   * what an erasure keeps of the subjects it is about to erase (legal holds, public content): the caller
   * has found them active, and reads only those with something to keep.
   */
  async valuesOf(ids: readonly string[], categories: readonly string[]): Promise<Map<string, HeldValues>> {
    const out = new Map<string, HeldValues>();
    if (ids.length === 0 || categories.length === 0) return out;
    const keys = await this.keys.dataKeys(ids);
    for (const id of keys.keys()) out.set(id, { fields: {}, records: new Map() });
    const list = categories.map(() => '?').join(', ');
    for (const [id, field, ct, version] of await valuesForKeys(this.db, `SELECT subject_id, field, ciphertext, key_version FROM subject_fields WHERE field IN (${list}) AND subject_id`, categories, ids)) {
      const dk = keys.get(id as string);
      if (dk) out.get(id as string)!.fields[field as string] = this.decrypt(dk, id as string, field as string, toInt(version), ct);
    }
    const rows = (await valuesForKeys(
      this.db,
      `SELECT subject_id, category, record_id, ciphertext, key_version, created_at FROM subject_records WHERE category IN (${list}) AND subject_id`,
      categories,
      ids,
    )) as [string, string, string, unknown, unknown, unknown][];
    // oldest first, as `records` reads them (record ids are ordered)
    rows.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    for (const [id, category, recordId, ct, version, createdAt] of rows) {
      const dk = keys.get(id);
      if (!dk) continue;
      const records = out.get(id)!.records;
      const held = records.get(category) ?? [];
      if (held.length === 0) records.set(category, held);
      held.push({ createdAt: new Date(toInt(createdAt)).toISOString(), value: this.decrypt(dk, id, `${category}#${recordId}`, toInt(version), ct) });
    }
    return out;
  }

  /** When each single-valued field of these subjects was last written, and the newest record per category. */
  async dataTimes(ids: readonly string[]): Promise<{ fields: { subjectId: string; field: string; updatedAt: number }[]; records: { subjectId: string; category: string; newest: number }[] }> {
    if (ids.length === 0) return { fields: [], records: [] };
    const list = ids.map(() => '?').join(', ');
    const f = await this.db.all<{ subject_id: string; field: string; updated_at: number }>(`SELECT subject_id, field, updated_at FROM subject_fields WHERE subject_id IN (${list})`, ids);
    const r = await this.db.all<{ subject_id: string; category: string; newest: number }>(
      `SELECT subject_id, category, MAX(created_at) AS newest FROM subject_records WHERE subject_id IN (${list}) GROUP BY subject_id, category`,
      ids,
    );
    return {
      fields: f.map((x) => ({ subjectId: x.subject_id, field: x.field, updatedAt: toInt(x.updated_at) })),
      records: r.map((x) => ({ subjectId: x.subject_id, category: x.category, newest: toInt(x.newest) })),
    };
  }

  /**
   * Deletes (or, with `dryRun`, counts) one single-valued field of these subjects, only where it was
   * last written before `before` when given. Blind-index entries of a deleted email or phone go too.
   */
  async purgeField(ids: readonly string[], field: string, before: number | null, dryRun: boolean): Promise<number> {
    if (ids.length === 0) return 0;
    const list = ids.map(() => '?').join(', ');
    const cond = `subject_id IN (${list}) AND field = ?${before !== null ? ' AND updated_at < ?' : ''}`;
    const params: Param[] = [...ids, field, ...(before !== null ? [before] : [])];
    if (dryRun) return toInt((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM subject_fields WHERE ${cond}`, params))!.n);
    const type = this.policy.categories[field]?.type;
    const indexed = type === 'email' || type === 'phone';
    const hit = indexed ? await this.db.all<{ subject_id: string }>(`SELECT subject_id FROM subject_fields WHERE ${cond}`, params) : [];
    const n = (await this.db.run(`DELETE FROM subject_fields WHERE ${cond}`, params)).changes;
    for (const { subject_id } of hit) await this.rebuildLookups(subject_id, type as 'email' | 'phone');
    return n;
  }

  /** Deletes (or counts) records of one category of these subjects, only those created before `before` when given. */
  async purgeRecords(ids: readonly string[], category: string, before: number | null, dryRun: boolean): Promise<number> {
    if (ids.length === 0) return 0;
    const list = ids.map(() => '?').join(', ');
    const cond = `subject_id IN (${list}) AND category = ?${before !== null ? ' AND created_at < ?' : ''}`;
    const params: Param[] = [...ids, category, ...(before !== null ? [before] : [])];
    if (dryRun) return toInt((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM subject_records WHERE ${cond}`, params))!.n);
    return (await this.db.run(`DELETE FROM subject_records WHERE ${cond}`, params)).changes;
  }

  /** Re-derives a subject's email or phone lookups from the fields it still has (after one was purged). */
  private async rebuildLookups(id: string, kind: 'email' | 'phone'): Promise<void> {
    const names = Object.entries(this.policy.categories)
      .filter(([, c]) => c.type === kind && !c.multiple)
      .map(([n]) => n);
    const dk = await this.keys.dataKey(id);
    const remaining = new Map<string, unknown>();
    if (dk && names.length > 0) {
      const rows = await this.db.all<{ field: string; ciphertext: unknown; key_version: number }>(
        `SELECT field, ciphertext, key_version FROM subject_fields WHERE subject_id = ? AND field IN (${names.map(() => '?').join(', ')})`,
        [id, ...names],
      );
      for (const r of rows) remaining.set(r.field, this.decrypt(dk, id, r.field, toInt(r.key_version), r.ciphertext));
    }
    await this.db.tx(async (t) => {
      await t.run('DELETE FROM lookup_index WHERE subject_id = ? AND kind = ?', [id, kind]);
      for (const l of lookupEntries(this.rules, remaining))
        await t.run('INSERT INTO lookup_index (kind, digest, category, subject_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [l.kind, l.digest, l.category, id]);
    });
  }

  /** Of these subjects, those whose data key is gone (after a data restore: they were erased since the backup). */
  async withoutDataKey(ids: readonly string[]): Promise<string[]> {
    const has = await this.keys.keyed(ids);
    return ids.filter((id) => !has.has(id));
  }

  /** Erased subjects in id order, in pages: after a key-store restore their data keys must be destroyed again. */
  async *erasedSubjects(pageSize = 500): AsyncGenerator<string[]> {
    let after = '';
    for (;;) {
      const rows = await this.db.all<{ subject_id: string }>("SELECT subject_id FROM subjects WHERE status <> 'active' AND subject_id > ? ORDER BY subject_id LIMIT ?", [after, pageSize]);
      if (rows.length > 0) yield rows.map((r) => r.subject_id);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].subject_id;
    }
  }
}

/** What a retention run needs to know of a subject: times only (epoch ms). */
export interface RetentionSubject {
  id: string;
  createdAt: number;
  /** Last write (create, update): retention `after: last_use` runs from the later of this and closedAt. */
  updatedAt: number;
  closedAt: number | null;
}
