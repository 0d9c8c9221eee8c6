import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { PolicyVersions } from './versions.js';
import type { Custos } from '../custos.js';

describeBackends('policy versions across processes', (backend) => {
  let env: Env;
  let custos: Custos;
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('servers that store a new policy at once agree on one version; another new one gets the next ordinal', async () => {
    // two servers that loaded the versions before either stored the new policy
    const a = await PolicyVersions.open(custos.db);
    const b = await PolicyVersions.open(custos.db);
    const next = { ...custos.policy, version: '2030-02-01' };
    const first = await a.publish(next);
    expect(first).toMatchObject({ created: true, version: { ordinal: 2, label: '2030-02-01' } });
    const second = await b.publish(next);
    expect(second).toMatchObject({ created: false, version: { ordinal: 2, digest: first.version.digest } });
    // a server that loaded the versions before a third policy was stored stores a fourth as ordinal 4
    const c = await PolicyVersions.open(custos.db);
    await a.publish({ ...custos.policy, version: '2030-03-01' });
    expect((await c.publish({ ...custos.policy, version: '2030-04-01' })).version.ordinal).toBe(4);
    expect((await PolicyVersions.open(custos.db)).list().map((v) => v.label)).toEqual([custos.policy.version, '2030-02-01', '2030-03-01', '2030-04-01']);
  });
});
