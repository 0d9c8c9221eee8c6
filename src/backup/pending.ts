/**
 * The pending reconcile of a restore, kept durably in the data directory until it is done.
 *
 * A restore reads from the live stores which subjects they hold as erased (live-erasures.ts), then
 * overwrites them; the reconcile that erases those subjects again runs only when Custos opens the
 * restored stores. Anything that stops the restore in between (a kill, a failed `pg_restore`, a crash of
 * the opening process) must not lose the list: once both stores are overwritten nothing else remembers
 * those erasures. So every restore first writes a *list* to `<data dir>/restore-pending/` (mode 0700):
 *
 *   <id>.ids    the subject ids, one a line (mode 0600; ids only, never personal data)
 *   <id>.json   what is known of them (mode 0600): the parts the restore replaces, what could be read of
 *               each live store, the knowledge that gives, whether the live data store held subjects,
 *               the count, and which data store it is for. Written last, by a rename: a list without it
 *               was never committed, and its restore overwrote nothing.
 *
 * The list is committed (and synced to disk) before any store is overwritten, and removed only when a
 * reconcile including it has completed. `Custos.open` finishes every committed list it finds before it
 * serves anything (reconcile.ts); a restore that finds lists of an earlier, interrupted restore adds its
 * own beside them, and its reconcile makes all of them hold. Lists are read back in pages: memory stays
 * bounded however many subjects were erased.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CustosError } from '../errors.js';
import type { Part, StoreLocation } from './backup.js';

/** What was read of a live store before the restore replaced it. */
export type LiveStoreRead = 'read' | 'missing' | 'unreadable';
/**
 * `checked`: erasures made since the backup are known (from the live stores read, or the one kept);
 * `partial`: only those the live data store recorded (its key store could not be read);
 * `unknown`: none are (the live data store was missing, unreadable, or held no subjects).
 */
export type LiveKnowledge = 'checked' | 'partial' | 'unknown';

/** The directory of pending reconciles, in the data directory. */
export const PENDING_DIR = 'restore-pending';
export const pendingDirOf = (dataDir: string): string => join(resolve(dataDir), PENDING_DIR);

const PAGE = 500;
const LIST_ID = /^(\d{6})-[0-9a-f]{8}$/;

/**
 * Which data store a list is for, without a password or user: the SQLite file, or the PostgreSQL host,
 * port, database and schema. A data directory could in principle serve more than one store.
 */
export function storeTarget(loc: StoreLocation): string {
  if (loc.kind === 'sqlite') return `sqlite:${resolve(loc.file)}`;
  const u = new URL(loc.url);
  return `postgres://${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}#${loc.schema}`;
}

interface ListMeta {
  format: 'custos-restore-pending';
  version: 1;
  createdAt: string;
  target: string;
  parts: Part[];
  knowledge: LiveKnowledge;
  stores: Partial<Record<Part, LiveStoreRead>>;
  hadSubjects: boolean;
  count: number;
}

/** One restore's list of the live stores' erasures, committed in the pending directory. */
export class LiveErasures {
  private constructor(
    /** The list's name in the pending directory (a sequence number and a random part; no personal data). */
    readonly id: string,
    /** The pending directory. */
    readonly dir: string,
    readonly target: string,
    /** The parts the restore replaces. */
    readonly parts: Part[],
    readonly knowledge: LiveKnowledge,
    readonly stores: Partial<Record<Part, LiveStoreRead>>,
    /** Whether the live data store held any subject (of any status): false when it was not read. */
    readonly hadSubjects: boolean,
    /** Ids recorded. */
    readonly count: number,
  ) {}

  static of(dir: string, id: string, m: ListMeta): LiveErasures {
    return new LiveErasures(id, dir, m.target, m.parts, m.knowledge, m.stores, m.hadSubjects, m.count);
  }

  get idsFile(): string {
    return join(this.dir, `${this.id}.ids`);
  }

