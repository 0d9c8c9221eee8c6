import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Custos, type OpenOptions } from '../custos.js';
import { checkDatabaseLocation, parsePort, settingsFromEnv } from '../config.js';
import { seedDemo } from '../demo.js';
import { action, emit, io, OutputFile } from './program.js';
import { asField, CustosError, invalidInput } from '../errors.js';
import type { buildServer, ServerOptions } from '../server/app.js';
import { liveWarning, reconcileLines } from './restore-report.js';
import { missingStore, resolveStores, storeWhere } from '../backup/backup.js';

export interface StoreFlags {
  dataDir?: string;
  database?: string;
  policy?: string;
}

/** Adds the flags every command that opens the stores shares. */
export function withStoreFlags(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'data directory (env CUSTOS_DATA_DIR, default ./custos-data)')
    .option('--database <url>', 'postgres://... for PostgreSQL (env CUSTOS_DATABASE_URL); default SQLite in the data directory')
    .option('--policy <file>', 'policy file (env CUSTOS_POLICY, default ./custos.policy.yaml if there is one, else the example policy)');
}

/**
 * Opens Custos from the flags. When the open finished the reconcile of a restore that was stopped half
 * way, says so on stderr (counts only), with the warning when erasures since the backup could not all
 * be known; `quiet` for `restore`, which reports it itself.
 */
export async function openFromFlags(f: StoreFlags, extra: Partial<OpenOptions> = {}, how: { quiet?: boolean; existing?: boolean } = {}): Promise<Custos> {
  if (f.database !== undefined) checkDatabaseLocation('database', f.database);
  if (f.dataDir !== undefined && f.dataDir.trim() === '') throw invalidInput('data-dir', 'non_empty', 'must not be empty');
  // A command that only reads or reports (`existing`) works on stores that are there: a mistyped --data-dir
  // or database, or an empty one, is refused rather than created and migrated, then reported empty (or its
  // audit log "intact"). Commands that write make the stores on first use, as `init` does.
  if (how.existing) {
    const missing = await missingStore(resolveStores({ dataDir: f.dataDir, database: f.database, schema: extra.schema }), ['data', 'keys']);
    if (missing) {
      const env = process.env;
      const [field, name] =
        f.database !== undefined ? ['database', '--database'] : env.CUSTOS_DATABASE_URL ? ['CUSTOS_DATABASE_URL', 'CUSTOS_DATABASE_URL'] : f.dataDir !== undefined || !env.CUSTOS_DATA_DIR ? ['data-dir', '--data-dir'] : ['CUSTOS_DATA_DIR', 'CUSTOS_DATA_DIR'];
      throw invalidInput(field, 'store_exists', `${storeWhere(missing)}: custos init creates the stores (so does custos serve), or point ${name} at them`);
    }
  }
  // an error about the data directory names the flag it came by
  const c = await asField('dataDir', 'data-dir', () => Custos.open({ dataDir: f.dataDir, database: f.database, policy: f.policy, ...extra }));
  const done = c.finishedRestore;
  if (done && !how.quiet) {
    const warning = liveWarning(done.report);
    io.err(
      [
        `finished the pending reconcile of ${done.lists.length === 1 ? 'a restore' : `${done.lists.length} restores`} (${done.restored.join(' and ')}) that stopped before it: erasures made since the backup were made again`,
        ...reconcileLines(done.report),
        ...(warning ? [`  ${warning}`] : []),
      ].join('\n'),
    );
  }
  return c;
}

/** Opens Custos from the flags, runs `fn`, and always closes it. */
export async function withCustos<T>(flags: StoreFlags, fn: (c: Custos) => Promise<T>, extra: Partial<OpenOptions> = {}, how: { existing?: boolean } = {}): Promise<T> {
  const c = await openFromFlags(flags, extra, how);
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

/** As `withCustos`, for a command that only reads or reports: stores that are not there are refused, not made. */
export const withExistingCustos = <T>(flags: StoreFlags, fn: (c: Custos) => Promise<T>): Promise<T> => withCustos(flags, fn, {}, { existing: true });

export function describeOpen(c: Custos): string[] {
  const i = c.info;
  return [
    `  policy:     ${i.policyFile ?? '(given by the application)'}`,
    `  data store: ${i.database}`,
    `  key store:  ${i.keyStore}`,
    `  master key: ${i.keySource === 'env' ? 'from CUSTOS_MASTER_KEY' : i.keySource === 'file' ? `${i.keyFile} (mode 0600${i.keyCreated ? ', created now' : ''})` : 'given by the application'}`,
  ];
}

export function registerInit(program: Command): void {
  withStoreFlags(program.command('init'))
    .description('create the data directory, the master key file (mode 0600) and the stores')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos init\n  CUSTOS_DATA_DIR=/var/lib/custos custos init')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts, { keys: { create: true } });
        try {
          emit(opts.json, c.info, () => ['Custos initialised.', ...describeOpen(c), 'Keep a copy of the master key apart from the data: without it nothing can be read.'].join('\n'));
        } finally {
          await c.close();
        }
      }),
    );
}

