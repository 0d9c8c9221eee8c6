/** Configuration from the environment; each setting can also be passed to Custos.open or as a CLI flag. */
import { resolve, join } from 'node:path';
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
}

/** The example policy shipped with Custos. */
export const EXAMPLE_POLICY = fileURLToPath(new URL('../examples/tutoring-marketplace.policy.yaml', import.meta.url));

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const dataDir = resolve(env.CUSTOS_DATA_DIR ?? './custos-data');
  const port = env.CUSTOS_PORT ? Number(env.CUSTOS_PORT) : 8080;
  return {
    dataDir,
    databaseUrl: env.CUSTOS_DATABASE_URL || undefined,
    masterKey: env.CUSTOS_MASTER_KEY || undefined,
    policyFile: env.CUSTOS_POLICY ? resolve(env.CUSTOS_POLICY) : EXAMPLE_POLICY,
    port,
    host: env.CUSTOS_HOST ?? '127.0.0.1',
    keyRateLimit: env.CUSTOS_KEY_RATE_LIMIT || undefined,
    publicRateLimit: env.CUSTOS_PUBLIC_RATE_LIMIT || undefined,
    trustProxy: env.CUSTOS_TRUST_PROXY || undefined,
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
