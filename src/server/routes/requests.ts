import { z } from 'zod';
import { LANGUAGES, REQUEST_TYPES } from '../../policy/schema.js';
import { CURSOR_MESSAGE, isCursor, REFUSAL_CODES, REQUEST_STATUSES } from '../../requests/service.js';
import { defineRoute, subjectIdParams } from '../route.js';
import { readCookie, setCookie } from '../session-cookie.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Custos } from '../../custos.js';
import { exportBundle } from '../../requests/export.js';
import { subjectErased } from '../../vault/vault.js';
import { asField, CustosError, notFound } from '../../errors.js';
import { evidenceOf } from '../../consent/evidence.js';
import { newUseRoutes } from './new-uses.js';

/** An agent's session follows only the request the agent filed: it files nothing for the person. */
const agentOutOfScope = () =>
  new CustosError('CUSTOS_FORBIDDEN', "an agent's session follows only the request the agent filed", [
    { field: 'authorization', rule: 'agent_scope', message: "an agent's session cannot file requests" },
  ]);

const requestView = z
  .object({
    requestId: z.string(),
    type: z.string(),
    status: z.string(),
    dueAt: z.string().describe('the end of the due day in the jurisdiction\'s time zone, as an instant'),
    dueDate: z.string().describe('the due day, YYYY-MM-DD, in the jurisdiction\'s time zone (what to show)'),
    timeZone: z.string().describe('the jurisdiction\'s IANA time zone, as it was when the request was filed'),
  })
  .passthrough();
const requestIdParams = z.strictObject({ id: z.string().min(1).max(64) });
/**
 * Where a list resumes: the `next` of the page before, as it was given (`before` for the person's list,
 * newest first; `after` for the staff queue, earliest due first). A made-up or changed one is 400, rule
 * `cursor`.
 */
const cursorParam = (list: 'before' | 'after') =>
  z
    .string()
    .max(200)
    .superRefine((s, ctx) => {
      if (!isCursor(list, s)) ctx.addIssue({ code: 'custom', message: CURSOR_MESSAGE, params: { rule: 'cursor' } });
    })
    .describe(`the \`next\` of the previous page: this page goes on from its last request (${list === 'before' ? 'the older requests' : 'the requests due later'})`);
/** A list's page: its requests, and the cursor of the page after it when there is one. */
const requestPage = (list: 'before' | 'after') =>
  z.object({
    requests: z.array(requestView),
    next: z.string().optional().describe(`present when there are more requests: give it as \`${list}\` for the next page`),
  });
const details = z.record(z.string(), z.unknown()).optional();
const agent = z.strictObject({ name: z.string().min(1).max(200), email: z.email(), authorisation: z.string().min(20).max(20_000) });
export const SESSION_COOKIE = 'custos_session';
/** A correction of an email or phone waiting for the code sent to the new value (never the value itself). */
const confirmation = z.object({ confirmationId: z.string(), expiresAt: z.string(), field: z.string() });

/**
 * What an agent's session is shown of the request it filed: its status, dates and outcome. An access
 * request's copy is the person's: it is downloaded only in the person's own verified session (they are
 * mailed when it is ready), so the agent is not told of a download it cannot make.
 */
function agentView<T extends { exportExpiresAt?: string }>(view: T): Omit<T, 'exportExpiresAt'> & { exportFor?: 'person' } {
  const { exportExpiresAt, ...rest } = view;
  return { ...rest, ...(exportExpiresAt ? { exportFor: 'person' as const } : {}) };
}

/** The subject token of a request: `Authorization: Subject <token>` (applications) or the session cookie. */
export function sessionToken(req: FastifyRequest, custos: Custos): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Subject ')) return authorization.slice(8).trim();
  return readCookie(req, custos, SESSION_COOKIE);
}

/** The privacy center's session cookie: set for 30 minutes, or cleared (see session-cookie.ts). */
const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, custos: Custos, token: string, maxAge = 1800) =>
  setCookie(req, reply, custos, SESSION_COOKIE, token, { path: '/v1/privacy', maxAge });

