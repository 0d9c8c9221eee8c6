import { afterEach, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describeBackends, makeEnv, type Backend, type Env } from '../../test/backends.js';
import { AuditLog } from './log.js';
import { openStores } from './test-fixtures/stores.js';

const script = fileURLToPath(new URL('./test-fixtures/append-until-killed.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the appender until it has acknowledged `atLeast` entries, then kills it with SIGKILL. */
async function appendThenKill(env: Env, atLeast: number): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify({ backend: env.backend, database: env.database, schema: env.schema, dataDir: env.dataDir })], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop()!;
      for (const l of lines) if (/^\d+$/.test(l)) acked.push(Number(l));
      if (acked.length >= atLeast) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`appender exited early: ${stderr}`)));
  });
  expect(await exited).toBe('SIGKILL');
  return acked;
}

describeBackends('audit durability', (backend: Backend) => {
  let env: Env;
  afterEach(async () => env?.cleanup());

  it('keeps every acknowledged entry when the writer is killed mid-stream', async () => {
    env = await makeEnv(backend);
    const acked = await appendThenKill(env, 3000);
    const stores = await openStores(env);
    try {
      const log = await AuditLog.open(stores.db, stores.keyDb);
      const result = await log.verify();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const maxAcked = Math.max(...acked);
      expect(result.lastSeq).toBeGreaterThanOrEqual(maxAcked);
      expect(new Set(acked).size).toBe(acked.length);
      const n = await stores.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_entries WHERE actor_key_id = 'durability' AND seq <= ?", [maxAcked]);
      expect(Number(n!.n)).toBe(maxAcked);
      // the log goes on after the crash
      expect((await log.append({ actor: { keyId: 'after', role: 'support' }, action: 'subject.read', outcome: 'allowed' })).seq).toBe(result.lastSeq + 1);
      expect(await log.verify()).toMatchObject({ ok: true });
      await log.close();
    } finally {
      await stores.close();
    }
  });
});
