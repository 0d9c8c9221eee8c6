/**
 * GET /privacy: the privacy notice as a complete HTML page, in `?lang=` or the best Accept-Language
 * match among the policy's languages (else the governing language), with the change history of the
 * recorded versions. Public, no scripts, one same-origin stylesheet (GET /privacy.css).
 */
import { z } from 'zod';
import { defineRoute } from '../route.js';
import { LANGUAGES } from '../../policy/schema.js';
import { buildNotice, historyOf, negotiateLanguage, renderNoticeHtml } from '../../policy/notice.js';
import { invalidInput } from '../../errors.js';

const STYLESHEET = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --muted: #555; --line: #ccc; --link: #0645ad; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #151515; --muted: #aaa; --line: #444; --link: #8ab4f8; } }
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
.languages { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 0 0 1rem; justify-content: flex-end; }
.version { color: var(--muted); }
h1 { font-size: 2rem; line-height: 1.25; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: color-mix(in srgb, var(--fg) 8%, transparent); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
`.trim();

/** Rendered notice pages, per Custos instance, by policy version, history length and language. */
const pages = new WeakMap<object, Map<string, string>>();

export const noticeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/privacy',
    tag: 'notice',
    summary: 'The privacy notice as an HTML page, in ?lang= or the Accept-Language match (en, ja, ko, ru, vi)',
    auth: 'public',
    query: z.object({ lang: z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` }).optional() }),
    handler: async ({ custos, query, req, reply }) => {
      const policy = custos.policy;
      if (query.lang && !policy.languages.includes(query.lang)) throw invalidInput('lang', 'language_offered', `the notice is published in ${policy.languages.join(', ')}`);
      const lang = query.lang ?? negotiateLanguage(policy, req.headers['accept-language']);
      const current = custos.policyVersion.ordinal;
      const versions = custos.versions.list().filter((v) => v.ordinal <= current);
      // a page depends only on the policy in force, its history and the language: rendered once (about 6 ms)
      let rendered = pages.get(custos);
      if (!rendered) pages.set(custos, (rendered = new Map()));
      const key = `${current}|${versions.length}|${lang}`;
      let html = rendered.get(key);
      if (html === undefined) {
        html = renderNoticeHtml(buildNotice(policy, { lang, history: historyOf(versions) }), { stylesheet: '/privacy.css', languageHref: (l) => `/privacy?lang=${l}` });
        rendered.set(key, html);
      }
      reply.type('text/html; charset=utf-8').header('content-language', lang).header('vary', 'accept-language').header('cache-control', 'no-cache');
      return html;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/privacy.css',
    tag: 'notice',
    summary: 'The stylesheet of the privacy notice page',
    auth: 'public',
    handler: async ({ reply }) => {
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600');
      return STYLESHEET;
    },
  }),
];
