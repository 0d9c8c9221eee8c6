import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../test/backends.js';
import { DEMO_SUBJECTS, seedDemo } from './demo.js';

describeBackends('demo subjects', (backend) => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('are created once, as a role of the policy creates subjects: each with its audit entry', async () => {
    const custos = await env.open();
    expect(await seedDemo(custos)).toEqual({ created: DEMO_SUBJECTS.length });
    expect(await seedDemo(custos)).toEqual({ created: 0 });
    await custos.audit.flush();
    const created = await custos.audit.query({ action: 'subject.create', limit: 100 });
    // (in the example policy the narrowest role acting for account is support)
    expect(created.map((e) => [e.actor.keyId, e.actor.role, e.purpose, e.outcome])).toEqual(DEMO_SUBJECTS.map(() => ['demo', 'support', 'account', 'ok']));
    const again = await custos.audit.query({ action: 'subject.create_existing', limit: 100 });
    expect(again).toHaveLength(DEMO_SUBJECTS.length);
    const id = (await custos.vault.findByExternalId('demo-1'))!;
    expect(created.map((e) => e.subjectRef)).toContain(await custos.audit.refOf(id));
  });
});
