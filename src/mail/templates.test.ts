import { describe, expect, it } from 'vitest';
import { LANGUAGES, REQUEST_TYPES } from '../policy/schema.js';
import { AUTO_PLACEHOLDERS, REQUEST_TYPE_LABELS, TEMPLATES, TEMPLATE_IDS, render, type TemplateSpec } from './templates.js';

const ctx = { controller: 'Example Tutoring K.K.', contact: 'privacy@tutoring.example' };
const REQUIRED = ['verification_code', 'request_received', 'request_extended', 'request_completed', 'request_refused', 'policy_change', 'breach_notice', 'reminder_privacy_officer', 'incident_reminder', 'incident_overdue'];

/** A distinct sample value per placeholder, so each can be found in the output. */
function sample(p: string): string {
  if (p === 'code') return '314159';
  if (p === 'minutes') return '10';
  if (p === 'days_left') return '3';
  if (p === 'request_type') return 'erasure';
  if (p.endsWith('date') || p === 'occurred') return '2026-12-03';
  if (p === 'due_at') return '2026-12-03T01:00:00Z';
  if (p === 'hours_left') return '27';
  return `«${p}-value»`;
}

/** Letters each language's own text must contain (so a template is not an English copy). */
const SCRIPT: Record<string, RegExp> = {
  ja: /[\u3040-\u30ff]/,
  ko: /[\uac00-\ud7af]/,
  ru: /[\u0400-\u04ff]/,
  vi: /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/i,
  en: /^[\x00-\x7f«»]*$/,
};

describe('mail templates', () => {
  it('has every template the request, policy and breach modules need', () => {
    for (const id of REQUIRED) expect(TEMPLATE_IDS).toContain(id);
  });

  for (const id of TEMPLATE_IDS) {
    const spec = TEMPLATES[id] as TemplateSpec;
    it(`${id}: every language exists, uses exactly the declared placeholders, and renders with all of them filled`, () => {
      expect(Object.keys(spec.lang).sort()).toEqual([...LANGUAGES].sort());
      const data = Object.fromEntries(spec.placeholders.map((p) => [p, sample(p)]));
      const subjects = new Set<string>();
      for (const lang of LANGUAGES) {
        const t = spec.lang[lang];
        const used = new Set([...`${t.subject}\n${t.text}`.matchAll(/\{\{([a-z_]+)\}\}/g)].map((m) => m[1]));
        // every declared placeholder appears, and nothing else than those and the automatic ones
        for (const p of spec.placeholders) expect(used, `${id}/${lang} uses {{${p}}}`).toContain(p);
        for (const u of used) expect([...spec.placeholders, ...AUTO_PLACEHOLDERS], `${id}/${lang} declares {{${u}}}`).toContain(u);
        expect(t.text.replace(/\{\{[a-z_]+\}\}/g, ''), `${id}/${lang} is written in ${lang}`).toMatch(SCRIPT[lang]);
        const m = render(id, lang, data, ctx);
        for (const part of [m.subject, m.text, m.html]) expect(part).not.toMatch(/\{\{|\}\}/);
        expect(m.subject).not.toMatch(/[\r\n]/);
        expect(m.text).toContain(ctx.controller);
        for (const p of spec.placeholders) {
          if (p === 'request_type') expect(m.text).toContain(REQUEST_TYPE_LABELS[lang].erasure);
          else if (p.endsWith('date') || p === 'occurred') expect(m.text).toMatch(/2026/);
          // an instant with its hour (in UTC: no time_zone given) and the zone's name
          else if (p === 'due_at') for (const part of [/2026/, /\b01:00\b/, /\bUTC\b/]) expect(m.text).toMatch(part);
          else expect(m.text + m.subject).toContain(data[p]);
        }
        expect(m.html).toContain(`<html lang="${lang}">`);
        subjects.add(m.subject);
      }
      expect(subjects.size, `${id}: five different subject lines`).toBe(LANGUAGES.length);
    });
  }

  it('labels every request type in every language', () => {
    for (const lang of LANGUAGES) for (const t of REQUEST_TYPES) expect(REQUEST_TYPE_LABELS[lang][t]).toMatch(/\S/);
  });

  it('escapes values in HTML and keeps line breaks out of the subject line', () => {
    const m = render('request_refused', 'en', { reference: 'R-1\r\nBcc: x@example.org', request_type: 'access', reason: '<script>alert(1)</script> & more' }, ctx);
    expect(m.subject).toBe('Your request R-1 Bcc: x@example.org: we cannot fulfil it');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(m.html).not.toContain('<script>');
    expect(m.text).toContain('<script>alert(1)</script> & more');
  });

  it('shows instants as dates of the language in the given time zone', () => {
    // 2026-12-03T23:59:59 in Los Angeles is already 4 December in UTC
    const data = { reference: 'R-9', request_type: 'access', due_date: '2026-12-04T07:59:59.999Z', time_zone: 'America/Los_Angeles' };
    expect(render('request_received', 'en', data, ctx).text).toContain('December 3, 2026');
    expect(render('request_received', 'ja', data, ctx).text).toContain('2026年12月3日');
    expect(render('request_received', 'ko', data, ctx).text).toContain('2026년 12월 3일');
    expect(render('request_received', 'ru', data, ctx).text).toContain('3 декабря 2026');
    expect(render('request_received', 'en', { ...data, time_zone: 'UTC' }, ctx).text).toContain('December 4, 2026');
  });
});
