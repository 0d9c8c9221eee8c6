import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import type { Custos } from '../custos.js';
import { buildServer } from '../server/app.js';
import { rateLimitClient, truncateIp } from './ip.js';
import { parseUserAgent } from './user-agent.js';
import { subtractDuration } from './visits.js';

describe('IP truncation before storage', () => {
  it('keeps the IPv4 /24 and the IPv6 /48', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('2001:0db8:0001::1')).toBe('2001:db8:1::/48');
    expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(truncateIp('fe80::1%eth0')).toBe('fe80:0:0::/48');
    expect(truncateIp('not an address')).toBeNull();
    expect(truncateIp(undefined)).toBeNull();
  });
});

describe('the client a rate limit counts', () => {
  it('is the IPv4 address, or the IPv6 /64', () => {
    expect(rateLimitClient('203.0.113.77')).toBe('203.0.113.77');
    expect(rateLimitClient('::ffff:198.51.100.9')).toBe('198.51.100.9');
    expect(rateLimitClient('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3:8d3::/64');
    expect(rateLimitClient('2001:db8:85a3:8d3::1')).toBe(rateLimitClient('2001:db8:85a3:8d3:ffff::2'));
    expect(rateLimitClient('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitClient('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('User-Agent: browser and OS family with major version', () => {
  const cases: [string, string, string | null, string, string | null][] = [
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', 'Chrome', '126', 'Windows', '10'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87', 'Edge', '126', 'Windows', '10'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Safari', '17', 'macOS', '10'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari', '17', 'iOS', '17'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', 'Firefox', '127', 'Linux', null],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', 'Samsung Internet', '25', 'Android', '14'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 YaBrowser/24.4.0.0 Safari/537.36', 'Yandex Browser', '24', 'Windows', '10'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/123.0.198 Chrome/117.0.0.0 Safari/537.36', 'Coc Coc', '123', 'Windows', '10'],
    ['Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Whale/3.25.232.19 Mobile Safari/537.36', 'Whale', '3', 'Android', '13'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Bot', null, 'Other', null],
    ['', 'Other', null, 'Other', null],
  ];
  it.each(cases)('%s', (ua, browser, browserMajor, os, osMajor) => {
    expect(parseUserAgent(ua)).toEqual({ browser, browserMajor, os, osMajor });
  });
});

describe('retention arithmetic', () => {
  it('subtracts years, months, weeks and days', () => {
    const d = new Date('2030-03-31T12:00:00Z');
    expect(subtractDuration(d, 'P90D').toISOString()).toBe('2029-12-31T12:00:00.000Z');
    expect(subtractDuration(d, 'P1Y').toISOString()).toBe('2029-03-31T12:00:00.000Z');
    expect(subtractDuration(d, 'P2W').toISOString()).toBe('2030-03-17T12:00:00.000Z');
  });
});

describe('visit log over HTTP', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let officer: string;
  let support: string;
  let clock = new Date('2030-05-01T10:00:00Z');
  const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

  const beacon = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/v1/collect`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': UA, origin: 'https://shop.example', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open({ now: () => clock });
    app = await buildServer(custos, {});
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const op = { keyId: 'cli', role: 'operator' };
    officer = (await custos.keys.create({ name: 'po', role: 'privacy_officer' }, op)).key;
    support = (await custos.keys.create({ name: 'helpdesk', role: 'support' }, op)).key;
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('stores exactly the technical fields, from a text/plain beacon or JSON, with the IP truncated and the query string dropped', async () => {
    const r = await beacon({ url: 'https://shop.example/lessons/42?email=a%40b.example#x', referrer: 'https://search.example/q?s=tutor', status: 200, size: 5120 });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    const j = await fetch(`${base}/v1/collect`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': UA }, body: JSON.stringify({ url: 'https://shop.example/' }) });
    expect(j.status).toBe(204);
    const all = await custos.visits.list();
    const first = all.find((v) => v.page !== '/')!;
    const second = all.find((v) => v.page === '/')!;
    expect(Object.keys(first).sort()).toEqual(['browser', 'browserMajor', 'domain', 'ipPrefix', 'os', 'osMajor', 'page', 'referrer', 'size', 'status', 'time', 'url', 'visitId', 'visitorId']);
    expect(first).toMatchObject({
      page: '/lessons/42',
      url: 'https://shop.example/lessons/42',
      ipPrefix: '127.0.0.0/24',
      domain: null,
      browser: 'Chrome',
      browserMajor: '126',
      os: 'Windows',
      osMajor: '10',
      referrer: 'https://search.example/q',
      status: 200,
      size: 5120,
      visitorId: null,
    });
    expect(second.page).toBe('/');
    // Nothing else of the request is stored: no full address, no raw User-Agent, no query string.
    const raw = JSON.stringify(await custos.db.all('SELECT * FROM visits'));
    expect(raw).not.toContain('127.0.0.1');
    expect(raw).not.toContain('Mozilla');
    expect(raw).not.toContain('email');
  });

  it('answers the CORS preflight for the browser routes only', async () => {
    const pre = await fetch(`${base}/v1/collect`, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const api = await fetch(`${base}/v1/keys`, { headers: { origin: 'https://shop.example', authorization: `Bearer ${officer}` } });
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    const js = await fetch(`${base}/banner.js`, { headers: { origin: 'https://shop.example' } });
    expect(js.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // a preflight without its headers is refused as a problem naming the missing header
    for (const [headers, field] of [
      [{}, 'headers.origin'],
      [{ origin: 'https://shop.example' }, 'headers.access-control-request-method'],
    ] as const) {
      const bad = await fetch(`${base}/v1/collect`, { method: 'OPTIONS', headers });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect((await bad.json()).errors[0]).toMatchObject({ field, rule: 'cors_preflight' });
    }
  });

  it('refuses bad beacons with the field and rule, storing nothing', async () => {
    const before = (await custos.visits.list()).length;
    for (const [body, field] of [
      [{ url: 'javascript:alert(1)' }, 'body.url'],
      [{ url: 'https://shop.example/', status: 99 }, 'body.status'],
      [{ url: 'https://shop.example/', extra: 'x' }, 'body'],
      ['not json', 'body'],
      // a text/plain beacon is checked as the object its JSON text holds: escapes of a NUL or a lone surrogate too
      ['{"url":"https://shop.example/\\u0000"}', 'body.url'],
      ['{"url":"https://shop.example/","referrer":"https://x.example/\\ud800"}', 'body.referrer'],
    ] as const) {
      const r = await beacon(body);
      expect(r.status).toBe(400);
      const p = await r.json();
      expect(p.errors[0].field).toBe(field);
    }
    expect((await custos.visits.list()).length).toBe(before);
  });

  it('keeps a visitor id only when that visitor granted analytics, and reports new vs returning visitors and top pages', async () => {
    const vidA = 'a'.repeat(22);
    const vidB = 'b'.repeat(22);
    const vidC = 'c'.repeat(22);
    // A and B granted analytics, C granted preferences only.
    const choose = (visitorId: string, analytics: boolean, preferences = false) =>
      fetch(`${base}/v1/cookie-consent`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ preferences, analytics, advertising: false, visitorId }) });
    expect((await choose(vidA, true)).status).toBe(201);
    expect((await choose(vidB, true)).status).toBe(201);
    expect((await choose(vidC, false, true)).status).toBe(201);
    clock = new Date('2030-05-01T10:00:00Z');
    await beacon({ url: 'https://shop.example/teachers', visitorId: vidA });
    clock = new Date('2030-05-10T10:00:00Z');
    await beacon({ url: 'https://shop.example/teachers', visitorId: vidA });
    await beacon({ url: 'https://shop.example/teachers', visitorId: vidB });
    await beacon({ url: 'https://shop.example/pricing', visitorId: vidC });
    const stored = await custos.visits.list({ since: new Date('2030-05-10T00:00:00Z') });
    expect(stored.map((v) => v.visitorId).sort()).toEqual([null, vidA, vidB].sort());

    const rep = await fetch(`${base}/v1/visits/report?since=2030-05-05&until=2030-05-11`, { headers: { authorization: `Bearer ${officer}` } });
    expect(rep.status).toBe(200);
    const body = await rep.json();
    expect(body).toMatchObject({ visits: 3, anonymousVisits: 1, visitors: { total: 2, new: 1, returning: 1 }, topPages: [{ page: '/teachers', visits: 2 }, { page: '/pricing', visits: 1 }] });
    expect((await fetch(`${base}/v1/visits/report?since=2030-05-05`, { headers: { authorization: `Bearer ${support}` } })).status).toBe(403);

    // The CLI gives the same report.
    const cli = await runCli(['visits', 'report', '--since', '2030-05-05', '--until', '2030-05-11', '--json', '--data-dir', env.dataDir], { CUSTOS_MASTER_KEY: env.masterKey.toString('base64') });
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ visits: 3, visitors: { new: 1, returning: 1 } });
    expect((await runCli(['visits', 'report', '--since', 'yesterday', '--data-dir', env.dataDir], { CUSTOS_MASTER_KEY: env.masterKey.toString('base64') })).code).toBe(2);

    // Withdrawing analytics removes the visitor id from past visits.
    await fetch(`${base}/v1/cookie-consent`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ preferences: false, analytics: false, advertising: false, forgetVisitorId: vidB }) });
    expect((await custos.visits.list()).filter((v) => v.visitorId === vidB)).toEqual([]);
    // and a later beacon that still carries the old id is not tied to it either
    await beacon({ url: 'https://shop.example/after', visitorId: vidB });
    expect((await custos.visits.list({ limit: 1000 })).filter((v) => v.visitorId === vidB)).toEqual([]);
  });

  it("purges visits older than the policy's telemetry retention (P90D)", async () => {
    clock = new Date('2030-01-01T00:00:00Z');
    await beacon({ url: 'https://shop.example/old' });
    clock = new Date('2030-05-10T12:00:00Z');
    const r = await fetch(`${base}/v1/visits/purge`, { method: 'POST', headers: { authorization: `Bearer ${officer}` } });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ visits: 1, retention: 'P90D' });
    expect((await custos.visits.list({ limit: 1000 })).some((v) => v.page === '/old')).toBe(false);
    expect((await fetch(`${base}/v1/visits/purge`, { method: 'POST', headers: { authorization: `Bearer ${support}` } })).status).toBe(403);
  });

  it('the retention run includes the visit log: a dry run counts, a run deletes', async () => {
    clock = new Date('2030-01-02T00:00:00Z');
    await beacon({ url: 'https://shop.example/older' });
    clock = new Date('2030-05-10T12:00:00Z');
    const dry = await custos.retention.run({ dryRun: true, now: clock });
    expect(dry.hooks.visits).toBe(1);
    expect((await custos.visits.list({ limit: 1000 })).some((v) => v.page === '/older')).toBe(true);
    const run = await custos.retention.run({ now: clock });
    expect(run.hooks.visits).toBe(1);
    expect((await custos.visits.list({ limit: 1000 })).some((v) => v.page === '/older')).toBe(false);
    expect(run.hooks).toHaveProperty('cookie_choices');
  });

  it('is rate-limited per client', async () => {
    const app2 = await buildServer(custos, { publicRateLimit: 5 });
    const base2 = await app2.listen({ port: 0, host: '127.0.0.1' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 70; i++) {
        const r = await fetch(`${base2}/v1/cookie-consent`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ preferences: false, analytics: false, advertising: false }) });
        codes.push(r.status);
      }
      expect(codes).toContain(429);
      expect(codes.filter((c) => c === 201).length).toBe(60);
    } finally {
      await app2.close();
    }
  });

  it('counts an IPv6 client by its /64: a new address in the same network gets no new allowance', async () => {
    const app2 = await buildServer(custos, { publicRateLimit: 5 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 70; i++) {
        const r = await app2.inject({
          method: 'POST',
          url: '/v1/cookie-consent',
          remoteAddress: `2001:db8:1:2::${(i + 1).toString(16)}`,
          headers: { 'content-type': 'text/plain' },
          payload: JSON.stringify({ preferences: false, analytics: false, advertising: false }),
        });
        codes.push(r.statusCode);
      }
      expect(codes.filter((c) => c === 201).length).toBe(60);
      const other = await app2.inject({ method: 'POST', url: '/v1/cookie-consent', remoteAddress: '2001:db8:1:3::1', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ preferences: false, analytics: false, advertising: false }) });
      expect(other.statusCode).toBe(201);
    } finally {
      await app2.close();
    }
  });
});
