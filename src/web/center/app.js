// The privacy center: a person chooses what to ask, gives the email or phone we know them by, enters the
// 6-digit code, then sees their requests (status, due date, outcome), downloads their export and can file
// another request in the same session. Nothing is revealed before the code is verified.
import { STRINGS } from './i18n.js';
import {
  call,
  clear,
  clearInvalid,
  el,
  errorSummary,
  focusOn,
  formatDate,
  formatTime,
  languageSwitcher,
  markInvalid,
  pickLanguage,
  rememberLanguage,
} from '/assets/shared/ui.js';

export const REQUEST_TYPES = ['access', 'correction', 'erasure', 'restriction', 'stop_provision', 'marketing_objection', 'purpose_notice'];

const state = {
  lang: pickLanguage(),
  view: 'start',
  catalog: null,
  /** The form's values, kept across re-renders (language switch) and errors. */
  draft: { type: '', via: 'email', email: '', phone: '', fields: {}, purposes: [] },
  intake: null,
  /** A correction of an email or phone waiting for the code sent to the new value: { confirmationId, field }. */
  confirmation: null,
  sessionUntil: null,
  requests: [],
  /** The cursor of the person's older requests, when there are more than the page shows (`next` of the list). */
  requestsNext: null,
  current: null,
  /** Marketing preferences by key (channel or purpose) and the consent receipts issued in this page. */
  preferences: null,
  receipts: [],
  /** Uses a later policy version added to data the person gave before it (seed 001), with their answers. */
  newUses: [],
  /** What the last answer to a new use did: { ok, text (said when shown, see `said`), receipt? }. */
  newUseStatus: null,
  /** What the last change of a preference switch did: { ok, text (said when shown) }. */
  prefsStatus: null,
  /** A message for the top of the view: a function that says it in the page's language when shown (see `said`). */
  notice: null,
  errors: null,
};

let t = (k) => k;
const main = () => document.getElementById('main');

