/**
 * Debian's Chromium driven by playwright-core, one browser per test file, a fresh profile each time.
 * Screenshots go to test-artifacts/ (gitignored). axe-core is injected from node_modules.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const CHROMIUM = process.env.CUSTOS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface TestBrowser {
  browser: Browser;
  /** A new context (cookies, storage) with a browser locale, e.g. `ko-KR`, and optionally a time zone, e.g. `Asia/Tokyo`. */
  context(locale?: string, opts?: { viewport?: { width: number; height: number }; timezoneId?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launch(): Promise<TestBrowser> {
  // playwright starts Chromium with a fresh temporary profile (its own --user-data-dir) and removes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    browser,
    context: (locale = 'en-GB', opts = {}) =>
      browser.newContext({ locale, acceptDownloads: true, viewport: opts.viewport ?? { width: 1200, height: 900 }, ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}) }),
    async close() {
      await browser.close();
    },
  };
}

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // The page's CSP allows only same-origin scripts; script injection through the DevTools protocol is not subject to it.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  })) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
