import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { Visits } from './visits.js';

describeBackends('visit log and cookie choices in the store', (backend) => {
  let env: Env;
  let custos: Custos;
  let clock = new Date('2030-03-01T00:00:00Z');
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open({ now: () => clock });
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('a visit being collected while the visitor withdraws analytics consent is not tied to them', async () => {
    const vid = 'w'.repeat(20);
    await custos.cookieConsent.record({ preferences: false, analytics: true, advertising: false, gpc: false, visitorId: vid });
    const visits = await Visits.open(custos.db, () => custos.policy, {
      now: () => clock,
      analyticsGranted: async (visitorId) => (await custos.consents.cookieChoices({ visitorId })).at(-1)?.analytics === true,
      // the withdrawal (banner choice, then forgetting the visitor's visits) lands while the reverse lookup runs
      reverseDns: async () => {
        await custos.cookieConsent.record({ preferences: true, analytics: false, advertising: false, gpc: false, visitorId: vid });
        await visits.forgetVisitor(vid);
        return ['host-1.isp.example.net'];
      },
    });
    const v = await visits.collect({ url: 'https://site.example/a', visitorId: vid }, { ip: '8.8.8.8' });
    expect(v.visitorId).toBeNull();
    expect(await custos.db.all('SELECT visit_id FROM visits WHERE visitor_id = ?', [vid])).toEqual([]);
  });

  it('collects, reports new vs returning visitors and top pages, and purges by the retention period', async () => {
    const vid = 'x'.repeat(20);
    await custos.cookieConsent.record({ preferences: false, analytics: true, advertising: false, gpc: false, visitorId: vid });
    expect(await custos.consents.cookieChoices({ visitorId: vid })).toMatchObject([{ holder: 'visitor', analytics: true, preferences: false, gpc: false }]);
    const ctx = { ip: '2001:db8:85a3:8d3::7', userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0' };
    clock = new Date('2030-03-01T00:00:00Z');
    await custos.visits.collect({ url: 'https://site.example/a', visitorId: vid, size: 12_000_000_000, status: 404 }, ctx);
    clock = new Date('2030-06-01T00:00:00Z');
    await custos.visits.collect({ url: 'https://site.example/a', visitorId: vid }, ctx);
    await custos.visits.collect({ url: 'https://site.example/b' }, ctx);
    const all = await custos.visits.list({ limit: 10 });
    expect(all.find((v) => v.status === 404)).toMatchObject({ ipPrefix: '2001:db8:85a3::/48', browser: 'Firefox', browserMajor: '127', os: 'Linux', size: 12_000_000_000, visitorId: vid });
    const r = await custos.visits.report({ since: new Date('2030-05-01T00:00:00Z'), until: new Date('2030-07-01T00:00:00Z') });
    expect(r).toMatchObject({ visits: 2, anonymousVisits: 1, visitors: { total: 1, new: 0, returning: 1 }, topPages: [{ page: '/a', visits: 1 }, { page: '/b', visits: 1 }] });
    expect(await custos.visits.countExpired()).toBe(1);
    expect(await custos.visits.purgeExpired()).toBe(1);
    expect((await custos.visits.list({ limit: 10 })).length).toBe(2);
    // Anonymous choices are kept 13 months.
    expect(await custos.cookieConsent.purgeExpired(new Date('2031-04-15T00:00:00Z'))).toBe(1);
    expect(await custos.consents.cookieChoices({ visitorId: vid })).toEqual([]);
  });
});
