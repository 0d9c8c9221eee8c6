/** The privacy notice page in a real browser: every language, the strict CSP, and axe-core. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import { buildServer } from '../server/app.js';
import { launch, seriousViolations, type TestBrowser } from '../web/test-fixtures/browser.js';
import { LANGUAGES } from './schema.js';

describe('the privacy notice page in Chromium', () => {
  let env: Env;
  let app: FastifyInstance;
  let base: string;
  let browser: TestBrowser;
  beforeAll(async () => {
    env = await makeEnv('sqlite');
    app = await buildServer(await env.open({ mail: { transport: null } }));
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await env?.cleanup();
  });

  it.each(LANGUAGES)('%s: loads under the CSP with its stylesheet, and axe-core finds no serious or critical violation', async (lang) => {
    const context = await browser.context(lang === 'en' ? 'en-GB' : lang);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const res = await page.goto(`${base}/privacy`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang); // from the browser's Accept-Language
    // the stylesheet applied: table cells have borders
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('td')!).borderTopStyle)).toBe('solid');
    expect(requested.every((u) => u.startsWith(base))).toBe(true);
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    // the language links lead to the other versions
    await page.click(`a[hreflang="${lang === 'ja' ? 'ko' : 'ja'}"]`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'ja' ? 'ko' : 'ja');
    await context.close();
  });
});
