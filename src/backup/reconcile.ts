/**
 * After a restore, erasures made since the backup must hold:
 *  - data restored (with the live key store, or with keys from the same backup): a subject whose data
 *    key is gone was erased after the backup; it is erased again (rows, lookups, consents, audit
 *    reference) through the audited layer, as Custos's own process;
 *  - keys restored: every subject the data store records as erased loses its data key again, so no older
 *    data backup can be read for it. Subjects left without a key by an old key backup are counted, not
 *    erased: a newer key backup may still hold their keys;
 *  - data restored: every subject the live stores held as erased (or erasing, or active without a data
 *    key) just before the restore replaced them (`RestoreResult.live`, see live-erasures.ts) and that the
 *    restored stores hold as active is erased again the same way, and its data key destroyed. This is
 *    what makes a full restore (data and keys from one backup) keep later erasures: nothing else
 *    remembers them once both stores are overwritten.
 *
 * The lists wait in the data directory until the reconcile has completed (pending.ts). `Custos.open`
 * finishes every pending list before it serves anything (`finishPendingRestore`): after a restore, and
 * after one that was stopped half way (killed, or failing once a store was written), whose stores would
 * otherwise hold the people erased since the backup as active. A failed reconcile leaves the lists, and
 * the next open tries again.
 */
import type { Custos } from '../custos.js';
import { SYSTEM } from '../access/subjects.js';
import { CustosError } from '../errors.js';
import { valuesForKeys } from '../store/db.js';
import type { Part, RestoreResult } from './backup.js';
import { PendingReconcile, pendingLists, removeIfNoLists, type LiveKnowledge, type LiveStoreRead } from './pending.js';

export interface ReconcileReport {
  /** Subjects erased again because their data key was destroyed after the backup. */
  erasedAgain: number;
  /** Subjects erased again because the live stores, read before the restore, held them as erased (or without a data key). */
  erasedAgainFromLive: number;
  /** Data keys of erased subjects destroyed again. */
  keysDestroyed: number;
  /** Keys-only restore: active subjects the restored key store has no key for (unreadable). */
  withoutKey: number;
  /**
   * Whether erasures made since the backup could be known: `checked`; `partial` (only those the live
   * data store recorded: its key store, or part of it, could not be read); `unknown` (the live data store
   * was missing, unreadable or empty, as on a new machine: subjects erased since the backup may be back,
   * and the erasures must be made again from records kept elsewhere: docs/operations.md).
   */
  liveErasures: LiveKnowledge;
  /** What was read of each store the restore replaced. */
  liveStores: Partial<Record<Part, LiveStoreRead>>;
  /**
   * Earlier restores, stopped before their reconcile (killed, or failed once a store was written), whose
   * lists this reconcile included: what they read of the stores before anything was replaced.
   */
  interruptedRestores: number;
}

/** A reconcile `Custos.open` made of the restores pending in its data directory. */
export interface FinishedRestore {
  report: ReconcileReport;
  /** The parts the restores replaced. */
  restored: Part[];
  /** The lists it made hold (their ids), oldest first. */
  lists: string[];
}

const PAGE = 500;

/**
 * Finishes the reconcile of the restores whose lists are pending in `dir` for the data store `target`
 * (called by `Custos.open`, before anything is served). Undefined when none is pending. The lists are
 * removed only when it has completed.
 */
export async function finishPendingRestore(custos: Custos, dir: string, target: string): Promise<FinishedRestore | undefined> {
  const lists = pendingLists(dir, target);
  if (lists.length === 0) {
    removeIfNoLists(dir); // leftovers of a restore stopped before it wrote anything
    return undefined;
  }
  return { ...(await reconcileLists(custos, lists)), lists: lists.map((l) => l.id) };
}

/**
 * The report of the reconcile after `restoreBackup`: `Custos.open` made it already when it found the
 * restore's list in its data directory; else (Custos opened with another data directory) it is made now,
 * with every list pending beside this one. Throws when the list was finished by another process.
 */
