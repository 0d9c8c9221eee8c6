// The admin console: the request queue by due date, request detail with its timeline and actions,
// subject search bound to a purpose, the disclosures ledger, the audit log with its verification and
// alerts, incidents and their deadlines, and policy versions with their diff.
//
// Sign-in: with the admin password or an API key, each sent once to open a session: an HttpOnly cookie
// that page scripts cannot read, and a CSRF token sent in x-custos-csrf on every request that changes
// something. The console keeps neither the password nor the key (a key an older console left in
// sessionStorage is removed when it starts).
import { STRINGS } from './i18n.js';
import { call, clear, clearInvalid, el, errorSummary, focusOn, markInvalid, formatDate, formatDateTime, formatDateTimeZone, languageSwitcher, LANGUAGE_NAMES, LANGUAGES, pickLanguage, rememberLanguage } from '/assets/shared/ui.js';

/** Where an older console kept the API key for the tab; removed when the console starts. */
const OLD_KEY_STORE = 'custos.admin.key';
const REQUEST_TYPES = ['access', 'correction', 'erasure', 'restriction', 'stop_provision', 'marketing_objection', 'purpose_notice'];
const STATUSES = ['open', 'awaiting_approval', 'in_progress', 'completed', 'refused', 'closed'];
const REFUSAL_CODES = ['identity_not_verified', 'manifestly_unfounded', 'excessive', 'legal_exception', 'conflict_with_law'];
const SCREENS = ['requests', 'subjects', 'disclosures', 'incidents', 'audit', 'policy'];

const state = {
  lang: pickLanguage(),
  auth: null, // the session: { via: 'password' | 'api_key', csrf, role, expiresAt, name (of the key) }
  catalog: null,
  filters: { status: 'open', type: '' },
  search: { purpose: '', via: 'email', value: '' },
  flash: null,
  /** Incidents the incidents screen shows (more than a page once *Show more incidents* was used); 0 on arriving there. */
  incidentsShown: 0,
};

let t = (k) => k;
function setLanguage(lang) {
  state.lang = lang;
  t = (key, vars) => {
    let s = STRINGS[lang]?.[key] ?? STRINGS.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  document.documentElement.lang = lang;
}

const main = () => document.getElementById('main');

/** An API call with the console's credentials. A 401 ends the session. */
async function api(method, url, body) {
  const headers = {};
  if (state.auth && method !== 'GET') headers['x-custos-csrf'] = state.auth.csrf;
  const r = await call(method, url, { body, headers });
  if (r.status === 401 && state.auth) {
    signOutLocally();
    state.flash = { kind: 'warn', text: t('signin.expired') };
    route();
  }
  return r;
}

/**
 * What the server found wrong with a value, in the console's language: the console's text for the rule
 * (`problem.<rule>` in i18n.js), else the server's own words (English). The field's name stays as the
 * server sent it. `input`, the form field the finding is about, fills a text's {max} (its maxlength);
 * a text that needs what is not known gives way to the server's words too.
 */
function findingText(e, input) {
  const key = `problem.${e.rule}`;
  if (!Object.hasOwn(STRINGS.en, key)) return e.message;
  const vars = { max: input?.maxLength > 0 ? input.maxLength : undefined };
  if ([...STRINGS.en[key].matchAll(/\{(\w+)\}/g)].some((m) => vars[m[1]] === undefined)) return e.message;
  return t(key, vars);
}

/**
 * The server's findings about the fields of a form, for showing each beside its field: `targets` gives
 * the id of the form's input for a field the server names (`body.reason`), as a map or a function, and
 * nothing for another field (that finding is left to `problemText`).
 */
function fieldErrors(r, targets) {
  if (r.ok) return [];
  const targetOf = typeof targets === 'function' ? targets : (f) => (Object.hasOwn(targets, f) ? targets[f] : undefined);
  return (r.errors ?? []).flatMap((x) => {
    const target = x.field ? targetOf(x.field) : undefined;
    return target ? [{ message: findingText(x, document.getElementById(target)), target }] : [];
  });
}

function problemText(r) {
  if (r.status === 0) return t('err.network');
  // a role's refusal in the console's words (the server's names its operation in English); any other
  // finding of the refusal after it, in the console's words where it has them
  if (r.status === 403)
    return [t('err.forbidden', { role: state.auth?.role ?? '' }), ...(r.errors ?? []).filter((e) => e.rule !== 'operation_not_for_role').map((e) => findingText(e))].join(' ');
  if (r.status === 404) return t('err.notFound');
  if (r.status === 429) return t('err.rateLimited');
  // a new email or phone not proven yet, or no codes left for it: say what to do, in the console's words
  if (r.errors.some((e) => e.rule === 'identifier_unconfirmed')) return t('identifier.unconfirmed');
  if (r.errors.some((e) => e.rule === 'identifier_code_limit')) return t('identifier.codeLimit');
  return t('err.server', { detail: r.errors.map((e) => (e.field ? `${e.field}: ${findingText(e)}` : findingText(e))).join('; ') });
}

/** After an action: its outcome as the flash of the screen drawn again (`ok(data)` in words, or the server's refusal). */
async function showOutcome(r, ok) {
  state.flash = r.ok ? { kind: 'ok', text: ok(r.data) } : { kind: 'bad', text: problemText(r) };
  await route();
}

function problemBox(r) {
  return el('div', { class: 'notice bad', role: 'alert' }, el('p', {}, problemText(r)));
}

const labelOf = (kind, id) => (state.catalog?.[kind] || []).find((x) => x.id === id)?.label || id;

async function loadCatalog() {
  const r = await call('GET', `/v1/privacy/catalog?lang=${state.lang}`);
  state.catalog = r.ok ? r.data : { categories: [], purposes: [], legalHolds: [] };
}

function heading(text) {
  return el('h1', { id: 'page-title', tabindex: '-1' }, text);
}

function flashBox() {
  if (!state.flash) return null;
  const box = el('div', { class: `notice ${state.flash.kind}`, role: state.flash.kind === 'bad' ? 'alert' : 'status' }, el('p', {}, state.flash.text));
  state.flash = null;
  return box;
}

function tableRow(cells, attrs = {}) {
  return el('tr', attrs, cells.map((c) => el('td', {}, c)));
}

function table(caption, headers, rows, rowAttrs = () => ({})) {
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.length ? rows.map((cells, i) => tableRow(cells, rowAttrs(i))) : el('tr', {}, el('td', { colspan: headers.length }, t('common.none')))),
    ),
  );
}

function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function badge(kind, text) {
  return el('span', { class: `badge ${kind}` }, text);
}

function statusBadge(status) {
  return badge({ completed: 'ok', refused: 'bad', awaiting_approval: 'warn', in_progress: 'info', closed: 'info' }[status] || 'info', t(`status.${status}`));
}

// ----------------------------------------------------------------------------------------- chrome

