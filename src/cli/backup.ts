/** `custos backup --out DIR` and `custos restore --from DIR`: the data store and the key store, separately. */
import type { Command } from 'commander';
import { action, emit, io } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { CustosError, invalidInput } from '../errors.js';
import { checkBackupDir, createBackup, readManifest, requireStores, resolveStores, restoreBackup, verifyBackup, type Part } from '../backup/backup.js';
import { reconcileAfterRestore } from '../backup/reconcile.js';
import { liveWarning, reconcileLines } from './restore-report.js';
import { CLI_ACTOR } from './keys.js';
import { keyFileOf, settingsFromEnv } from '../config.js';
import { resolveMasterKey } from '../crypto/master-key.js';
import { resolve } from 'node:path';
import { loadPolicyFile } from '../policy/load.js';

type Flags = StoreFlags & { schema?: string; dataOnly?: boolean; keysOnly?: boolean; json?: boolean };

function partsOf(o: Flags): Part[] {
  if (o.dataOnly && o.keysOnly) throw invalidInput('data-only', 'exclusive_flags', 'give --data-only or --keys-only, not both');
  return o.dataOnly ? ['data'] : o.keysOnly ? ['keys'] : ['data', 'keys'];
}

/**
 * No master key for a restore: the key needed is the one of the key store the restore leaves in place
 * (the backup's, or the live one with --data-only). A new key, as `custos init` makes, matches neither.
 */
function restoreKeyMissing(e: CustosError, keyFile: string, keysRestored: boolean): CustosError {
  const whose = keysRestored ? 'the store the backup was taken from' : 'the key store kept here (--data-only keeps it)';
  const what = keysRestored ? 'the backup' : 'that key store';
  return new CustosError(
    e.code,
    `no master key: set CUSTOS_MASTER_KEY to the master key of ${whose}, or put that key in ${keyFile} (mode 0600); a new key from "custos init" cannot open ${what}`,
    e.details,
  );
}

function schemaFlag(s: string | undefined): string | undefined {
  if (s !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(s)) throw invalidInput('schema', 'schema_name', 'must be a lower-case PostgreSQL identifier');
  return s;
}