/** The privacy center's API: reachable without an API key, rate-limited, revealing nothing before verification. */
export const privacyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/requests',
    tag: 'privacy center',
    summary: 'Ask for access, correction, erasure, restriction, a stop to provision, an end to marketing or the purposes of use; a code goes to the address on file',
    auth: 'public',
    rateLimit: 20,
    status: 202,
    body: z.strictObject({
      type: z.enum(REQUEST_TYPES),
      email: z.string().max(320).optional(),
      phone: z.string().max(40).optional(),
      language: z.enum(LANGUAGES),
      details,
      agent: agent.optional(),
    }),
    response: z.object({ intakeId: z.string(), expiresAt: z.string(), message: z.string() }),
    handler: async ({ custos, body, req }) => {
      const r = await custos.intakes.start({ ...body, ip: req.ip });
      return { ...r, message: 'If we hold data for this address, a 6-digit code is on its way to the contact details we have on file. It is valid for 10 minutes.' };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/requests/resend',
    tag: 'privacy center',
    summary: 'A new code for a request waiting for verification',
    auth: 'public',
    rateLimit: 10,
    status: 202,
    body: z.strictObject({ intakeId: z.string().max(64) }),
    response: z.object({ intakeId: z.string() }),
    handler: async ({ custos, body, req }) => custos.intakes.resend(body.intakeId, req.ip),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/verify',
    tag: 'privacy center',
    summary: 'Verify the code: the request is filed and a short session opens (cookie, and token for applications)',
    auth: 'public',
    rateLimit: 30,
    body: z.strictObject({ intakeId: z.string().max(64), code: z.string().max(12) }),
    // `request`, or for a correction of an email or phone `confirmation`: the request is filed once the code
    // sent to the new value is entered (POST /v1/privacy/me/identifier-confirmation)
    response: z.object({ token: z.string(), expiresAt: z.string(), request: requestView.optional(), confirmation: confirmation.optional() }),
    handler: async ({ custos, body, reply, req }) => {
      const v = await custos.intakes.verify(body.intakeId, body.code.trim());
      const input = { type: v.type, language: v.language, channel: v.agent ? ('agent' as const) : ('privacy_center' as const), details: v.details, agent: v.agent };
      // (an agent's correction is filed and waits: staff send the code to the new value, see identifier-code)
      // A confirmation that cannot start, or a request that cannot be filed (a value not valid in the
      // person's region, a store error), leaves the person's code usable: they need not start over.
      let pending, request;
      try {
        pending = await custos.requests.confirmBeforeFiling(v.subjectId, input, req.ip);
        if (!pending) request = await custos.requests.file(v.subjectId, input);
      } catch (e) {
        await custos.intakes.giveBack(v);
        throw e;
      }
      if (pending) {
        const session = await custos.subjectTokens.issue({ subjectId: v.subjectId, via: 'privacy_center', origin: v.intakeId });
        setSessionCookie(req, reply, custos, session.token);
        return { token: session.token, expiresAt: session.expiresAt, confirmation: pending };
      }
      // The code went to the person, but whoever entered it for an agent's intake is treated as the agent:
      // the session follows that one request (its status and outcome), nothing else of the person's.
      const session = await custos.subjectTokens.issue(
        v.agent ? { subjectId: v.subjectId, via: 'agent', origin: v.intakeId, requestId: request!.requestId } : { subjectId: v.subjectId, via: 'privacy_center', origin: v.intakeId },
      );
      setSessionCookie(req, reply, custos, session.token);
      return { token: session.token, expiresAt: session.expiresAt, request };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/me/requests',
    tag: 'privacy center',
    summary: 'File another request in a verified session, or for an application\'s signed-in user (subject token)',
    auth: 'subject',
    rateLimit: 30,
    status: 201,
    body: z.strictObject({ type: z.enum(REQUEST_TYPES), language: z.enum(LANGUAGES), details }),
    // 201 with the request, or 202 `{confirmation}` for a correction of an email or phone: a code went to
    // the new value, and the request is filed once it is entered (POST /v1/privacy/me/identifier-confirmation)
    response: z.union([requestView, z.object({ confirmation })]),
    handler: async ({ custos, subject, body, req, reply }) => {
      // (an agent's session never gets here: the route does not allow agentScope; a request filed here is
      // recorded as the person's own, or the application's for its user)
      if (subject!.via !== 'application' && subject!.via !== 'privacy_center') throw agentOutOfScope();
      const input = { ...body, channel: subject!.via };
      const pending = await custos.requests.confirmBeforeFiling(subject!.subjectId, input, req.ip);
      if (pending) {
        reply.code(202);
        return { confirmation: pending };
      }
      return custos.requests.file(subject!.subjectId, input);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/me/identifier-confirmation',
    tag: 'privacy center',
    summary: 'Enter the code sent to the new email or phone of a correction: the correction is filed (and may then be approved)',
    auth: 'subject',
    rateLimit: 30,
    status: 201,
    body: z.strictObject({ confirmationId: z.string().max(64), code: z.string().max(12) }),
    response: requestView,
    handler: async ({ custos, subject, body }) => {
      if (subject!.via !== 'application' && subject!.via !== 'privacy_center') throw agentOutOfScope();
      return custos.requests.fileConfirmed(subject!.subjectId, body.confirmationId, body.code.trim());
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/me/identifier-confirmation/resend',
    tag: 'privacy center',
    summary: 'A new code to the new email or phone of a correction waiting for confirmation (no new attempts)',
    auth: 'subject',
    rateLimit: 10,
    status: 202,
    body: z.strictObject({ confirmationId: z.string().max(64) }),
    response: z.object({ confirmationId: z.string() }),
    handler: async ({ custos, subject, body, req }) => {
      if (subject!.via !== 'application' && subject!.via !== 'privacy_center') throw agentOutOfScope();
      return custos.intakes.resendConfirmation(body.confirmationId, subject!.subjectId, req.ip);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/me/requests',
    tag: 'privacy center',
    summary: 'The person\'s own requests, newest first, a page at a time (`limit`, and `before`: the `next` of the page before)',
    auth: 'subject',
    rateLimit: 60,
    agentScope: 'own_request',
    query: z.strictObject({
      before: cursorParam('before').optional(),
      limit: z.coerce.number().int().min(1).max(100).optional().describe('requests per page, newest first (default and at most 100)'),
    }),
    response: requestPage('before'),
    handler: async ({ custos, subject, query }) => {
      if (subject!.via !== 'agent') return custos.requests.minePage(subject!.subjectId, query);
      // an agent's session: the one request it filed, as long as it is still the person's (one page: no cursor)
      const rid = subject!.requestId!;
      const owner = await custos.requests.subjectOf(rid).catch(() => null);
      if (owner !== subject!.subjectId) return { requests: [] };
      const { timeline: _t, ...view } = await custos.requests.get(rid);
      return { requests: [agentView(view)] };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/me/requests/:id',
    tag: 'privacy center',
    summary: 'One of the person\'s requests, with its outcome',
    auth: 'subject',
    rateLimit: 60,
    params: requestIdParams,
    agentScope: 'own_request',
    response: requestView,
    handler: async ({ custos, subject, params }) => asField('requestId', 'id', async () => {
      if (subject!.via === 'agent' && params.id !== subject!.requestId) throw notFound('request');
      if ((await custos.requests.subjectOf(params.id)) !== subject!.subjectId) throw notFound('request');
      const { timeline: _t, ...view } = await custos.requests.get(params.id);
      const out = { ...view, result: await custos.requests.result(params.id, subject!.subjectId) };
      return subject!.via === 'agent' ? agentView(out) : out;
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/me/requests/:id/export',
    tag: 'privacy center',
    summary: 'Download the access export (zip of JSON and CSV): 7 days, only in the verified session of the person it belongs to',
    auth: 'subject',
    rateLimit: 10,
    params: requestIdParams,
    handler: async ({ custos, subject, params, reply }) => {
      const owner = await asField('requestId', 'id', () => custos.requests.subjectOf(params.id));
      // A forwarded link is useless: the session must be the person's own, verified in the privacy center.
      // An application's subject token files requests for its user but never downloads their data: that
      // would read every category of anyone the application can mint a token for, whatever the purposes.
      if (owner !== subject!.subjectId || subject!.via !== 'privacy_center') throw notFound('request');
      const view = await custos.requests.get(params.id);
      if (view.type !== 'access' || view.status !== 'completed' || !view.exportExpiresAt || Date.parse(view.exportExpiresAt) < Date.now())
        throw new CustosError('CUSTOS_REQUEST_STATE', 'no export is available for this request (not an access request, not completed, or expired)', [
          { field: 'id', rule: 'export_available', message: 'no export is available for this request' },
        ]);
      await custos.audit.append({ actor: { keyId: 'subject', role: 'subject' }, action: 'request.export_download', subjectId: owner, outcome: 'ok', details: { requestId: params.id } });
      reply.header('content-type', 'application/zip');
      reply.header('content-disposition', `attachment; filename="custos-export-${params.id.slice(0, 8)}.zip"`);
      reply.header('cache-control', 'no-store');
      return reply.send(await exportBundle(owner, { vault: custos.vault, consents: custos.consents, restrictions: custos.restrictions, audit: custos.audit, policy: custos.policy, sections: custos.exportSections }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/me/preferences',
    tag: 'privacy center',
    summary: 'The person\'s marketing preferences per channel and personalised recommendations',
    auth: 'subject',
    rateLimit: 60,
    response: z.object({ preferences: z.record(z.string(), z.object({ purpose: z.string(), state: z.string() }).passthrough()) }),
    handler: async ({ custos, subject }) => ({ preferences: await custos.preferences.get(subject!.subjectId) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/v1/privacy/me/preferences',
    tag: 'privacy center',
    summary: 'Stop or resume newsletters per channel and personalised recommendations (seeds 002, 004); each change gets a consent receipt',
    auth: 'subject',
    rateLimit: 30,
    body: z.strictObject({ preferences: z.record(z.string(), z.boolean()), language: z.enum(LANGUAGES).optional() }),
    response: z.object({ preferences: z.record(z.string(), z.unknown()), receipts: z.array(z.string()) }),
    handler: async ({ custos, subject, body, req }) => {
      // Recorded as the person's own choice in the privacy center, so only the person's verified session
      // makes it: an application records consents it collects with its own key (POST /v1/subjects/:id/consents).
      if (subject!.via !== 'privacy_center')
        throw new CustosError('CUSTOS_FORBIDDEN', "preferences are changed in the person's own privacy-center session", [
          { field: 'authorization', rule: 'privacy_center_session', message: 'an application records the consents it collects through POST /v1/subjects/:id/consents' },
        ]);
      return custos.preferences.set(
        subject!.subjectId,
        body.preferences,
        { method: 'privacy_center', ...(body.language ? { language: body.language } : {}), evidence: evidenceOf(req.ip, req.headers['user-agent']) },
        { keyId: 'subject', role: 'subject' },
      );
    },
  }),
  ...newUseRoutes,
  defineRoute({
    method: 'DELETE',
    url: '/v1/privacy/session',
    tag: 'privacy center',
    summary: 'Sign out of the privacy center (clears the session cookie; on a shared computer, always sign out)',
    auth: 'public',
    rateLimit: 60,
    response: z.object({ signedOut: z.boolean() }),
    handler: async ({ custos, reply, req }) => {
      // the token stops working at once (a copied one too), and the browser forgets it
      await custos.subjectTokens.revoke(sessionToken(req, custos));
      setSessionCookie(req, reply, custos, '', 0);
      return { signedOut: true };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subject-tokens',
    tag: 'privacy center',
    summary: 'For an application: a short-lived subject token for its signed-in user, to file requests on their behalf',
    auth: 'key',
    operation: 'subject_tokens',
    status: 201,
    body: z.strictObject({ subjectId: z.string().min(1).max(100), ttlSeconds: z.number().int().min(60).max(3600).optional() }),
    response: z.object({ token: z.string(), expiresAt: z.string() }),
    handler: async ({ custos, actor, body }) => {
      const { status } = await asField('id', 'subjectId', () => custos.vault.status(body.subjectId));
      // an erased person has no one to act for, and the log no longer points at them
      if (status === 'erased') throw subjectErased('subjectId');
      const t = await custos.subjectTokens.issue({ subjectId: body.subjectId, via: 'application', origin: actor.keyId }, body.ttlSeconds);
      await custos.audit.append({ actor, action: 'subject_token.issue', subjectId: body.subjectId, outcome: 'ok' });
      return t;
    },
  }),
];

/** The staff side: the queue, detail with timeline, and the actions. */
export const requestRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/requests',
    tag: 'requests',
    summary: 'The request queue, by due date, with overdue and at-risk marks, a page at a time (`limit`, and `after`: the `next` of the page before)',
    auth: 'key',
    operation: 'manage_requests',
    query: z.strictObject({
      status: z.enum(['open', ...REQUEST_STATUSES]).optional(),
      type: z.enum(REQUEST_TYPES).optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional().describe('requests per page (default 200, at most 1000)'),
      after: cursorParam('after').optional(),
    }),
    response: requestPage('after'),
    handler: async ({ custos, query }) => custos.requests.listPage(query),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/requests',
    tag: 'requests',
    summary: 'File a request received by other means (letter, phone) after staff verified the person',
    auth: 'key',
    operation: 'manage_requests',
    status: 201,
    body: z.strictObject({ subjectId: z.string().min(1).max(100), type: z.enum(REQUEST_TYPES), language: z.enum(LANGUAGES), details }),
    response: requestView,
    handler: async ({ custos, actor, body }) => asField('id', 'subjectId', () => custos.requests.file(body.subjectId, { type: body.type, language: body.language, details: body.details, channel: 'staff' }, actor)),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/requests/:id',
    tag: 'requests',
    summary: 'A request with its timeline',
    auth: 'key',
    operation: 'manage_requests',
    params: requestIdParams,
    response: requestView,
    // with what staff decide on: the agent's name, address and authorisation, the proposed values
    handler: async ({ custos, params, actor }) => asField('requestId', 'id', () => custos.requests.staffView(params.id, actor)),
  }),
  ...(
    [
      ['approve', 'Approve (an agent\'s authorisation checked, a fee paid, a type that needs review): the request is fulfilled', z.strictObject({})],
      ['fulfil', 'Fulfil the request now', z.strictObject({})],
      ['extend', 'Extend, with a reason, as far as the law allows; the person is told', z.strictObject({ reason: z.string().min(5).max(1000) })],
      ['refuse', 'Refuse with a reason code and an explanation sent to the person', z.strictObject({ code: z.enum(REFUSAL_CODES), explanation: z.string().min(5).max(2000) })],
      ['assign', 'Assign to a member of staff', z.strictObject({ assignee: z.string().min(1).max(80) })],
      ['fee-paid', 'Record that the fee was paid', z.strictObject({})],
    ] as const
  ).map(([action, summary, body]) =>
    defineRoute({
      method: 'POST',
      url: `/v1/requests/:id/${action}`,
      tag: 'requests',
      summary,
      auth: 'key',
      operation: 'manage_requests',
      params: requestIdParams,
      body: body as z.ZodType<Record<string, string>>,
      response: requestView,
      // the request is the path's id (the service names it requestId)
      handler: async ({ custos, actor, params, body: b }) => asField('requestId', 'id', async () => {
        const r = custos.requests;
        switch (action) {
          case 'approve':
            return r.approve(params.id, actor);
          case 'fulfil':
            return r.fulfil(params.id, actor);
          case 'extend':
            return r.extend(params.id, b.reason, actor);
          case 'refuse':
            return r.refuse(params.id, b.code as (typeof REFUSAL_CODES)[number], b.explanation, actor);
          case 'assign':
            return r.assign(params.id, b.assignee, actor);
          default:
            return r.markFeePaid(params.id, actor);
        }
      }),
    }),
  ),
  defineRoute({
    method: 'POST',
    url: '/v1/requests/:id/identifier-code',
    tag: 'requests',
    summary: 'Send a code to the new email or phone of a correction (filed by staff, an agent or the API): the person gives it back to staff',
    auth: 'key',
    operation: 'manage_requests',
    status: 202,
    params: requestIdParams,
    body: z.strictObject({}),
    response: confirmation,
    handler: async ({ custos, actor, params, req }) => asField('requestId', 'id', () => custos.requests.sendIdentifierCode(params.id, actor, req.ip)),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/requests/:id/identifier-confirmation',
    tag: 'requests',
    summary: 'Enter the code the person read back from the new email or phone: the correction may then be approved',
    auth: 'key',
    operation: 'manage_requests',
    params: requestIdParams,
    body: z.strictObject({ code: z.string().max(12) }),
    response: requestView,
    handler: async ({ custos, actor, params, body }) => asField('requestId', 'id', () => custos.requests.confirmIdentifier(params.id, body.code.trim(), actor)),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/held-data',
    tag: 'requests',
    summary: 'Data kept under a legal hold after erasure: only for the hold\'s purpose',
    auth: 'key',
    params: subjectIdParams,
    body: z.strictObject({ purpose: z.string().min(1).max(64) }),
    response: z.object({ items: z.array(z.object({ hold: z.string(), category: z.string(), value: z.unknown(), heldUntil: z.string() })) }),
    handler: async ({ custos, actor, params, body }) => ({ items: await custos.holds.read(params.id, { actor, purpose: body.purpose }) }),
  }),
];