  /** Whether the list is still pending (committed and not yet removed by a completed reconcile). */
  get pending(): boolean {
    return existsSync(join(this.dir, `${this.id}.json`));
  }

  /** The recorded ids, in the order read, `size` at a time. */
  async *pages(size = PAGE): AsyncGenerator<string[]> {
    if (this.count === 0) return;
    const lines = createInterface({ input: createReadStream(this.idsFile, { encoding: 'utf8' }), crlfDelay: Infinity });
    let page: string[] = [];
    for await (const line of lines) {
      if (line === '') continue;
      page.push(line);
      if (page.length >= size) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  }

  /** Removes the list (a reconcile including it has completed): the description first, then the ids. */
  remove(): void {
    rmSync(join(this.dir, `${this.id}.json`), { force: true });
    rmSync(this.idsFile, { force: true });
  }
}

function damaged(dir: string, name: string, why: string): CustosError {
  return new CustosError(
    'CUSTOS_INTEGRITY',
    `the pending reconcile of an interrupted restore cannot be read (${join(dir, name)}: ${why}): the subjects it lists cannot be erased again. Restore the backup again (its reconcile cannot include this list either), make the erasures made since the backup again from your own records, then remove ${dir}`,
    [{ field: 'data-dir', rule: 'restore_pending_damaged', message: `${name}: ${why}` }],
  );
}

function readMeta(dir: string, name: string): ListMeta {
  let m: ListMeta;
  try {
    m = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ListMeta;
  } catch (e) {
    throw damaged(dir, name, e instanceof SyntaxError ? 'not JSON' : (e as NodeJS.ErrnoException).code ?? 'unreadable');
  }
  const knowledge = ['checked', 'partial', 'unknown'];
  if (
    m?.format !== 'custos-restore-pending' ||
    m.version !== 1 ||
    typeof m.target !== 'string' ||
    !Array.isArray(m.parts) ||
    !m.parts.every((p) => p === 'data' || p === 'keys') ||
    !knowledge.includes(m.knowledge) ||
    typeof m.count !== 'number' ||
    typeof m.hadSubjects !== 'boolean' ||
    typeof m.stores !== 'object'
  )
    throw damaged(dir, name, 'not a pending reconcile');
  return m;
}

/**
 * The committed lists in `dir`, oldest first, checked to be for the data store `target` (lists for
 * another store refuse: finishing them here would erase the wrong subjects, leaving them would serve the
 * other store's erased people when it is opened). [] when there are none.
 */
export function pendingLists(dir: string, target: string): LiveErasures[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw damaged(dir, '.', (e as NodeJS.ErrnoException).code ?? 'unreadable');
  }
  const lists: LiveErasures[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const id = name.slice(0, -'.json'.length);
    if (!LIST_ID.test(id)) continue;
    const m = readMeta(dir, name);
    if (!existsSync(join(dir, `${id}.ids`))) throw damaged(dir, `${id}.ids`, 'missing');
    if (m.target !== target)
      throw new CustosError(
        'CUSTOS_CONFLICT',
        `${dir} holds the pending reconcile of an interrupted restore of another data store (${m.target}): open that store with this data directory to finish it, or restore it again`,
        [{ field: 'data-dir', rule: 'restore_pending_other_store', message: 'a restore of another data store is pending its reconcile here' }],
      );
    lists.push(LiveErasures.of(dir, id, m));
  }
  return lists;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the data directory (mode 0700) if it is not there, and the pending directory in it. */
function makePendingDir(dir: string): void {
  const dataDir = resolve(dir, '..');
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  }
  if (!existsSync(dir)) {
    mkdirSync(dir, { mode: 0o700 });
    fsyncPath(dataDir);
  }
  chmodSync(dir, 0o700);
}

/**
 * Writes a new list in `dir`: `fill` is given a function that appends ids (each call a page) and returns
 * what is known of them. The list is committed (its description renamed into place, file and directory
 * synced) only when `fill` has returned; on any failure what was written is removed and the error thrown,
 * so a restore stopped here has overwritten nothing and left nothing behind.
 */
