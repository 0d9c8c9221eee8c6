/**
 * A real `custos serve` process (the built bin, dist/), on a free port, without the caller's CUSTOS_*
 * environment. `startServe` resolves once it prints where it listens (and, on a first start, the admin
 * key, or where it wrote it: without --demo it goes to <data dir>/first-admin.key); `stop` sends SIGTERM
 * and waits for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

const bin = new URL('../bin/custos.js', import.meta.url).pathname;

export interface Served {
  child: ChildProcess;
  base: string;
  /** The one-time admin key, when this start created it (printed with --demo, else read from its file). */
  adminKey?: string;
  /** Where this start wrote the admin key (without --demo). */
  adminKeyFile?: string;
  /** What the process printed on standard output so far. */
  out(): string;
  stop(): Promise<void>;
}

/** `firstStart`: the store is new, so wait for the admin key it prints too. */
export async function startServe(args: readonly string[], opts: { firstStart?: boolean } = {}): Promise<Served> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_')));
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b));
  const ready = opts.firstStart ? /Admin API key[^\n]*\n\s+\S+\n|written to \S+ \(mode 0600\)[^\n]*\n[^\n]*\n[^\n]*rm \S+\n/ : /Custos listening on \S+[\s\S]*master key:[^\n]*\n/;
  for (const deadline = Date.now() + 60_000; !ready.test(out) && Date.now() < deadline && child.exitCode === null; ) await new Promise((r) => setTimeout(r, 100));
  const base = /Custos listening on (\S+)/.exec(out)?.[1];
  if (!base || !ready.test(out)) {
    await stop();
    throw new Error(`custos serve did not start: ${out}`);
  }
  const adminKeyFile = /admin API key \(role \S+\) was written to (\S+) \(mode 0600\)/.exec(out)?.[1];
  const adminKey = /Admin API key[^\n]*\n\s+(\S+)/.exec(out)?.[1] ?? (adminKeyFile ? readFileSync(adminKeyFile, 'utf8').trim() : undefined);
  return { child, base, adminKey, adminKeyFile, out: () => out, stop };
}
