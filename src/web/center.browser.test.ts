/**
 * The privacy center end to end in Debian's Chromium: a person asks in Korean for a copy of their data,
 * receives the code over real SMTP, verifies, downloads the export (which holds their data and no one
 * else's) and files another request in the same session; an erasure under a legal hold, approved by
 * staff in the admin console, and what was kept and what stays without the person's name shown after the
 * erasure; marketing preferences stopped and resumed with a consent receipt, which the SDK's `maySend`
 * follows; signing out; a new email address confirmed with a code sent to it before the correction is
 * filed; a use a later policy version added to the person's data, consented to on the page (the
 * application's read then goes through) and withdrawn again; an erasure whose legal hold kept nothing,
 * and why; a person with more requests than a page holds sees the older ones on demand; the whole flow by
 * keyboard alone; axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import yauzl from 'yauzl';
import { readFile } from 'node:fs/promises';
import { makeEnv, type Env } from '../../test/backends.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp.js';
import { SmtpTransport } from '../mail/transports.js';
import { buildServer } from '../server/app.js';
import type { Custos } from '../custos.js';
import { launch, screenshot, seriousViolations, type TestBrowser } from './test-fixtures/browser.js';
import { mailText } from './test-fixtures/mail.js';
import { NEW_USE_VERSION, openWithNewUse } from '../consent/test-fixtures/new-use.js';

const APP = { keyId: 'app', role: 'application' } as const;

function unzip(file: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, string>();
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), name).toEqual([]);
}

describe('privacy center in Chromium', { timeout: 90_000 }, () => {
  let env: Env;
  let sink: SmtpSink;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let browser: TestBrowser;
  const people: Record<string, string> = {};

  /** Delivers the outbox and returns the 6-digit code in the newest message to this address. */
  async function codeFor(address: string, seen: number): Promise<string> {
    await custos.outbox.deliver();
    const m = await sink.waitFor((x) => x.to.includes(address) && sink.messages.filter((y) => y.to.includes(address)).indexOf(x) >= seen && /\b\d{6}\b/.test(mailText(x.raw)));
    return /\b(\d{6})\b/.exec(mailText(m.raw))![1];
  }

  /** On the Japanese page: starts a request of `type` for `address`, enters the code mailed to it, and waits for the status screen. */
  async function fileInJapanese(page: Page, type: string, address: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'プライバシーに関するご請求' }).waitFor();
    await page.locator(`#type-${type}`).check();
    await page.locator('#email').fill(address);
    await page.locator('#start-form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: '確認コードの入力' }).waitFor();
    await page.locator('#code').fill(await codeFor(address, 0));
    await page.locator('#code-form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'ご請求の状況' }).waitFor();
  }

  /** On the English page: asks to correct `category` to `value`, as the person at `address`, and enters the code mailed there. */
  async function correctInEnglish(page: Page, category: string, value: string, address: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('Correct my data').check();
    await page.getByRole('checkbox', { name: category, exact: true }).check();
    await page.getByLabel(`Correct value for “${category}”`).fill(value);
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(address);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await page.getByLabel('Your 6-digit code').fill(await codeFor(address, 0));
    await page.getByRole('button', { name: 'Verify' }).click();
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    env = await makeEnv('sqlite');
    // Sora gave a phone number under version 1 of the policy; version 2 also uses phone numbers for lessons.
    // Everyone else signs up under version 2, so nothing waits for their answer.
    custos = await openWithNewUse(
      env,
      async (v1) => {
        people.sora = (await v1.subjects.create({ fields: { name: 'Sora Ito', email: 'sora@example.jp', phone: '090-1234-0000' }, jurisdiction: 'JP' }, { actor: APP, purpose: 'account' })).id;
      },
      { mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } },
    );
    const make = async (key: string, fields: Record<string, unknown>, jurisdiction: 'KR' | 'JP', extra: Record<string, unknown> = {}) => {
      const { id } = await custos.subjects.create({ fields, jurisdiction }, { actor: APP, purpose: 'account' });
      if (Object.keys(extra).length) await custos.subjects.update(id, extra, { actor: APP, purpose: 'payment' });
      people[key] = id;
    };
    await make('minjun', { name: '김민준', email: 'minjun@example.kr', phone: '+82 10 2345 6789' }, 'KR');
    await make('other', { name: 'Olga Other', email: 'olga.other@example.com' }, 'JP', { address: '9-9-9 Elsewhere, Osaka' });
    await make('akira', { name: 'Akira Tanaka', email: 'akira@example.jp' }, 'JP', { address: '1-1-1 Chiyoda, Tokyo' });
    await custos.subjects.addRecord(people.akira, 'transactions', { lesson: 'L-100', amount: 3000, currency: 'JPY' }, { actor: APP, purpose: 'payment' });
    await custos.subjects.addRecord(people.akira, 'reviews', 'Patient teacher, clear explanations.', { actor: APP, purpose: 'public_reviews' });
    await make('keyboard', { name: 'Kei Board', email: 'kei@example.jp' }, 'JP');
    await make('hana', { name: 'Hana Sato', email: 'hana@example.jp' }, 'JP');
    await make('ren', { name: 'Ren Mori', email: 'ren@example.jp' }, 'JP');
    await make('yui', { name: 'Yui Kato', email: 'yui@example.jp' }, 'JP');
    await make('mio', { name: 'Mio Ueda', email: 'mio@example.jp' }, 'JP');
    await make('taku', { name: 'Taku Endo', email: 'taku@example.jp' }, 'JP');
    // Hana said yes to the newsletter and to recommendations when she signed up (a form in the application).
    await custos.preferences.grant(people.hana, ['marketing_email', 'recommendations'], { method: 'form', language: 'ja' }, APP);
    app = await buildServer(custos, { publicRateLimit: 1000 });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await env?.cleanup();
    await sink?.stop();
  });

  it('a person asks in Korean for a copy, gets the code by mail, verifies, downloads exactly their data and asks again in the same session', async () => {
    const ctx = await browser.context('ko-KR');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByRole('heading', { level: 1, name: '개인정보 관련 요청' }).waitFor();
    await expectAccessible(page, 'center-1-start-ko');

    await page.getByLabel('내 개인정보 사본 받기').check();
    await page.getByRole('textbox', { name: '이메일 주소', exact: true }).fill('minjun@example.kr');
    await page.getByRole('button', { name: '인증 코드 받기' }).click();
    await page.getByRole('heading', { level: 1, name: '인증 코드 입력' }).waitFor();
    // The page says the same thing whether or not the address is known, and that the code lasts 10 minutes.
    await expect.poll(() => page.locator('main').innerText()).toContain('10분');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page, 'center-2-code-ko');

    const code = await codeFor('minjun@example.kr', 0);
    await page.getByLabel('6자리 인증 코드').fill(code);
    await page.getByRole('button', { name: '확인' }).click();
    await page.getByRole('heading', { level: 1, name: '내 요청' }).waitFor();
    await expectAccessible(page, 'center-3-requests-ko');
    // the notice that the request was received is said again in the language switched to, and back
    const status = page.locator('main [role=status]').first();
    expect(await status.innerText()).toContain('요청이 접수되었습니다');
    await page.locator('#language').selectOption('en');
    await expect.poll(() => status.innerText()).toContain('has been received');
    await page.locator('#language').selectOption('ko');
    await expect.poll(() => status.innerText()).toContain('요청이 접수되었습니다');

    await page.getByRole('button', { name: '자세히 보기' }).first().click();
    await page.getByRole('heading', { level: 1, name: '내 개인정보 사본 받기' }).waitFor();
    await expectAccessible(page, 'center-4-detail-ko');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '내 정보 내려받기(zip)' }).click()]);
    const file = await download.path();
    const entries = await unzip(file!);
    const all = [...entries.values()].join('\n');
    expect(entries.size).toBeGreaterThan(0);
    expect(all).toContain('김민준');
    expect(all).toContain('minjun@example.kr');
    for (const foreign of ['Olga Other', 'olga.other@example.com', 'Elsewhere', 'Akira Tanaka', 'akira@example.jp', people.other, people.akira]) expect(all).not.toContain(foreign);

    // Another request in the same session: no new code.
    await page.getByRole('button', { name: '내 요청 목록으로 돌아가기' }).click();
    await page.getByRole('heading', { level: 1, name: '내 요청' }).waitFor();
    await page.getByLabel('이용 목적 알아보기').check();
    await page.getByRole('button', { name: '요청 보내기' }).click();
    await expect.poll(() => page.locator('.request-card').count()).toBe(2);
    const cards = await page.locator('.request-card h3').allInnerTexts();
    expect(cards).toEqual(expect.arrayContaining(['내 개인정보 사본 받기', '이용 목적 알아보기']));
    await ctx.close();
  });

  it('the same answer for an address no one has; a wrong code gets an error summary that leads to the field', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Get a copy of my data').check();
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('nobody-here@example.org');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    const unknownText = await page.locator('main').innerText();
    await page.getByLabel('Your 6-digit code').fill('123456');
    await page.getByRole('button', { name: 'Verify' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('The code is wrong or has expired');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.getByLabel('Your 6-digit code').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    await expectAccessible(page, 'center-5-code-error-en');

    // A known address reads exactly the same.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByLabel('Get a copy of my data').check();
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('akira@example.jp');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    expect(await page.locator('main').innerText()).toBe(unknownText);
    // Only the known address got mail (delivered now, so later tests see only their own codes).
    await custos.outbox.deliver();
    await sink.waitFor((m) => m.to.includes('akira@example.jp'));
    expect(sink.messages.some((m) => m.to.includes('nobody-here@example.org'))).toBe(false);
    await ctx.close();
  });

  it('a new email address is confirmed with a code sent to it before the correction is filed; until then nothing changes', async () => {
    // a person from Japan reading in New Zealand: the due date is still the day in Japan
    const ctx = await browser.context('en-GB', { timezoneId: 'Pacific/Auckland' });
    const page = await ctx.newPage();
    // the first code goes to the address on file: it shows who the person is
    await correctInEnglish(page, 'Email address', 'ren.mori@example.jp', 'ren@example.jp');
    // the second goes to the new address: it shows that the address reaches them
    await page.getByRole('heading', { level: 1, name: 'Confirm your new Email address' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('main').innerText()).toContain('sent a 6-digit code to the new email address');
    await expectAccessible(page, 'center-9-confirm-new-address-en');
    expect(await custos.requests.mine(people.ren)).toEqual([]);
    const code = await codeFor('ren.mori@example.jp', 0);
    const mail = mailText(sink.messages.filter((m) => m.to.includes('ren.mori@example.jp')).at(-1)!.raw);
    for (const personal of ['Ren Mori', 'ren@example.jp']) expect(mail).not.toContain(personal);
    // a wrong code: an error summary that leads to the field; nothing filed, nothing written
    await page.getByLabel('The 6-digit code sent to the new address').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('The code is wrong or has expired');
    expect(await page.getByLabel('The 6-digit code sent to the new address').getAttribute('aria-invalid')).toBe('true');
    expect(await custos.requests.mine(people.ren)).toEqual([]);
    expect(await custos.vault.findByEmail('ren.mori@example.jp')).toEqual([]);
    await page.getByLabel('The 6-digit code sent to the new address').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your requests' }).waitFor();
    expect(await page.locator('.request-card h3').allInnerTexts()).toEqual(['Correct my data']);
    const [filed] = await custos.requests.mine(people.ren);
    expect(filed).toMatchObject({ type: 'correction', identifierConfirmation: 'confirmed' });
    const day = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(new Date(filed.dueAt));
    expect(day('Pacific/Auckland')).not.toBe(day('Asia/Tokyo'));
    expect(await page.locator('.request-card').innerText()).toContain(`by ${day('Asia/Tokyo')}`);
    // (the URL never carried a code)
    expect(page.url()).toBe(`${base}/`);
    await custos.requests.approve(filed.requestId, { keyId: 'po', role: 'privacy_officer' });
    expect(await custos.vault.findByEmail('ren.mori@example.jp')).toEqual([people.ren]);
    await ctx.close();
  });

  it('a new phone number not valid in the person\'s region is found once the code is entered: back to the form, the number kept, to write it with the country code', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    // a Korean mobile number in national form: not a number in Japan, where Mio lives
    await correctInEnglish(page, 'Phone number', '010-1234-5678', 'mio@example.jp');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('with the country code');
    const field = page.getByLabel('Correct value for “Phone number”');
    expect(await field.inputValue()).toBe('010-1234-5678');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await custos.requests.mine(people.mio)).toEqual([]);
    // written with the country code, it is a new start: a new code to the address on file
    await field.fill('+82 10-1234-5678');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await page.getByLabel('Your 6-digit code').fill(await codeFor('mio@example.jp', 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confirm your new Phone number' }).waitFor();
    await ctx.close();
  });

  it('an erasure under a legal hold: staff approves it in the console, the person is told what was kept', async () => {
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Erase my data').check();
    await expect.poll(() => page.locator('#details-erasure').isVisible()).toBe(true);
    expect(await page.locator('#details-erasure').innerText()).toContain('kept apart');
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('akira@example.jp');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    const seen = sink.messages.filter((m) => m.to.includes('akira@example.jp')).length;
    await page.getByLabel('Your 6-digit code').fill(await codeFor('akira@example.jp', seen));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your requests' }).waitFor();
    expect(await page.locator('.request-card').first().innerText()).toContain('Being reviewed');

    // Staff, in the admin console with a privacy officer's key.
    const { key } = await custos.keys.create({ name: 'officer', role: 'privacy_officer' }, { keyId: 'cli', role: 'operator' });
    const staffCtx = await browser.context('en-GB');
    const staff = await staffCtx.newPage();
    await staff.goto(`${base}/admin`);
    await staff.getByRole('textbox', { name: 'API key' }).fill(key);
    await staff.getByRole('button', { name: 'Sign in with the key' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Request queue' }).waitFor();
    const row = staff.locator('tbody tr', { hasText: 'Erasure' });
    await row.getByRole('link').click();
    // the queue's own heading starts with "Request" too: wait for the request's page
    await staff.getByRole('heading', { level: 1, name: /^Request (?!queue)/ }).waitFor();
    expect(await staff.locator('main').innerText()).toContain('Verified: a code was sent');
    await screenshot(staff, 'admin-erasure-detail');
    await staff.getByRole('button', { name: 'Approve and erase' }).click();
    await staff.getByText('Approved. The request has been carried out').waitFor();
    await staffCtx.close();

    // What was kept: apart, for the hold's purpose only.
    const held = await custos.holds.read(people.akira, { actor: { keyId: 'billing', role: 'billing' }, purpose: 'tax_records' });
    expect(held.map((h) => h.category).sort()).toEqual(['address', 'name', 'transactions']);

    // The person: the request is done; the mail says what was kept and why.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your requests' }).waitFor();
    expect(await page.locator('.request-card').first().innerText()).toContain('Done');
    await page.getByRole('button', { name: 'Details' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Erase my data' }).waitFor();
    const outcome = await page.locator('.outcome').innerText();
    expect(outcome).toContain('Your data has been erased.');
    // Read after the erasure: the outcome is stored without personal data.
    await page.getByRole('heading', { level: 3, name: 'What we kept and why' }).waitFor();
    const kept = await page.getByRole('list', { name: 'What we kept and why' }).locator(':scope > li').allInnerTexts();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^Transaction records kept for tax law\. Deleted on \d{1,2} \w+ \d{4}\. \(Legal basis: Corporation Tax Act/);
    expect((await page.locator('#erasure-kept li li').allInnerTexts()).sort()).toEqual(['Name', 'Postal address', 'Transaction history']);
    // the one hold kept something: no hold to report as having kept nothing
    expect(await page.locator('#erasure-not-held').count()).toBe(0);
    const stays = await page.getByRole('list', { name: 'What stays without your name' }).innerText();
    expect(stays).toBe('Lesson reviews: 1');
    expect(outcome).not.toContain('Patient teacher');
    expect(outcome).not.toContain('Akira');
    await expectAccessible(page, 'center-6-erasure-done-en');
    // Nothing is left to send marketing to: the preferences screen says so.
    await page.getByRole('button', { name: 'Marketing preferences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marketing preferences' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Your data has been erased, so there are no marketing preferences left to change.');
    await custos.outbox.deliver();
    const done = await sink.waitFor((m) => m.to.includes('akira@example.jp') && /kept/i.test(mailText(m.raw)));
    const text = mailText(done.raw);
    // categories and the hold by their labels in the policy, not their ids
    expect(text).toMatch(/Transaction history \(1 record\) kept until \d{4}-\d{2}-\d{2} \(Transaction records kept for tax law: Corporation Tax Act/);
    await ctx.close();
  });

  it('marketing preferences in Japanese: the newsletter stopped and resumed, recommendations stopped, each with a consent receipt that maySend follows; signing out', async () => {
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await fileInJapanese(page, 'purpose_notice', 'hana@example.jp');

    // Signing out is in plain sight, with the reason to use it on a shared computer.
    const signOut = page.getByRole('button', { name: 'ログアウト' });
    expect(await page.locator(`#${await signOut.getAttribute('aria-describedby')}`).innerText()).toContain('共用のパソコン');

    await page.getByRole('button', { name: '広告・お知らせの配信設定' }).click();
    await page.getByRole('heading', { level: 1, name: '広告・お知らせの配信設定' }).waitFor();
    const newsletter = page.getByRole('switch', { name: 'メールマガジン・キャンペーンのお知らせ（メール）' });
    const recommendations = page.getByRole('switch', { name: 'あなたへのおすすめ' });
    expect(await page.getByRole('switch').count()).toBe(5);
    expect(await newsletter.isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'SMSでのキャンペーンのお知らせ' }).isChecked()).toBe(false);
    expect(await page.locator('#pref-sms-state').innerText()).toContain('同意をいただいていない');
    expect((await custos.preferences.maySend(people.hana, 'email')).allowed).toBe(true);
    await expectAccessible(page, 'center-9-preferences-ja');

    // Stop the newsletter (seed 002): at once, with a receipt; maySend follows.
    await newsletter.uncheck();
    const status = page.locator('#prefs-status');
    await expect.poll(() => status.innerText()).toContain('停止しました');
    expect(await status.innerText()).toContain('同意レシートを発行しました');
    expect(await newsletter.isChecked()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pref-email');
    expect(await custos.preferences.maySend(people.hana, 'email')).toMatchObject({ allowed: false, reason: 'consent_withdrawn' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#receipts').getByRole('link', { name: 'レシートを保存' }).first().click()]);
    const jws = (await readFile((await download.path())!, 'utf8')).split('.');
    expect(jws).toHaveLength(3);
    const receipt = JSON.parse(Buffer.from(jws[1], 'base64url').toString('utf8'));
    expect(receipt).toMatchObject({ event_type: 'consent_withdrawn', pii_principal_id: people.hana, purposes: [{ id: 'marketing_email' }] });
    expect(await status.innerText()).toContain(receipt.record_id);
    await expectAccessible(page, 'center-10-newsletter-stopped-ja');

    // Resume it.
    await newsletter.check();
    await expect.poll(() => status.innerText()).toContain('オンにしました');
    expect((await custos.preferences.maySend(people.hana, 'email')).allowed).toBe(true);
    expect(await page.locator('#receipts li').count()).toBe(2);

    // Stop personalised recommendations (seed 004), from the keyboard.
    await recommendations.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await custos.preferences.maySend(people.hana, 'recommendations')).allowed).toBe(false);
    expect(await recommendations.isChecked()).toBe(false);

    // The choices are the server's, not the page's: after a reload they are the same.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ご請求の状況' }).waitFor();
    await page.getByRole('button', { name: '広告・お知らせの配信設定' }).click();
    await page.getByRole('heading', { level: 1, name: '広告・お知らせの配信設定' }).waitFor();
    expect(await newsletter.isChecked()).toBe(true);
    expect(await recommendations.isChecked()).toBe(false);
    expect(await page.locator('#pref-recommendations-state').innerText()).toContain('停止中');

    // Sign out: the cookie is gone and the session no longer opens anything.
    await signOut.click();
    await page.getByRole('heading', { level: 1, name: 'ログアウトしました' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('メールマガジン');
    await expectAccessible(page, 'center-11-signed-out-ja');
    expect((await ctx.cookies()).find((c) => c.name === 'custos_session')).toBeUndefined();
    expect(await page.evaluate(async () => (await fetch('/v1/privacy/me/preferences')).status)).toBe(401);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'プライバシーに関するご請求' }).waitFor();
    await ctx.close();
  });

  it('an erasure whose legal hold kept nothing says so in Japanese, and why', async () => {
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await fileInJapanese(page, 'erasure', 'yui@example.jp');
    const [filed] = await custos.requests.mine(people.yui);
    await custos.requests.approve(filed.requestId, { keyId: 'po', role: 'privacy_officer' });
    // Yui had no transaction on record: the tax hold kept nothing of hers, her name and address included.
    expect(await custos.holds.read(people.yui, { actor: { keyId: 'billing', role: 'billing' }, purpose: 'tax_records' })).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ご請求の状況' }).waitFor();
    await page.getByRole('button', { name: '詳細' }).first().click();
    await page.getByRole('heading', { level: 1, name: '自分のデータを削除してほしい' }).waitFor();
    const outcome = page.locator('.outcome');
    expect(await outcome.innerText()).toContain('法律により保存が必要なものはなく、すべて削除しました。');
    const notHeld = page.getByRole('list', { name: '次の法令上の義務によって保存したものはありません。' });
    expect(await notHeld.locator('li').allInnerTexts()).toEqual(['税法に基づく取引記録の保存：該当する記録（取引履歴）がなかったため、何も保存していません。']);
    expect(await outcome.innerText()).not.toContain('Yui');
    await expectAccessible(page, 'center-12-erasure-nothing-held-ja');
    await ctx.close();
  });

  it('a person with more requests than a page holds (100) sees the newest, and the older ones with a button', async () => {
    // Letters and calls over the years: staff filed them (a person files at most 20 a day).
    for (let i = 0; i < 104; i++) await custos.requests.file(people.taku, { type: 'access', language: 'ja', channel: 'staff' }, { keyId: 'po', role: 'privacy_officer' });
    await custos.outbox.deliver();
    const seen = sink.messages.filter((m) => m.to.includes('taku@example.jp')).length;
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.locator('#type-purpose_notice').check();
    await page.locator('#email').fill('taku@example.jp');
    await page.locator('#start-form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: '確認コードの入力' }).waitFor();
    await page.locator('#code').fill(await codeFor('taku@example.jp', seen));
    await page.locator('#code-form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'ご請求の状況' }).waitFor();

    // the newest 100 (the one just filed first), and a button for the rest
    const newestFirst = (await custos.requests.mine(people.taku)).map((r) => `req-${r.requestId}`);
    expect(newestFirst).toHaveLength(105);
    const cards = () => page.locator('.request-card').evaluateAll((els) => els.map((e) => e.id));
    expect(await cards()).toEqual(newestFirst.slice(0, 100));
    const older = page.getByRole('button', { name: 'さらに以前のご請求を表示' });
    await older.waitFor();
    // axe-core, without the full-page screenshot of a hundred cards
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    // (in the other languages too: the label follows a switch of language)
    await page.locator('#language').selectOption('en');
    await page.getByRole('button', { name: 'Show older requests' }).waitFor();
    await page.locator('#language').selectOption('ja');

    const asked: string[] = [];
    page.on('request', (r) => void (r.url().includes('/v1/privacy/me/requests') && asked.push(r.url())));
    await older.click();
    await expect.poll(() => page.locator('.request-card').count()).toBe(105);
    expect(await cards()).toEqual(newestFirst);
    // nothing older: no button; focus on the first request added, where reading goes on
    expect(await page.getByRole('button', { name: 'さらに以前のご請求を表示' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(newestFirst[100]);
    // it asked for the page with the cursor alone: nothing of the person in the URL
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(new RegExp(`^${base}/v1/privacy/me/requests\\?before=[A-Za-z0-9_-]+$`));
    expect(Buffer.from(new URL(asked[0]).searchParams.get('before')!, 'base64url').toString()).not.toMatch(/taku|Endo/i);
    await ctx.close();
  });

  it('a use added to the policy after the person gave their data waits for their consent; once given, the application\'s read goes through, and it can be withdrawn', async () => {
    const lessons = () => custos.subjects.read(people.sora, { actor: APP, purpose: 'lesson_delivery', fields: ['phone'] });
    expect((await lessons()).withheld).toEqual([{ field: 'phone', reason: 'new_use_consent_missing' }]);
    const ctx = await browser.context('en-GB');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Tell me what you use my data for').check();
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill('sora@example.jp');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await page.getByLabel('Your 6-digit code').fill(await codeFor('sora@example.jp', 0));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your requests' }).waitFor();

    const section = page.getByRole('region', { name: 'New uses of your data: we need your answer' });
    await section.waitFor();
    const use = section.getByRole('article', { name: 'Booking and giving lessons' });
    expect(await use.innerText()).toContain('It would use: Phone number.');
    expect(await use.innerText()).toContain(`Added in version ${NEW_USE_VERSION} of our privacy policy.`);
    // the email address's new use (identity checks) rests on a legal obligation: it is not asked
    expect(await section.getByRole('article').count()).toBe(1);
    await expectAccessible(page, 'center-13-new-use-en');

    await use.getByRole('button', { name: 'Yes, I agree' }).click();
    const status = page.locator('#new-use-status');
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(await status.innerText()).toContain('Thank you: we may now use your data for “Booking and giving lessons”.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-use-status');
    // nothing waits any more: the section is gone
    expect(await page.locator('#new-uses').count()).toBe(0);
    expect(await lessons()).toMatchObject({ fields: { phone: '+819012340000' }, withheld: [] });
    // recorded as Sora's own consent, with the receipt the page offers
    const [download] = await Promise.all([page.waitForEvent('download'), status.getByRole('link', { name: 'Save the receipt' }).click()]);
    const receipt = JSON.parse(Buffer.from((await readFile((await download.path())!, 'utf8')).split('.')[1], 'base64url').toString('utf8'));
    expect(receipt).toMatchObject({ event_type: 'consent_given', pii_principal_id: people.sora, purposes: [{ id: 'lesson_delivery' }] });
    expect(await status.innerText()).toContain(receipt.record_id);
    // switched to another language, the message is said again in it, with the use's name in it too
    await page.locator('#language').selectOption('ja');
    await expect.poll(() => status.innerText()).toContain('ありがとうございます。「レッスンの予約と提供」のためにデータを利用させていただきます。');
    expect(await status.innerText()).toContain(`この変更の同意レシートを発行しました（参照番号 ${receipt.record_id}）。`);
    await page.locator('#language').selectOption('en');
    await expect.poll(() => status.innerText()).toContain('Thank you: we may now use your data for “Booking and giving lessons”.');
    const [audited] = await custos.audit.query({ action: 'consent.grant', subjectId: people.sora });
    expect(audited).toMatchObject({ actor: { keyId: 'subject', role: 'subject' }, details: { purposes: ['lesson_delivery'], method: 'privacy_center' } });

    // The answer can be changed with the other choices: withdrawn as easily as it was given.
    await page.getByRole('button', { name: 'Marketing preferences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marketing preferences' }).waitFor();
    const answered = page.getByRole('switch', { name: 'Booking and giving lessons' });
    expect(await answered.isChecked()).toBe(true);
    expect(await page.locator('#new-use-lesson_delivery-state').innerText()).toMatch(/^Allowed since /);
    await expectAccessible(page, 'center-14-new-use-answered-en');
    await answered.uncheck();
    await expect.poll(() => page.locator('#prefs-status').innerText()).toContain('We will not use your data for “Booking and giving lessons”');
    expect((await lessons()).withheld).toEqual([{ field: 'phone', reason: 'consent_withdrawn' }]);
    expect(await page.locator('#receipts li').count()).toBe(2);
    // the switch's status is said again in the language switched to, with the use's name in it too
    await page.locator('#language').selectOption('ja');
    await expect.poll(() => page.locator('#prefs-status').innerText()).toContain('「レッスンの予約と提供」のためにデータを利用することはなく、再度お尋ねすることもありません。');
    expect(await page.locator('#prefs-status').innerText()).toContain('この変更の同意レシートを発行しました（参照番号 ');
    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.locator('#prefs-status').innerText()).toContain('We will not use your data for “Booking and giving lessons”');

    // A decline is not asked again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your requests' }).waitFor();
    expect(await page.locator('#new-uses').count()).toBe(0);
    await ctx.close();
  });

  it('works with the keyboard alone: choose, type, submit, fix an error, enter the code', async () => {
    const ctx = await browser.context('ja-JP');
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'プライバシーに関するご請求' }).waitFor();
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
    const tabTo = async (id: string, max = 40) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if ((await active()) === id) return;
      }
      throw new Error(`${id} is not reachable with Tab`);
    };
    // The skip link comes first and moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await active()).toBe('skip');
    await tabTo('type-access');
    await page.keyboard.press('ArrowDown'); // radio group: arrows move and select
    expect(await active()).toBe('type-correction');
    expect(await page.locator('#details-correction').isVisible()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#type-access').isChecked()).toBe(true);
    await tabTo('email');
    await page.keyboard.type('kei@');
    await page.keyboard.press('Enter');
    // Errors: a summary takes focus; its link leads back to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('email');
    await page.keyboard.type('example.jp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '確認コードの入力' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const code = await codeFor('kei@example.jp', 0);
    await tabTo('code');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'ご請求の状況' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // The language can be switched from the keyboard too; the lang attribute follows.
    await page.focus('#language');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByRole('heading', { level: 1, name: 'Các yêu cầu của bạn' }).waitFor();
    await expectAccessible(page, 'center-7-keyboard-vi');
    await ctx.close();
  });

  it('is usable on a narrow phone screen', async () => {
    const ctx = await browser.context('ru-RU', { viewport: { width: 375, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Ваши запросы о персональных данных' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Исправить мои данные').check();
    await page.getByLabel('Имя и фамилия', { exact: true }).check();
    await expect.poll(() => page.getByLabel('Правильное значение поля «Имя и фамилия»').isVisible()).toBe(true);
    await expectAccessible(page, 'center-8-correction-ru-phone');
    await ctx.close();
  });
});