function setLanguage(lang) {
  state.lang = lang;
  t = (key, vars) => {
    const table = STRINGS[lang] || STRINGS.en;
    let s = table[key] ?? STRINGS.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  document.documentElement.lang = lang;
  document.title = t('app.title');
}

/** A notice as the page's language says it now: notices are kept as functions, so a language switch says them again. */
const said = (notice) => (typeof notice === 'function' ? notice() : notice);

/** The view's notice (`state.notice`) as a status box, none when there is none. */
const statusNotice = () => (state.notice ? [el('div', { class: 'notice ok', role: 'status' }, el('p', {}, said(state.notice)))] : []);

/** An API error as a sentence in the page's language (the server's own words are English). */
function explain(err) {
  const byRule = {
    network: 'err.network',
    code_valid: 'err.code',
    one_identifier: 'err.contactMissing',
    email_syntax: 'err.email',
    email: 'err.email',
    phone_syntax: 'err.phone',
    phone: 'err.phone',
    phone_valid: 'err.phone',
    rate_limited: 'err.rateLimited',
    intake_rate: 'err.rateLimited',
    correction_fields: 'err.correctionFields',
    category_declared: 'err.correctionFields',
    subject_token: 'err.sessionEnded',
    request_type: 'err.type',
    one_identifier_per_correction: 'err.oneIdentifier',
    answer_unchanged: 'err.newUseAnswered',
    new_use_awaiting: 'err.newUseAnswered',
  };
  const key = byRule[err.rule] || (formField(err)?.startsWith('details.fields') ? 'err.correctionValue' : null);
  return key ? t(key) : t('err.generic');
}

async function loadCatalog() {
  const r = await call('GET', `/v1/privacy/catalog?lang=${state.lang}`);
  state.catalog = r.ok ? r.data : { categories: [], purposes: [], legalHolds: [], codeMinutes: 10 };
}

const labelOf = (kind, id) => (state.catalog?.[kind] || []).find((x) => x.id === id)?.label || id;
const typeName = (type) => t(`type.${type}`);

function heading(text) {
  return el('h1', { id: 'page-title', tabindex: '-1' }, text);
}

function steps(current) {
  const names = ['step.choose', 'step.code', 'step.follow'];
  return el(
    'ol',
    { class: 'steps', 'aria-label': t('step.label') },
    names.map((n, i) => el('li', { 'aria-current': i === current ? 'step' : undefined }, t('step.n', { n: i + 1, name: t(n) }))),
  );
}

/** Renders the current view; `focus` moves focus to the heading (a new view) or the error summary. */
function render(focus = true) {
  const root = clear(main());
  const view = { start: viewStart, code: viewCode, confirm: viewConfirm, requests: viewRequests, detail: viewDetail, preferences: viewPreferences, ended: viewEnded, signedOut: viewSignedOut }[state.view];
  view(root);
  if (!focus) return;
  const summary = root.querySelector('.error-summary');
  focusOn(summary || root.querySelector('h1'));
}

function renderChrome() {
  document.getElementById('skip').textContent = t('app.skip');
  document.getElementById('brand').textContent = t('app.title');
  const slot = clear(document.getElementById('language-slot'));
  slot.append(
    languageSwitcher(t('app.language'), state.lang, async (lang) => {
      rememberLanguage(lang);
      setLanguage(lang);
      await loadCatalog();
      if (state.newUses.length) await fetchNewUses();
      renderChrome();
      render(false);
      document.getElementById('language')?.focus();
    }),
  );
  const footer = clear(document.getElementById('footer'));
  footer.append(el('p', {}, el('a', { href: `/privacy?lang=${state.lang}` }, t('app.notice')), ' · ', t('app.footer')));
}

// ---------------------------------------------------------------------------------------------- forms

/** The type choice with its plain-words explanations, and the details each type needs. */
function typeFieldset(prefix) {
  const d = state.draft;
  const choices = REQUEST_TYPES.map((type) => {
    const id = `${prefix}type-${type}`;
    const input = el('input', {
      type: 'radio',
      name: `${prefix}type`,
      id,
      value: type,
      checked: d.type === type,
      'aria-describedby': `${id}-hint`,
      onchange: () => {
        d.type = type;
        showDetails(prefix);
      },
    });
    return el('div', { class: 'choice' }, input, el('label', { for: id }, typeName(type)), el('p', { class: 'hint', id: `${id}-hint` }, t(`type.${type}.hint`)));
  });
  return el('fieldset', { id: `${prefix}type-group`, class: 'cards-of-choices' }, el('legend', { id: `${prefix}type-legend` }, t('form.type')), ...choices);
}

function correctionSection(prefix) {
  const d = state.draft;
  const cats = (state.catalog?.categories || []).filter((c) => c.correctable);
  const rows = cats.map((c) => {
    const box = `${prefix}fix-${c.id}`;
    const value = `${prefix}new-${c.id}`;
    const on = Object.hasOwn(d.fields, c.id);
    const input = el('input', {
      type: c.type === 'email' ? 'email' : c.type === 'phone' ? 'tel' : c.type === 'date' ? 'date' : 'text',
      id: value,
      name: value,
      value: d.fields[c.id] ?? '',
      oninput: (e) => (d.fields[c.id] = e.target.value),
    });
    const reveal = el('div', { class: 'reveal field', hidden: !on }, el('label', { for: value }, t('correction.newValue', { field: c.label })), input);
    const checkbox = el('input', {
      type: 'checkbox',
      id: box,
      checked: on,
      'aria-controls': `${value}-wrap`,
      'aria-expanded': on ? 'true' : 'false',
      onchange: (e) => {
        if (e.target.checked) d.fields[c.id] = d.fields[c.id] ?? '';
        else delete d.fields[c.id];
        reveal.hidden = !e.target.checked;
        e.target.setAttribute('aria-expanded', e.target.checked ? 'true' : 'false');
      },
    });
    reveal.id = `${value}-wrap`;
    return el('div', { class: 'choice' }, checkbox, el('label', { for: box }, c.label), reveal);
  });
  return el(
    'fieldset',
    { id: `${prefix}details-correction`, class: 'panel correction-fields', hidden: d.type !== 'correction' },
    el('legend', { id: `${prefix}correction-legend` }, t('correction.legend')),
    el('p', { class: 'hint' }, t('correction.hint')),
    ...(cats.some((c) => c.type === 'email' || c.type === 'phone') ? [el('p', { class: 'hint' }, t('correction.identifierHint'))] : []),
    ...rows,
  );
}

function restrictionSection(prefix) {
  const d = state.draft;
  const purposes = (state.catalog?.purposes || []).filter((p) => !p.survivesRestriction);
  return el(
    'fieldset',
    { id: `${prefix}details-restriction`, class: 'panel', hidden: d.type !== 'restriction' },
    el('legend', {}, t('restriction.legend')),
    el('p', {}, t('restriction.explain')),
    el('p', { class: 'hint' }, t('restriction.hint')),
    ...purposes.map((p) => {
      const id = `${prefix}purpose-${p.id}`;
      return el(
        'div',
        { class: 'choice' },
        el('input', {
          type: 'checkbox',
          id,
          checked: d.purposes.includes(p.id),
          onchange: (e) => {
            d.purposes = e.target.checked ? [...new Set([...d.purposes, p.id])] : d.purposes.filter((x) => x !== p.id);
          },
        }),
        el('label', { for: id }, p.label),
      );
    }),
  );
}

function explainSection(prefix, type, key) {
  return el('div', { id: `${prefix}details-${type}`, class: 'notice', hidden: state.draft.type !== type }, el('p', {}, t(key)));
}

function detailSections(prefix) {
  return [
    correctionSection(prefix),
    restrictionSection(prefix),
    explainSection(prefix, 'marketing_objection', 'objection.explain'),
    explainSection(prefix, 'erasure', 'erasure.explain'),
    explainSection(prefix, 'stop_provision', 'stop.explain'),
    explainSection(prefix, 'access', 'access.explain'),
  ];
}

function showDetails(prefix) {
  for (const type of ['correction', 'restriction', 'marketing_objection', 'erasure', 'stop_provision', 'access']) {
    const node = document.getElementById(`${prefix}details-${type}`);
    if (node) node.hidden = state.draft.type !== type;
  }
}

/** Client-side checks before sending; each error points at the input to fix. */
function checkDraft(prefix, withContact) {
  const d = state.draft;
  const errors = [];
  if (!REQUEST_TYPES.includes(d.type)) errors.push({ message: t('err.type'), target: `${prefix}type-${REQUEST_TYPES[0]}` });
  if (d.type === 'correction') {
    const chosen = Object.keys(d.fields);
    if (chosen.length === 0) {
      const first = (state.catalog?.categories || []).find((c) => c.correctable);
      errors.push({ message: t('err.correctionFields'), target: first ? `${prefix}fix-${first.id}` : undefined });
    }
    for (const id of chosen)
      if (!String(d.fields[id] || '').trim()) errors.push({ message: t('err.correctionEmpty', { field: labelOf('categories', id) }), target: `${prefix}new-${id}` });
  }
  if (withContact) {
    if (d.via === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim())) errors.push({ message: t('err.email'), target: 'email' });
    if (d.via === 'phone' && !/^[+\d][\d\s().-]{5,}$/.test(d.phone.trim())) errors.push({ message: t('err.phone'), target: 'phone' });
  }
  return errors;
}

function detailsOf(d) {
  if (d.type === 'correction') return { fields: Object.fromEntries(Object.entries(d.fields).map(([k, v]) => [k, String(v).trim()])) };
  if (d.type === 'restriction' && d.purposes.length > 0) return { purposes: d.purposes };
  return undefined;
}

function showErrors(root, errors) {
  clearInvalid(root);
  root.querySelector('.error-summary')?.remove();
  const summary = errorSummary(t('err.title'), errors);
  root.querySelector('h1').after(summary);
  for (const e of errors) if (e.target) markInvalid(document.getElementById(e.target), e.message);
  focusOn(summary);
}

