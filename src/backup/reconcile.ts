/**
 * After a restore, erasures made since the backup must hold:
 *  - data restored (with the live key store, or with keys from the same backup): a subject whose data
 *    key is gone was erased after the backup; it is erased again (rows, lookups, consents, audit
 *    reference) through the audited layer, as Custos's own process;
 *  - keys restored: every subject the data store records as erased loses its data key again, so no older
 *    data backup can be read for it. Subjects left without a key by an old key backup are counted, not
 *    erased: a newer key backup may still hold their keys.
 */
import type { Custos } from '../custos.js';
import { SYSTEM } from '../access/subjects.js';
import type { Part } from './backup.js';

export interface ReconcileReport {
  /** Subjects erased again because their data key was destroyed after the backup. */
  erasedAgain: number;
  /** Data keys of erased subjects destroyed again. */
  keysDestroyed: number;
  /** Keys-only restore: active subjects the restored key store has no key for (unreadable). */
  withoutKey: number;
}

export async function reconcileAfterRestore(custos: Custos, restored: Part[]): Promise<ReconcileReport> {
  const report: ReconcileReport = { erasedAgain: 0, keysDestroyed: 0, withoutKey: 0 };
  const dataRestored = restored.includes('data');
  const keysRestored = restored.includes('keys');
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
    const page = await custos.vault.retentionPage(after, 500);
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const missing = await custos.vault.withoutDataKey(page.map((s) => s.id));
    if (dataRestored) {
      const r = await custos.subjects.eraseMany(missing, { actor: SYSTEM, reason: 'erased after the restored backup was made' });
      report.erasedAgain += r.erased.length;
    } else report.withoutKey += missing.length;
  }
  if (keysRestored || report.erasedAgain > 0)
    await custos.audit.append({ actor: SYSTEM, action: 'backup.reconcile', outcome: 'ok', details: { restored, erasedAgain: report.erasedAgain, keysDestroyed: report.keysDestroyed, withoutKey: report.withoutKey } });
  return report;
}