export async function reconcileAfterRestore(custos: Custos, restore: Pick<RestoreResult, 'live'>): Promise<ReconcileReport> {
  const { live } = restore;
  const done = custos.finishedRestore;
  if (done?.lists.includes(live.id)) return { ...done.report, interruptedRestores: done.lists.length - 1 };
  if (!live.pending)
    throw new CustosError('CUSTOS_CONFLICT', 'the reconcile of this restore was finished by another process (its backup.reconcile entry is in the audit log)', [
      { rule: 'restore_reconciled', message: 'already reconciled' },
    ]);
  const lists = pendingLists(live.dir, live.target);
  const { report } = await reconcileLists(custos, lists);
  return { ...report, interruptedRestores: lists.length - 1 };
}

/** Makes the lists hold, then removes them (only once the reconcile has completed). */
async function reconcileLists(custos: Custos, lists: ReturnType<typeof pendingLists>): Promise<{ report: ReconcileReport; restored: Part[] }> {
  const pending = new PendingReconcile(lists);
  const report = await reconcile(custos, pending);
  pending.complete();
  return { report, restored: pending.restored };
}

/** Destroys the data keys these erased subjects still have (a restored key store holds them again); how many. */
async function destroyKeysLeft(custos: Custos, ids: readonly string[]): Promise<number> {
  const gone = new Set(await custos.vault.withoutDataKey(ids));
  const stillKeyed = ids.filter((id) => !gone.has(id));
  if (stillKeyed.length > 0) await custos.keyring.destroyDataKeys(stillKeyed);
  return stillKeyed.length;
}

async function reconcile(custos: Custos, live: PendingReconcile): Promise<ReconcileReport> {
  const restored = live.restored;
  const dataRestored = restored.includes('data');
  const keysRestored = restored.includes('keys');
  const report: ReconcileReport = {
    erasedAgain: 0,
    erasedAgainFromLive: 0,
    keysDestroyed: 0,
    withoutKey: 0,
    liveErasures: live.knowledge,
    liveStores: { ...live.stores },
    interruptedRestores: live.lists.length,
  };
  if (keysRestored) {
    for await (const ids of custos.vault.erasedSubjects()) report.keysDestroyed += await destroyKeysLeft(custos, ids);
  }
  let after = '';
  for (;;) {
    const page = await custos.vault.retentionPage(after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const missing = await custos.vault.withoutDataKey(page.map((s) => s.id));
    if (dataRestored) {
      const r = await custos.subjects.eraseMany(missing, { actor: SYSTEM, reason: 'erased after the restored backup was made' });
      report.erasedAgain += r.erased.length;
    } else report.withoutKey += missing.length;
  }
  if (dataRestored) {
    for await (const ids of live.pages(PAGE)) {
      // which of them the restored data store holds as active (one statement per page, each naming its subjects)
      const active = (await valuesForKeys(custos.db, "SELECT subject_id FROM subjects WHERE status = 'active' AND subject_id", [], ids)).map((r) => r[0] as string);
      if (active.length > 0) {
        const r = await custos.subjects.eraseMany(active, { actor: SYSTEM, reason: 'erased in the live store before the restore' });
        report.erasedAgainFromLive += r.erased.length;
      }
      if (keysRestored) {
        // erased in the restored data too, or not in it (created between the data and the key backup):
        // the restored key store may still hold their keys
        const activeSet = new Set(active);
        report.keysDestroyed += await destroyKeysLeft(custos, ids.filter((id) => !activeSet.has(id)));
      }
    }
    // a live data store that held no subject at all (created on a new machine before the restore) knew
    // nothing of the restored subjects' erasures
    if (report.liveErasures !== 'unknown' && keysRestored && !live.hadSubjects) {
      const n = await custos.vault.count();
      if (n.active + n.erased > 0) report.liveErasures = 'unknown';
    }
  }
  // always recorded: after a restore stopped half way this entry is the only account of what was made to hold
  await custos.audit.append({
    actor: SYSTEM,
    action: 'backup.reconcile',
    outcome: 'ok',
    details: {
      restored,
      restores: live.lists.length,
      erasedAgain: report.erasedAgain,
      erasedAgainFromLive: report.erasedAgainFromLive,
      keysDestroyed: report.keysDestroyed,
      withoutKey: report.withoutKey,
      liveErasures: report.liveErasures,
    },
  });
  return report;
}