/** The field an API error names, as the form knows it (`body.details.fields.name`: `details.fields.name`). */
function formField(e) {
  return e.field?.replace(/^body\./, '');
}

/** Maps API errors to inputs of the form where a field is named. */
function apiErrors(r, prefix) {
  return r.errors.map((e) => {
    let target;
    const field = formField(e);
    if (field === 'email' || field === 'phone') target = state.draft.via;
    else if (field === 'code') target = 'code';
    else if (field?.startsWith('details.fields.')) target = `${prefix}new-${field.slice('details.fields.'.length)}`;
    return { message: explain(e), target: target && document.getElementById(target) ? target : undefined };
  });
}

// ---------------------------------------------------------------------------------------------- views

function viewStart(root) {
  const d = state.draft;
  const contact = el(
    'fieldset',
    { id: 'contact-group' },
    el('legend', {}, t('contact.legend')),
    el('p', { class: 'hint' }, t('contact.hint')),
    ...['email', 'phone'].map((via) =>
      el(
        'div',
        { class: 'choice' },
        el('input', {
          type: 'radio',
          name: 'via',
          id: `via-${via}`,
          value: via,
          checked: d.via === via,
          onchange: () => {
            d.via = via;
            document.getElementById('email-field').hidden = via !== 'email';
            document.getElementById('phone-field').hidden = via !== 'phone';
          },
        }),
        el('label', { for: `via-${via}` }, t(`contact.${via}`)),
      ),
    ),
    el(
      'div',
      { class: 'field', id: 'email-field', hidden: d.via !== 'email' },
      el('label', { for: 'email' }, t('contact.emailLabel')),
      el('input', { type: 'email', id: 'email', name: 'email', autocomplete: 'email', spellcheck: 'false', value: d.email, oninput: (e) => (d.email = e.target.value) }),
    ),
    el(
      'div',
      { class: 'field', id: 'phone-field', hidden: d.via !== 'phone' },
      el('label', { for: 'phone' }, t('contact.phoneLabel')),
      el('p', { class: 'hint', id: 'phone-hint' }, t('contact.phoneHint')),
      el('input', { type: 'tel', id: 'phone', name: 'phone', autocomplete: 'tel', 'aria-describedby': 'phone-hint', value: d.phone, oninput: (e) => (d.phone = e.target.value) }),
    ),
    el('p', { class: 'notice' }, t('contact.sameAnswer', { minutes: state.catalog?.codeMinutes ?? 10 })),
  );
  const form = el(
    'form',
    {
      id: 'start-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const errors = checkDraft('', true);
        if (errors.length) return showErrors(root, errors);
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        const r = await call('POST', '/v1/privacy/requests', {
          body: { type: d.type, language: state.lang, ...(d.via === 'email' ? { email: d.email.trim() } : { phone: d.phone.trim() }), ...(detailsOf(d) ? { details: detailsOf(d) } : {}) },
        });
        button.disabled = false;
        if (!r.ok) return showErrors(root, apiErrors(r, ''));
        state.intake = { intakeId: r.data.intakeId, type: d.type, via: d.via };
        state.view = 'code';
        state.notice = null;
        render();
      },
    },
    typeFieldset(''),
    ...detailSections(''),
    contact,
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('start.submit'))),
  );
  root.append(heading(t('start.title')), steps(0), el('p', { class: 'lead' }, t('start.intro')), el('p', {}, t('start.free')), form);
}

/**
 * A form for a six-digit code: the field, submit, "send a new code" and a way out. `post(code)` sends a
 * well-formed code and `then(response)` handles the answer; `resend()` asks for a new code (a 401 there
 * calls `ended`, when given: the session is over).
 */
function codeForm(root, { id, label, minutes, post, then, resend, resent, ended, leave }) {
  const form = el(
    'form',
    {
      id,
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const code = document.getElementById('code').value.replace(/\s/g, '');
        if (!/^\d{6}$/.test(code)) return showErrors(root, [{ message: t('err.codeFormat'), target: 'code' }]);
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        const r = await post(code);
        button.disabled = false;
        await then(r);
      },
    },
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'code' }, label),
      el('p', { class: 'hint', id: 'code-hint' }, t('code.hint', { minutes })),
      el('input', { type: 'text', id: 'code', name: 'code', class: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '7', 'aria-describedby': 'code-hint' }),
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit' }, t('code.submit')),
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: async () => {
            const r = await resend();
            if (!r.ok && r.status === 401 && ended) return ended();
            const err = r.errors?.[0];
            state.notice = r.ok ? resent : () => explain(err);
            render(false);
            focusOn(document.querySelector('[role=status]') || document.getElementById('code'));
          },
        },
        t('code.resend'),
      ),
      el('button', { type: 'button', class: 'link', onclick: leave.onclick }, leave.text),
    ),
  );
  return form;
}

/** An empty request form, keeping how the person identified themselves. */
const blankDraft = () => ({ type: '', via: state.draft.via, email: '', phone: '', fields: {}, purposes: [] });

/** Back to the start form, what the person wrote kept (a new code is asked for from there). */
function restart(focus = true) {
  state.view = 'start';
  state.intake = null;
  state.notice = null;
  render(focus);
}