function renderChrome() {
  document.getElementById('skip').textContent = t('app.skip');
  document.getElementById('brand').textContent = t('app.title');
  document.title = t('app.title');
  const slot = clear(document.getElementById('language-slot'));
  slot.append(
    languageSwitcher(t('app.language'), state.lang, async (lang) => {
      rememberLanguage(lang);
      setLanguage(lang);
      await loadCatalog();
      renderChrome();
      await route(false);
      document.getElementById('language')?.focus();
    }),
  );
  const nav = document.getElementById('nav');
  clear(nav);
  nav.hidden = !state.auth;
  if (!state.auth) return;
  nav.setAttribute('aria-label', t('nav.label'));
  const current = location.hash.replace(/^#\//, '').split('/')[0] || 'requests';
  nav.append(
    el(
      'ul',
      {},
      SCREENS.map((s) => el('li', {}, el('a', { href: `#/${s}`, 'aria-current': s === current ? 'page' : undefined }, t(`nav.${s}`)))),
      el('li', { class: 'who' }, state.auth.via === 'api_key' ? t('nav.whoKey', { name: state.auth.name ?? '', role: state.auth.role }) : t('nav.whoPassword', { role: state.auth.role })),
      el('li', {}, el('button', { type: 'button', class: 'link', id: 'sign-out', onclick: signOut }, t('nav.signOut'))),
    ),
  );
}

function signOutLocally() {
  state.auth = null;
}

/** The session as the server describes it (what the console keeps: no password, no key). */
function sessionOf(data) {
  return { via: data.via, csrf: data.csrf, role: data.role, expiresAt: data.expiresAt, name: data.name };
}

async function signOut() {
  if (state.auth) await call('DELETE', '/v1/admin/session', { headers: { 'x-custos-csrf': state.auth.csrf } });
  signOutLocally();
  state.flash = { kind: 'ok', text: t('signin.signedOut') };
  await go('#/');
}

// ----------------------------------------------------------------------------------------- sign-in

function viewSignIn(root) {
  const keyForm = el(
    'form',
    {
      id: 'key-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const input = document.getElementById('api-key');
        if (!/^ck_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/.test(input.value.trim())) return showFormError(root, t('signin.keyFormat'), 'api-key');
        // sent once, to open the session; from then on the cookie stands for it
        const r = await call('POST', '/v1/admin/key-session', { headers: { authorization: `Bearer ${input.value.trim()}` } });
        if (!r.ok) return showFormError(root, r.status === 429 ? t('err.rateLimited') : r.status === 0 ? t('err.network') : r.status === 401 ? t('signin.keyWrong') : problemText(r), 'api-key');
        input.value = '';
        state.auth = sessionOf(r.data);
        await go('#/requests');
      },
    },
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'api-key' }, t('signin.key')),
      el('p', { class: 'hint', id: 'api-key-hint' }, t('signin.keyHint')),
      el('input', { type: 'password', id: 'api-key', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'api-key-hint' }),
    ),
    el('button', { type: 'submit' }, t('signin.keySubmit')),
  );
  const passwordForm = el(
    'form',
    {
      id: 'password-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const password = document.getElementById('admin-password').value;
        if (!password) return showFormError(root, t('signin.passwordMissing'), 'admin-password');
        const r = await call('POST', '/v1/admin/session', { body: { password } });
        if (!r.ok) return showFormError(root, r.status === 429 ? t('err.rateLimited') : r.status === 0 ? t('err.network') : t('signin.passwordWrong'), 'admin-password');
        state.auth = sessionOf(r.data);
        await go('#/requests');
      },
    },
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'admin-password' }, t('signin.password')),
      el('p', { class: 'hint', id: 'admin-password-hint' }, t('signin.passwordHint')),
      el('input', { type: 'password', id: 'admin-password', autocomplete: 'current-password', 'aria-describedby': 'admin-password-hint' }),
    ),
    el('button', { type: 'submit' }, t('signin.passwordSubmit')),
  );
  root.append(
    heading(t('signin.title')),
    ...[flashBox()].filter(Boolean),
    el('p', {}, t('signin.intro')),
    el(
      'div',
      { class: 'grid-2' },
      el('section', { class: 'panel signin', 'aria-labelledby': 'password-title' }, el('h2', { id: 'password-title' }, t('signin.passwordTitle')), passwordForm),
      el('section', { class: 'panel signin', 'aria-labelledby': 'key-title' }, el('h2', { id: 'key-title' }, t('signin.keyTitle')), keyForm),
    ),
  );
}

/** Errors of a form: a summary under the heading, and each message beside its field (`target`), which is marked invalid. */
function showFormErrors(root, errors) {
  root.querySelector('.error-summary')?.remove();
  clearInvalid(root);
  const summary = errorSummary(t('err.title'), errors);
  root.querySelector('h1').after(summary);
  for (const e of errors) if (e.target) markInvalid(document.getElementById(e.target), e.message);
  focusOn(summary);
}

const showFormError = (root, message, target) => showFormErrors(root, [{ message, target }]);

// ----------------------------------------------------------------------------------------- queue

function dueCell(r) {
  // the day of the jurisdiction's calendar: in another zone the instant may fall on another day
  const parts = [formatDate(r.extendedUntil || r.dueAt, state.lang, r.timeZone)];
  if (r.overdue) parts.push(' ', badge('bad', t('queue.overdue')));
  else if (r.atRisk) parts.push(' ', badge('warn', t('queue.atRisk')));
  if (r.extendedUntil) parts.push(' ', badge('info', t('queue.extended')));
  return el('span', {}, ...parts);
}

async function viewQueue(root) {
  const f = state.filters;
  const filters = el(
    'form',
    {
      class: 'filters',
      id: 'queue-filters',
      onsubmit: async (e) => {
        e.preventDefault();
        f.status = document.getElementById('filter-status').value;
        f.type = document.getElementById('filter-type').value;
        await route();
      },
    },
    el('div', { class: 'field' }, el('label', { for: 'filter-status' }, t('queue.filterStatus')), el('select', { id: 'filter-status' }, STATUSES.map((s) => el('option', { value: s, selected: f.status === s }, t(`status.${s}`))))),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'filter-type' }, t('queue.filterType')),
      el('select', { id: 'filter-type' }, el('option', { value: '' }, t('queue.allTypes')), REQUEST_TYPES.map((x) => el('option', { value: x, selected: f.type === x }, t(`type.${x}`)))),
    ),
    el('button', { type: 'submit' }, t('queue.apply')),
  );
  root.append(heading(t('queue.title')), ...[flashBox()].filter(Boolean), el('p', {}, t('queue.intro')), filters);
  // every page is asked for with the filters of the first: `next` continues that list only
  const q = new URLSearchParams({ status: f.status, ...(f.type ? { type: f.type } : {}) });
  const r = await api('GET', `/v1/requests?${q}`);
  if (!r.ok) return root.append(problemBox(r));
  const shown = new Map(r.data.requests.map((x) => [x.requestId, x]));
  let next = r.data.next ?? null;
  const count = el('p', { role: 'status', id: 'queue-count' });
  const sayCount = () => {
    const all = [...shown.values()];
    const vars = { n: all.length, overdue: all.filter((x) => x.overdue).length, atRisk: all.filter((x) => x.atRisk).length };
    clear(count).append(next ? t('queue.countMore', vars) : t('queue.count', vars));
  };
  sayCount();
  const rowAttrs = (x) => ({ id: `queue-${x.requestId}`, class: x.overdue ? 'overdue' : x.atRisk ? 'at-risk' : undefined });
  const list = r.data.requests;
  const tableWrap = table(
    t('queue.caption'),
    [t('queue.due'), t('queue.reference'), t('queue.type'), t('queue.status'), t('queue.received'), t('queue.channel'), t('queue.jurisdiction'), t('queue.assignee')],
    list.map(queueCells),
    (i) => rowAttrs(list[i]),
  );
  const more = el('div', { class: 'actions', id: 'queue-more' });
  const problem = el('div', { id: 'queue-more-problem' });
  /**
   * The next page, added below the rows shown; focus moves to the first added row, where reading goes
   * on. A request extended meanwhile moves to its new due date and comes again on a later page: its row
   * moves there rather than showing twice.
   */
  const showMore = async (button) => {
    button.disabled = true;
    clear(problem);
    const p = await api('GET', `/v1/requests?${new URLSearchParams({ ...Object.fromEntries(q), after: next })}`);
    button.disabled = false;
    if (!p.ok) return problem.append(problemBox(p));
    const tbody = tableWrap.querySelector('tbody');
    const added = p.data.requests.map((x) => {
      if (shown.has(x.requestId)) document.getElementById(`queue-${x.requestId}`)?.remove();
      shown.set(x.requestId, x);
      return tableRow(queueCells(x), rowAttrs(x));
    });
    tbody.append(...added);
    next = p.data.next ?? null;
    sayCount();
    if (!next) clear(more);
    if (added[0]) focusOn(added[0]);
  };
  if (next) more.append(el('button', { type: 'button', class: 'secondary', id: 'queue-more-button', onclick: (e) => showMore(e.currentTarget) }, t('queue.more')));
  root.append(count, tableWrap, problem, more);
}