/**
 * A setting from its flag, else from its variable, checked under the name it came by (`host`, or
 * `CUSTOS_HOST`): the error names what the user wrote.
 */
function flagOrEnv<T>(flag: [name: string, value: string | undefined], variable: [name: string, value: string | undefined], check: (field: string, value: string) => T): T | undefined {
  const [name, value] = flag[1] !== undefined ? flag : variable;
  return value === undefined ? undefined : check(name, value);
}

/** A rate limit given on the command line or in the environment: a whole number of requests a minute. */
function perMinute(field: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw invalidInput(field, 'requests_per_minute', 'must be a whole number of requests a minute, at least 1');
  return n;
}

/** The proxies to believe: their addresses and CIDR ranges, separated by commas. */
export function trustedProxies(value: string | undefined, field = 'trust-proxy'): ServerOptions['trustProxy'] {
  if (value === undefined) return undefined;
  const list = value.split(',').map((s) => s.trim());
  const ok = (s: string) => {
    const [ip, bits, ...rest] = s.split('/');
    const family = isIP(ip);
    return family !== 0 && rest.length === 0 && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
  };
  if (list.length === 0 || !list.every(ok)) throw invalidInput(field, 'proxy_addresses', 'must be the proxies\' addresses or CIDR ranges, separated by commas');
  return list;
}

/** The server's rate limits from the flags, else the environment (see `buildServer`'s options). */
export function rateLimits(flags: { keyRateLimit?: string; publicRateLimit?: string }, env = settingsFromEnv()): Pick<ServerOptions, 'keyRateLimit' | 'publicRateLimit'> {
  const key = flagOrEnv(['key-rate-limit', flags.keyRateLimit], ['CUSTOS_KEY_RATE_LIMIT', env.keyRateLimit], perMinute);
  const pub = flagOrEnv(['public-rate-limit', flags.publicRateLimit], ['CUSTOS_PUBLIC_RATE_LIMIT', env.publicRateLimit], perMinute);
  return { ...(key !== undefined ? { keyRateLimit: key } : {}), ...(pub !== undefined ? { publicRateLimit: pub } : {}) };
}

export function registerServe(program: Command): void {
  withStoreFlags(program.command('serve'))
    .description('run the HTTP server (API, privacy center, admin console)')
    .option('-p, --port <n>', 'port (env CUSTOS_PORT, default 8080)')
    .option('--host <addr>', 'address to listen on (env CUSTOS_HOST, default 127.0.0.1)')
    .option('--key-rate-limit <n>', 'requests a minute per API key and client on routes with a key (env CUSTOS_KEY_RATE_LIMIT, default no limit)')
    .option('--public-rate-limit <n>', 'requests a minute per client on routes without a key (env CUSTOS_PUBLIC_RATE_LIMIT, default 120)')
    .option('--trust-proxy <addresses>', "behind a reverse proxy: its addresses or CIDR ranges (comma-separated), whose X-Forwarded-For names the client (env CUSTOS_TRUST_PROXY, default none)")
    .option('--demo', 'create a few demo subjects on first start')
    .addHelpText('after', '\nExamples:\n  custos serve\n  custos serve --port 9000 --policy custos.policy.yaml\n  CUSTOS_DATABASE_URL=postgres://localhost/custos custos serve')
    .action(
      action(async (opts: StoreFlags & { port?: string; host?: string; demo?: boolean; keyRateLimit?: string; publicRateLimit?: string; trustProxy?: string }) => {
        const env = settingsFromEnv();
        const port = opts.port !== undefined ? parsePort('port', opts.port) : env.port;
        const host = flagOrEnv(['host', opts.host], ['CUSTOS_HOST', env.host], checkHost)!;
        const limits = rateLimits(opts, env);
        const trustProxy = flagOrEnv(['trust-proxy', opts.trustProxy], ['CUSTOS_TRUST_PROXY', env.trustProxy], (field, v) => trustedProxies(v, field));
        // mail goes out as soon as it is queued; the demo writes it (verification codes) to files in the data
        // directory, unless the environment sends it
        const c = await openFromFlags(opts, { keys: { create: true }, mail: { sendAtOnce: true, ...(opts.demo ? { defaultTransport: 'files' as const } : {}) } });
        let app: Awaited<ReturnType<typeof buildServer>> | undefined;
        let address: string;
        // (Custos.open refused a policy with material changes that subjects were not told about)
        try {
          // the HTTP stack loads only here: every other command starts without it
          const { buildServer } = await import('../server/app.js');
          app = await buildServer(c, { logger: true, ...limits, ...(trustProxy !== undefined ? { trustProxy } : {}) });
          address = await app.listen({ port, host }).catch((e: unknown) => {
            throw listenError(e, port, host);
          });
        } catch (e) {
          // nothing keeps running after a failed start: the server and the stores are closed, so the process exits
          await app?.close().catch(() => undefined);
          await c.close().catch(() => undefined);
          throw e;
        }
        const server = app;
        let stopping = false;
        const stop = async (signal: string) => {
          if (stopping) return;
          stopping = true;
          io.err(`${signal}: shutting down`);
          await c.jobs.stop();
          await server.close();
          await c.close();
        };
        let firstKey: FirstKey | undefined;
        try {
          if (opts.demo) {
            const { created } = await seedDemo(c);
            if (created > 0) io.out(`Created ${created} demo subjects.`);
          }
          // First start (no API key yet): one admin key, made only now that the server listens.
          firstKey = await firstAdminKey(c, !!opts.demo);
          // Scheduled work: outbox delivery every 30 s, and whatever handlers the modules registered on c.jobs.
          await c.jobs.every('mail.deliver', 30_000);
          await c.jobs.every('retention.run', 24 * 3_600_000); // retention: at start, then daily
          await c.jobs.every('requests.remind', 6 * 3_600_000); // request deadlines: reminders and escalation
        } catch (e) {
          await server.close().catch(() => undefined);
          await c.close().catch(() => undefined);
          throw e;
        }
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
        c.jobs.start({ intervalMs: 5000, onError: (e) => server.log.error({ error: (e as Error)?.name ?? 'Error' }, 'scheduled jobs pass failed') });
        const mail = c.outbox.directory
          ? `  mail:       written to ${c.outbox.directory}/ as files, not sent (CUSTOS_SMTP_URL sends it)`
          : c.outbox.configured
            ? []
            : '  mail:       no transport configured (CUSTOS_SMTP_URL): mail stays queued, see custos outbox list';
        io.out([`Custos listening on ${address}`, `  privacy center: ${address}/`, `  admin console:  ${address}/admin`, ...describeOpen(c), mail].flat().join('\n'));
        if (firstKey?.key)
          io.out(`\nAdmin API key (shown once, store it now):\n  ${firstKey.key}\nTry: curl -H "Authorization: Bearer ${firstKey.key}" ${address}/v1/keys\nOr sign in to the admin console at ${address}/admin with it.`);
        else if (firstKey?.file)
          io.out(
            `\nFirst start: an admin API key (role ${firstKey.role}) was written to ${firstKey.file} (mode 0600), not printed here.\n` +
              `  Use it: curl -H "Authorization: Bearer $(cat ${firstKey.file})" ${address}/v1/keys, or sign in at ${address}/admin.\n` +
              `  Store it elsewhere, then delete the file: rm ${firstKey.file}`,
          );
        else if (firstKey?.problem) io.err(`\nNo admin API key was created: ${firstKey.problem}. Create one with: custos keys create --role ${firstKey.role} --name admin`);
      }),
    );
}