function viewCode(root) {
  const minutes = state.catalog?.codeMinutes ?? 10;
  const form = codeForm(root, {
    id: 'code-form',
    label: t('code.label'),
    minutes,
    post: (code) => call('POST', '/v1/privacy/verify', { body: { intakeId: state.intake.intakeId, code } }),
    then: async (r) => {
      if (!r.ok && r.errors.some((e) => formField(e)?.startsWith('details.fields.'))) {
        // A corrected value found not valid only once the person is known (a phone number in national
        // form, read in their region): entering the code again would fail the same way. Back to the form,
        // what they wrote kept and the field marked, to fix it and ask for a new code.
        restart(false);
        return showErrors(main(), apiErrors(r, ''));
      }
      if (!r.ok) return showErrors(root, apiErrors(r, ''));
      state.sessionUntil = r.data.expiresAt;
      // a new email or phone: the correction is filed once the code sent to the new value is entered
      if (r.data.confirmation) return askConfirmation(r.data.confirmation);
      state.notice = () => t('verified.filed', { type: typeName(r.data.request.type) });
      state.draft = blankDraft();
      await openRequests(r.data.request.requestId);
    },
    resend: () => call('POST', '/v1/privacy/requests/resend', { body: { intakeId: state.intake.intakeId } }),
    resent: () => t('code.resent', { minutes }),
    leave: { text: t('code.restart'), onclick: () => restart() },
  });
  root.append(
    heading(t('code.title')),
    steps(1),
    el('p', { class: 'lead' }, t(state.intake?.via === 'phone' ? 'code.sentPhone' : 'code.sent', { minutes })),
    el('p', {}, t('code.sameAnswer')),
    ...statusNotice(),
    form,
  );
}

function askConfirmation(confirmation) {
  state.confirmation = confirmation;
  state.notice = null;
  state.view = 'confirm';
  render();
}

/** The code sent to the new email or phone of a correction; entering it files the correction. */
function viewConfirm(root) {
  const minutes = state.catalog?.codeMinutes ?? 10;
  const c = state.confirmation;
  const category = (state.catalog?.categories || []).find((x) => x.id === c.field);
  const ended = () => {
    state.view = 'ended';
    render();
  };
  const form = codeForm(root, {
    id: 'confirm-form',
    label: t('confirm.label'),
    minutes,
    post: (code) => call('POST', '/v1/privacy/me/identifier-confirmation', { body: { confirmationId: c.confirmationId, code } }),
    then: async (r) => {
      if (!r.ok) return r.status === 401 ? ended() : showErrors(root, apiErrors(r, ''));
      state.confirmation = null;
      state.notice = () => t('verified.filed', { type: typeName(r.data.type) });
      state.draft = blankDraft();
      await openRequests(r.data.requestId);
    },
    resend: () => call('POST', '/v1/privacy/me/identifier-confirmation/resend', { body: { confirmationId: c.confirmationId } }),
    resent: () => t('confirm.resent', { minutes }),
    ended,
    leave: {
      text: t('confirm.cancel'),
      onclick: () => {
        state.confirmation = null;
        state.notice = null;
        openRequests();
      },
    },
  });
  root.append(
    heading(t('confirm.title', { field: category?.label || c.field })),
    steps(1),
    el('p', { class: 'lead' }, t(category?.type === 'phone' ? 'confirm.sentPhone' : 'confirm.sent', { minutes })),
    el('p', {}, t('confirm.why')),
    ...statusNotice(),
    form,
  );
}

/** The person's newest requests (a page); older ones are added with `showOlderRequests`. */
async function fetchRequests() {
  const r = await call('GET', '/v1/privacy/me/requests');
  if (!r.ok) return false;
  state.requests = r.data.requests;
  state.requestsNext = r.data.next ?? null;
  await fetchNewUses();
  return true;
}

/** A call of the person's session that failed: an ended session says so, any other error is explained above the view. */
function failedCall(r) {
  if (r.status === 401) state.view = 'ended';
  else {
    const err = r.errors[0];
    state.notice = () => explain(err);
  }
  return render();
}

/**
 * The next page of the person's requests (older ones), added below those shown. Focus moves to the first
 * added request, so that a keyboard or screen-reader user goes on reading where the list went on.
 */
async function showOlderRequests(button) {
  button.disabled = true;
  const r = await call('GET', `/v1/privacy/me/requests?before=${encodeURIComponent(state.requestsNext)}`);
  button.disabled = false;
  if (!r.ok) return failedCall(r);
  state.requests = [...state.requests, ...r.data.requests];
  state.requestsNext = r.data.next ?? null;
  render(false);
  const first = r.data.requests[0];
  if (first) focusOn(document.getElementById(`req-${first.requestId}`));
}

/** The new uses, labelled in the page's language (none for an agent's session or after an erasure). */
async function fetchNewUses() {
  const r = await call('GET', `/v1/privacy/me/new-uses?lang=${state.lang}`);
  state.newUses = r.ok ? r.data.uses : [];
}

async function openRequests(focusRequestId) {
  if (!(await fetchRequests())) {
    state.view = 'ended';
    return render();
  }
  state.view = 'requests';
  render();
  if (focusRequestId) document.getElementById(`req-${focusRequestId}`)?.scrollIntoView({ block: 'nearest' });
}

function statusBadge(r) {
  const cls = { completed: 'ok', refused: 'bad', awaiting_approval: 'warn', in_progress: 'info' }[r.status] || 'info';
  return el('span', { class: `badge ${cls}` }, t(`status.${r.status}`));
}

function dueText(r) {
  if (r.status === 'completed' || r.status === 'refused' || r.status === 'closed') return t('request.doneOn', { date: formatDate(r.completedAt, state.lang) });
  // a day of the request's jurisdiction (its time zone), wherever the person reads it
  const date = formatDate(r.extendedUntil || r.dueAt, state.lang, r.timeZone);
  return r.extendedUntil ? t('request.extendedTo', { date }) : t('request.dueBy', { date });
}

function requestFacts(r) {
  return el(
    'dl',
    { class: 'facts' },
    el('dt', {}, t('request.status')),
    el('dd', {}, statusBadge(r)),
    el('dt', {}, t('request.reference')),
    el('dd', {}, r.requestId.slice(0, 8)),
    el('dt', {}, t('request.received')),
    el('dd', {}, formatDate(r.receivedAt, state.lang)),
    el('dt', {}, t(r.status === 'completed' || r.status === 'refused' || r.status === 'closed' ? 'request.finished' : 'request.due')),
    el('dd', {}, dueText(r)),
  );
}

