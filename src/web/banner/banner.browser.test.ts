/**
 * The consent banner in a real browser: Debian's Chromium driven by playwright-core, against a Custos
 * server and a small site on another origin that includes the banner with one script tag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { makeEnv, type Env } from '../../../test/backends.js';
import type { Custos } from '../../custos.js';
import { buildServer } from '../../server/app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

function sitePage(custosBase: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Example Tutoring</title></head>
<body>
<header><nav aria-label="Main"><a href="/">Example Tutoring</a></nav></header>
<main>
  <h1>Find a teacher</h1>
  <p>Lessons in English, Japanese, Korean, Russian and Vietnamese.</p>
  <button type="button" id="book">Book a lesson</button>
</main>
<footer><a href="#" data-custos-open>Cookie settings</a></footer>
<script src="${custosBase}/banner.js" async></script>
<script type="text/plain" data-category="analytics">document.cookie = "_ga=GA1.1.12345.67890; path=/; max-age=63072000"; window.analyticsRan = (window.analyticsRan || 0) + 1;</script>
<script type="text/plain" data-category="advertising">window.adsRan = true;</script>
</body>
</html>`;
}

describe.skipIf(!existsSync(CHROMIUM))('consent banner in Chromium', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let custosBase: string;
  let site: Server;
  let siteBase: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    env = await makeEnv('sqlite');
    custos = await env.open();
    app = await buildServer(custos, {});
    custosBase = await app.listen({ port: 0, host: '127.0.0.1' });
    site = createServer((req, res) => {
      if (req.url === '/' || req.url?.startsWith('/?')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(sitePage(custosBase));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    // The site is on another origin (localhost vs 127.0.0.1), as a real site would be.
    siteBase = `http://localhost:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => site?.close(r));
    await app?.close();
    await env?.cleanup();
  });

  async function open(ctx: BrowserContext): Promise<Page> {
    const page = await ctx.newPage();
    await page.goto(siteBase + '/');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-custos-ready') === 'yes');
    return page;
  }
  const recorded = (page: Page) => page.waitForFunction(() => document.documentElement.getAttribute('data-custos-recorded') === 'yes');
  const cookieNames = async (ctx: BrowserContext) => (await ctx.cookies(siteBase)).map((c) => c.name);

  async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(() => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }))) as {
      violations: { id: string; impact: string; nodes: unknown[] }[];
    };
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }

  it('appears in Japanese for a Japanese browser, switches language, and axe-core finds no serious or critical violation', async () => {
    const ctx = await browser.newContext({ locale: 'ja-JP' });
    try {
      const page = await open(ctx);
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.getAttribute('lang')).toBe('ja');
      expect(await page.locator('#custos-title').textContent()).toBe('このサイトでのCookieの利用');
      // Accept all, reject all and choose: three buttons of equal weight.
      const buttons = page.locator('.custos-actions button');
      expect(await buttons.allTextContents()).toEqual(['すべて同意', 'すべて拒否', '選択する']);
      const boxes = await buttons.evaluateAll((els) => els.map((e) => {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), s.backgroundColor, s.color, s.fontWeight, s.fontSize].join('|');
      }));
      expect(new Set(boxes).size).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}banner-ja.png` });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '選択する' }).click();
      expect(await page.locator('#custos-cats').isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      await page.selectOption('#custos-lang', 'ko');
      expect(await page.locator('#custos-title').textContent()).toBe('이 사이트의 쿠키');
      await page.selectOption('#custos-lang', 'ru');
      expect(await page.locator('#custos-title').textContent()).toBe('Файлы cookie на этом сайте');
      await page.selectOption('#custos-lang', 'vi');
      expect(await page.locator('#custos-title').textContent()).toBe('Cookie trên trang web này');
      await page.screenshot({ path: `${ARTIFACTS}banner-vi-choose.png` });
    } finally {
      await ctx.close();
    }
  }, 60_000);

  it('reject all keeps the analytics script from running and sets no analytics cookie', async () => {
    const ctx = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await open(ctx);
      await page.getByRole('button', { name: 'Reject all' }).click();
      await recorded(page);
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { adsRan?: boolean }).adsRan)).toBeUndefined();
      expect(await page.locator('script[type="text/plain"][data-category="analytics"]').count()).toBe(1);
      const names = await cookieNames(ctx);
      expect(names).toContain('custos_consent');
      expect(names).not.toContain('_ga');
      expect(names).not.toContain('custos_vid');
      // The reload keeps the choice: no dialog, still nothing run.
      await page.reload();
      await page.waitForFunction(() => document.documentElement.getAttribute('data-custos-ready') === 'yes');
      expect(await page.getByRole('dialog').isVisible().catch(() => false)).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBeUndefined();
      expect(await page.locator('#custos-reopen').isVisible()).toBe(true);
    } finally {
      await ctx.close();
    }
  }, 60_000);

  it('accept runs the analytics script; withdrawing deletes its cookie; a material change asks again', async () => {
    const ctx = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = await open(ctx);
      await page.getByRole('button', { name: 'Accept all' }).click();
      await recorded(page);
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBe(1);
      const names = await cookieNames(ctx);
      expect(names).toEqual(expect.arrayContaining(['_ga', 'custos_vid', 'custos_consent']));
      const vid = (await ctx.cookies(siteBase)).find((c) => c.name === 'custos_vid')!.value;
      expect((await custos.consents.cookieChoices({ visitorId: vid })).at(-1)).toMatchObject({ analytics: true, advertising: true, gpc: false });

      // The next page view is logged with the visitor id, since analytics is granted.
      await page.reload();
      await page.waitForFunction(() => document.documentElement.getAttribute('data-custos-ready') === 'yes');
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBe(1);
      await expect.poll(async () => (await custos.visits.list()).some((v) => v.visitorId === vid), { timeout: 5000 }).toBe(true);

      // Withdraw analytics through the visible link.
      await page.getByRole('link', { name: 'Cookie settings' }).click();
      await page.getByRole('button', { name: 'Choose' }).click();
      expect(await page.locator('#custos-cat-analytics').isChecked()).toBe(true);
      await page.locator('#custos-cat-analytics').uncheck();
      await page.locator('#custos-cat-preferences').uncheck();
      await page.getByRole('button', { name: 'Save choices' }).click();
      await page.waitForFunction(() => document.documentElement.getAttribute('data-custos-consent') === 'advertising');
      await expect.poll(() => cookieNames(ctx)).not.toContain('_ga');
      expect(await cookieNames(ctx)).not.toContain('custos_vid');
      await expect.poll(async () => (await custos.visits.list()).some((v) => v.visitorId === vid), { timeout: 5000 }).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}banner-withdrawn.png` });

      // The analytics section of the policy changed materially since the choice: the banner asks again.
      await page.evaluate(() => {
        const raw = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('custos_consent='))!.slice('custos_consent='.length));
        const v = JSON.parse(raw);
        v.c.analytics = true;
        v.d.analytics = 'changed-digest';
        document.cookie = `custos_consent=${encodeURIComponent(JSON.stringify(v))}; path=/; max-age=3600`;
      });
      await page.reload();
      await page.waitForFunction(() => document.documentElement.getAttribute('data-custos-ready') === 'yes');
      expect(await page.getByRole('dialog').isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBeUndefined();
    } finally {
      await ctx.close();
    }
  }, 60_000);

  it('Global Privacy Control turns advertising off and is recorded as such', async () => {
    const ctx = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    try {
      const page = await open(ctx);
      expect(await page.locator('.custos-gpc').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Choose' }).click();
      expect(await page.locator('#custos-cat-advertising').isDisabled()).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}banner-gpc.png` });
      await page.getByRole('button', { name: 'Accept all' }).click();
      await recorded(page);
      expect(await page.evaluate(() => (window as unknown as { adsRan?: boolean }).adsRan)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBe(1);
      const vid = (await ctx.cookies(siteBase)).find((c) => c.name === 'custos_vid')!.value;
      expect((await custos.consents.cookieChoices({ visitorId: vid })).at(-1)).toMatchObject({ advertising: false, gpc: true, evidence: { gpc: '1' } });
      expect(await page.evaluate(() => (window as unknown as { CustosConsent: { get(): unknown } }).CustosConsent.get())).toEqual({ preferences: true, analytics: true, advertising: false, gpc: true });
    } finally {
      await ctx.close();
    }
  }, 60_000);

  it('works with the keyboard alone: focus stays in the dialog, choose, save, reopen, escape', async () => {
    const ctx = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await open(ctx);
      const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('#custos-consent'));
      const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.tagName);
      expect(await inDialog()).toBe(true);
      // Focus is trapped: twenty Tabs and twenty Shift+Tabs never leave the dialog.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        expect(await inDialog(), `after Tab ${i + 1}`).toBe(true);
      }
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        expect(await inDialog(), `after Shift+Tab ${i + 1}`).toBe(true);
      }
      // Tab to "Choose", open the categories, tick analytics, save.
      for (let i = 0; i < 10 && (await focused()) !== 'Choose'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Choose');
      await page.keyboard.press('Enter');
      expect(await focused()).toBe('custos-cat-preferences');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('custos-cat-analytics');
      await page.keyboard.press('Space');
      for (let i = 0; i < 10 && (await focused()) !== 'Save choices'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('Save choices');
      await page.keyboard.press('Enter');
      await recorded(page);
      expect(await page.evaluate(() => (window as unknown as { analyticsRan?: number }).analyticsRan)).toBe(1);
      expect(await page.getByRole('dialog').isVisible().catch(() => false)).toBe(false);
      // Reopen from the keyboard; Escape closes it again once a choice exists.
      await page.locator('#custos-reopen').focus();
      await page.keyboard.press('Enter');
      expect(await page.getByRole('dialog').isVisible()).toBe(true);
      expect(await inDialog()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').isVisible().catch(() => false)).toBe(false);
      expect(await focused()).toBe('custos-reopen');
    } finally {
      await ctx.close();
    }
  }, 60_000);
});
