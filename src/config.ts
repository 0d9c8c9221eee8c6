/** Configuration from the environment; each setting can also be passed to Custos.open or as a CLI flag. */
import { existsSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { CustosError } from './errors.js';
import { fileURLToPath } from 'node:url';

export interface Settings {
  dataDir: string;
  databaseUrl?: string;
  masterKey?: string;
  policyFile: string;
  port: number;
  host: string;
  /** Requests a minute per API key on authenticated routes (as given: checked by the server command); none when unset. */
  keyRateLimit?: string;
  /** Requests a minute per client on routes without a key (as given); 120 when unset. */
  publicRateLimit?: string;
  /** The reverse proxies whose X-Forwarded-For is believed (as given: checked by the server command). */
  trustProxy?: string;
  /** Mark session cookies Secure (CUSTOS_SECURE_COOKIES); unset: off, on automatically over HTTPS. */
  secureCookies?: boolean;
}

/** The example policy shipped with Custos. */
export const EXAMPLE_POLICY = fileURLToPath(new URL('../examples/tutoring-marketplace.policy.yaml', import.meta.url));

/** The policy file of the project in the working directory: the default when it exists and no other is named. */
export const LOCAL_POLICY = 'custos.policy.yaml';

/** An environment value; empty counts as unset (`CUSTOS_HOST=` must not mean "every interface"). */
const envValue = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
};

/** A bad environment variable is a configuration error; the same value given as a flag is bad input (both exit 2). */
const settingError = (field: string, rule: string, message: string) =>
  new CustosError(field.startsWith('CUSTOS_') ? 'CUSTOS_CONFIG' : 'CUSTOS_INVALID_INPUT', `${field}: ${message}`, [{ field, rule, message }]);

/** A TCP port as written by a person: decimal digits only (no 0x50, 1e3 or 80.0), 0 to 65535. */
export function parsePort(field: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw settingError(field, 'port', 'must be a whole number from 0 to 65535');
  return n;
}

/**
 * Where the data store is: a PostgreSQL URL (postgres:// or postgresql://), or a SQLite file named
 * *.db, *.sqlite or *.sqlite3, or a file that exists already. Anything else (a typo, a URL of
 * another kind) is refused instead of silently becoming a new SQLite file of that name.
 */
export function checkDatabaseLocation(field: string, value: string): string {
  const ok = /^postgres(ql)?:\/\/\S+$/.test(value) || value === ':memory:' || /\.(db|sqlite|sqlite3)$/i.test(value) || isFile(value);
  if (!ok) throw settingError(field, 'database_location', 'must be a PostgreSQL URL (postgres://user@host:5432/db), or a SQLite file ending in .db, .sqlite or .sqlite3 or one that exists');
  if (/^postgres(ql)?:/.test(value)) {
    // (never echoed: the URL may hold a password)
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw settingError(field, 'database_url', 'is not a valid URL (postgres://user@host:5432/db; a port is at most 65535)');
    }
    // without one, the driver falls back to a database named after the user (often the maintenance database)
    if (!/^\/[^/]+$/.test(url.pathname)) throw settingError(field, 'database_name', 'must name the database: postgres://user@host:5432/db');
  }
  return value;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * On/off settings: 1 or true, 0 or false. Anything else is refused rather than read as off (Custos.open
 * reads CUSTOS_SECURE_COOKIES as on for exactly 1 and true).
 */
function parseBoolean(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const v = envValue(env, name);
  if (v === undefined) return undefined;
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw settingError(name, 'boolean', 'must be 1 or true (on), or 0 or false (off)');
}

/** The settings of the environment; a malformed value is a CUSTOS_CONFIG error naming the variable. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const dataDirValue = envValue(env, 'CUSTOS_DATA_DIR');
  const portValue = envValue(env, 'CUSTOS_PORT');
  const database = envValue(env, 'CUSTOS_DATABASE_URL');
  const policy = envValue(env, 'CUSTOS_POLICY');
  return {
    dataDir: resolve(dataDirValue ?? './custos-data'),
    databaseUrl: database === undefined ? undefined : checkDatabaseLocation('CUSTOS_DATABASE_URL', database),
    masterKey: envValue(env, 'CUSTOS_MASTER_KEY'),
    policyFile: resolve(policy ?? (existsSync(LOCAL_POLICY) ? LOCAL_POLICY : EXAMPLE_POLICY)),
    port: portValue === undefined ? 8080 : parsePort('CUSTOS_PORT', portValue.trim()),
    host: envValue(env, 'CUSTOS_HOST')?.trim() ?? '127.0.0.1',
    keyRateLimit: envValue(env, 'CUSTOS_KEY_RATE_LIMIT'),
    publicRateLimit: envValue(env, 'CUSTOS_PUBLIC_RATE_LIMIT'),
    trustProxy: envValue(env, 'CUSTOS_TRUST_PROXY'),
    secureCookies: parseBoolean(env, 'CUSTOS_SECURE_COOKIES'),
  };
}

export const keyFileOf = (dataDir: string) => join(dataDir, 'master.key');

/** A connection URL with its password replaced, for printing; an unparseable one is not shown at all. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable)';
  }
}