/** One row of the queue. */
function queueCells(x) {
  return [
    dueCell(x),
    el('a', { href: `#/requests/${encodeURIComponent(x.requestId)}` }, x.requestId.slice(0, 8)),
    t(`type.${x.type}`),
    statusBadge(x.status),
    formatDate(x.receivedAt, state.lang),
    t(`channel.${x.channel}`),
    x.jurisdiction,
    x.assignee || '—',
  ];
}

// ----------------------------------------------------------------------------------------- detail

async function viewDetail(root, id) {
  const r = await api('GET', `/v1/requests/${encodeURIComponent(id)}`);
  if (!r.ok) return root.append(heading(t('detail.title', { ref: id.slice(0, 8) })), problemBox(r));
  const q = r.data;
  const open = q.status === 'awaiting_approval' || q.status === 'in_progress';
  root.append(
    heading(t('detail.title', { ref: q.requestId.slice(0, 8) })),
    ...[flashBox()].filter(Boolean),
    el('p', {}, el('a', { href: '#/requests' }, t('detail.back'))),
    el(
      'div',
      { class: 'grid-2' },
      el(
        'section',
        { 'aria-labelledby': 'facts-title' },
        el('h2', { id: 'facts-title' }, t('detail.facts')),
        facts([
          [t('queue.type'), t(`type.${q.type}`)],
          [t('queue.status'), statusBadge(q.status)],
          [t('detail.verification'), t(`verification.${q.channel}`)],
          [t('queue.jurisdiction'), q.jurisdiction],
          [t('detail.language'), q.language],
          [t('queue.received'), formatDateTime(q.receivedAt, state.lang)],
          [t('queue.due'), dueCell(q)],
          [t('detail.dueRule'), q.dueRule],
          [t('detail.acknowledgeBy'), q.acknowledgeBy && formatDate(q.acknowledgeBy, state.lang, q.timeZone)],
          [t('queue.assignee'), q.assignee],
          [t('detail.fee'), q.fee && `${q.fee.amount} ${q.fee.currency}${q.fee.paidAt ? ` — ${t('detail.feePaid')}` : ` — ${t('detail.feeUnpaid')}`}`],
          [t('detail.refusal'), q.refusal && t(`refusal.${q.refusal.code}`)],
          [t('detail.completed'), q.completedAt && formatDateTime(q.completedAt, state.lang)],
        ]),
      ),
      el(
        'section',
        { 'aria-labelledby': 'timeline-title' },
        el('h2', { id: 'timeline-title' }, t('detail.timeline')),
        el(
          'ol',
          { class: 'timeline' },
          (q.timeline || []).map((e) => el('li', {}, el('strong', {}, t(`event.${e.event}`)), ' — ', formatDateTime(e.at, state.lang), ' — ', el('code', {}, e.actor), e.note ? el('div', {}, e.note) : null)),
        ),
      ),
    ),
  );
  const asked = askedSection(q);
  if (asked) root.append(asked);
  if (open && q.identifierConfirmation) root.append(identifierSection(q, root));
  if (open) root.append(actions(q));
}

/**
 * A correction of an email or phone filed by staff, an agent or the API waits until control of the new
 * value is proven: staff send a code to it and enter the code the person reads back to them. Approval is
 * refused until then. Neither the code nor the new value goes into a URL.
 */
function identifierSection(q, root) {
  const fields = q.details?.fields && typeof q.details.fields === 'object' ? Object.keys(q.details.fields) : [];
  const types = Object.fromEntries((state.catalog?.categories || []).map((c) => [c.id, c.type]));
  const field = fields.find((f) => types[f] === 'email' || types[f] === 'phone');
  const kind = field && types[field] === 'phone' ? 'phone' : 'email';
  const section = el('section', { 'aria-labelledby': 'identifier-title', id: 'identifier' }, el('h2', { id: 'identifier-title' }, t(`identifier.title.${kind}`)));
  if (q.identifierConfirmation === 'confirmed') {
    section.append(el('p', { class: 'notice ok', id: 'identifier-state' }, t(`identifier.confirmed.${kind}`)));
    return section;
  }
  const url = (step) => `/v1/requests/${encodeURIComponent(q.requestId)}/${step}`;
  section.append(
    el('div', { class: 'notice warn', id: 'identifier-state' }, el('p', {}, t(`identifier.pending.${kind}`))),
    el(
      'div',
      { class: 'actions' },
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          id: 'send-identifier-code',
          onclick: async () => {
            const r = await api('POST', url('identifier-code'), {});
            await showOutcome(r, (data) => t(`identifier.sent.${kind}`, { time: formatDateTime(data.expiresAt, state.lang) }));
          },
        },
        t(`identifier.send.${kind}`),
      ),
    ),
    el(
      'form',
      {
        id: 'identifier-form',
        class: 'panel',
        novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          const code = document.getElementById('identifier-code').value.replace(/\s+/g, '');
          if (!/^\d{6}$/.test(code)) return showFormError(root, t('identifier.codeMissing'), 'identifier-code');
          const r = await api('POST', url('identifier-confirmation'), { code });
          if (r.status === 400 && r.errors.some((x) => x.rule === 'code_valid')) return showFormError(root, t('identifier.codeWrong'), 'identifier-code');
          if (!r.ok) return showFormError(root, problemText(r), 'identifier-code');
          state.flash = { kind: 'ok', text: t(`identifier.done.${kind}`) };
          await route();
        },
      },
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'identifier-code' }, t('identifier.code')),
        el('p', { class: 'hint', id: 'identifier-code-hint' }, t('identifier.codeHint')),
        el('input', { type: 'text', id: 'identifier-code', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', maxlength: '12', class: 'code', 'aria-describedby': 'identifier-code-hint' }),
      ),
      el('button', { type: 'submit' }, t('identifier.submit')),
    ),
  );
  return section;
}

/**
 * What staff decide on: the agent who filed the request (name, address, the written authorisation as they
 * gave it) and what the request asks for (a correction's new values, the uses to stop). Text nodes only:
 * every value here was typed by someone outside.
 */