function viewRequests(root) {
  const until = state.sessionUntil ? t('requests.sessionUntil', { time: formatTime(state.sessionUntil, state.lang) }) : t('requests.session');
  const cards = state.requests.map((r) =>
    el(
      'article',
      { class: 'request-card', id: `req-${r.requestId}`, 'aria-labelledby': `req-${r.requestId}-title` },
      el('h3', { id: `req-${r.requestId}-title` }, typeName(r.type)),
      requestFacts(r),
      el('p', {}, statusSentence(r)),
      el(
        'div',
        { class: 'actions' },
        el(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'aria-describedby': `req-${r.requestId}-title`,
            onclick: () => openDetail(r.requestId),
          },
          t('requests.open'),
        ),
      ),
    ),
  );
  root.append(
    heading(t('requests.title')),
    steps(2),
    ...statusNotice(),
    el('p', {}, until),
    sessionNav('requests'),
    ...newUsesSection(),
    el('h2', {}, t('requests.list')),
    ...(cards.length ? cards : [el('p', {}, t('requests.none'))]),
    // a person with more requests than a page holds: the older ones on demand
    ...(state.requestsNext
      ? [el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', id: 'older-requests', onclick: (e) => showOlderRequests(e.currentTarget) }, t('requests.older')))]
      : []),
    anotherRequestForm(root),
  );
}

function statusSentence(r) {
  if (r.status === 'awaiting_approval') return t('status.awaiting_approval.text');
  if (r.status === 'in_progress') return t('status.in_progress.text');
  if (r.status === 'refused') return t('status.refused.text', { reason: t(`refusal.${r.refusal?.code ?? 'other'}`) });
  if (r.status === 'closed') return t('status.closed.text');
  if (r.type === 'access') return r.exportExpiresAt && Date.parse(r.exportExpiresAt) > Date.now() ? t('outcome.access.ready', { date: formatDate(r.exportExpiresAt, state.lang) }) : t('outcome.access.expired');
  return t('status.completed.text');
}

async function openDetail(requestId) {
  const r = await call('GET', `/v1/privacy/me/requests/${encodeURIComponent(requestId)}`);
  if (!r.ok) return failedCall(r);
  state.current = r.data;
  state.view = 'detail';
  state.notice = null;
  render();
}

/** The outcome of a completed request, in words and lists. */
function outcome(r) {
  const res = r.result || {};
  const items = [];
  const list = (values) => el('ul', {}, values.map((v) => el('li', {}, v)));
  if (r.status === 'refused') items.push(el('p', {}, t('status.refused.text', { reason: t(`refusal.${r.refusal?.code ?? 'other'}`) })));
  else if (r.status !== 'completed') items.push(el('p', {}, statusSentence(r)));
  else if (r.type === 'access') {
    const ready = r.exportExpiresAt && Date.parse(r.exportExpiresAt) > Date.now();
    items.push(el('p', {}, ready ? t('outcome.access.ready', { date: formatDate(r.exportExpiresAt, state.lang) }) : t('outcome.access.expired')));
    if (ready)
      items.push(
        el('p', {}, el('a', { class: 'button', id: 'download-export', href: `/v1/privacy/me/requests/${encodeURIComponent(r.requestId)}/export`, download: '' }, t('outcome.access.download'))),
        el('p', { class: 'hint' }, t('outcome.access.contents')),
      );
  } else if (r.type === 'correction') {
    items.push(el('p', {}, t('outcome.correction')), list((res.corrected || []).map((c) => labelOf('categories', c))));
  } else if (r.type === 'restriction') {
    const purposes = res.restricted || [];
    items.push(el('p', {}, t('outcome.restriction')), list(purposes.map((p) => (p === '*' ? t('outcome.restriction.all') : labelOf('purposes', p)))));
  } else if (r.type === 'stop_provision') {
    items.push(el('p', {}, t('outcome.stop')));
  } else if (r.type === 'marketing_objection') {
    items.push(el('p', {}, t('outcome.objection')), list((res.withdrawn || []).map((p) => labelOf('purposes', p))));
  } else if (r.type === 'purpose_notice') {
    items.push(el('p', {}, t('outcome.purposes')));
    items.push(
      el(
        'dl',
        { class: 'facts' },
        (res.purposes || []).flatMap((x) => [el('dt', {}, labelOf('categories', x.category)), el('dd', {}, x.purposes.map((p) => labelOf('purposes', p)).join('; '))]),
      ),
    );
  } else if (r.type === 'erasure') {
    items.push(el('p', {}, t('outcome.erasure')));
    if (r.result) items.push(...erasureOutcome(r.result));
    else items.push(el('p', {}, t('outcome.erasure.mail')));
  }
  return el('section', { class: 'outcome', 'aria-labelledby': 'outcome-title' }, el('h2', { id: 'outcome-title' }, t('detail.outcome')), ...items);
}

/**
 * What an erasure kept under a legal hold (with the hold, its legal reference and the date it is
 * deleted), which holds kept nothing and why, and what stays without the person's name (de-attributed
 * public content, counted). The
 * outcome is stored without personal data, so it stays readable after the erasure.
 */
