/** How the CLI tells what a reconcile after a restore made hold (counts and store states only: no personal data). */
import type { ReconcileReport } from '../backup/reconcile.js';

/** The warning a restore gives when erasures made since the backup could not all be known (no personal data). */
export function liveWarning(rec: ReconcileReport): string | undefined {
  const why = (['data', 'keys'] as const)
    .filter((p) => rec.liveStores[p] && rec.liveStores[p] !== 'read')
    .map((p) => `the live ${p === 'keys' ? 'key' : 'data'} store was ${rec.liveStores[p]}`)
    .join(', ');
  if (rec.liveErasures === 'unknown')
    return `warning: subjects erased after the backup may be back: ${why || 'the live data store held no subjects'} before the restore, so erasures made since the backup are not known; make them again from your own records (erasure requests, tickets) before going back into service - see docs/operations.md`;
  if (rec.liveErasures === 'partial')
    return `warning: ${why || 'the live stores could not be read in full'} before the restore: only subjects the live data store recorded as erased were erased again; check erasures made since the backup against your own records - see docs/operations.md`;
  return undefined;
}

/** What a reconcile made hold again, a line each (counts only). */
export function reconcileLines(rec: ReconcileReport): string[] {
  return [
    ...(rec.erasedAgain > 0 ? [`  ${rec.erasedAgain} subject(s) erased since the backup were erased again`] : []),
    ...(rec.erasedAgainFromLive > 0 ? [`  ${rec.erasedAgainFromLive} subject(s) the live store had erased before the restore were erased again`] : []),
    ...(rec.keysDestroyed > 0 ? [`  ${rec.keysDestroyed} data key(s) of erased subjects destroyed again`] : []),
    ...(rec.withoutKey > 0 ? [`  warning: ${rec.withoutKey} subject(s) have no data key in the restored key store and cannot be read: restore a newer key backup`] : []),
  ];
}

