import type { Command } from 'commander';
import { action, emit, io } from './program.js';
import { withCustos, withExistingCustos, withStoreFlags, type StoreFlags } from './serve.js';
import type { Actor } from '../access/keys.js';
import { OPERATOR } from '../audit/types.js';
import { invalidInput } from '../errors.js';

/** Who the CLI acts as in the audit log: the operator, who holds the master key. */
export const CLI_ACTOR: Actor = OPERATOR;

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API keys (create, list, revoke), key-encryption key rotation and signing key rotation');
  withStoreFlags(keys.command('create'))
    .requiredOption('--role <role>', 'a role of the policy (support, billing, ...)')
    .requiredOption('--name <name>', 'what the key is for')
    .option('--json', 'machine-readable output')
    .description('create an API key; it is printed once and only its hash is stored')
    .addHelpText('after', '\nExamples:\n  custos keys create --role support --name helpdesk\n  custos keys create --role application --name web-backend --json')
    .action(
      action(async (opts: StoreFlags & { role: string; name: string; json?: boolean }) => {
        await withCustos(opts, async (c) => {
          const r = await c.keys.create({ name: opts.name, role: opts.role }, CLI_ACTOR);
          emit(opts.json, r, () => `${r.key}\n(key id ${r.info.keyId}, role ${r.info.role}: shown once, store it now)`);
        });
      }),
    );
  withStoreFlags(keys.command('list'))
    .option('--json', 'machine-readable output')
    .description('list API keys (never their secrets)')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        await withExistingCustos(opts, async (c) => {
          const list = await c.keys.list();
          emit(opts.json, list, () =>
            list.length === 0 ? 'no keys' : list.map((k) => `${k.keyId}  ${k.role.padEnd(18)} ${k.name.padEnd(24)} ${k.revokedAt ? `revoked ${k.revokedAt}` : `created ${k.createdAt}`}`).join('\n'),
          );
        });
      }),
    );
  withStoreFlags(keys.command('revoke'))
    .argument('<keyId>', 'the key id shown by keys list')
    .option('--json', 'machine-readable output')
    .description('revoke an API key at once')
    .action(
      action(async (keyId: string, opts: StoreFlags & { json?: boolean }) => {
        if (!/^[a-z0-9]{12}$/.test(keyId)) throw invalidInput('keyId', 'key_id_format', 'must be a 12-character key id as shown by keys list');
        await withCustos(opts, async (c) => {
          const info = await c.keys.revoke(keyId, CLI_ACTOR);
          emit(opts.json, info, () => `revoked ${info.keyId} (${info.name})`);
        });
      }),
    );
  withStoreFlags(keys.command('rotate'))
    .option('--json', 'machine-readable output')
    .description('new key-encryption key version; every data key is rewrapped online, older versions retired')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        await withCustos(opts, async (c) => {
          const r = await c.keyring.rotate((done, total) => {
            if (io.isTTY && !opts.json) process.stderr.write(`\rrewrapped ${done}/${total}`);
          });
          if (io.isTTY && !opts.json) process.stderr.write('\n');
          await c.audit.append({ actor: CLI_ACTOR, action: 'keys.rotate', outcome: 'ok', details: { version: r.version, rewrapped: r.rewrapped } });
          emit(opts.json, r, () => `key-encryption key version ${r.version}; ${r.rewrapped} data keys rewrapped`);
        });
      }),
    );
  withStoreFlags(keys.command('rotate-signing'))
    .option('--only <which>', 'audit (the audit log checkpoints) or receipts (consent receipts); default both')
    .option('--json', 'machine-readable output')
    .description('new signing keys for the audit checkpoints and the consent receipts; the old ones are retired and still verify what they signed')
    .action(
      action(async (opts: StoreFlags & { only?: string; json?: boolean }) => {
        if (opts.only !== undefined && opts.only !== 'audit' && opts.only !== 'receipts') throw invalidInput('only', 'one_of', 'must be audit or receipts');
        await withCustos(opts, async (c) => {
          const r: { audit?: { publicKey: string; retired: string[] }; receipts?: { keyId: string; retired: string[] } } = {};
          if (opts.only !== 'receipts') r.audit = await c.audit.rotateSigningKey();
          if (opts.only !== 'audit') r.receipts = await c.receipts.rotateSigningKey();
          // (details are flat: the new keys, and those retired)
          const details: Record<string, string | string[]> = {};
          if (r.audit) Object.assign(details, { auditKey: r.audit.publicKey, auditRetired: r.audit.retired });
          if (r.receipts) Object.assign(details, { receiptKey: r.receipts.keyId, receiptRetired: r.receipts.retired });
          await c.audit.append({ actor: CLI_ACTOR, action: 'keys.rotate_signing', outcome: 'ok', details });
          emit(opts.json, r, () =>
            [
              r.audit && `audit checkpoints: new key ${r.audit.publicKey} (the head is checkpointed with it); ${r.audit.retired.length} retired`,
              r.receipts && `consent receipts: new key ${r.receipts.keyId}; ${r.receipts.retired.length} retired (still in /.well-known/custos-receipt-key.json: receipts they signed verify)`,
            ]
              .filter(Boolean)
              .join('\n'),
          );
        });
      }),
    );
}