function askedSection(q) {
  const parts = [];
  if (q.agent) {
    parts.push(
      el('h3', { id: 'agent-title' }, t('detail.agent')),
      el('p', { class: 'hint' }, t('detail.agentHint')),
      facts([
        [t('detail.agentName'), q.agent.name],
        [t('detail.agentEmail'), q.agent.email],
      ]),
      el('h4', { id: 'authorisation-title' }, t('detail.agentAuthorisation')),
      el('pre', { class: 'authorisation', id: 'agent-authorisation', 'aria-labelledby': 'authorisation-title' }, q.agent.authorisation),
    );
  }
  const fields = q.details?.fields;
  if (q.type === 'correction' && fields && typeof fields === 'object') {
    parts.push(
      el('p', { class: 'hint', id: 'proposed-hint' }, t('detail.proposedHint')),
      table(
        t('detail.proposed'),
        [t('detail.field'), t('detail.newValue')],
        Object.entries(fields).map(([id, v]) => [labelOf('categories', id), showValue(v)]),
      ),
    );
  }
  if (q.type === 'restriction' && q.details) {
    const purposes = Array.isArray(q.details.purposes) ? q.details.purposes : [];
    parts.push(el('h3', {}, t('detail.purposes')), purposes.length ? el('ul', { id: 'asked-purposes' }, purposes.map((p) => el('li', {}, labelOf('purposes', p)))) : el('p', {}, t('detail.allPurposes')));
  }
  if (!parts.length) return null;
  return el('section', { 'aria-labelledby': 'asked-title', id: 'asked' }, el('h2', { id: 'asked-title' }, t('detail.asked')), ...parts);
}

function actions(q) {
  const section = el('section', { 'aria-labelledby': 'actions-title' }, el('h2', { id: 'actions-title' }, t('actions.title')));
  /** An action; with `form`, the server's refusal of a field of it (`fieldOf`: the server's name -> the input's id) goes beside that field. */
  const run = async (action, body, doneKey, form, fieldOf = {}) => {
    const r = await api('POST', `/v1/requests/${encodeURIComponent(q.requestId)}/${action}`, body);
    const [onForm] = form ? fieldErrors(r, fieldOf) : [];
    if (onForm) return inlineError(form, onForm.target, onForm.message);
    await showOutcome(r, () => t(doneKey));
  };
  const buttons = el('div', { class: 'actions' });
  if (q.status === 'awaiting_approval')
    buttons.append(el('button', { type: 'button', id: 'approve', onclick: () => run('approve', {}, 'actions.approved') }, q.type === 'erasure' ? t('actions.approveErasure') : t('actions.approve')));
  if (q.status === 'in_progress') buttons.append(el('button', { type: 'button', id: 'fulfil', onclick: () => run('fulfil', {}, 'actions.fulfilled') }, t('actions.fulfil')));
  if (q.fee && !q.fee.paidAt) buttons.append(el('button', { type: 'button', class: 'secondary', id: 'fee-paid', onclick: () => run('fee-paid', {}, 'actions.feeRecorded') }, t('actions.feePaid')));
  section.append(buttons);
  if (q.type === 'erasure' && q.status === 'awaiting_approval') section.append(el('p', { class: 'notice warn' }, t('actions.erasureWarning')));

  const textForm = (id, legend, fields, submit, onSubmit, danger) =>
    el(
      'form',
      {
        id,
        class: 'panel',
        novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          await onSubmit(e.target);
        },
      },
      el('fieldset', {}, el('legend', {}, legend), ...fields),
      el('button', { type: 'submit', class: danger ? 'danger' : undefined }, submit),
    );

  section.append(
    el(
      'div',
      { class: 'grid-2' },
      textForm(
        'extend-form',
        t('actions.extend'),
        [
          el('p', { class: 'hint', id: 'extend-reason-hint' }, t('actions.extendHint')),
          el('div', { class: 'field' }, el('label', { for: 'extend-reason' }, t('actions.reason')), el('textarea', { id: 'extend-reason', 'aria-describedby': 'extend-reason-hint', maxlength: '1000' })),
        ],
        t('actions.extendSubmit'),
        async (form) => {
          const reason = form.querySelector('#extend-reason').value.trim();
          if (reason.length < 5) return inlineError(form, 'extend-reason', t('actions.reasonMissing'));
          await run('extend', { reason }, 'actions.extended', form, { 'body.reason': 'extend-reason' });
        },
      ),
      textForm(
        'refuse-form',
        t('actions.refuse'),
        [
          el('p', { class: 'hint', id: 'refuse-hint' }, t('actions.refuseHint')),
          el('div', { class: 'field' }, el('label', { for: 'refuse-code' }, t('actions.refuseCode')), el('select', { id: 'refuse-code' }, REFUSAL_CODES.map((c) => el('option', { value: c }, t(`refusal.${c}`))))),
          el('div', { class: 'field' }, el('label', { for: 'refuse-explanation' }, t('actions.explanation')), el('textarea', { id: 'refuse-explanation', 'aria-describedby': 'refuse-hint', maxlength: '2000' })),
        ],
        t('actions.refuseSubmit'),
        async (form) => {
          const explanation = form.querySelector('#refuse-explanation').value.trim();
          if (explanation.length < 5) return inlineError(form, 'refuse-explanation', t('actions.explanationMissing'));
          await run('refuse', { code: form.querySelector('#refuse-code').value, explanation }, 'actions.refused', form, { 'body.code': 'refuse-code', 'body.explanation': 'refuse-explanation' });
        },
        true,
      ),
      textForm(
        'assign-form',
        t('actions.assign'),
        [el('div', { class: 'field' }, el('label', { for: 'assignee' }, t('actions.assignee')), el('input', { type: 'text', id: 'assignee', maxlength: '80', value: q.assignee || '' }))],
        t('actions.assignSubmit'),
        async (form) => {
          const assignee = form.querySelector('#assignee').value.trim();
          if (!assignee) return inlineError(form, 'assignee', t('actions.assigneeMissing'));
          await run('assign', { assignee }, 'actions.assigned', form, { 'body.assignee': 'assignee' });
        },
      ),
    ),
  );
  return section;
}

/** One error of a form of the request's actions, beside its field (another field's mark taken off), the field focused. */
function inlineError(form, id, message) {
  const input = form.querySelector(`#${id}`);
  clearInvalid(form);
  markInvalid(input, message);
  input.focus();
}

// ----------------------------------------------------------------------------------------- subjects