function erasureOutcome(res) {
  const kept = Array.isArray(res.kept) ? res.kept : [];
  const deattributed = (Array.isArray(res.deattributed) ? res.deattributed : []).filter((d) => d.count > 0);
  // One entry per legal hold (and end date), listing the kinds of data it keeps.
  const groups = [];
  for (const k of kept) {
    const g = groups.find((x) => x.hold === k.hold && x.until === k.until);
    if (g) g.categories.push(k.category);
    else groups.push({ hold: k.hold, until: k.until, reason: k.reason, categories: [k.category] });
  }
  const out = [el('h3', { id: 'kept-title' }, t('outcome.erasure.keptTitle'))];
  if (kept.length === 0) out.push(el('p', {}, t('outcome.erasure.nothingKept')));
  else
    out.push(
      el('p', {}, t('outcome.erasure.kept')),
      el(
        'ul',
        { id: 'erasure-kept', 'aria-labelledby': 'kept-title' },
        groups.map((g) =>
          el(
            'li',
            {},
            el(
              'p',
              {},
              el('strong', {}, t('outcome.erasure.keptWhy', { hold: labelOf('legalHolds', g.hold), date: formatDate(g.until, state.lang) })),
              g.reason && g.reason !== labelOf('legalHolds', g.hold) ? [' ', el('span', { class: 'muted' }, t('outcome.erasure.keptLaw', { reason: g.reason }))] : null,
            ),
            el('ul', {}, g.categories.map((c) => el('li', {}, labelOf('categories', c)))),
          ),
        ),
      ),
    );
  // the holds that kept nothing, and why (outcomes stored before this was reported have no notHeld)
  const notHeld = (Array.isArray(res.notHeld) ? res.notHeld : []).filter((n) => n.reason === 'no_records');
  if (notHeld.length) {
    const either = new Intl.ListFormat(state.lang, { type: 'disjunction' });
    out.push(
      el('p', { id: 'not-held-title' }, t('outcome.erasure.notHeld')),
      el(
        'ul',
        { id: 'erasure-not-held', 'aria-labelledby': 'not-held-title' },
        notHeld.map((n) => el('li', {}, t('outcome.erasure.notHeldItem', { hold: labelOf('legalHolds', n.hold), records: either.format(n.records.map((c) => labelOf('categories', c))) }))),
      ),
    );
  }
  if (deattributed.length)
    out.push(
      el('h3', { id: 'deattributed-title' }, t('outcome.erasure.deattributedTitle')),
      el('p', {}, t('outcome.erasure.deattributed')),
      el(
        'ul',
        { id: 'erasure-deattributed', 'aria-labelledby': 'deattributed-title' },
        deattributed.map((d) => el('li', {}, t('outcome.erasure.deattributedItem', { category: labelOf('categories', d.category), count: d.count }))),
      ),
    );
  return out;
}

function viewDetail(root) {
  const r = state.current;
  root.append(
    heading(typeName(r.type)),
    sessionNav('detail'),
    requestFacts(r),
    outcome(r),
    el(
      'div',
      { class: 'actions' },
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => openRequests(),
        },
        t('detail.back'),
      ),
    ),
  );
}

function anotherRequestForm(root) {
  const d = state.draft;
  const form = el(
    'form',
    {
      id: 'another-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const errors = checkDraft('more-', false);
        if (errors.length) return showErrors(root, errors);
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        const r = await call('POST', '/v1/privacy/me/requests', { body: { type: d.type, language: state.lang, ...(detailsOf(d) ? { details: detailsOf(d) } : {}) } });
        button.disabled = false;
        if (!r.ok) {
          if (r.status === 401) {
            state.view = 'ended';
            return render();
          }
          return showErrors(root, apiErrors(r, 'more-'));
        }
        if (r.data.confirmation) return askConfirmation(r.data.confirmation);
        state.notice = () => t('verified.filed', { type: typeName(r.data.type) });
        state.draft = { type: '', via: d.via, email: '', phone: '', fields: {}, purposes: [] };
        await openRequests(r.data.requestId);
      },
    },
    typeFieldset('more-'),
    ...detailSections('more-'),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('another.submit'))),
  );
  return el('section', { 'aria-labelledby': 'another-title' }, el('h2', { id: 'another-title' }, t('another.title')), el('p', {}, t('another.intro')), form);
}

function viewEnded(root) {
  root.append(
    heading(t('ended.title')),
    el('p', {}, t('ended.text')),
    el(
      'button',
      {
        type: 'button',
        onclick: () => {
          state.view = 'start';
          render();
        },
      },
      t('ended.restart'),
    ),
  );
}

// ------------------------------------------------------------------------------------ session

/**
 * The verified person's navigation: their requests, their marketing preferences, and signing out.
 * The session cookie is HttpOnly, so only the server can clear it: signing out asks it to.
 */
function sessionNav(current) {
  const go = (view, key, open) =>
    el('li', {}, el('button', { type: 'button', class: 'link', id: `nav-${view}`, 'aria-current': current === view ? 'page' : undefined, onclick: open }, t(key)));
  return el(
    'nav',
    { class: 'session-nav', 'aria-label': t('nav.label') },
    el('ul', {}, go('requests', 'nav.requests', () => {
        state.notice = null;
        state.newUseStatus = null;
        state.prefsStatus = null;
        openRequests();
      }), go('preferences', 'nav.preferences', () => openPreferences())),
    el(
      'div',
      { class: 'sign-out' },
      el('button', { type: 'button', class: 'secondary', id: 'sign-out', 'aria-describedby': 'sign-out-why', onclick: signOut }, t('nav.signOut')),
      el('p', { class: 'hint', id: 'sign-out-why' }, t('nav.signOutWhy')),
    ),
  );
}

/** Forgets everything this page held about the person. */
function forgetSession() {
  state.sessionUntil = null;
  state.requests = [];
  state.requestsNext = null;
  state.current = null;
  state.preferences = null;
  state.receipts = [];
  state.newUses = [];
  state.newUseStatus = null;
  state.prefsStatus = null;
  state.intake = null;
  state.notice = null;
  state.draft = { type: '', via: 'email', email: '', phone: '', fields: {}, purposes: [] };
}

async function signOut() {
  const r = await call('DELETE', '/v1/privacy/session');
  forgetSession();
  state.view = 'signedOut';
  state.notice = r.ok ? null : () => t('signout.failed');
  render();
}

function viewSignedOut(root) {
  root.append(
    heading(t('signout.title')),
    ...(state.notice ? [el('div', { class: 'notice bad', role: 'alert' }, el('p', {}, said(state.notice)))] : [el('p', {}, t('signout.text'))]),
    el(
      'button',
      {
        type: 'button',
        onclick: () => {
          state.view = 'start';
          state.notice = null;
          render();
        },
      },
      t('ended.restart'),
    ),
  );
}

// ------------------------------------------------------------------------------------ preferences

