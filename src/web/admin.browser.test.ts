/**
 * The admin console in Debian's Chromium: sign-in with an API key (given once: nothing of it kept in the
 * page, the session an HttpOnly cookie) and with the admin password, the queue
 * by due date with overdue and at-risk marks, request detail, an extension with a reason, a refusal,
 * subject search that shows only the allowed fields and the reasons for the rest; the policy versions with the
 * one in force and the changes between two; a correction to a new email address confirmed with the code
 * sent to it and read back to staff before it can be approved; a queue longer than a page, read with
 * "Show more requests" under its filters; an incident's notice texts set, corrected and queued to the
 * persons, then read-only; more incidents than a page, read with "Show more incidents"; the server's
 * refusals in the console's language; axe-core on every screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, makeEnv, type Env } from '../../test/backends.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp.js';
import { SmtpTransport } from '../mail/transports.js';
import { buildServer } from '../server/app.js';
import { ADMIN_COOKIE } from '../server/routes/admin.js';
import type { Custos } from '../custos.js';
import { readAll } from '../requests/service.js';
import { launch, screenshot, seriousViolations, type TestBrowser } from './test-fixtures/browser.js';
import { mailText } from './test-fixtures/mail.js';

const APP = { keyId: 'app', role: 'application' } as const;
const PASSWORD = 'console passphrase for tests';

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), name).toEqual([]);
}

/**
 * An action that asks first, in `scope`: its button shows the question with the answer's button focused;
 * Cancel brings the first button back, focused. Returns the first button.
 */
async function askThenCancel(page: Page, scope: Locator, texts: { button: string; question: string; yes: string }): Promise<Locator> {
  const button = scope.getByRole('button', { name: texts.button });
  await button.click();
  expect(await scope.innerText()).toContain(texts.question);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(texts.yes);
  await scope.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(texts.button);
  return button;
}