export async function writeList(
  dir: string,
  target: string,
  parts: Part[],
  fill: (append: (ids: string[]) => void) => Promise<Omit<ListMeta, 'format' | 'version' | 'createdAt' | 'target' | 'parts'>>,
  after: readonly LiveErasures[],
): Promise<LiveErasures> {
  makePendingDir(dir);
  const seq = Math.max(0, ...after.map((l) => Number(LIST_ID.exec(l.id)![1]))) + 1;
  const id = `${String(seq).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
  const ids = join(dir, `${id}.ids`);
  const meta = join(dir, `${id}.json`);
  const staged = `${meta}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(ids, 'wx', 0o600);
    const out = fd;
    const known = await fill((page) => {
      if (page.length > 0) writeSync(out, page.join('\n') + '\n');
    });
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    const m: ListMeta = { format: 'custos-restore-pending', version: 1, createdAt: new Date().toISOString(), target, parts, ...known };
    writeFileSync(staged, JSON.stringify(m, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    fsyncPath(staged);
    renameSync(staged, meta);
    fsyncPath(dir);
    return LiveErasures.of(dir, id, m);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    for (const f of [meta, staged, ids]) rmSync(f, { force: true });
    throw e;
  }
}

const RANK: Record<LiveKnowledge, number> = { unknown: 0, partial: 1, checked: 2 };

/**
 * The lists pending in a data directory taken together, for one reconcile: the parts any of their
 * restores replaced, what is known, and all their ids.
 *
 * Knowledge: the first list read the stores as they were before any of these restores; a later list read
 * stores an interrupted restore had begun to replace, and adds nothing the first did not know, unless its
 * restore replaced a store the earlier ones kept (and relied on): then what it could read counts too, and
 * the lower of the two is reported. Never more than was known.
 */
export class PendingReconcile {
  readonly restored: Part[];
  readonly knowledge: LiveKnowledge;
  readonly stores: Partial<Record<Part, LiveStoreRead>>;
  readonly hadSubjects: boolean;

  constructor(
    /** Oldest first. */
    readonly lists: readonly LiveErasures[],
  ) {
    const seen = new Set<Part>();
    let knowledge: LiveKnowledge | undefined;
    const stores: Partial<Record<Part, LiveStoreRead>> = {};
    let hadSubjects: boolean | undefined;
    for (const l of lists) {
      const adds = l.parts.filter((p) => !seen.has(p));
      if (knowledge === undefined || (adds.length > 0 && RANK[l.knowledge] < RANK[knowledge])) knowledge = l.knowledge;
      // what was read of each store is reported from the restore that replaced it first
      for (const p of adds) if (l.stores[p]) stores[p] = l.stores[p];
      if (hadSubjects === undefined && l.parts.includes('data')) hadSubjects = l.hadSubjects;
      for (const p of adds) seen.add(p);
    }
    this.restored = (['data', 'keys'] as const).filter((p) => seen.has(p));
    this.knowledge = knowledge ?? 'checked';
    this.stores = stores;
    this.hadSubjects = hadSubjects ?? true;
  }

  /** Every list's ids, `size` at a time, each page without repeats (a page may repeat ids of another). */
  async *pages(size = PAGE): AsyncGenerator<string[]> {
    for (const l of this.lists) for await (const page of l.pages(size)) yield [...new Set(page)];
  }

  /** The reconcile is done: removes its lists, and the directory when nothing else is left in it. */
  complete(): void {
    const dir = this.lists[0]?.dir;
    for (const l of this.lists) l.remove();
    if (dir) removeIfNoLists(dir);
  }
}

/** Removes the pending directory when it holds no committed list (only leftovers of restores stopped before they committed theirs). */
export function removeIfNoLists(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) return;
    if (readdirSync(dir).some((n) => n.endsWith('.json'))) return;
  } catch {
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}