/** The words for a preference: the page's own for the channels and recommendations, else the policy's label. */
function preferenceLabel(key, p) {
  const own = STRINGS.en[`prefs.key.${key}`];
  return own ? t(`prefs.key.${key}`) : labelOf('purposes', p.purpose);
}

function preferenceHint(key) {
  return STRINGS.en[`prefs.key.${key}.hint`] ? t(`prefs.key.${key}.hint`) : null;
}

function preferenceState(p) {
  if (p.state === 'opted_in') return t('prefs.state.on', { date: formatDate(p.since, state.lang) });
  if (p.state === 'opted_out') return t('prefs.state.off', { date: formatDate(p.since, state.lang) });
  return t('prefs.state.notSet');
}

/** The readable part of a consent receipt (a compact JWS): its id, kind, time and policy version. */
function receiptFacts(jws) {
  try {
    const part = jws.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part + '='.repeat((4 - (part.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const p = JSON.parse(new TextDecoder().decode(bytes));
    return { jws, id: String(p.record_id || ''), given: p.event_type === 'consent_given', at: p.event_time, version: p.notice?.policy_version, purposes: (p.purposes || []).map((x) => x.id) };
  } catch {
    return { jws, id: '', given: false, at: null, version: null, purposes: [] };
  }
}

async function openPreferences() {
  const r = await call('GET', '/v1/privacy/me/preferences');
  if (!r.ok && r.status === 401) {
    state.view = 'ended';
    return render();
  }
  state.preferences = r.ok ? r.data.preferences : null;
  state.prefsStatus = null;
  if (r.ok) await fetchNewUses();
  const err = r.ok ? undefined : r.errors[0];
  state.notice = r.ok ? null : r.status === 410 ? () => t('prefs.erased') : () => explain(err);
  state.view = 'preferences';
  render();
}

function receiptList() {
  const items = state.receipts.map((rc) => {
    const href = URL.createObjectURL(new Blob([rc.jws], { type: 'application/jose' }));
    return el(
      'li',
      {},
      t(rc.given ? 'prefs.receipt.given' : 'prefs.receipt.withdrawn', {
        what: rc.purposes.map((p) => labelOf('purposes', p)).join(', '),
        date: rc.at ? formatDate(rc.at, state.lang) : '',
        version: rc.version ?? '',
      }),
      ' ',
      el('span', { class: 'muted' }, t('prefs.receipt.id', { id: rc.id })),
      ' ',
      el('a', { href, download: `consent-receipt-${rc.id || 'custos'}.jws` }, t('prefs.receipt.save')),
    );
  });
  return el(
    'section',
    { id: 'receipts', 'aria-labelledby': 'receipts-title', hidden: items.length === 0 },
    el('h2', { id: 'receipts-title' }, t('prefs.receipts')),
    el('p', {}, t('prefs.receipts.intro')),
    el('ul', {}, items),
  );
}

function viewPreferences(root) {
  root.append(heading(t('prefs.title')), sessionNav('preferences'));
  if (!state.preferences) {
    root.append(el('div', { class: 'notice warn', role: 'status' }, el('p', {}, said(state.notice) || t('err.generic'))));
    return;
  }
  // what the last change of a switch did stays in the state, said again in the language switched to
  const status = el('div', { id: 'prefs-status', class: 'notice ok', role: 'status', hidden: true });
  const show = () => {
    const s = state.prefsStatus;
    if (!s) return;
    clear(status).append(el('p', {}, said(s.text)));
    status.className = `notice ${s.ok ? 'ok' : 'bad'}`;
    status.hidden = false;
  };
  const say = (text, ok = true) => {
    state.prefsStatus = { ok, text };
    show();
  };
  show();
  const switches = Object.entries(state.preferences).map(([key, p]) => {
    const label = preferenceLabel(key, p);
    return choiceSwitch(root, say, {
      id: `pref-${key}`,
      label,
      hint: preferenceHint(key),
      checked: p.state === 'opted_in',
      stateText: preferenceState(p),
      change: async (on) => {
        const r = await call('PUT', '/v1/privacy/me/preferences', { body: { preferences: { [key]: on }, language: state.lang } });
        if (!r.ok) return r;
        state.preferences = r.data.preferences;
        const now = state.preferences[key] || p;
        return { ok: true, checked: now.state === 'opted_in', stateText: preferenceState(now), receipts: r.data.receipts || [], message: () => t(on ? 'prefs.changed.on' : 'prefs.changed.off', { label: preferenceLabel(key, p) }) };
      },
    });
  });
  root.append(
    el('p', { class: 'lead' }, t('prefs.intro')),
    el('p', {}, t('prefs.notMarketing')),
    status,
    el('fieldset', { id: 'preferences' }, el('legend', {}, t('prefs.legend')), el('p', { class: 'hint' }, t('prefs.hint')), ...switches),
    ...answeredNewUses(root, say),
    receiptList(),
  );
}

/**
 * A switch (a checkbox with role="switch") with its state in words. `change(on)` asks the server and
 * answers the API's error, or { ok, checked, stateText, receipts (JWS), message (a function that says it
 * when shown) }; the status says what changed and the receipt issued, and focus stays on the switch.
 */
function choiceSwitch(root, say, { id, label, hint, checked, stateText, change }) {
  const stateLine = el('p', { class: 'hint pref-state', id: `${id}-state` }, stateText);
  const input = el('input', {
    type: 'checkbox',
    role: 'switch',
    id,
    name: id,
    checked,
    'aria-describedby': [hint ? `${id}-hint` : null, `${id}-state`].filter(Boolean).join(' '),
    onchange: async (e) => {
      const on = e.target.checked;
      input.disabled = true;
      const r = await change(on);
      input.disabled = false;
      if (!r.ok) {
        input.checked = !on;
        if (r.status === 401) {
          state.view = 'ended';
          return render();
        }
        const err = r.errors[0];
        say(r.status === 410 ? () => t('prefs.erased') : () => explain(err), false);
        return input.focus();
      }
      input.checked = r.checked;
      clear(stateLine).append(r.stateText);
      const issued = r.receipts.map(receiptFacts);
      state.receipts = [...issued, ...state.receipts];
      root.querySelector('#receipts')?.replaceWith(receiptList());
      say(() => [r.message(), issued[0] ? t('prefs.changed.receipt', { id: issued[0].id }) : t('prefs.changed.none')].join(sentenceGap()));
      input.focus();
    },
  });
  return el('div', { class: 'choice pref' }, input, el('label', { for: id }, label), ...(hint ? [el('p', { class: 'hint', id: `${id}-hint` }, hint)] : []), stateLine);
}

/** Between two sentences: nothing in Japanese, a space elsewhere. */
const sentenceGap = () => (state.lang === 'ja' ? '' : ' ');

// ------------------------------------------------------------------------------------ new uses

/** The kinds of data a new use would use, as a list in the page's language. */
const categoriesOf = (u) => new Intl.ListFormat(state.lang, { type: 'conjunction' }).format(u.categories.map((c) => c.label));

/**
 * Uses our privacy policy added after the person gave us their data, which wait for their answer
 * (seed 001: new purposes only after announcement and consent). Absent when nothing waits.
 */
function newUsesSection() {
  const s = state.newUseStatus;
  const status = s
    ? [
        el(
          'div',
          { id: 'new-use-status', class: `notice ${s.ok ? 'ok' : 'bad'}`, role: 'status', tabindex: '-1' },
          el('p', {}, said(s.text), ...(s.receipt ? [' ', el('a', { href: URL.createObjectURL(new Blob([s.receipt.jws], { type: 'application/jose' })), download: `consent-receipt-${s.receipt.id || 'custos'}.jws` }, t('prefs.receipt.save'))] : [])),
        ),
      ]
    : [];
  const awaiting = state.newUses.filter((u) => u.state === 'awaiting');
  if (!awaiting.length) return status;
  const card = (u) => {
    const title = `new-use-${u.purpose}-title`;
    const button = (answer, text, cls) => el('button', { type: 'button', class: cls, 'aria-describedby': `${title} new-uses-hint`, onclick: () => answerNewUse(u, answer) }, text);
    return el(
      'article',
      { class: 'request-card new-use', id: `new-use-${u.purpose}`, 'aria-labelledby': title },
      el('h3', { id: title }, u.label),
      el('p', {}, t('newUses.uses', { categories: categoriesOf(u) })),
      el('p', { class: 'hint' }, t('newUses.addedIn', { version: u.addedIn.label })),
      el('div', { class: 'actions' }, button('consent', t('newUses.consent')), button('decline', t('newUses.decline'), 'secondary')),
    );
  };
  return [
    ...status,
    el(
      'section',
      { id: 'new-uses', 'aria-labelledby': 'new-uses-title' },
      el('h2', { id: 'new-uses-title' }, t('newUses.title')),
      el('p', {}, t('newUses.intro')),
      el('p', { class: 'hint', id: 'new-uses-hint' }, t('newUses.hint')),
      ...awaiting.map(card),
    ),
  ];
}

/** Records the person's answer to a new use (their consent, or a decline that is not asked again). */
async function answerNewUse(u, answer) {
  const r = await call('POST', '/v1/privacy/me/new-uses', { body: { purpose: u.purpose, answer, language: state.lang } });
  if (!r.ok && r.status === 401) {
    state.view = 'ended';
    return render();
  }
  if (r.ok) {
    state.newUses = r.data.uses;
    const receipt = receiptFacts(r.data.receipt);
    state.receipts = [receipt, ...state.receipts];
    const answered = answeredText(u, answer === 'consent');
    const text = () => [answered(), t('prefs.changed.receipt', { id: receipt.id })].join(sentenceGap());
    state.newUseStatus = { ok: true, text, receipt };
  } else {
    const err = r.errors[0];
    state.newUseStatus = { ok: false, text: r.status === 410 ? () => t('prefs.erased') : () => explain(err) };
  }
  render(false);
  focusOn(document.getElementById('new-use-status'));
}

/** What an answer to new use `u` did, said when shown: the use's name as the catalog gives it then, in the page's language. */
const answeredText = (u, consented) => () =>
  t(consented ? 'newUses.consented' : 'newUses.declined', { label: state.newUses.find((x) => x.purpose === u.purpose)?.label ?? u.label });

function newUseState(u) {
  return t(u.state === 'consented' ? 'newUses.state.on' : 'newUses.state.off', { date: formatDate(u.since, state.lang) });
}

/** The new uses the person has answered, each a switch: an answer can be changed (a consent withdrawn as easily as given). */
function answeredNewUses(root, say) {
  const answered = state.newUses.filter((u) => u.state !== 'awaiting');
  if (!answered.length) return [];
  const switches = answered.map((u) =>
    choiceSwitch(root, say, {
      id: `new-use-${u.purpose}`,
      label: u.label,
      hint: t('newUses.uses', { categories: categoriesOf(u) }),
      checked: u.state === 'consented',
      stateText: newUseState(u),
      change: async (on) => {
        const r = await call('POST', '/v1/privacy/me/new-uses', { body: { purpose: u.purpose, answer: on ? 'consent' : 'decline', language: state.lang } });
        if (!r.ok) return r;
        state.newUses = r.data.uses;
        const now = state.newUses.find((x) => x.purpose === u.purpose) || u;
        return { ok: true, checked: now.state === 'consented', stateText: newUseState(now), receipts: [r.data.receipt], message: answeredText(u, on) };
      },
    }),
  );
  return [el('fieldset', { id: 'new-use-choices' }, el('legend', {}, t('newUses.answeredLegend')), el('p', { class: 'hint' }, t('newUses.answeredHint')), ...switches)];
}

async function boot() {
  setLanguage(state.lang);
  await loadCatalog();
  renderChrome();
  // A session from earlier in this browser (the cookie lasts 30 minutes): go straight to the requests.
  if (await fetchRequests()) state.view = 'requests';
  render(false);
}

boot();