/** The admin key made on a first start: shown (`--demo`), or in a file of the data directory. */
interface FirstKey {
  role: string;
  key?: string;
  file?: string;
  problem?: string;
}

export const FIRST_ADMIN_KEY_FILE = 'first-admin.key';

/**
 * On a store without API keys, creates one for a role that may manage keys. With `show` (--demo, the
 * quick start) the caller prints it; otherwise it goes into `<data dir>/first-admin.key` (mode 0600),
 * so that it never reaches the request log on standard output. The file is opened before the key is
 * made: a key is never created that nobody can see.
 */
async function firstAdminKey(c: Custos, show: boolean): Promise<FirstKey | undefined> {
  if ((await c.keys.list()).length > 0) return undefined;
  const role = Object.keys(c.policy.roles).find((r) => c.policy.roles[r].operations.includes('manage_keys'));
  if (!role) return undefined;
  const create = async () => (await c.keys.create({ name: 'first-start admin', role }, { keyId: 'cli', role: 'operator' })).key;
  if (show) return { role, key: await create() };
  const path = resolve(c.info.dataDir, FIRST_ADMIN_KEY_FILE);
  let file: OutputFile;
  try {
    file = OutputFile.open('first-admin-key', path);
  } catch {
    return { role, problem: `${path} cannot be written` };
  }
  try {
    await file.write((await create()) + '\n');
    await file.commit();
  } catch (e) {
    await file.discard();
    throw e;
  }
  return { role, file: path };
}

/** The address to listen on: an IP address or a host name; an empty one (every interface by accident) is refused. */
function checkHost(field: string, host: string): string {
  const h = host.trim();
  const ok = isIP(h) !== 0 || (/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(h) && !/^[\d.]+$/.test(h) && h.length <= 253);
  if (!ok) throw invalidInput(field, 'host', 'must be an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface) or a host name');
  return h;
}

/** Why the server could not listen, as bad input naming the flag at fault. */
function listenError(e: unknown, port: number, host: string): CustosError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return invalidInput('port', 'port_available', `${port} is in use on ${host}: stop what listens there or choose another with --port`);
  if (code === 'EACCES' || code === 'EPERM') return invalidInput('port', 'port_allowed', `${port} may not be used by this user (ports below 1024 need privileges): choose another with --port`);
  if (code === 'EADDRNOTAVAIL') return invalidInput('host', 'host_address', `${host} is not an address of this machine`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return invalidInput('host', 'host_address', `${host} does not resolve to an address`);
  return invalidInput('host', 'listen', `cannot listen on ${host} port ${port}${code ? ` (${code})` : ''}`);
}