function showValue(v) {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

async function viewSubjects(root) {
  const s = state.search;
  const results = el('div', { id: 'search-results', 'aria-live': 'polite' });
  const form = el(
    'form',
    {
      id: 'search-form',
      class: 'panel',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        s.purpose = document.getElementById('search-purpose').value;
        s.via = document.getElementById('search-via-phone').checked ? 'phone' : 'email';
        s.value = document.getElementById('search-value').value.trim();
        root.querySelector('.error-summary')?.remove();
        clearInvalid(root);
        const errors = [];
        if (!s.purpose) errors.push({ message: t('subjects.purposeMissing'), target: 'search-purpose' });
        if (!s.value) errors.push({ message: t('subjects.valueMissing'), target: 'search-value' });
        if (errors.length) return showFormErrors(root, errors);
        clear(results);
        const r = await api('POST', '/v1/subjects/search', { purpose: s.purpose, [s.via]: s.value });
        // the server's refusal of a field of the form goes beside that field
        const fieldOf = { 'body.purpose': 'search-purpose', 'body.email': 'search-value', 'body.phone': 'search-value' };
        const onForm = fieldErrors(r, fieldOf);
        if (onForm.length > 0) return showFormErrors(root, onForm);
        if (!r.ok) return results.append(problemBox(r));
        if (r.data.ids.length === 0) return results.append(el('p', { class: 'notice' }, t('subjects.noMatch')));
        results.append(el('h2', { id: 'results-title', tabindex: '-1' }, t('subjects.results', { n: r.data.ids.length })));
        // each match read for the purpose, asked for together, shown in the order found
        const reads = await Promise.all(r.data.ids.map((id) => api('GET', `/v1/subjects/${encodeURIComponent(id)}?purpose=${encodeURIComponent(s.purpose)}`)));
        for (const [k, id] of r.data.ids.entries()) {
          const d = reads[k];
          if (!d.ok) {
            results.append(problemBox(d));
            continue;
          }
          results.append(
            el(
              'section',
              { class: 'panel', 'aria-labelledby': `subject-${id}` },
              el('h3', { id: `subject-${id}` }, t('subjects.subject'), ' ', el('code', {}, id)),
              table(
                t('subjects.allowed', { purpose: s.purpose }),
                [t('subjects.field'), t('subjects.value')],
                Object.entries(d.data.fields).map(([k, v]) => [labelOf('categories', k), showValue(v)]),
              ),
              table(
                t('subjects.withheld'),
                [t('subjects.field'), t('subjects.reason')],
                d.data.withheld.map((w) => [labelOf('categories', w.field), t(`withheld.${w.reason}`)]),
              ),
            ),
          );
        }
        focusOn(document.getElementById('results-title'));
      },
    },
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'search-purpose' }, t('subjects.purpose')),
      el('p', { class: 'hint', id: 'search-purpose-hint' }, t('subjects.purposeHint')),
      el(
        'select',
        { id: 'search-purpose', 'aria-describedby': 'search-purpose-hint' },
        el('option', { value: '' }, t('subjects.choosePurpose')),
        (state.catalog?.purposes || []).map((p) => el('option', { value: p.id, selected: s.purpose === p.id }, `${p.label} (${p.id})`)),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t('subjects.by')),
      ...['email', 'phone'].map((via) =>
        el('div', { class: 'choice' }, el('input', { type: 'radio', name: 'search-via', id: `search-via-${via}`, value: via, checked: s.via === via }), el('label', { for: `search-via-${via}` }, t(`subjects.${via}`))),
      ),
    ),
    el('div', { class: 'field' }, el('label', { for: 'search-value' }, t('subjects.value')), el('input', { type: 'search', id: 'search-value', autocomplete: 'off', spellcheck: 'false', value: s.value })),
    el('button', { type: 'submit' }, t('subjects.submit')),
  );
  root.append(heading(t('subjects.title')), el('p', {}, t('subjects.intro')), form, results);
}

// ----------------------------------------------------------------------------------------- disclosures

async function downloadCsv(url, filename) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    state.flash = { kind: 'bad', text: t('err.server', { detail: res.status }) };
    return route();
  }
  const href = URL.createObjectURL(await res.blob());
  const a = el('a', { href, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

async function viewDisclosures(root) {
  root.append(
    heading(t('disclosures.title')),
    ...[flashBox()].filter(Boolean),
    el('p', {}, t('disclosures.intro')),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv('/v1/disclosures/export', 'provision-ledger.csv') }, t('disclosures.csv'))),
  );
  const [ledger, received] = await Promise.all([api('GET', '/v1/disclosures?limit=500'), api('GET', '/v1/received?limit=500')]);
  if (!ledger.ok) return root.append(problemBox(ledger));
  root.append(
    table(
      t('disclosures.ledger'),
      [t('disclosures.recorded'), t('disclosures.kind'), t('disclosures.recipient'), t('disclosures.categories'), t('disclosures.purpose'), t('disclosures.basis'), t('disclosures.persons'), t('disclosures.period')],
      ledger.data.entries.map((e) => [
        formatDate(e.recordedAt, state.lang),
        t(`kind.${e.kind}`),
        `${e.recipient.name}${e.recipient.country ? ` (${e.recipient.country})` : ''}`,
        e.categories.map((c) => labelOf('categories', c)).join(', '),
        labelOf('purposes', e.purpose),
        e.basisText || e.basis,
        String(e.subjectCount ?? ''),
        e.period ? `${formatDate(e.period.from, state.lang)} – ${formatDate(e.period.to, state.lang)}` : '',
      ]),
    ),
  );
  if (received.ok)
    root.append(
      table(
        t('disclosures.received'),
        [t('disclosures.receivedAt'), t('disclosures.provider'), t('disclosures.acquisition'), t('disclosures.categories'), t('disclosures.persons')],
        received.data.received.map((e) => [formatDate(e.receivedAt, state.lang), e.provider.name, e.acquisition, e.categories.map((c) => labelOf('categories', c)).join(', '), String(e.subjectCount ?? '')]),
      ),
    );
}

// ----------------------------------------------------------------------------------------- incidents

/** Incidents shown at first, and added by each *Show more incidents*: the most recently discovered first. */
const INCIDENTS_PAGE = 10;

/**
 * The breach register, the most recently discovered first, a page at a time: the list's summaries, then
 * the details of the page's incidents (deadlines, notice) asked for at once. The list is asked for again
 * for each page, as far as the page reaches, and the incidents shown already are left out: an incident
 * recorded meanwhile comes with the next page rather than pushing one not shown yet out of reach. Drawn
 * again after an action, the screen shows as many incidents as it did.
 */
async function viewIncidents(root) {
  root.append(heading(t('incidents.title')), ...[flashBox()].filter(Boolean), el('p', {}, t('incidents.intro')));
  const shown = new Set();
  /** The next `n` incidents not shown yet, with their details, and whether more follow. */
  const nextPage = async (n) => {
    const list = await api('GET', `/v1/incidents?limit=${Math.min(10_000, shown.size + n + 1)}`);
    if (!list.ok) return { problem: list };
    const fresh = list.data.incidents.filter((s) => !shown.has(s.incidentId));
    const page = fresh.slice(0, n);
    const details = await Promise.all(page.map((s) => api('GET', `/v1/incidents/${encodeURIComponent(s.incidentId)}`)));
    for (const s of page) shown.add(s.incidentId);
    return { sections: page.map((s, k) => incidentSection(details[k].ok ? details[k].data : s, details[k], root)), more: fresh.length > n };
  };
  const [first, reminders] = await Promise.all([nextPage(Math.max(INCIDENTS_PAGE, state.incidentsShown)), api('GET', '/v1/incidents/reminders')]);
  if (first.problem) return root.append(problemBox(first.problem));
  if (reminders.ok && reminders.data.reminders.length)
    root.append(
      el(
        'div',
        { class: 'notice warn', role: 'status' },
        el('p', {}, t('incidents.reminders')),
        el('ul', {}, reminders.data.reminders.map((m) => el('li', {}, `${m.incidentId.slice(0, 12)} — ${m.jurisdiction} ${m.authority}: ${t(`stage.${m.stage}`)} ${formatDateTimeZone(m.dueAt, state.lang)}${m.overdue ? ` (${t('queue.overdue')})` : ''}`))),
      ),
    );
  if (first.sections.length === 0) return root.append(el('p', {}, t('incidents.none')));
  state.incidentsShown = shown.size;
  const count = el('p', { role: 'status', id: 'incidents-count' });
  const sayCount = (more) => clear(count).append(more ? t('incidents.countMore', { n: shown.size }) : t('incidents.count', { n: shown.size }));
  sayCount(first.more);
  const list = el('div', { id: 'incidents' }, first.sections);
  const problem = el('div', { id: 'incidents-more-problem' });
  const more = el('div', { class: 'actions', id: 'incidents-more' });
  /** The next page below the incidents shown; focus moves to the first one added, where reading goes on. */
  const showMore = async (button) => {
    button.disabled = true;
    clear(problem);
    const p = await nextPage(INCIDENTS_PAGE);
    button.disabled = false;
    if (p.problem) return problem.append(problemBox(p.problem));
    list.append(...p.sections);
    state.incidentsShown = shown.size;
    sayCount(p.more);
    if (!p.more) clear(more);
    if (p.sections[0]) focusOn(p.sections[0].querySelector('h2'));
  };
  if (first.more) more.append(el('button', { type: 'button', class: 'secondary', id: 'incidents-more-button', onclick: (e) => showMore(e.currentTarget) }, t('incidents.more')));
  root.append(count, list, problem, more);
}

