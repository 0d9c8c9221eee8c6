/**
 * Starting a worker thread on one of Custos's modules. From source (tsx, vitest) the module is TypeScript
 * and the thread needs tsx's loader; built, it is plain JS. Data the thread needs (keys included) goes in
 * `workerData`, in memory: never through files or the environment.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const SRC = new URL('./', import.meta.url).href;
const DIST = new URL('../dist/', import.meta.url).href;

/**
 * `module`: the module's path without extension, relative to `base` (the caller's `import.meta.url`).
 * From source a thread loads tsx first, about 0.3 s of CPU per thread. The test run builds dist/ from the
 * sources before any suite starts and sets `CUSTOS_THREADS_FROM_DIST=1` (test/global-setup.ts): its
 * threads then start from the built module, as an installed Custos's do.
 */
export function startWorker(base: string, module: string, workerData: unknown): Worker {
  const fromSource = base.endsWith('.ts');
  const source = new URL(`${module}${fromSource ? '.ts' : '.js'}`, base).href;
  const built = fromSource && process.env.CUSTOS_THREADS_FROM_DIST === '1' && source.startsWith(SRC) ? `${DIST}${source.slice(SRC.length, -'.ts'.length)}.js` : undefined;
  const entry = JSON.stringify(built ?? source);
  const bootstrap = fromSource && !built ? `import('tsx/esm/api').then((t) => { t.register(); return import(${entry}); })` : `import(${entry})`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Closes a thread that serves unref'd (it never keeps a process alive) and ends its work on the message
 * `'close'`: while it finishes, the process waits for it. Resolves when it has exited.
 */
export async function closeWorker(worker: Worker): Promise<void> {
  const exited = once(worker, 'exit');
  worker.ref();
  worker.postMessage('close');
  await exited;
}