export function registerBackup(program: Command): void {
  withStoreFlags(program.command('backup'))
    .requiredOption('--out <dir>', 'a new directory for this backup (created with mode 0700)')
    .option('--schema <name>', 'PostgreSQL schema of the data store (the key store is <name>_keys; default custos)')
    .option('--data-only', 'back up only the data store')
    .option('--keys-only', 'back up only the key store')
    .option('--json', 'machine-readable manifest')
    .description('back up the data store and the key store separately (SQLite online backup API; pg_dump for PostgreSQL), with a manifest of SHA-256 checksums; keep key backups for a shorter period than data backups')
    .addHelpText('after', '\nExamples:\n  custos backup --out /backups/custos-2030-01-31\n  custos backup --out /backups/keys-2030-01-31 --keys-only --json\n  CUSTOS_DATABASE_URL=postgres://localhost/custos custos backup --out /backups/pg')
    .action(
      action(async (opts: Flags & { out: string }) => {
        const parts = partsOf(opts);
        const schema = schemaFlag(opts.schema);
        // a bad --out, or stores that are not there, is bad usage before the stores are opened (and migrated)
        checkBackupDir(opts.out);
        await requireStores(resolveStores({ dataDir: opts.dataDir, database: opts.database, schema }), parts);
        // Opening first checks the master key and brings the stores to the current migrations.
        const c = await openFromFlags(opts, { schema });
        try {
          const manifest = await createBackup(resolveStores({ dataDir: opts.dataDir, database: opts.database, schema }), opts.out, parts);
          await c.audit.append({ actor: CLI_ACTOR, action: 'backup.create', outcome: 'ok', details: { parts: Object.keys(manifest.parts), createdAt: manifest.createdAt } });
          emit(opts.json, { out: opts.out, ...manifest }, () =>
            [`backup written to ${opts.out} (${manifest.createdAt})`, ...Object.entries(manifest.parts).map(([p, m]) => `  ${p.padEnd(5)} ${m!.file}  ${m!.bytes} bytes  sha256 ${m!.sha256}`)].join('\n'),
          );
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(program.command('restore'))
    .requiredOption('--from <dir>', 'a directory written by custos backup')
    .option('--schema <name>', 'PostgreSQL schema of the data store (the key store is <name>_keys; default custos)')
    .option('--data-only', 'restore only the data store (the live key store stays: subjects erased since the backup are erased again)')
    .option('--keys-only', 'restore only the key store')
    .option('--force', 'replace stores that exist (stop the server first)')
    .option('--verify-only', 'check the manifest checksums and stop')
    .option('--json', 'machine-readable report')
    .description('restore a backup after checking its checksums; refuses to replace existing stores without --force; subjects erased since the backup are erased again, as far as the live stores record them (see below)')
    .addHelpText(
      'after',
      '\nErasures made since the backup: the stores being replaced are read before they are overwritten (and a store kept is compared with), and every subject they hold as erased is erased again. When they are missing or unreadable (a restore onto a new machine) those erasures cannot be known: the report says so (liveErasures: unknown, and a warning), and they must be made again from your own records (docs/operations.md). The list waits in <data dir>/restore-pending until the reconcile is done: a restore stopped half way is finished by the next command that opens the stores (custos serve included), or by restoring again.\n',
    )
    .addHelpText('after', '\nExamples:\n  custos restore --from /backups/custos-2030-01-31 --verify-only\n  custos restore --from /backups/custos-2030-01-31 --data-only --force\n  custos restore --from /backups/custos-2030-01-31 --force --json')
    .action(
      action(async (opts: Flags & { from: string; force?: boolean; verifyOnly?: boolean }) => {
        const parts = partsOf(opts);
        const schema = schemaFlag(opts.schema);
        if (opts.verifyOnly) {
          const manifest = await verifyBackup(opts.from);
          emit(opts.json, { ok: true, ...manifest }, () => `backup ${opts.from} intact (${manifest.createdAt}): ${Object.keys(manifest.parts).join(', ')}`);
          return;
        }
        // a --from that holds no backup is bad usage before anything else is looked at
        readManifest(opts.from);
        // the key Custos will open the restored stores with, found as Custos.open finds it: checked against
        // the key store the restore leaves in place before anything is replaced
        const settings = settingsFromEnv();
        const keyFile = keyFileOf(resolve(opts.dataDir ?? settings.dataDir));
        let masterKey: Buffer;
        try {
          masterKey = resolveMasterKey({ env: settings.masterKey, file: keyFile }).key;
        } catch (e) {
          throw e instanceof CustosError && e.code === 'CUSTOS_KEY_MISSING' ? restoreKeyMissing(e, keyFile, parts.includes('keys')) : e;
        }
        // and the policy it will open them with: a policy that does not load would stop the reconcile after the
        // stores were replaced, and the erasures made since the backup would be lost with the list of them
        loadPolicyFile(opts.policy ?? settings.policyFile);
        const r = await restoreBackup(opts.from, resolveStores({ dataDir: opts.dataDir, database: opts.database, schema }), { parts: opts.dataOnly || opts.keysOnly ? parts : undefined, force: opts.force, masterKey });
        // opening the restored stores finishes the reconcile (the list of erasures waits in the data
        // directory until then, also if this process stops here); the reconcile only erases again: a policy
        // whose changes are not yet announced does not stop it
        const c = await openFromFlags(opts, { schema, allowUnannouncedChanges: true }, { quiet: true });
        try {
          const rec = await reconcileAfterRestore(c, r);
          await c.audit.append({ actor: CLI_ACTOR, action: 'backup.restore', outcome: 'ok', details: { parts: r.restored, backupCreatedAt: r.manifest.createdAt, liveErasures: rec.liveErasures, interruptedRestores: rec.interruptedRestores } });
          const warning = liveWarning(rec);
          const out = { restored: r.restored, backupCreatedAt: r.manifest.createdAt, ...rec, ...(warning ? { warning } : {}) };
          emit(opts.json, out, () =>
            [
              `restored ${r.restored.join(' and ')} from ${opts.from} (backup of ${r.manifest.createdAt})`,
              ...(rec.interruptedRestores > 0 ? [`  ${rec.interruptedRestores} earlier restore(s) stopped before their reconcile were reconciled too`] : []),
              ...reconcileLines(rec),
              ...(warning ? [`  ${warning}`] : []),
            ].join('\n'),
          );
          // also on stderr, so a script reading only the JSON or the exit code still shows it to someone
          if (warning && opts.json) io.err(warning);
        } finally {
          await c.close();
        }
      }),
    );
}
