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
 */
import type { Custos } from '../custos.js';
import { SYSTEM } from '../access/subjects.js';
import { valuesForKeys } from '../store/db.js';
import type { Part, RestoreResult } from './backup.js';
import type { LiveKnowledge, LiveStoreRead } from './live-erasures.js';

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
}

const PAGE = 500;

/**
 * Call with the result of `restoreBackup`, whose `live` holds what the replaced stores knew (the parts
 * alone would not say it). Deletes the live erasures' temporary file, also on failure.
 */
export async function reconcileAfterRestore(custos: Custos, restore: Pick<RestoreResult, 'restored' | 'live'>): Promise<ReconcileReport> {
  const { restored, live } = restore;
  const dataRestored = restored.includes('data');
  const keysRestored = restored.includes('keys');
  try {
    const report: ReconcileReport = { erasedAgain: 0, erasedAgainFromLive: 0, keysDestroyed: 0, withoutKey: 0, liveErasures: live.knowledge, liveStores: { ...live.stores } };
    if (keysRestored) {
      for await (const ids of custos.vault.erasedSubjects()) {
        const gone = new Set(await custos.vault.withoutDataKey(ids));
        const stillKeyed = ids.filter((id) => !gone.has(id));
        if (stillKeyed.length > 0) await custos.keyring.destroyDataKeys(stillKeyed);
        report.keysDestroyed += stillKeyed.length;
      }
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
          const rest = ids.filter((id) => !activeSet.has(id));
          const gone = new Set(await custos.vault.withoutDataKey(rest));
          const stillKeyed = rest.filter((id) => !gone.has(id));
          if (stillKeyed.length > 0) await custos.keyring.destroyDataKeys(stillKeyed);
          report.keysDestroyed += stillKeyed.length;
        }
      }
      // a live data store that held no subject at all (created on a new machine before the restore) knew
      // nothing of the restored subjects' erasures
      if (report.liveErasures !== 'unknown' && keysRestored && !live.hadSubjects) {
        const n = await custos.vault.count();
        if (n.active + n.erased > 0) report.liveErasures = 'unknown';
      }
    }
    const changed = report.erasedAgain + report.erasedAgainFromLive + report.keysDestroyed > 0;
    if (keysRestored || changed || report.liveErasures !== 'checked')
      await custos.audit.append({
        actor: SYSTEM,
        action: 'backup.reconcile',
        outcome: 'ok',
        details: {
          restored,
          erasedAgain: report.erasedAgain,
          erasedAgainFromLive: report.erasedAgainFromLive,
          keysDestroyed: report.keysDestroyed,
          withoutKey: report.withoutKey,
          liveErasures: report.liveErasures,
        },
      });
    return report;
  } finally {
    live.dispose();
  }
}
