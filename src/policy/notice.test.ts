import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadPolicyFile, parsePolicy } from './load.js';
import { LANGUAGES, type Language } from './schema.js';
import { MESSAGES, placeholdersOf } from './i18n/index.js';
import { buildNotice, renderNoticeHtml, renderNoticeMarkdown, negotiateLanguage, categoryLabel, describeChanges, formatDuration } from './notice.js';
import { diffPolicies } from './diff.js';
import { EXAMPLE } from '../../test/backends.js';

const { policy } = loadPolicyFile(EXAMPLE);

describe('privacy notice', () => {
  it('every string key exists in every language, with the same placeholders, and is translated', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      for (const k of keys) {
        const m = MESSAGES[lang][k as keyof typeof MESSAGES.en];
        expect(m.trim().length, `${lang}.${k}`).toBeGreaterThan(0);
        expect(placeholdersOf(m).sort(), `${lang}.${k}`).toEqual(placeholdersOf(MESSAGES.en[k as keyof typeof MESSAGES.en]).sort());
      }
      if (lang !== 'en') {
        // A copied English string is an untranslated one; a few (a dash, "Email", "Cookie") are the same words.
        const same = keys.filter((k) => MESSAGES[lang][k as keyof typeof MESSAGES.en] === MESSAGES.en[k as keyof typeof MESSAGES.en]);
        expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThanOrEqual(3);
      }
    }
  });

  const governingName: Record<Language, string> = { en: 'Japanese', ja: '日本語', ko: '일본어', ru: 'японский', vi: 'tiếng Nhật' };
  const clauseWord: Record<Language, string> = { en: 'prevails', ja: '優先します', ko: '우선합니다', ru: 'преимущество имеет', vi: 'được ưu tiên áp dụng' };

  it.each(LANGUAGES)('renders in %s with the controller, every category and the governing-language clause', (lang) => {
    const doc = buildNotice(policy, { lang });
    const md = renderNoticeMarkdown(doc);
    const html = renderNoticeHtml(doc, { stylesheet: '/privacy.css' });
    for (const out of [md, html]) {
      expect(out).toContain(policy.controller.name);
      expect(out).toContain(policy.controller.contact.email);
      for (const id of Object.keys(policy.categories)) {
        const label = categoryLabel(policy, id, lang);
        expect(label, `${lang} label of ${id}`).not.toBe(id);
        expect(out, `${lang}: ${id}`).toContain(label);
      }
      expect(out).toContain(governingName[lang]);
      expect(out).toContain(clauseWord[lang]);
    }
    expect(doc.sections.map((s) => s.id)).toEqual(['controller', 'categories', 'legal-bases', 'recipients', 'transfers', 'retention', 'cookies', 'rights', 'children', 'security', 'changes', 'language']);
    // A page that works under a strict CSP: no scripts, no inline styles, nothing loaded from elsewhere.
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
    expect(html).not.toMatch(/<script|style=|<style|<img|<iframe/i);
    expect(html.match(/(?:src|href)="(https?:)?\/\/[^"]*"/g) ?? []).toEqual([`href="${policy.controller.contact.url}"`]);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<caption>');
  });

  it('the erasure promise and the statutory deadlines are described', () => {
    const md = renderNoticeMarkdown(buildNotice(policy, { lang: 'en' }));
    expect(md).toMatch(/\| erase your personal information \| 3 business days \(our commitment\) \|/);
    expect(md).toMatch(/\| European Union \| 1 month; may be extended by 2 months/);
    expect(md).toMatch(/\| Japan \| without delay \(we aim for 14 days\) \|/);
    expect(md).toMatch(/\| Vietnam \| 10 days \|/);
    const ru = renderNoticeMarkdown(buildNotice(policy, { lang: 'ru' }));
    expect(ru).toContain('3 рабочих дня (наше обязательство)');
    expect(ru).toContain('10 рабочих дней');
  });

  it('a legal hold that exists for transactions says it keeps data only of people who have them', () => {
    const section = (p: typeof policy) => JSON.stringify(buildNotice(p, { lang: 'en' }).sections.find((s) => s.id === 'retention'));
    expect(section(policy)).toContain('for 7 years, only for people with Transaction history on record (Corporation Tax Act');
    const singles = { ...policy, legal_holds: { kyc: { categories: ['name'], purpose: 'tax_records', period: 'P5Y' } } };
    expect(section(singles)).not.toContain('only for people with');
  });

  it('the changes section promises consent before data already held is used for a purpose added later, unless the policy says notice', () => {
    const changes = (p: typeof policy, lang: Language) => JSON.stringify(buildNotice(p, { lang }).sections.find((s) => s.id === 'changes'));
    for (const lang of LANGUAGES) expect(changes(policy, lang), lang).toContain(MESSAGES[lang].changes_new_uses_consent);
    expect(changes({ ...policy, new_uses: 'notice' }, 'en')).not.toContain(MESSAGES.en.changes_new_uses_consent);
    expect(describeChanges(policy, diffPolicies(policy, { ...policy, new_uses: 'notice' }).changes, 'ru')).toEqual([MESSAGES.ru.change_new_uses_by_notice]);
  });

  it('the change history lists material changes in the reader\'s language', () => {
    const next = parsePolicy(readFileSync(EXAMPLE, 'utf8').replace('purposes: [inquiry_reply]\n', 'purposes: [inquiry_reply, analytics]\n'), 'next.yaml');
    const changes = diffPolicies(policy, next).changes;
    const history = [
      { label: '2026-01-01', publishedAt: '2026-01-01T00:00:00.000Z' },
      { label: '2026-11-01', publishedAt: '2026-11-01T00:00:00.000Z', changes },
    ];
    const ja = renderNoticeMarkdown(buildNotice(next, { lang: 'ja', history }));
    expect(ja).toContain('お問い合わせフォームの返信先メールアドレスを次の目的にも利用します:利用状況の分析とサービス改善');
    expect(ja).toContain('初版');
    expect(describeChanges(next, changes, 'ko')).toEqual(['문의 양식에 입력한 회신용 이메일 주소을(를) 다음 목적에도 이용합니다: 이용 현황 분석 및 서비스 개선']);
  });

  const childrenOf = (p: typeof policy, lang: Language) => buildNotice(p, { lang }).sections.find((x) => x.id === 'children')!.blocks;
  const ageTable: Record<Language, [string, string][]> = {
    en: [['Japan', '13'], ['South Korea', '14']],
    ja: [['日本', '13'], ['韓国', '14']],
    ko: [['일본', '13'], ['대한민국', '14']],
    ru: [['Япония', '13'], ['Республика Корея', '14']],
    vi: [['Nhật Bản', '13'], ['Hàn Quốc', '14']],
  };

  it.each(LANGUAGES)('children in %s: the minimum age of each place the policy applies in, when they differ', (lang) => {
    const blocks = childrenOf(policy, lang);
    expect(blocks[0]).toEqual({ kind: 'p', text: MESSAGES[lang].children_text_by_place });
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table).toMatchObject({ kind: 'table', caption: MESSAGES[lang].h_minimum_age, head: [MESSAGES[lang].col_jurisdiction, MESSAGES[lang].col_minimum_age] });
    expect(table.rows.length).toBe(policy.jurisdictions.length);
    expect(table.rows.slice(0, 2)).toEqual(ageTable[lang]);
    expect(table.rows.slice(2).map((r) => r[1])).toEqual(['13', '13', '13', '13']);
    expect(renderNoticeHtml(buildNotice(policy, { lang }), {})).toContain(`<caption>${MESSAGES[lang].h_minimum_age}</caption>`);
  });

  it('children: one minimum age for all is one sentence, as before; none at all is the parental-consent sentence', () => {
    const single = structuredClone(policy);
    delete single.minimum_age!.by_jurisdiction;
    expect(childrenOf(single, 'en')).toEqual([{ kind: 'p', text: 'Our service is not meant for children under 13. We do not knowingly collect their personal information, and if we learn that we have, we delete it at once.' }]);
    expect(childrenOf(single, 'ko')).toEqual([{ kind: 'p', text: MESSAGES.ko.children_text.replace('{age}', '13') }]);
    // ages written out per jurisdiction that are all the same are still one age
    single.minimum_age!.by_jurisdiction = { JP: 13, KR: 13 };
    expect(childrenOf(single, 'en')).toHaveLength(1);
    delete single.minimum_age;
    expect(childrenOf(single, 'en')).toEqual([{ kind: 'p', text: MESSAGES.en.children_none }]);
  });

  it('the change history says in which place the minimum age is lowered', () => {
    const next = parsePolicy(readFileSync(EXAMPLE, 'utf8').replace('    KR: 14 ', '    KR: 12 '), 'next.yaml');
    const changes = diffPolicies(policy, next).changes;
    expect(describeChanges(next, changes, 'en')).toEqual(['the minimum age in South Korea is lowered to 12']);
    expect(describeChanges(next, changes, 'ko')).toEqual(['대한민국의 이용 가능 연령을 만 12세로 낮춥니다']);
    expect(describeChanges(next, changes, 'ja')).toEqual(['韓国での対象年齢を12歳以上に引き下げます']);
    const younger = parsePolicy(readFileSync(EXAMPLE, 'utf8').replace('years: 13', 'years: 10'), 'younger.yaml');
    expect(describeChanges(younger, diffPolicies(policy, younger).changes, 'en')).toEqual(['the minimum age is lowered to 10']);
  });

  it('labels fall back to the governing language, then English, then the id', () => {
    const p = structuredClone(policy);
    p.categories.name.label = { en: 'Name', ja: '氏名' };
    p.categories.email.label = { en: 'Email address' };
    delete p.categories.phone.label;
    expect(categoryLabel(p, 'name', 'vi')).toBe('氏名');
    expect(categoryLabel(p, 'email', 'vi')).toBe('Email address');
    expect(categoryLabel(p, 'phone', 'vi')).toBe('phone');
  });

  it('durations read naturally', () => {
    expect(formatDuration('en', 'P1Y6M')).toBe('1 year 6 months');
    expect(formatDuration('ja', 'P1Y6M')).toBe('1年6か月');
    expect(formatDuration('ru', 'P5Y')).toBe('5 лет');
    expect(formatDuration('ko', 'P30D')).toBe('30일');
  });

  it('the language comes from Accept-Language when the policy offers it, else the governing language', () => {
    expect(negotiateLanguage(policy, 'ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(negotiateLanguage(policy, 'de-DE, ru;q=0.5, en;q=0.7')).toBe('en');
    expect(negotiateLanguage(policy, 'de')).toBe('ja');
    expect(negotiateLanguage(policy, undefined)).toBe('ja');
    expect(negotiateLanguage(policy, 'vi;q=0, ru')).toBe('ru');
  });
});
