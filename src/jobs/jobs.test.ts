import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { CustosError } from '../errors.js';
import type { JobContext } from './jobs.js';
import { Scheduler } from './scheduler.js';

const past = () => new Date(Date.now() - 60_000);
const later = (ms: number) => new Date(Date.now() + ms);

async function until(pred: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function rejects(p: Promise<unknown>, rule: string): Promise<void> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(CustosError);
  expect((e as CustosError).details.map((d) => d.rule)).toContain(rule);
}

describeBackends('scheduled jobs', (backend) => {
  let env: Env;
  let c: Custos;
  beforeEach(async () => {
    env = await makeEnv(backend);
    c = await env.open({ mail: { transport: null } });
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('runs due jobs with their payload, leaves future ones, and marks them done', async () => {
    const seen: JobContext[] = [];
    const due = await c.jobs.schedule('test.echo', past(), { requestId: 'r1' });
    const future = await c.jobs.schedule('test.echo', later(3600_000), { requestId: 'r2' });
    const r = await c.jobs.runDue({ 'test.echo': (j) => void seen.push(j) });
    expect(r).toEqual({ claimed: 1, succeeded: 1, retried: 0, failed: 0, lost: 0 });
    expect(seen.map((j) => [j.id, j.payload, j.attempt])).toEqual([[due.id, { requestId: 'r1' }, 1]]);
    expect((await c.jobs.get({ id: due.id })).status).toBe('done');
    expect((await c.jobs.get({ id: future.id })).status).toBe('queued');
    expect((await c.jobs.runDue({ 'test.echo': (j) => void seen.push(j) })).claimed).toBe(0);
  });

  it('schedules a job once per dedupe key', async () => {
    const a = await c.jobs.schedule('request.reminder', past(), { requestId: 'r1' }, { key: 'reminder:r1:3d' });
    const b = await c.jobs.schedule('request.reminder', past(), { requestId: 'r1' }, { key: 'reminder:r1:3d' });
    expect(b).toEqual({ id: a.id, created: false });
    let runs = 0;
    await c.jobs.runDue({ 'request.reminder': () => void runs++ });
    // after it ran, the key still stands: the reminder is not sent twice
    expect((await c.jobs.schedule('request.reminder', past(), { requestId: 'r1' }, { key: 'reminder:r1:3d' })).created).toBe(false);
    await c.jobs.runDue({ 'request.reminder': () => void runs++ });
    expect(runs).toBe(1);
    expect(await c.jobs.cancel({ key: 'reminder:r1:3d' })).toBe(false);
  });

  it('retries a failing job with growing delays, then records the failure', async () => {
    const { id } = await c.jobs.schedule('test.flaky', past(), null, { maxAttempts: 3 });
    const fail = () => {
      throw new CustosError('CUSTOS_STORE_UNAVAILABLE', 'store unavailable');
    };
    expect(await c.jobs.runDue({ 'test.flaky': fail })).toMatchObject({ claimed: 1, retried: 1 });
    const j1 = await c.jobs.get({ id });
    expect(j1).toMatchObject({ status: 'queued', attempts: 1, lastError: 'CUSTOS_STORE_UNAVAILABLE: store unavailable' });
    // not due again until the backoff has passed
    expect((await c.jobs.runDue({ 'test.flaky': fail })).claimed).toBe(0);
    const t1 = new Date(j1.runAt).getTime();
    await c.jobs.runDue({ 'test.flaky': fail }, { now: new Date(t1) });
    const j2 = await c.jobs.get({ id });
    expect(j2).toMatchObject({ status: 'queued', attempts: 2 });
    // the second delay is longer than the first
    expect(new Date(j2.runAt).getTime() - t1).toBeGreaterThan(t1 - Date.now() - 1000);
    expect(await c.jobs.runDue({ 'test.flaky': fail }, { now: new Date(j2.runAt) })).toMatchObject({ failed: 1 });
    expect(await c.jobs.get({ id })).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await c.jobs.list({ status: 'failed' })).map((j) => j.id)).toEqual([id]);
  });

  it('records no error message that could hold personal data', async () => {
    const { id } = await c.jobs.schedule('test.leaky', past(), null, { maxAttempts: 1 });
    await c.jobs.runDue({
      'test.leaky': () => {
        throw Object.assign(new Error('duplicate key value (email)=(someone@example.org)'), { code: 'ER_DUP' });
      },
    });
    expect((await c.jobs.get({ id })).lastError).toBe('Error ER_DUP');
  });

  it('leaves jobs of kinds it has no handler for', async () => {
    const { id } = await c.jobs.schedule('other.module', past());
    expect((await c.jobs.runDue({ 'test.echo': () => undefined })).claimed).toBe(0);
    expect((await c.jobs.get({ id })).status).toBe('queued');
  });

  it('two runners on the same store run each job exactly once', async () => {
    const other = await env.open({ mail: { transport: null } });
    const ids = [];
    for (let i = 0; i < 30; i++) ids.push((await c.jobs.schedule('test.count', past(), { n: i })).id);
    const runs = new Map<string, number>();
    const handler = async (j: JobContext) => {
      runs.set(j.id, (runs.get(j.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    };
    const passes = [];
    for (let i = 0; i < 4; i++) passes.push(c.jobs.runDue({ 'test.count': handler }, { limit: 5 }), other.jobs.runDue({ 'test.count': handler }, { limit: 5 }));
    const reports = await Promise.all(passes);
    // both runners took part
    expect(reports.filter((_, i) => i % 2 === 0).reduce((n, r) => n + r.claimed, 0)).toBeGreaterThan(0);
    expect(reports.filter((_, i) => i % 2 === 1).reduce((n, r) => n + r.claimed, 0)).toBeGreaterThan(0);
    while ((await c.jobs.runDue({ 'test.count': handler })).claimed > 0);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it('a job whose lease ran out while the jobs claimed before it ran is left to the process that took it over', async () => {
    const other = await env.open({ mail: { transport: null } });
    const slow = await c.jobs.schedule('test.count', new Date(Date.now() - 120_000), { n: 1 });
    const next = await c.jobs.schedule('test.count', past(), { n: 2 });
    const runs: string[] = [];
    const report = await c.jobs.runDue({
      'test.count': async (j) => {
        runs.push(`here:${j.id}`);
        if (j.id !== slow.id) return;
        // the first job runs past the lease of the claim (a long retention run): another server takes the second
        await c.db.run('UPDATE jobs SET locked_until = ? WHERE id = ?', [Date.now() - 1, next.id]);
        await other.jobs.runDue({ 'test.count': (k) => void runs.push(`other:${k.id}`) });
      },
    });
    expect(runs).toEqual([`here:${slow.id}`, `other:${next.id}`]);
    expect(report).toMatchObject({ claimed: 2, succeeded: 1, lost: 1 });
    expect((await c.jobs.get({ id: next.id })).status).toBe('done');
  });

  it('takes over a job whose runner died (lease ended)', async () => {
    const { id } = await c.jobs.schedule('test.echo', past());
    // a runner claimed it and vanished
    await c.db.run("UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'gone', locked_until = ? WHERE id = ?", [Date.now() - 1, id]);
    const seen: number[] = [];
    expect((await c.jobs.runDue({ 'test.echo': (j) => void seen.push(j.attempt) })).succeeded).toBe(1);
    expect(seen).toEqual([2]);
    expect((await c.jobs.get({ id })).status).toBe('done');
  });

  it('a recurring job comes back after each run, also after a failure', async () => {
    const a = await c.jobs.every('test.tick', 60_000);
    const b = await c.jobs.every('test.tick', 30_000);
    expect(b).toEqual({ id: a.id, created: false });
    expect((await c.jobs.get({ id: a.id })).everyMs).toBe(30_000);
    await c.jobs.runDue({ 'test.tick': () => undefined });
    const j = await c.jobs.get({ id: a.id });
    expect(j.status).toBe('queued');
    expect(new Date(j.runAt).getTime()).toBeGreaterThan(Date.now());
    await c.jobs.runDue(
      {
        'test.tick': () => {
          throw new Error('x');
        },
      },
      { now: new Date(j.runAt) },
    );
    const k = await c.jobs.get({ id: a.id });
    expect(k).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Error' });
  });

  it('registered handlers run through the scheduler, which stops cleanly and waits for the job in progress', async () => {
    let started = 0;
    let finished = 0;
    c.jobs.register('test.slow', async () => {
      started++;
      await new Promise((r) => setTimeout(r, 150));
      finished++;
    });
    await c.jobs.schedule('test.slow', past());
    c.jobs.start({ intervalMs: 20 });
    await until(() => started === 1);
    await c.jobs.stop();
    expect(finished).toBe(1);
    // after stop, nothing runs any more
    await c.jobs.schedule('test.slow', past());
    await new Promise((r) => setTimeout(r, 100));
    expect(started).toBe(1);
  });

  it('the server handler mail.deliver sends the outbox', async () => {
    expect(c.jobs.kinds).toContain('mail.deliver');
    await c.jobs.every('mail.deliver', 30_000);
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'x@example.org' }, data: { code: '123456', minutes: 10 } });
    // without a transport the pass runs and the mail stays queued
    expect(await c.jobs.runDue()).toMatchObject({ claimed: 1, succeeded: 1 });
    expect((await c.outbox.list())[0].status).toBe('queued');
  });

  it('refuses bad jobs with the field and rule', async () => {
    await rejects(c.jobs.schedule('Bad Kind', past()), 'job_kind');
    await rejects(c.jobs.schedule('test.x', 'not a date'), 'iso_datetime');
    await rejects(c.jobs.schedule('test.x', past(), { to: 'someone@example.org' }), 'no_personal_data');
    await rejects(c.jobs.schedule('test.x', past(), null, { key: 'mail:someone@example.org' }), 'no_personal_data');
    await rejects(c.jobs.schedule('test.x', past(), null, { maxAttempts: 0 }), 'range');
    expect(await c.jobs.list()).toEqual([]);
  });
});

it('the scheduler keeps polling after a failed pass and reports it', async () => {
  let passes = 0;
  const errors: unknown[] = [];
  const s = new Scheduler(
    async () => {
      passes++;
      if (passes === 1) throw new Error('store down');
    },
    { intervalMs: 10, onError: (e) => errors.push(e) },
  );
  s.start();
  await until(() => passes >= 3);
  await s.stop();
  const after = passes;
  await new Promise((r) => setTimeout(r, 50));
  expect(passes).toBe(after);
  expect(errors).toHaveLength(1);
});

it('stopping Custos stops its scheduler', async () => {
  const env = await makeEnv('sqlite');
  try {
    const c = await env.open({ mail: { transport: null } });
    let runs = 0;
    c.jobs.register('test.count', () => void runs++);
    c.jobs.start({ intervalMs: 10 });
    await c.close();
    const before = runs;
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(before);
  } finally {
    await env.cleanup();
  }
});