describe('admin console in Chromium', { timeout: 90_000 }, () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let browser: TestBrowser;
  let officerKey: string;
  let officerKeyId: string;
  let sink: SmtpSink;
  const ids: Record<string, string> = {};
  const requests: Record<string, string> = {};

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    // Two policy versions: the example, then the same policy keeping reviews a year longer (a material change).
    await (await env.open({ mail: { transport: null } })).close();
    const v2 = join(env.dataDir, 'policy-v2.yaml');
    const example = readFileSync(EXAMPLE, 'utf8');
    const changed = example
      .replace('version: "2026-11-01"', 'version: "2027-04-01"')
      .replace('purposes: [public_reviews, support]\n    retention: { period: P5Y, after: collection }', 'purposes: [public_reviews, support]\n    retention: { period: P6Y, after: collection }');
    expect(changed.match(/P6Y|2027-04-01/g)).toHaveLength(2);
    writeFileSync(v2, changed);
    sink = await startSmtpSink();
    custos = await env.open({ policy: v2, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) }, allowUnannouncedChanges: true });
    const make = async (key: string, fields: Record<string, unknown>, jurisdiction: 'EU' | 'JP' | 'KR') => {
      ids[key] = (await custos.subjects.create({ fields, jurisdiction }, { actor: APP, purpose: 'account' })).id;
    };
    await make('eu', { name: 'Eva Europa', email: 'eva@example.eu', birth_date: '1990-04-01' }, 'EU');
    await make('jp', { name: 'Jun Japan', email: 'jun@example.jp' }, 'JP');
    await make('kr', { name: 'Ko Korea', email: 'ko@example.kr' }, 'KR');
    const file = (id: string, type: 'erasure' | 'correction', details?: Record<string, unknown>) =>
      custos.requests.file(id, { type, language: 'en', channel: 'privacy_center', ...(details ? { details } : {}) });
    requests.eu = (await file(ids.eu, 'correction', { fields: { name: 'Eva Europa-Nord' } })).requestId;
    requests.jp = (await file(ids.jp, 'correction', { fields: { name: 'Jun Japan-Smith' } })).requestId;
    requests.kr = (await file(ids.kr, 'erasure')).requestId;
    // One request long overdue, one due tomorrow: the queue must mark them.
    await custos.db.run('UPDATE requests SET due_at = ? WHERE request_id = ?', [Date.now() - 3 * 86_400_000, requests.kr]);
    await custos.db.run('UPDATE requests SET due_at = ? WHERE request_id = ?', [Date.now() + 86_400_000, requests.jp]);
    await custos.disclosures.disclose({ subjects: [ids.eu, ids.jp], recipient: 'zoom', categories: ['name', 'email'], purpose: 'lesson_delivery' }, APP);
    await custos.incidents.record(
      { discoveredAt: new Date().toISOString(), summary: 'A laptop with a lesson roster was stolen', categories: ['name', 'email'], affected: { subjects: [ids.jp, ids.kr] }, malicious: true, encrypted: false },
      { keyId: 'cli', role: 'privacy_officer' },
    );
    ({ key: officerKey, info: { keyId: officerKeyId } } = await custos.keys.create({ name: 'officer', role: 'privacy_officer' }, { keyId: 'cli', role: 'operator' }));
    await custos.admin.setPassword(PASSWORD, 'privacy_officer', { keyId: 'cli', role: 'operator' });
    app = await buildServer(custos);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  /**
   * A context signed in with the officer's key: the session cookie the key sign-in sets, its session opened
   * through the SDK (the sign-in route allows five a minute from one address; the first test signs in through it).
   */
  const signInWithKey = async (ctx: BrowserContext) => {
    const { token } = await custos.admin.signInWithKey(officerKey);
    await ctx.addCookies([{ name: ADMIN_COOKIE, value: token, domain: '127.0.0.1', path: '/v1', httpOnly: true, sameSite: 'Strict' }]);
  };

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await env?.cleanup();
    await sink?.stop();
  });

  it('signs in with an API key given once: nothing of it stays in the page, the session is an HttpOnly cookie; the queue is sorted by due date with overdue and at-risk marks and filters; an action, then sign-out', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    // a key an older console left in this tab's storage is removed when the console starts, and signs no one in
    await page.goto(`${base}/admin`);
    await page.evaluate((k) => sessionStorage.setItem('custos.admin.key', k), officerKey);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('custos.admin.key'))).toBeNull();
    await expectAccessible(page, 'admin-1-sign-in');
    await page.getByRole('textbox', { name: 'API key' }).fill('ck_not_a_key');
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('An API key looks like');
    // well-formed but not a key of this server: the server's refusal beside the field
    await page.getByRole('textbox', { name: 'API key' }).fill(`${officerKey.slice(0, 16)}${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await expect.poll(() => page.locator('#api-key-error').innerText()).toBe('This API key is not valid or has been revoked.');
    await page.getByRole('textbox', { name: 'API key' }).fill(officerKey);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    expect(await page.locator('#nav').innerText()).toContain('Signed in with the API key “officer” (role privacy_officer)');
    // nothing of the key in the page's storage or its document; the session cookie is out of scripts' reach
    const secret = officerKey.slice(16);
    const storage = await page.evaluate(() => JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)]));
    expect(storage).not.toContain(secret);
    expect(storage).not.toContain('ck_');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.content()).not.toContain(secret);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookie = (await ctx.cookies()).find((c) => c.name === ADMIN_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/v1' });
    expect(cookie!.value).not.toContain(secret);

    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const refs = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(refs).toEqual([requests.kr, requests.jp, requests.eu].map((r) => r.slice(0, 8)));
    expect(await rows.nth(0).innerText()).toContain('Overdue');
    expect(await rows.nth(1).innerText()).toContain('At risk');
    expect(await rows.nth(0).getAttribute('class')).toBe('overdue');
    await expectAccessible(page, 'admin-2-queue');

    await page.getByLabel('Type').selectOption('erasure');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(requests.kr.slice(0, 8));

    // a change through the session (the cookie and its CSRF header), recorded in the audit log as the key's
    await page.getByRole('link', { name: requests.kr.slice(0, 8) }).click();
    await page.getByRole('heading', { level: 1, name: `Request ${requests.kr.slice(0, 8)}` }).waitFor();
    await page.getByRole('textbox', { name: 'Member of staff' }).fill('Kim Staff');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByText('Assigned.').waitFor();
    expect((await custos.requests.get(requests.kr)).assignee).toBe('Kim Staff');
    const assigned = await custos.audit.query({ action: 'request.assigned', limit: 100 });
    expect(assigned.at(-1)).toMatchObject({ actor: { keyId: officerKeyId, role: 'privacy_officer' }, details: { requestId: requests.kr } });
    await expectAccessible(page, 'admin-2b-assigned-with-key');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').innerText()).toContain('You have signed out.');
    expect((await ctx.request.get(`${base}/v1/audit/verify`)).status()).toBe(401);
    // the cookie as it was is refused too: the session ended on the server, not only in this browser
    expect((await ctx.request.get(`${base}/v1/audit/verify`, { headers: { cookie: `${ADMIN_COOKIE}=${cookie!.value}` } })).status()).toBe(401);
    await ctx.close();
  });

  it('request detail shows verification and timeline; staff extends with a reason and refuses with a code and explanation', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/requests/${requests.eu}`);
    await page.getByRole('heading', { level: 1, name: `Request ${requests.eu.slice(0, 8)}` }).waitFor();
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Verified: a code was sent to the contact details on file');
    expect(await page.locator('ol.timeline li').first().innerText()).toContain('Received');
    await expectAccessible(page, 'admin-3-detail');

    // An extension needs a reason.
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    expect(await page.locator('#extend-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Reason (sent to the person)').fill('Records are spread over three systems and must be checked by hand.');
    await page.getByRole('button', { name: 'Extend', exact: true }).click();
    await page.getByText('The deadline has been extended and the person told why.').waitFor();
    expect(await page.locator('ol.timeline').innerText()).toContain('Records are spread over three systems');
    expect(await main.innerText()).toContain('Extended');
    const extended = await custos.requests.get(requests.eu);
    expect(extended.extendedUntil).toBeDefined();

    // Refusal of the correction, with a reason code and an explanation.
    await page.goto(`${base}/admin#/requests/${requests.jp}`);
    await page.getByRole('heading', { level: 1, name: `Request ${requests.jp.slice(0, 8)}` }).waitFor();
    await page.getByLabel('Reason', { exact: true }).selectOption('manifestly_unfounded');
    await page.getByLabel('Explanation (sent to the person)').fill('The name on file already matches your identity document.');
    await page.getByRole('button', { name: 'Refuse the request' }).click();
    await page.getByText('The request has been refused and the person told why.').waitFor();
    expect(await main.innerText()).toContain('Manifestly unfounded');
    const refused = await custos.requests.get(requests.jp);
    expect(refused).toMatchObject({ status: 'refused', refusal: { code: 'manifestly_unfounded' } });
    await expectAccessible(page, 'admin-4-refused');
    await ctx.close();
  });

  it('subject search asks for a purpose and shows only the allowed fields, with the reason for each withheld one', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/subjects`);
    await page.getByRole('heading', { level: 1, name: 'Subject search' }).waitFor();
    await page.getByRole('searchbox', { name: 'Value' }).fill('eva@example.eu');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Choose the purpose of this search.');
    // ... and beside the field, which is marked invalid
    expect(await page.getByLabel('Purpose of this search').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#search-purpose-error').innerText()).toBe('Choose the purpose of this search.');
    await page.getByLabel('Purpose of this search').selectOption('support');
    // the server's refusal of the value goes beside the value
    await page.getByRole('searchbox', { name: 'Value' }).fill('not-an-email');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-value-error').waitFor();
    expect(await page.locator('#search-value-error').innerText()).toBe('Enter an email address like name@example.com.');
    expect(await page.getByRole('searchbox', { name: 'Value' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Purpose of this search').getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('searchbox', { name: 'Value' }).fill('eva@example.eu');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '1 subject(s) found' }).waitFor();
    const allowed = page.locator('table', { has: page.locator('caption', { hasText: 'Fields allowed for' }) });
    const withheld = page.locator('table', { has: page.locator('caption', { hasText: 'Withheld fields and why' }) });
    expect(await allowed.innerText()).toContain('eva@example.eu');
    // birth_date is not for support: it is withheld, with the policy's reason, and its value is nowhere on the page.
    expect(await withheld.innerText()).toContain('The policy does not allow this field for this purpose');
    expect(await page.locator('main').innerText()).not.toContain('1990-04-01');
    await expectAccessible(page, 'admin-5-subject-search');
    const audit = await custos.audit.query({ subjectId: ids.eu, action: 'subject.read' });
    expect(audit.at(-1)).toMatchObject({ purpose: 'support' });
    await ctx.close();
  });

  it('signs in with the admin password; ledger, audit, incidents and policy screens pass axe; signing out ends the session', async () => {
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await page.goto(`${base}/admin`);
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.getByRole('textbox', { name: '管理者パスワード' }).fill('wrong password entirely');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await page.getByRole('textbox', { name: '管理者パスワード' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '請求キュー' }).waitFor();
    expect(await page.locator('#nav').innerText()).toContain('privacy_officer');
    // The session is an HttpOnly cookie: page scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect((await ctx.cookies()).find((c) => c.name === 'custos_admin')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/v1' });

    for (const [screen, title, name] of [
      ['disclosures', '第三者提供の記録', 'admin-6-disclosures-ja'],
      ['audit', '監査ログ', 'admin-7-audit-ja'],
      ['incidents', 'インシデント', 'admin-8-incidents-ja'],
      ['policy', 'ポリシーの版', 'admin-9-policy-ja'],
    ] as const) {
      await page.getByRole('link', { name: { disclosures: '第三者提供', audit: '監査', incidents: 'インシデント', policy: 'ポリシー' }[screen], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, name);
    }
    await page.getByRole('link', { name: '第三者提供', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '第三者提供の記録' }).waitFor();
    expect(await page.locator('table').first().innerText()).toContain('Zoom');
    await page.getByRole('link', { name: '監査', exact: true }).click();
    await page.locator('#audit-verification').waitFor();
    expect(await page.locator('#audit-verification').innerText()).toContain('チェーンの検証に成功しました');
    await page.getByRole('link', { name: 'インシデント', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'インシデント' }).waitFor();
    await page.locator('section.panel').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('A laptop with a lesson roster was stolen');

    // Policy versions: the one in force, both versions, and what changed from 1 to 2.
    await page.getByRole('link', { name: 'ポリシー', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ポリシーの版' }).waitFor();
    await page.locator('#policy-current').waitFor();
    expect(await page.locator('#policy-current').innerText()).toContain('適用中：版「2027-04-01」（番号 2）');
    const versions = page.locator('table', { has: page.locator('caption', { hasText: '公開済みの版' }) }).locator('tbody tr');
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(0).innerText()).toContain('2026-11-01');
    expect(await versions.nth(0).innerText()).not.toContain('適用中');
    expect(await versions.nth(1).innerText()).toContain('適用中');
    expect(await page.getByLabel('比較元の版').inputValue()).toBe('1');
    expect(await page.getByLabel('比較先の版').inputValue()).toBe('2');
    await page.getByRole('button', { name: '比較', exact: true }).click();
    await page.locator('#diff-result [role=status]').waitFor();
    expect(await page.locator('#diff-result [role=status]').innerText()).toBe('変更 1 件、うち重要な変更 1 件。');
    const change = await page.locator('#diff-result tbody tr').innerText();
    expect(change).toContain('重要');
    expect(change).toContain('reviews');
    expect(change).toMatch(/P5Y.*P6Y/);
    await expectAccessible(page, 'admin-10-policy-diff-ja');
    // Comparing a version with itself finds nothing.
    await page.getByLabel('比較元の版').selectOption('2');
    await page.getByRole('button', { name: '比較', exact: true }).click();
    await expect.poll(() => page.locator('#diff-result [role=status]').innerText()).toBe('変更 0 件、うち重要な変更 0 件。');

    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    const after = await ctx.request.get(`${base}/v1/audit/verify`);
    expect(after.status()).toBe(401);
    await ctx.close();
  });

  it("request detail shows what staff approve: the agent, their written authorisation and the proposed values, as text", async () => {
    const agent = { name: 'Agent <i>Nord</i>', email: 'nord@agency.example', authorisation: 'I, Ko Korea, authorise Agent Nord.\n<img src=x id=injected> Signed, 1 May.' };
    const r = await custos.requests.file(ids.kr, { type: 'correction', language: 'en', channel: 'agent', agent, details: { fields: { email: 'ko.new@example.kr', name: 'Ko <b>Korea</b>' } } });
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/requests/${r.requestId}`);
    await page.getByRole('heading', { level: 2, name: 'What is asked' }).waitFor();
    const asked = page.locator('#asked');
    expect(await asked.innerText()).toContain('Agent <i>Nord</i>');
    expect(await asked.innerText()).toContain('nord@agency.example');
    expect(await page.locator('#agent-authorisation').innerText()).toBe(agent.authorisation);
    const proposed = page.locator('table', { has: page.locator('caption', { hasText: 'Proposed new values' }) });
    expect(await proposed.innerText()).toContain('ko.new@example.kr');
    expect(await proposed.innerText()).toContain('Ko <b>Korea</b>');
    // text nodes only: nothing the agent typed became markup
    expect(await page.locator('#injected, #asked img, #asked b, #asked i').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Filed by an agent: check the written authorisation before approving.');
    await expectAccessible(page, 'admin-11-agent-correction');
    await ctx.close();
  });

  it('a correction to a new email address waits for the code sent to it: staff send it, enter what the person reads back, then approve', async () => {
    const dora = (await custos.subjects.create({ fields: { name: 'Dora Dorn', email: 'dora@example.eu' }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
    const filed = await custos.requests.file(dora, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { email: 'dora.new@example.eu' } } }, { keyId: 'officer', role: 'privacy_officer' });
    expect(filed.identifierConfirmation).toBe('pending');
    // signed in with the password: every step below also carries the session's CSRF header
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${base}/admin`);
    await page.getByRole('textbox', { name: 'Admin password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    await page.goto(`${base}/admin#/requests/${filed.requestId}`);
    await page.getByRole('heading', { level: 1, name: `Request ${filed.requestId.slice(0, 8)}` }).waitFor();
    const main = page.locator('main');
    await page.getByRole('heading', { level: 2, name: 'Confirm the new email address' }).waitFor();
    expect(await page.locator('#identifier-state').innerText()).toContain('The new email address is not confirmed yet.');
    await expectAccessible(page, 'admin-12-identifier-pending');

    // approving is refused, and the console says why and what to do
    await page.getByRole('button', { name: 'Approve and carry out' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('This correction cannot be approved yet: the new email address or phone number is not confirmed.');
    expect((await custos.requests.get(filed.requestId)).status).toBe('awaiting_approval');

    // the code goes to the new address only, through the outbox
    const before = sink.messages.length;
    await page.getByRole('button', { name: 'Send a code to the new email address' }).click();
    await page.getByText('A code was sent to the new email address.').waitFor();
    const queued = (await custos.outbox.list({ status: 'queued' })).filter((m) => m.template === 'identifier_confirmation');
    expect(queued.map((m) => m.recipient)).toEqual(['address']);
    await custos.outbox.deliver();
    const mail = await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('dora.new@example.eu'));
    const code = /\b(\d{6})\b/.exec(mailText(mail.raw))![1];
    // the code went to the new address alone, never to the one on file
    expect(sink.messages.filter((m) => mailText(m.raw).includes(code)).map((m) => m.to)).toEqual([['dora.new@example.eu']]);
    expect(await page.locator('ol.timeline').innerText()).toContain('Code sent to the new email or phone');

    // nothing typed, then a wrong code: the error summary takes focus and links to the field
    const input = page.getByRole('textbox', { name: 'Code the person read back' });
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toContain('Enter the 6-digit code the person read back.');
    await input.fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain('The code is wrong or has expired.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#identifier-code');
    await expectAccessible(page, 'admin-13-identifier-wrong-code');
    expect((await custos.requests.get(filed.requestId)).identifierConfirmation).toBe('pending');

    // the right code confirms; approving then carries out the correction
    await input.fill(code);
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await page.getByText('The new email address is confirmed. The correction can now be approved.').waitFor();
    expect(await page.locator('#identifier-state').innerText()).toContain('The new email address is confirmed');
    expect(await page.locator('ol.timeline').innerText()).toContain('New email or phone confirmed');
    await expectAccessible(page, 'admin-14-identifier-confirmed');
    await page.getByRole('button', { name: 'Approve and carry out' }).click();
    await page.getByText('Approved. The request has been carried out and the person told.').waitFor();
    expect(await main.innerText()).toContain('Completed');
    expect((await custos.requests.get(filed.requestId)).status).toBe('completed');
    expect(await custos.vault.findByEmail('dora.new@example.eu')).toEqual([dora]);
    // neither the code nor the address was ever in a URL, nor the code in the audit log
    expect(urls.filter((u) => u.includes(code) || u.includes('dora'))).toEqual([]);
    expect(JSON.stringify(await custos.audit.query({ subjectId: dora }))).not.toContain(code);
    await ctx.close();
  });

  it('past the four codes a request gets, the console says that no more can be sent and what to do', async () => {
    const eve = (await custos.subjects.create({ fields: { name: 'Eve Ek', email: 'eve@example.eu' }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
    const officer = { keyId: 'officer', role: 'privacy_officer' };
    const filed = await custos.requests.file(eve, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { email: 'eve.new@example.eu' } } }, officer);
    // four codes already (three from one network, the per-address limit there, and one from another)
    for (const ip of ['203.0.113.5', '203.0.113.5', '203.0.113.5', '198.51.100.20']) await custos.requests.sendIdentifierCode(filed.requestId, officer, ip);
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await page.goto(`${base}/admin`);
    await page.getByRole('textbox', { name: 'Admin password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    await page.goto(`${base}/admin#/requests/${filed.requestId}`);
    await page.getByRole('button', { name: 'Send a code to the new email address' }).click();
    await page.getByText('No more codes can be sent for this request: it has had four.').waitFor();
    expect((await custos.requests.get(filed.requestId)).identifierConfirmation).toBe('pending');
    await ctx.close();
  });
  it("a due date is the day of the request's jurisdiction in a browser elsewhere; regulator deadlines name their time zone", async () => {
    const berta = (await custos.subjects.create({ fields: { name: 'Berta Berg', email: 'berta@example.eu' }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
    const filed = await custos.requests.file(berta, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: 'Berta Berg-Ost' } } }, { keyId: 'officer', role: 'privacy_officer' });
    // EU (DE): the end of the due day in Berlin, which is already the next morning in Tokyo
    const day = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(new Date(filed.dueAt));
    expect(filed.timeZone).toBe('Europe/Berlin');
    expect(day('Asia/Tokyo')).not.toBe(day('Europe/Berlin'));
    const ctx = await browser.context('en-GB', { timezoneId: 'Asia/Tokyo' });
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/requests/${filed.requestId}`);
    await page.getByRole('heading', { level: 1, name: `Request ${filed.requestId.slice(0, 8)}` }).waitFor();
    const facts = await page.locator('main').innerText();
    expect(facts).toContain(day('Europe/Berlin'));
    expect(facts).not.toContain(day('Asia/Tokyo'));

    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    const deadlines = page.locator('table').first();
    await deadlines.waitFor();
    const due = await deadlines.locator('tbody tr td:nth-child(5)').allInnerTexts();
    expect(due.length).toBeGreaterThan(0);
    for (const d of due) if (/\d{4}/.test(d)) expect(d).toMatch(/GMT\+9$/);
    expect(due.some((d) => /GMT\+9$/.test(d))).toBe(true);
    await ctx.close();
  });

  it('a queue longer than a page: "Show more requests" adds the next page under the same filters, every request once', async () => {
    const officer = { keyId: 'officer', role: 'privacy_officer' } as const;
    // more erasures awaiting approval than a page holds (200), each of a person of its own
    for (let i = 0; i < 205; i++) {
      const id = (await custos.subjects.create({ fields: { name: `Person ${i}`, email: `person${i}@example.eu` }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
      await custos.requests.file(id, { type: 'erasure', language: 'en', channel: 'staff' }, officer);
    }
    // due after all of them, of another type: on the second page only if the filters were dropped
    const decoy = (await custos.subjects.create({ fields: { name: 'Dex Decoy', email: 'dex@example.eu' }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
    const late = await custos.requests.file(decoy, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: 'Dex Later' } } }, officer);
    await custos.db.run('UPDATE requests SET due_at = ? WHERE request_id = ?', [Date.now() + 90 * 86_400_000, late.requestId]);
    const expected = (await readAll((after) => custos.requests.listPage({ status: 'awaiting_approval', type: 'erasure', after }))).map((r) => r.requestId);
    expect(expected.length).toBeGreaterThanOrEqual(205);

    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/requests`);
    await page.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    await page.getByLabel('Status').selectOption('awaiting_approval');
    await page.getByLabel('Type').selectOption('erasure');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const rows = page.locator('tbody tr');
    const shown = () => rows.locator('td:nth-child(2) a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.replace('#/requests/', ''))));
    await expect.poll(shown).toEqual(expected.slice(0, 200));
    expect(await page.locator('#queue-count').innerText()).toMatch(/^The first 200 requests by due date: \d+ overdue, \d+ at risk\. More are due later\.$/);
    const more = page.getByRole('button', { name: 'Show more requests' });
    await more.waitFor();
    // axe-core, without the full-page screenshot of two hundred rows
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

    const asked: string[] = [];
    page.on('request', (r) => void (r.url().includes('/v1/requests') && asked.push(r.url())));
    await more.click();
    await expect.poll(() => rows.count()).toBe(expected.length);
    // every request once, in the queue's order; the decoy of another type is not among them
    expect(await shown()).toEqual(expected);
    expect(await rows.allInnerTexts()).not.toContainEqual(expect.stringContaining(late.requestId.slice(0, 8)));
    expect(await page.locator('#queue-count').innerText()).toMatch(new RegExp(`^${expected.length} requests: \\d+ overdue, \\d+ at risk\\.$`));
    // the last page: no button; focus on the first row added, where reading goes on
    expect(await more.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`queue-${expected[200]}`);
    // the next page was asked for with the queue's filters and the cursor
    expect(asked).toHaveLength(1);
    const q = new URL(asked[0]).searchParams;
    expect({ status: q.get('status'), type: q.get('type') }).toEqual({ status: 'awaiting_approval', type: 'erasure' });
    expect(q.get('after')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await ctx.close();
  });

  it("an incident's notice texts: set (an error beside its field first), corrected for one language, queued after a confirmation, then read-only", async () => {
    const officer = { keyId: 'officer', role: 'privacy_officer' } as const;
    const mira = (await custos.subjects.create({ fields: { name: 'Mira Mori', email: 'mira@example.jp' }, jurisdiction: 'JP' }, { actor: APP, purpose: 'account' })).id;
    const recorded = await custos.incidents.record(
      { discoveredAt: new Date().toISOString(), summary: 'A class list went to the wrong mailing list', categories: ['name', 'email'], affected: { subjects: [mira] }, malicious: true },
      officer,
    );
    const id = recorded.incidentId;
    expect(recorded.people.filter((p) => p.required).map((p) => p.jurisdiction)).toContain('JP');
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/incidents`);
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    const panel = page.locator(`#notice-${id}`);
    await panel.getByRole('heading', { level: 3, name: 'Notice to the persons' }).waitFor();
    expect(await panel.innerText()).toContain('No notice texts yet.');
    expect(await panel.innerText()).toContain('Set the texts before the notice can be queued.');
    expect(await panel.getByRole('button', { name: 'Queue the notice to the persons' }).count()).toBe(0);
    const what = panel.getByLabel('What happened');
    const measures = panel.getByLabel('What we are doing about it');
    const advice = panel.getByLabel('What the person can do');
    const save = panel.getByRole('button', { name: 'Save the notice texts' });

    // a text left out: the summary, and the message beside that text alone
    await what.fill('A list of names and email addresses of one class was sent to the wrong mailing list.');
    await measures.fill('We asked the recipients to delete it and now check every list before sending.');
    await save.click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toContain('Write what the person can do.');
    expect(await page.locator(`#notice-${id}-advice-error`).innerText()).toBe('Write what the person can do.');
    expect(await advice.getAttribute('aria-invalid')).toBe('true');
    expect(await what.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page, 'admin-15-notice-missing');
    // the server's refusal goes beside its text too (longer than 2,000 characters, past the field's maxlength)
    await advice.evaluate((e, v) => ((e as HTMLTextAreaElement).value = v), 'x'.repeat(2001));
    await save.click();
    await expect.poll(() => page.locator(`#notice-${id}-advice-error`).innerText()).not.toBe('Write what the person can do.');
    // in the console's words, with the field's own maximum length
    expect(await page.locator(`#notice-${id}-advice-error`).innerText()).toBe('This is too long: at most 2000 characters.');
    expect(await advice.getAttribute('aria-invalid')).toBe('true');
    expect((await custos.incidents.show(id)).notice).toBeUndefined();

    await advice.fill('Be wary of messages that mention your lessons and ask you to sign in.');
    await save.click();
    await page.getByText(`The notice texts of incident ${id} are saved.`).waitFor();
    const en = {
      whatHappened: 'A list of names and email addresses of one class was sent to the wrong mailing list.',
      measures: 'We asked the recipients to delete it and now check every list before sending.',
      advice: 'Be wary of messages that mention your lessons and ask you to sign in.',
    };
    expect((await custos.incidents.show(id)).notice).toEqual(en);
    const texts = panel.locator('table', { has: page.locator('caption', { hasText: 'Notice texts' }) });
    expect(await texts.locator('tbody tr').allInnerTexts()).toEqual([`Every language (one text)\t${en.whatHappened}\t${en.measures}\t${en.advice}`]);

    // the Japanese texts beside the others: the other languages keep the text they had
    await panel.getByLabel('Language of these texts').selectOption('ja');
    expect(await what.inputValue()).toBe(en.whatHappened);
    const ja = { whatHappened: 'あるクラスの氏名とメールアドレスの一覧が、誤ったメーリングリストに送信されました。', measures: '受信者に削除を依頼し、送信前にすべてのリストを確認するようにしました。', advice: 'レッスンに触れてサインインを求めるメッセージにご注意ください。' };
    await what.fill(ja.whatHappened);
    await measures.fill(ja.measures);
    await advice.fill(ja.advice);
    await save.click();
    // (the same "saved" line is on the page from the first save: wait for the redrawn table instead)
    await texts.locator('tbody tr', { hasText: '日本語' }).waitFor();
    const every = (text: string, jaText: string) => ({ en: text, ja: jaText, ko: text, ru: text, vi: text });
    expect((await custos.incidents.show(id)).notice).toEqual({ whatHappened: every(en.whatHappened, ja.whatHappened), measures: every(en.measures, ja.measures), advice: every(en.advice, ja.advice) });
    expect(await texts.locator('tbody tr').count()).toBe(5);
    expect(await texts.locator('tbody tr', { hasText: '日本語' }).innerText()).toContain(ja.whatHappened);
    expect(await panel.getByLabel('Language of these texts').inputValue()).toBe('en');
    await expectAccessible(page, 'admin-16-notice-set');

    // queuing asks first; cancelling queues nothing
    const queue = await askThenCancel(page, panel, { button: 'Queue the notice to the persons', question: 'Queue the notice now to every person still to be told?', yes: 'Yes, queue the notice' });
    const notices = async () => (await custos.outbox.list({ status: 'queued' })).filter((m) => m.template === 'breach_notice');
    expect(await notices()).toHaveLength(0);
    await queue.click();
    await panel.getByRole('button', { name: 'Yes, queue the notice' }).click();
    await page.getByText(`Notice of incident ${id}: 1 queued, 0 skipped (persons erased), 0 still to be told.`).waitFor();
    expect((await notices()).map((m) => m.language)).toEqual(['ja']);

    // the texts are final now: shown, with why, and no form
    expect(await panel.locator('form').count()).toBe(0);
    expect(await page.locator(`#notice-${id}-final`).innerText()).toBe('The notice has been sent to persons already: its texts are final, as those persons received them.');
    expect(await texts.locator('tbody tr', { hasText: '日本語' }).innerText()).toContain(ja.whatHappened);
    expect(await panel.innerText()).toContain('Every person to be told has been notified.');
    expect(await panel.getByRole('button', { name: 'Queue the notice to the persons' }).count()).toBe(0);
    await expectAccessible(page, 'admin-17-notice-final');
    await ctx.close();
  });
  it("an incident's reports recorded as made (a refused time beside its field first), then the incident closed after a confirmation", async () => {
    const officer = { keyId: 'officer', role: 'privacy_officer' } as const;
    const recorded = await custos.incidents.record({ discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), summary: 'A report went to the wrong school', categories: ['name'], affected: { subjects: [ids.eu] } }, officer);
    const id = recorded.incidentId;
    // the EU authority's notice is the one duty
    expect(recorded.deadlines.filter((d) => d.required).map((d) => `${d.jurisdiction} ${d.stage}`)).toEqual(['EU notice']);
    expect(recorded.people.some((p) => p.required)).toBe(false);
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/incidents`);
    const section = page.locator(`#incidents > section:has(#inc-${id})`);
    await section.locator(`#report-${id}-form`).waitFor();
    // closing waits for the report
    expect(await page.locator(`#close-${id}-waiting`).innerText()).toBe('The incident can be closed once every required report is recorded as made and every person to be told has been notified.');
    expect(await section.getByRole('button', { name: 'Close the incident' }).count()).toBe(0);
    const which = section.getByLabel('Report', { exact: true });
    expect(await which.locator('option').allInnerTexts()).toEqual([expect.stringMatching(/^EU — Notice — .+ \(.+\)$/)]);
    await expectAccessible(page, 'admin-19-incident-report');

    // in the future (three days from now, in the browser's time): refused, beside the time, in the console's words
    const when = section.getByLabel('When it was made (optional)');
    await section.getByLabel('Reference given by the authority (optional)').fill('DPA-2026-0042');
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    await when.fill(await page.evaluate((t) => {
      const d = new Date(t);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
    }, ahead.getTime()));
    await section.getByRole('button', { name: 'Record the report' }).click();
    await page.locator(`#report-${id}-reportedAt-error`).waitFor();
    expect(await page.locator(`#report-${id}-reportedAt-error`).innerText()).toBe('This time is in the future: give when it actually happened.');
    expect((await custos.incidents.show(id)).deadlines.find((d) => d.stage === 'notice')?.reportedAt).toBeUndefined();

    // made before the incident was discovered: refused, beside the time, in the console's words; nothing recorded
    await when.fill('2020-01-02T10:00');
    await section.getByRole('button', { name: 'Record the report' }).click();
    await page.locator(`#report-${id}-reportedAt-error`).waitFor();
    expect(await page.locator(`#report-${id}-reportedAt-error`).innerText()).toBe('A report cannot have been made before the incident was discovered.');
    expect(await when.getAttribute('aria-invalid')).toBe('true');
    expect((await custos.incidents.show(id)).deadlines.find((d) => d.stage === 'notice')?.reportedAt).toBeUndefined();

    // no time: now
    await when.fill('');
    await section.getByRole('button', { name: 'Record the report' }).click();
    await page.getByText(new RegExp(`^Incident ${id}: EU — Notice — .+ recorded as made\\.$`)).waitFor();
    const made = (await custos.incidents.show(id)).deadlines.find((d) => d.stage === 'notice')!;
    expect(made).toMatchObject({ reference: 'DPA-2026-0042' });
    expect(Math.abs(Date.parse(made.reportedAt!) - Date.now())).toBeLessThan(120_000);
    expect(await page.locator(`#report-${id}-all`).innerText()).toBe('Every required report is recorded as made.');

    // closing asks first; cancelling closes nothing and gives the button its focus back
    const close = await askThenCancel(page, section, { button: 'Close the incident', question: 'Close this incident now? A closed incident cannot be reopened, and its notice texts stay as they are.', yes: 'Yes, close the incident' });
    expect((await custos.incidents.show(id)).status).toBe('open');
    await close.click();
    await section.getByRole('button', { name: 'Yes, close the incident' }).click();
    await page.getByText(`Incident ${id} is closed.`).waitFor();
    expect((await custos.incidents.show(id)).status).toBe('closed');
    expect(await section.locator('h2 .badge').innerText()).toBe('Closed');
    expect(await section.locator('form').count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Close the incident' }).count()).toBe(0);
    await ctx.close();
  });

  it('more incidents than a page: the most recent first, "Show more incidents" adds the rest and moves focus to the first added; an action keeps them shown', async () => {
    const officer = { keyId: 'officer', role: 'privacy_officer' } as const;
    for (let i = 0; i < 12; i++)
      await custos.incidents.record(
        { discoveredAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(), summary: `Paging incident ${i}`, categories: ['name'], affected: { subjects: [ids.eu] } },
        officer,
      );
    const expected = (await custos.incidents.list({ limit: 10_000 })).map((i) => i.incidentId);
    expect(expected.length).toBeGreaterThanOrEqual(13);

    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    const asked: string[] = [];
    page.on('request', (r) => void (r.url().includes('/v1/incidents') && asked.push(new URL(r.url()).pathname + new URL(r.url()).search)));
    await page.goto(`${base}/admin#/incidents`);
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    const shown = () => page.locator('#incidents > section h2').evaluateAll((hs) => hs.map((h) => h.id.replace(/^inc-/, '')));
    await expect.poll(shown).toEqual(expected.slice(0, 10));
    expect(await page.locator('#incidents-count').innerText()).toBe('The 10 most recently discovered incidents. Earlier ones follow.');
    // each incident's deadlines and notice, as before
    const first = page.locator(`#incidents > section:has(#inc-${expected[0]})`);
    expect(await first.locator('caption', { hasText: 'Deadlines' }).count()).toBe(1);
    expect(await first.getByRole('heading', { level: 3, name: 'Notice to the persons' }).count()).toBe(1);
    // one list, the details of the page's incidents, the reminders: nothing of the incidents not shown
    expect(asked.filter((u) => u.startsWith('/v1/incidents?'))).toEqual(['/v1/incidents?limit=11']);
    expect(asked.filter((u) => /^\/v1\/incidents\/(?!reminders)[^/?]+$/.test(u)).sort()).toEqual(expected.slice(0, 10).map((id) => `/v1/incidents/${id}`).sort());
    const more = page.getByRole('button', { name: 'Show more incidents' });
    await expectAccessible(page, 'admin-18-incidents-page');

    asked.length = 0;
    await more.click();
    await expect.poll(shown).toEqual(expected);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`inc-${expected[10]}`);
    expect(await more.count()).toBe(0);
    expect(await page.locator('#incidents-count').innerText()).toBe(`Incidents recorded: ${expected.length}.`);
    expect(asked.filter((u) => /^\/v1\/incidents\/(?!reminders)[^/?]+$/.test(u)).sort()).toEqual(expected.slice(10).map((id) => `/v1/incidents/${id}`).sort());
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

    // the notice texts of an incident of the second page: saved, and the screen drawn again shows it still
    const last = expected.at(-1)!;
    const panel = page.locator(`#notice-${last}`);
    await panel.getByLabel('What happened').fill('A test list was exposed.');
    await panel.getByLabel('What we are doing about it').fill('We removed it.');
    await panel.getByLabel('What the person can do').fill('Nothing needs doing.');
    await panel.getByRole('button', { name: 'Save the notice texts' }).click();
    await page.getByText(`The notice texts of incident ${last} are saved.`).waitFor();
    await expect.poll(shown).toEqual(expected);
    expect(await panel.locator('table', { has: page.locator('caption', { hasText: 'Notice texts' }) }).innerText()).toContain('A test list was exposed.');
    // arriving at the screen again: the first page
    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await expect.poll(shown).toEqual(expected.slice(0, 10));
    await ctx.close();
  });

  it("the server's refusals in the console's language: beside the field they are about (its name as the server gave it elsewhere), the server's words for a rule the console has no words for", async () => {
    const officer = { keyId: 'officer', role: 'privacy_officer' } as const;
    const tomas = (await custos.subjects.create({ fields: { name: 'Tomas Tal', email: 'tomas@example.eu' }, jurisdiction: 'EU' }, { actor: APP, purpose: 'account' })).id;
    const filed = await custos.requests.file(tomas, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: 'Tomas Tall' } } }, officer);
    await custos.requests.extend(filed.requestId, 'Checked by hand in two systems.', officer);

    // Japanese: subject search with a value the server refuses
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await signInWithKey(ctx);
    await page.goto(`${base}/admin#/subjects`);
    await page.getByRole('heading', { level: 1, name: '本人検索' }).waitFor();
    await page.getByLabel('検索の目的').selectOption('support');
    await page.getByRole('searchbox').fill('not-an-email');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.locator('#search-value-error').waitFor();
    expect(await page.locator('#search-value-error').innerText()).toBe('name@example.com のような形式のメールアドレスを入力してください。');
    expect(await page.locator('.error-summary').innerText()).toContain('name@example.com のような形式のメールアドレスを入力してください。');
    expect(await page.getByRole('searchbox').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'admin-19-search-refused-ja');

    // the same page in Russian: a member of staff the server refuses, beside the field; the other field's mark taken off
    await page.getByLabel('言語').selectOption('ru');
    await page.getByRole('link', { name: 'Запросы', exact: true }).waitFor();
    await page.goto(`${base}/admin#/requests/${filed.requestId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(filed.requestId.slice(0, 8)) }).waitFor();
    const assignee = page.locator('#assignee');
    await assignee.fill('Kim <staff>');
    await page.locator('#assign-form button[type=submit]').click();
    await page.locator('#assignee-error').waitFor();
    expect(await page.locator('#assignee-error').innerText()).toBe('Используйте от 1 до 80 букв, цифр, пробелов или знаков . _ @ -');
    expect(await assignee.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assignee');
    expect((await custos.requests.get(filed.requestId)).assignee).toBeUndefined();
    // a refusal about the request rather than a field: in the refusal, the field named as the server names it
    await page.locator('#extend-reason').fill('Another reason to extend it.');
    await page.locator('#extend-form button[type=submit]').click();
    await expect.poll(() => page.locator('[role=alert]').innerText()).toBe('Сервер отказал: params.id: Срок запроса можно продлить только один раз.');
    await expectAccessible(page, 'admin-20-refusals-ru');

    // Korean: a rule the console has no words for keeps the server's (English) words
    await page.getByLabel('Язык').selectOption('ko');
    await page.getByRole('link', { name: '요청', exact: true }).waitFor();
    await page.goto(`${base}/admin#/subjects`);
    await page.getByRole('heading', { level: 1, name: '정보주체 검색' }).waitFor();
    await page.route('**/v1/subjects/search', (route) =>
      route.fulfill({ status: 400, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Invalid input', status: 400, detail: 'body.email: a rule of tomorrow', code: 'CUSTOS_INVALID_INPUT', errors: [{ field: 'body.email', rule: 'rule_of_tomorrow', message: 'a rule of tomorrow' }] }) }),
    );
    await page.locator('#search-purpose').selectOption('support');
    await page.getByRole('searchbox').fill('tomas@example.eu');
    await page.locator('#search-form button[type=submit]').click();
    await page.locator('#search-value-error').waitFor();
    expect(await page.locator('#search-value-error').innerText()).toBe('a rule of tomorrow');
    await ctx.close();

    // Vietnamese, signed in with a support key: a screen its role may not use says so in the console's words
    // (the server's detail names the operation in English)
    const { key: deskKey } = await custos.keys.create({ name: 'desk', role: 'support' }, { keyId: 'cli', role: 'operator' });
    const vi = await browser.context('vi-VN');
    await vi.addCookies([{ name: ADMIN_COOKIE, value: (await custos.admin.signInWithKey(deskKey)).token, domain: '127.0.0.1', path: '/v1', httpOnly: true, sameSite: 'Strict' }]);
    const desk = await vi.newPage();
    await desk.goto(`${base}/admin#/incidents`);
    await expect.poll(() => desk.locator('[role=alert]').innerText()).toBe('Vai trò của bạn (support) không được phép làm việc này.');
    await vi.close();
  });
});
