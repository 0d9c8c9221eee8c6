/**
 * Starting a worker thread on one of Custos's modules. From source (tsx, vitest) the module is TypeScript
 * and the thread needs tsx's loader; built, it is plain JS. Data the thread needs (keys included) goes in
 * `workerData`, in memory: never through files or the environment.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/** `module`: the module's path without extension, relative to `base` (the caller's `import.meta.url`). */
export function startWorker(base: string, module: string, workerData: unknown): Worker {
  const fromSource = base.endsWith('.ts');
  const entry = JSON.stringify(new URL(`${module}${fromSource ? '.ts' : '.js'}`, base).href);
  const bootstrap = fromSource ? `import('tsx/esm/api').then((t) => { t.register(); return import(${entry}); })` : `import(${entry})`;
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