/** One incident: its facts, the regulators' deadlines, and the notice to the persons (`d`: the answer for its details). */
function incidentSection(i, d, root) {
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': `inc-${i.incidentId}` },
    el('h2', { id: `inc-${i.incidentId}` }, t('incidents.incident'), ' ', el('code', {}, i.incidentId), ' ', badge(i.status === 'open' ? 'warn' : 'ok', t(`incidents.${i.status}`))),
    facts([
      [t('incidents.discovered'), formatDateTime(i.discoveredAt, state.lang)],
      [t('incidents.summary'), i.summary],
      [t('disclosures.categories'), (i.categories || []).map((c) => labelOf('categories', c)).join(', ')],
      [t('incidents.affected'), String(i.affected?.total ?? '')],
    ]),
    table(
      t('incidents.deadlines'),
      [t('queue.jurisdiction'), t('incidents.authority'), t('incidents.stage'), t('incidents.required'), t('queue.due'), t('incidents.reported')],
      (i.deadlines || []).map((x) => [
        x.jurisdiction,
        x.authority,
        t(`stage.${x.stage}`),
        x.required ? t('common.yes') : t('common.no'),
        x.dueAt ? formatDateTimeZone(x.dueAt, state.lang) : x.deadline,
        x.reportedAt ? formatDateTime(x.reportedAt, state.lang) : x.required ? badge(x.dueAt && Date.parse(x.dueAt) < Date.now() ? 'bad' : 'warn', t('incidents.notYet')) : '—',
      ]),
    ),
    ...(d.ok && i.status === 'open' ? reportsDue(i, root) : []),
    d.ok ? noticeSection(i, root) : problemBox(d),
    ...(d.ok && i.status === 'open' ? [closeControl(i)] : []),
  );
}

/** The form to record a report as made, while a required one is not recorded yet. */
function reportsDue(i, root) {
  const required = (i.deadlines || []).filter((x) => x.required);
  const due = required.filter((x) => !x.reportedAt);
  return due.length > 0 ? [reportForm(i, due, root)] : required.length > 0 ? [el('p', { id: `report-${i.incidentId}-all` }, t('report.allMade'))] : [];
}

const NOTICE_TEXTS = ['whatHappened', 'measures', 'advice'];
/** A notice text in one language: the string given for every language, or that language's own text. */
const noticeText = (v, lang) => (typeof v === 'string' ? v : v?.[lang]);

/**
 * The notice to the persons of an incident: who is to be told, the texts as they stand, a form to set or
 * correct them while the server allows it (the incident open, no person notified yet: the persons told
 * received the texts as they were), and queuing the notice, after a confirmation step.
 */
function noticeSection(i, root) {
  const id = i.incidentId;
  const notice = i.notice;
  const people = i.people || [];
  const perLanguage = !!notice && NOTICE_TEXTS.some((f) => typeof notice[f] !== 'string');
  // the languages with texts of their own, in the console's order
  const languages = perLanguage ? LANGUAGES.filter((l) => NOTICE_TEXTS.some((f) => typeof notice[f] !== 'string' && notice[f][l] !== undefined)) : [];
  const final = i.status !== 'open' ? t('notice.finalClosed') : people.some((p) => p.notified > 0) ? t('notice.finalSent') : null;
  const pending = people.some((p) => p.required && p.notified < p.persons);
  const section = el(
    'section',
    { class: 'notice-to-persons', id: `notice-${id}`, 'aria-labelledby': `notice-${id}-title` },
    el('h3', { id: `notice-${id}-title` }, t('notice.title')),
    table(
      t('notice.people'),
      [t('queue.jurisdiction'), t('incidents.required'), t('queue.due'), t('notice.persons'), t('notice.notified')],
      people.map((p) => [p.jurisdiction, p.required ? t('common.yes') : t('common.no'), p.dueAt ? formatDateTimeZone(p.dueAt, state.lang) : p.deadline, String(p.persons), String(p.notified)]),
    ),
  );
  if (!notice) section.append(el('p', { id: `notice-${id}-none` }, t('notice.none')));
  else {
    const rows = perLanguage
      ? languages.map((l) => [el('span', { lang: l }, LANGUAGE_NAMES[l]), ...NOTICE_TEXTS.map((f) => (noticeText(notice[f], l) ? el('span', { lang: l }, noticeText(notice[f], l)) : '—'))])
      : [[t('notice.everyLanguage'), ...NOTICE_TEXTS.map((f) => notice[f])]];
    section.append(table(t('notice.texts'), [t('notice.language'), ...NOTICE_TEXTS.map((f) => t(`notice.${f}`))], rows));
    // a language without a text of its own gets another's: say whose
    if (perLanguage && LANGUAGES.some((l) => NOTICE_TEXTS.some((f) => !noticeText(notice[f], l)))) section.append(el('p', { class: 'hint' }, t('notice.fallback')));
  }
  if (final) section.append(el('p', { class: 'notice', id: `notice-${id}-final` }, final));
  else section.append(noticeForm(i, root, perLanguage ? (languages.includes(state.lang) ? state.lang : languages[0]) : ''));
  if (!notice) section.append(el('p', { class: 'hint' }, t('notice.textsFirst')));
  else if (pending) section.append(notifyControl(i));
  else section.append(el('p', {}, people.some((p) => p.required) ? t('notice.allTold') : t('notice.noneRequired')));
  return section;
}

/**
 * Sets or corrects the texts. One text for every language replaces the three texts as strings; a text for
 * one language is put beside the other languages' texts (a text given for every language before becomes
 * that text in each language, so what the others receive stays the same).
 */
