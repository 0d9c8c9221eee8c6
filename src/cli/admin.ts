import type { Command } from 'commander';
import { action, emit } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { CLI_ACTOR } from './keys.js';
import { invalidInput } from '../errors.js';
import { MIN_PASSWORD_LENGTH } from '../access/admin-password.js';
import { ask, readPiped } from './secret-input.js';

/** The new password: CUSTOS_ADMIN_PASSWORD, else piped stdin, else a prompt (twice) on the terminal. */
async function newPassword(): Promise<string> {
  const fromEnv = process.env.CUSTOS_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readPiped();
  const first = await ask(`New admin password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await ask('Again: ');
  if (first !== second) throw invalidInput('password', 'passwords_match', 'the two passwords differ');
  return first;
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description("the admin console's password sign-in");
  withStoreFlags(admin.command('set-password'))
    .option('--role <role>', 'the role a password session acts in', 'privacy_officer')
    .option('--json', 'machine-readable output')
    .description('set (or replace) the admin console password; only an scrypt hash is stored and every open session ends')
    .addHelpText(
      'after',
      [
        '',
        'The password is read from CUSTOS_ADMIN_PASSWORD, else from piped stdin (first line), else asked twice on the terminal.',
        '',
        'Examples:',
        '  custos admin set-password',
        '  printf "%s\\n" "$ADMIN_PASSWORD" | custos admin set-password --role support',
      ].join('\n'),
    )
    .action(
      action(async (opts: StoreFlags & { role: string; json?: boolean }) => {
        const password = await newPassword();
        const c = await openFromFlags(opts);
        try {
          const r = await c.admin.setPassword(password, opts.role, CLI_ACTOR);
          emit(opts.json, { set: true, role: r.role }, () => `admin password set for role ${r.role}; sign in at /admin (open sessions have ended)`);
        } finally {
          await c.close();
        }
      }),
    );
  withStoreFlags(admin.command('status'))
    .option('--json', 'machine-readable output')
    .description('whether an admin password is set, and its role')
    .addHelpText('after', '\nExamples:\n  custos admin status\n  custos admin status --json')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts, {}, { existing: true });
        try {
          const s = await c.admin.status();
          emit(opts.json, s, () => (s.set ? `admin password set (role ${s.role}, since ${s.updatedAt})` : 'no admin password: sign in to /admin with an API key, or run custos admin set-password'));
        } finally {
          await c.close();
        }
      }),
    );
  withStoreFlags(admin.command('clear-password'))
    .option('--json', 'machine-readable output')
    .description('remove the admin password: password sign-in is off and every session ends')
    .addHelpText('after', '\nExamples:\n  custos admin clear-password')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts);
        try {
          const cleared = await c.admin.clear(CLI_ACTOR);
          emit(opts.json, { cleared }, () => (cleared ? 'admin password removed' : 'no admin password was set'));
        } finally {
          await c.close();
        }
      }),
    );
}
