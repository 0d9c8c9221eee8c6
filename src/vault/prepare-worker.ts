/**
 * The thread that prepares large createMany batches (see `PrepareThread` in prepare.ts): it validates,
 * seals and computes blind indexes, and answers each job in order. It holds the blind-index key (from
 * `workerData`, in memory) and the last policy sent; it stores nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '../policy/schema.js';
import { specialCareKinds } from '../detect/special-care.js';
import { prepareJob, type PrepareJob, type PrepareReply } from './prepare.js';

const blindIndexKey = Buffer.from(workerData.blindIndexKey as Uint8Array);
let policy: Policy | undefined;

parentPort!.on('message', (job: PrepareJob) => {
  policy = job.policy ?? policy!;
  const reply: PrepareReply = { id: job.id, outcomes: prepareJob({ policy, specialCare: job.specialCare ? specialCareKinds : undefined, blindIndexKey }, job.inputs) };
  parentPort!.postMessage(reply);
});