function noticeForm(i, root, initialLanguage) {
  const id = i.incidentId;
  const notice = i.notice;
  const field = (f) => `notice-${id}-${f}`;
  const fill = (lang) => {
    for (const f of NOTICE_TEXTS) document.getElementById(field(f)).value = (lang ? noticeText(notice?.[f], lang) : typeof notice?.[f] === 'string' ? notice[f] : '') ?? '';
  };
  const initial = (f) => (initialLanguage ? noticeText(notice?.[f], initialLanguage) : typeof notice?.[f] === 'string' ? notice[f] : '') ?? '';
  return el(
    'form',
    {
      id: `notice-${id}-form`,
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const lang = document.getElementById(field('language')).value;
        const texts = Object.fromEntries(NOTICE_TEXTS.map((f) => [f, document.getElementById(field(f)).value.trim()]));
        root.querySelector('.error-summary')?.remove();
        clearInvalid(root);
        const missing = NOTICE_TEXTS.filter((f) => !texts[f]).map((f) => ({ message: t(`notice.${f}Missing`), target: field(f) }));
        if (missing.length) return showFormErrors(root, missing);
        const body = Object.fromEntries(
          NOTICE_TEXTS.map((f) => {
            if (!lang) return [f, texts[f]];
            const before = notice?.[f];
            const others = typeof before === 'string' ? Object.fromEntries(LANGUAGES.map((l) => [l, before])) : { ...before };
            return [f, { ...others, [lang]: texts[f] }];
          }),
        );
        const r = await api('PUT', `/v1/incidents/${encodeURIComponent(id)}/notice`, body);
        // the server's refusal of a text goes beside that text (`body.advice`, `body.advice.ja`)
        const onForm = fieldErrors(r, (name) => {
          const f = NOTICE_TEXTS.find((f) => name === `body.${f}` || name.startsWith(`body.${f}.`));
          return f && field(f);
        });
        if (onForm.length > 0) return showFormErrors(root, onForm);
        await showOutcome(r, () => t('notice.saved', { id }));
      },
    },
    el(
      'fieldset',
      {},
      el('legend', {}, notice ? t('notice.correct') : t('notice.set')),
      el('p', { class: 'hint', id: field('hint') }, t('notice.formHint')),
      el(
        'div',
        { class: 'field' },
        el('label', { for: field('language') }, t('notice.languageField')),
        el('p', { class: 'hint', id: field('language-hint') }, t('notice.languageHint')),
        el(
          'select',
          { id: field('language'), 'aria-describedby': field('language-hint'), onchange: (e) => fill(e.target.value) },
          el('option', { value: '', selected: !initialLanguage }, t('notice.everyLanguage')),
          LANGUAGES.map((l) => el('option', { value: l, lang: l, selected: l === initialLanguage }, LANGUAGE_NAMES[l])),
        ),
      ),
      NOTICE_TEXTS.map((f) =>
        el('div', { class: 'field' }, el('label', { for: field(f) }, t(`notice.${f}`)), el('textarea', { id: field(f), maxlength: '2000', rows: '3', 'aria-describedby': field('hint'), value: initial(f) })),
      ),
    ),
    el('button', { type: 'submit' }, t('notice.save')),
  );
}

/**
 * An action that asks first: a button; then the question, with a button to go ahead (focused) and one to
 * cancel, which brings the first button back, focused. `prefix` names the elements (`-button`,
 * `-confirm`, `-confirm-text`); `act` runs once, on going ahead.
 */
function confirmedAction(prefix, texts, act) {
  const slot = el('div', { id: prefix });
  const ask = () => {
    clear(slot).append(
      el(
        'div',
        { class: 'notice warn', role: 'group', 'aria-labelledby': `${prefix}-confirm-text` },
        el('p', { id: `${prefix}-confirm-text` }, texts.question),
        el(
          'div',
          { class: 'actions' },
          el(
            'button',
            {
              type: 'button',
              id: `${prefix}-confirm`,
              onclick: async (e) => {
                e.currentTarget.disabled = true;
                await act();
              },
            },
            texts.yes,
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                start();
                document.getElementById(`${prefix}-button`)?.focus();
              },
            },
            t('common.cancel'),
          ),
        ),
      ),
    );
    document.getElementById(`${prefix}-confirm`)?.focus();
  };
  const start = () => clear(slot).append(el('div', { class: 'actions' }, el('button', { type: 'button', id: `${prefix}-button`, onclick: ask }, texts.button)));
  start();
  return slot;
}

/** Queuing the notice to every person still to be told, after a confirmation; then the count queued. */
function notifyControl(i) {
  const id = i.incidentId;
  const queue = confirmedAction(`notice-${id}-notify`, { button: t('notice.queue'), question: t('notice.confirm'), yes: t('notice.confirmYes') }, async () => {
    const r = await api('POST', `/v1/incidents/${encodeURIComponent(id)}/notify`, {});
    await showOutcome(r, (data) => t('notice.queued', { id, ...data }));
  });
  return el('div', {}, el('p', { class: 'hint' }, t('notice.queueHint')), queue);
}

/** The duties of an incident still open: required reports not recorded, required notices with persons still to be told. */
const openDuties = (i) => (i.deadlines || []).some((x) => x.required && !x.reportedAt) || (i.people || []).some((p) => p.required && p.notified < p.persons);

/**
 * Closing an open incident, after a confirmation, once its duties are met (the server refuses before:
 * `duties_pending`); until then, what is still to be done.
 */
function closeControl(i) {
  const id = i.incidentId;
  const section = el('section', { class: 'incident-close', 'aria-labelledby': `close-${id}-title` }, el('h3', { id: `close-${id}-title` }, t('incidents.closeTitle')));
  if (openDuties(i)) section.append(el('p', { id: `close-${id}-waiting` }, t('incidents.closeWaiting')));
  else
    section.append(
      el('p', { class: 'hint' }, t('incidents.closeHint')),
      confirmedAction(`close-${id}`, { button: t('incidents.close'), question: t('incidents.closeConfirm'), yes: t('incidents.closeYes') }, async () => {
        const r = await api('POST', `/v1/incidents/${encodeURIComponent(id)}/close`, {});
        await showOutcome(r, () => t('incidents.closedFlash', { id }));
      }),
    );
  return section;
}

/**
 * Recording a report to a regulator as made: which of the required reports not recorded yet, the
 * reference the authority gave (optional) and when it was made (empty: now; else in the browser's zone).
 * The server's refusal of a value goes beside it.
 */
function reportForm(i, due, root) {
  const id = i.incidentId;
  const field = (f) => `report-${id}-${f}`;
  const label = (x) => `${x.jurisdiction} — ${t(`stage.${x.stage}`)} — ${x.authority}${x.dueAt ? ` (${formatDateTimeZone(x.dueAt, state.lang)})` : ''}`;
  return el(
    'form',
    {
      id: field('form'),
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        root.querySelector('.error-summary')?.remove();
        clearInvalid(root);
        const x = due[Number(document.getElementById(field('which')).value)];
        const reference = document.getElementById(field('reference')).value.trim();
        const when = document.getElementById(field('reportedAt')).value;
        const body = { jurisdiction: x.jurisdiction, stage: x.stage, ...(reference ? { reference } : {}), ...(when ? { reportedAt: new Date(when).toISOString() } : {}) };
        const r = await api('POST', `/v1/incidents/${encodeURIComponent(id)}/reports`, body);
        const onForm = fieldErrors(r, { 'body.reference': field('reference'), 'body.reportedAt': field('reportedAt') });
        if (onForm.length > 0) return showFormErrors(root, onForm);
        await showOutcome(r, () => t('report.saved', { id, report: label(x) }));
      },
    },
    el(
      'fieldset',
      {},
      el('legend', {}, t('report.legend')),
      el('div', { class: 'field' }, el('label', { for: field('which') }, t('report.which')), el('select', { id: field('which') }, due.map((x, k) => el('option', { value: String(k) }, label(x))))),
      el('div', { class: 'field' }, el('label', { for: field('reference') }, t('report.reference')), el('input', { id: field('reference'), type: 'text', maxlength: '500' })),
      el(
        'div',
        { class: 'field' },
        el('label', { for: field('reportedAt') }, t('report.reportedAt')),
        el('p', { class: 'hint', id: field('reportedAt-hint') }, t('report.reportedAtHint')),
        el('input', { id: field('reportedAt'), type: 'datetime-local', 'aria-describedby': field('reportedAt-hint') }),
      ),
    ),
    el('button', { type: 'submit' }, t('report.save')),
  );
}

