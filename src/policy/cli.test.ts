import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../test/cli.js';
import { EXAMPLE } from '../../test/backends.js';

const source = readFileSync(EXAMPLE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'custos-policy-cli-'));
const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const changedText = source.replace('purposes: [inquiry_reply]\n', 'purposes: [inquiry_reply, analytics]\n');
const changed = write('changed.yaml', changedText);
const deemed = write('deemed.yaml', source.replace(/analytics:(\s+)\{ basis: consent,/, 'analytics:$1{ basis: consent, consent_method: deemed,'));
const noCountry = write('no-country.yaml', source.replace('  country: JP\n  contact:', '  contact:'));

describe('custos policy CLI', () => {
  it('check: lint errors name rule, severity and jurisdiction (exit 1); warnings pass unless --strict', async () => {
    const bad = await runCli(['policy', 'check', deemed]);
    expect(bad.code).toBe(1);
    for (const j of ['EU', 'KR', 'VN']) expect(bad.err).toMatch(new RegExp(`${deemed}:\\d+:\\d+  error  purpose "analytics" rests on consent deemed from continued use  \\[deemed_consent\\]  \\(${j}\\)`));
    expect(bad.err).toMatch(/Recital 32/);

    const json = await runCli(['policy', 'check', deemed, '--json']);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.out);
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({ rule: 'deemed_consent', severity: 'error', jurisdiction: 'EU', field: 'purposes.analytics.consent_method' });
    expect(out.errors[0].line).toBeGreaterThan(1);

    const warn = await runCli(['policy', 'check', noCountry]);
    expect(warn.code).toBe(0);
    expect(warn.out).toMatch(/warning  the controller has no country.*\[controller_country_missing\]/);
    expect((await runCli(['policy', 'check', noCountry, '--strict'])).code).toBe(1);
    expect((await runCli(['policy', 'check', EXAMPLE, '--strict'])).code).toBe(0);
  });

  it('diff: classes each change; --exit-code fails on material changes; bad arguments exit 2', async () => {
    const d = await runCli(['policy', 'diff', EXAMPLE, changed]);
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/1 material, 0 minor/);
    expect(d.out).toMatch(/MATERIAL  category "inquiry_email" is used for a new purpose "analytics"  \[category_purpose_added\]/);
    expect((await runCli(['policy', 'diff', EXAMPLE, changed, '--exit-code'])).code).toBe(1);
    expect((await runCli(['policy', 'diff', EXAMPLE, EXAMPLE, '--exit-code'])).code).toBe(0);
    const j = JSON.parse((await runCli(['policy', 'diff', EXAMPLE, changed, '--json'])).out);
    expect(j.changes).toEqual([expect.objectContaining({ kind: 'category_purpose_added', class: 'material', category: 'inquiry_email', purpose: 'analytics' })]);
    expect((await runCli(['policy', 'diff', EXAMPLE, join(dir, 'missing.yaml')])).code).toBe(2);
    expect((await runCli(['policy', 'diff', EXAMPLE])).code).toBe(2);
  });

  it('publish records versions, refuses a policy with errors, and serve refuses unannounced material changes', async () => {
    const data = join(dir, 'data');
    const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('base64'), CUSTOS_DATABASE_URL: undefined, CUSTOS_SMTP_URL: undefined, CUSTOS_POLICY: undefined };
    const first = await runCli(['policy', 'publish', EXAMPLE, '--data-dir', data, '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ ordinal: 1, status: 'first_version' });

    // A policy with lint errors is not published: nothing recorded.
    const refused = await runCli(['policy', 'publish', deemed, '--data-dir', data], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not published/);

    // A changed policy opened by serve (which records it) is refused until it is published.
    const serve = await runCli(['serve', '--data-dir', data, '--policy', changed, '--port', '0'], env);
    expect(serve.code).toBe(1);
    expect(serve.err).toMatch(/material change\(s\) since version 1 that subjects have not been told about: run "custos policy publish/);
    // so does every other command that opens the stores with it (Custos.open refuses it, as the SDK does)
    const keys = await runCli(['keys', 'list', '--data-dir', data, '--policy', changed], env);
    expect(keys.code).toBe(1);
    expect(keys.err).toMatch(/that subjects have not been told about: run "custos policy publish/);

    const second = await runCli(['policy', 'publish', changed, '--data-dir', data, '--effective', '2027-01-01'], env);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/version 2 \(2026-11-01\) published: 1 material change\(s\) since v1; 0 notification\(s\) queued/);
    expect((await runCli(['policy', 'publish', changed, '--data-dir', data], env)).out).toMatch(/already published and announced/);
    expect((await runCli(['policy', 'publish', changed, '--data-dir', data, '--effective', 'soon'], env)).code).toBe(2); // bad usage

    const versions = await runCli(['policy', 'versions', '--data-dir', data, '--json'], env);
    expect(versions.code).toBe(0);
    expect(JSON.parse(versions.out).versions.map((v: { ordinal: number; announcement: string }) => [v.ordinal, v.announcement])).toEqual([
      [1, 'announced'],
      [2, 'announced'],
    ]);
    const dv = await runCli(['policy', 'diff', 'v1', 'v2', '--data-dir', data], env);
    expect(dv.code).toBe(0);
    expect(dv.out).toMatch(/v1 \(2026-11-01\) -> v2 \(2026-11-01\): 1 material/);
    expect((await runCli(['policy', 'diff', 'v1', 'v9', '--data-dir', data], env)).code).toBe(2);
  });

  it('render: every language as Markdown or HTML; a language the policy lacks exits 2', async () => {
    const ru = await runCli(['policy', 'render', EXAMPLE, '--lang', 'ru']);
    expect(ru.code).toBe(0);
    expect(ru.out).toMatch(/^# Политика конфиденциальности/);
    const html = await runCli(['policy', 'render', '--policy', EXAMPLE, '--lang', 'ko', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.out).toMatch(/<html lang="ko">/);
    expect((await runCli(['policy', 'render', EXAMPLE])).out).toMatch(/^# プライバシーポリシー/); // the governing language by default
    expect((await runCli(['policy', 'render', EXAMPLE, '--lang', 'de'])).code).toBe(2);
    expect((await runCli(['policy', 'render', EXAMPLE, '--format', 'pdf'])).code).toBe(2);
    const onlyJa = write('ja-only.yaml', source.replace('languages: [en, ja, ko, ru, vi]', 'languages: [ja]'));
    const r = await runCli(['policy', 'render', onlyJa, '--lang', 'vi']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/published in ja/);
  });
});
