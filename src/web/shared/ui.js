// Small helpers both front ends share: language choice, a DOM builder (text only: nothing from the
// server is ever parsed as HTML), JSON calls that turn problem+json into error lists, and date formats.

export const LANGUAGES = ['en', 'ja', 'ko', 'ru', 'vi'];
export const LANGUAGE_NAMES = { en: 'English', ja: '日本語', ko: '한국어', ru: 'Русский', vi: 'Tiếng Việt' };
const STORE_KEY = 'custos.language';

/** The stored choice, else the first of the browser's languages we have, else English. */
export function pickLanguage(preferred = navigator.languages || [navigator.language]) {
  let stored = null;
  try {
    stored = localStorage.getItem(STORE_KEY);
  } catch {
    stored = null;
  }
  if (stored && LANGUAGES.includes(stored)) return stored;
  for (const tag of preferred || []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch {
    /* private mode: the choice lasts this page only */
  }
}

/** A translator over one app's table: `t('key', { name: 'x' })`; a missing key falls back to English, then to the key. */
export function translator(table, lang) {
  return (key, vars) => {
    let s = table[lang]?.[key] ?? table.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

/** `el('p', { class: 'hint', id: 'x' }, 'text', child)`: attributes set with setAttribute, children as text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'value') node.value = v;
    else if (k === 'checked') node.checked = !!v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** Moves focus to a heading or summary (made focusable for this) so screen readers announce the change. */
export function focusOn(node) {
  if (!node) return;
  if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
  node.focus();
}

/**
 * Calls the API. Resolves `{ ok, status, data, errors }`; errors are `[{ field, rule, message }]` from
 * problem+json, or one `network` error when the server cannot be reached.
 */
export async function call(method, url, { body, headers = {} } = {}) {
  const init = { method, headers: { accept: 'application/json', ...headers }, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    return { ok: false, status: 0, data: null, errors: [{ rule: 'network', message: 'network' }] };
  }
  let data = null;
  const type = res.headers.get('content-type') || '';
  if (res.status !== 204 && type.includes('json')) data = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data, errors: [] };
  const errors = data && Array.isArray(data.errors) && data.errors.length > 0 ? data.errors : [{ rule: data?.code || `http_${res.status}`, message: data?.detail || res.statusText }];
  return { ok: false, status: res.status, data, errors, code: data?.code };
}

/**
 * An error summary: a titled list of links to the fields in error, focused so it is read out first.
 * `items` are `{ message, target }` (target: the id of the input to jump to, optional).
 */
export function errorSummary(title, items) {
  const list = el(
    'ul',
    {},
    items.map((i) =>
      el(
        'li',
        {},
        i.target
          ? el('a', {
              href: `#${i.target}`,
              onclick: (e) => {
                e.preventDefault();
                const t = document.getElementById(i.target);
                if (t) t.focus();
              },
            }, i.message)
          : i.message,
      ),
    ),
  );
  return el('div', { class: 'error-summary', role: 'alert', 'aria-labelledby': 'error-summary-title', tabindex: '-1' }, el('h2', { id: 'error-summary-title' }, title), list);
}

/** Marks one input as invalid with a message above it, linked by aria-describedby. */
export function markInvalid(input, message) {
  if (!input) return;
  const id = `${input.id}-error`;
  document.getElementById(id)?.remove();
  input.setAttribute('aria-invalid', 'true');
  const described = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== id);
  input.setAttribute('aria-describedby', [id, ...described].join(' '));
  const msg = el('p', { class: 'field-error', id }, message);
  input.before(msg);
}

export function clearInvalid(root) {
  for (const e of root.querySelectorAll('.field-error')) e.remove();
  for (const i of root.querySelectorAll('[aria-invalid]')) {
    i.removeAttribute('aria-invalid');
    const d = (i.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.endsWith('-error'));
    if (d.length) i.setAttribute('aria-describedby', d.join(' '));
    else i.removeAttribute('aria-describedby');
  }
}

const locale = (lang) => ({ en: 'en-GB', ja: 'ja-JP', ko: 'ko-KR', ru: 'ru-RU', vi: 'vi-VN' })[lang] || 'en-GB';

/**
 * The day an instant falls on, as a long date. `timeZone` (IANA) says where: a due date of a request is a
 * day of its jurisdiction (`timeZone` of the request), not of the browser. Without it, the browser's zone.
 */
export function formatDate(iso, lang, timeZone) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(d);
}

export function formatDateTime(iso, lang) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Date and time in the browser's zone, with the zone named ("4 Dec 2026, 07:59 GMT+9"): for deadlines that are instants. */
export function formatDateTimeZone(iso, lang) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(d);
}

export function formatTime(iso, lang) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short' }).format(d);
}

/** The language switcher: a labelled select that calls `onChange(lang)`. */
export function languageSwitcher(label, current, onChange) {
  const select = el(
    'select',
    { id: 'language', onchange: (e) => onChange(e.target.value) },
    LANGUAGES.map((l) => el('option', { value: l, lang: l, selected: l === current }, LANGUAGE_NAMES[l])),
  );
  return el('div', { class: 'language' }, el('label', { for: 'language' }, label), select);
}