// ----------------------------------------------------------------------------------------- audit

async function viewAudit(root) {
  root.append(heading(t('audit.title')), el('p', {}, t('audit.intro')));
  const [verify, alerts] = await Promise.all([api('GET', '/v1/audit/verify'), api('GET', '/v1/alerts?limit=100')]);
  if (!verify.ok) return root.append(problemBox(verify));
  const v = verify.data;
  root.append(
    el(
      'div',
      { class: `notice ${v.ok ? 'ok' : 'bad'}`, role: 'status', id: 'audit-verification' },
      el('p', {}, v.ok ? t('audit.ok', { entries: v.entries, checkpoints: v.checkpoints }) : t('audit.broken', { seq: v.seq, kind: v.kind, message: v.message })),
    ),
  );
  if (alerts.ok)
    root.append(
      table(
        t('audit.alerts'),
        [t('audit.raised'), t('audit.rule'), t('audit.actor'), t('audit.count'), t('audit.window'), t('audit.acknowledged')],
        alerts.data.alerts.map((a) => [
          formatDateTime(a.createdAt, state.lang),
          t(`rule.${a.rule}`),
          el('code', {}, `${a.actorKeyId} (${a.role})`),
          String(a.count),
          `${formatDateTime(a.window?.start, state.lang)} – ${formatDateTime(a.window?.end, state.lang)}`,
          a.acknowledgedAt ? formatDateTime(a.acknowledgedAt, state.lang) : t('common.no'),
        ]),
      ),
    );
  const after = v.ok ? Math.max(0, (v.lastSeq ?? 0) - 100) : 0;
  const entries = await api('GET', `/v1/audit/entries?afterSeq=${after}&limit=100`);
  if (!entries.ok) return root.append(problemBox(entries));
  root.append(
    table(
      t('audit.entries'),
      ['#', t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.purpose'), t('audit.outcome'), t('audit.reason')],
      entries.data.entries
        .slice()
        .reverse()
        .map((e) => [
          String(e.seq),
          formatDateTime(e.time, state.lang),
          el('code', {}, `${e.actor?.keyId} (${e.actor?.role})`),
          el('code', {}, e.action),
          e.purpose || '—',
          badge(e.outcome === 'ok' ? 'ok' : e.outcome === 'denied' ? 'warn' : 'bad', e.outcome),
          e.reason || '',
        ]),
    ),
  );
}

// ----------------------------------------------------------------------------------------- policy

async function viewPolicy(root) {
  root.append(heading(t('policy.title')), el('p', {}, t('policy.intro')));
  // GET /v1/policy/versions -> { current, versions: [{ ordinal, label, publishedAt, hash }] }, oldest first.
  const r = await api('GET', '/v1/policy/versions');
  if (r.status === 404) return root.append(el('div', { class: 'notice warn' }, el('p', {}, t('policy.unavailable'))));
  if (!r.ok) return root.append(problemBox(r));
  const versions = r.data.versions || [];
  const current = versions.find((v) => v.ordinal === r.data.current);
  if (current)
    root.append(
      el(
        'div',
        { class: 'notice ok', id: 'policy-current' },
        el('p', {}, t('policy.current', { label: current.label, n: current.ordinal, date: formatDateTime(current.publishedAt, state.lang) })),
      ),
    );
  root.append(
    table(
      t('policy.versions'),
      [t('policy.ordinal'), t('policy.label'), t('policy.published'), t('policy.hash')],
      versions.map((v) => [
        v.ordinal === r.data.current ? [String(v.ordinal), ' ', badge('ok', t('policy.inForce'))] : String(v.ordinal),
        v.label,
        formatDateTime(v.publishedAt, state.lang),
        el('code', { title: v.hash }, String(v.hash).slice(0, 16)),
      ]),
    ),
  );
  if (versions.length < 2) return root.append(el('p', {}, t('policy.single')));
  const ordinals = versions.map((v) => v.ordinal);
  const out = el('div', { id: 'diff-result', 'aria-live': 'polite' });
  const pick = (id, label, selected) =>
    el(
      'div',
      { class: 'field' },
      el('label', { for: id }, label),
      el('select', { id }, versions.map((v) => el('option', { value: v.ordinal, selected: v.ordinal === selected }, t('policy.option', { n: v.ordinal, label: v.label })))),
    );
  const className = (c) => (c === 'material' ? t('policy.material') : t('policy.minor'));
  root.append(
    el(
      'form',
      {
        class: 'filters',
        id: 'diff-form',
        onsubmit: async (e) => {
          e.preventDefault();
          clear(out);
          // GET /v1/policy/diff?from=&to= -> { changes: [{ kind, class: material|minor, path, description }] }
          const d = await api('GET', `/v1/policy/diff?from=${encodeURIComponent(document.getElementById('diff-from').value)}&to=${encodeURIComponent(document.getElementById('diff-to').value)}`);
          if (!d.ok) return out.append(problemBox(d));
          const changes = d.data.changes || [];
          out.append(
            el('p', { role: 'status' }, t('policy.changes', { n: changes.length, material: changes.filter((c) => c.class === 'material').length })),
            table(
              t('policy.diff'),
              [t('policy.change'), t('policy.class'), t('policy.path')],
              changes.map((c) => [c.description, badge(c.class === 'material' ? 'warn' : 'info', className(c.class)), el('code', {}, c.path)]),
            ),
          );
        },
      },
      pick('diff-from', t('policy.from'), ordinals.at(-2)),
      pick('diff-to', t('policy.to'), ordinals.at(-1)),
      el('button', { type: 'submit' }, t('policy.compare')),
    ),
    out,
  );
}

// ----------------------------------------------------------------------------------------- routing

let routeSeq = 0;

/** Goes to a screen: through hashchange when the hash changes, else by rendering again. */
async function go(hash) {
  if (location.hash === hash || (hash === '#/' && location.hash === '')) return route();
  location.hash = hash;
}

/** Renders the screen the hash names. A newer navigation wins: an older one still loading is dropped. */
async function route(focus = true) {
  const seq = ++routeSeq;
  renderChrome();
  const root = el('div', { class: 'view' });
  const [screen, id] = location.hash.replace(/^#\//, '').split('/');
  if (!state.auth) viewSignIn(root);
  else if (screen === 'requests' && id) await viewDetail(root, decodeURIComponent(id));
  else if (screen === 'subjects') await viewSubjects(root);
  else if (screen === 'disclosures') await viewDisclosures(root);
  else if (screen === 'incidents') await viewIncidents(root);
  else if (screen === 'audit') await viewAudit(root);
  else if (screen === 'policy') await viewPolicy(root);
  else await viewQueue(root);
  if (seq !== routeSeq) return;
  clear(main()).append(root);
  if (focus) focusOn(root.querySelector('.error-summary') || root.querySelector('[role=alert]') || root.querySelector('h1'));
}

async function boot() {
  setLanguage(state.lang);
  await loadCatalog();
  try {
    sessionStorage.removeItem(OLD_KEY_STORE);
  } catch {
    /* no storage: nothing kept there */
  }
  const s = await call('GET', '/v1/admin/session');
  if (s.ok) state.auth = sessionOf(s.data);
  window.addEventListener('hashchange', () => {
    // arriving at a screen: its first page again
    state.incidentsShown = 0;
    route();
  });
  await route(false);
}

boot();
