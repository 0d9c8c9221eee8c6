/**
 * Consent and marketing preferences over HTTP: grant/withdraw with a signed receipt, history,
 * preferences per channel, "may I send?", receipt verification and the receipt public key.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../policy/schema.js';
import { CONSENT_METHODS } from '../../consent/store.js';
import { evidenceOf } from '../../consent/evidence.js';
import { defineRoute, subjectIdParams } from '../route.js';

const consentEvent = z.object({
  eventId: z.string(),
  purpose: z.string(),
  event: z.enum(['grant', 'withdraw']),
  policyVersion: z.number(),
  method: z.string(),
  language: z.string().optional(),
  evidence: z.record(z.string(), z.string()).optional(),
  at: z.string(),
  receiptId: z.string().optional(),
});
const preference = z.object({ purpose: z.string(), channel: z.string().optional(), state: z.enum(['opted_in', 'opted_out', 'not_set']), since: z.string().optional() });
const jwk = z.record(z.string(), z.unknown());

export const consentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/consents',
    tag: 'consents',
    summary: 'Grant or withdraw consent to purposes; tied to the policy version in force; returns a signed ISO/IEC TS 27560 receipt',
    auth: 'key',
    operation: 'manage_consent',
    status: 201,
    params: subjectIdParams,
    body: z.strictObject({
      event: z.enum(['grant', 'withdraw']),
      purposes: z.array(z.string().min(1).max(64)).min(1).max(50),
      method: z.enum(CONSENT_METHODS).default('api'),
      language: z.enum(LANGUAGES).optional(),
    }),
    response: z.object({ events: z.array(consentEvent), receiptId: z.string(), receipt: z.string().describe('compact JWS (EdDSA)') }),
    handler: async ({ custos, actor, params, body, req }) =>
      custos.preferences.record(params.id, { ...body, evidence: evidenceOf(req.ip, req.headers['user-agent']) }, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/subjects/:id/consents',
    tag: 'consents',
    summary: "The subject's consent history (append-only) and the receipts issued",
    auth: 'key',
    operation: 'manage_consent',
    params: subjectIdParams,
    response: z.object({ events: z.array(consentEvent), receipts: z.array(z.object({ receiptId: z.string(), eventType: z.string(), jws: z.string(), at: z.string() })) }),
    handler: async ({ custos, actor, params }) => custos.preferences.history(params.id, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/subjects/:id/preferences',
    tag: 'consents',
    summary: 'Marketing preferences: one entry per channel (email, sms, push, in_app) and per other marketing purpose (recommendations)',
    auth: 'key',
    operation: 'manage_consent',
    params: subjectIdParams,
    response: z.object({ preferences: z.record(z.string(), preference) }),
    handler: async ({ custos, actor, params }) => {
      const preferences = await custos.preferences.get(params.id);
      // what the person chose is personal data too: reading it is in the log
      await custos.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'preferences.read', subjectId: params.id, outcome: 'ok' });
      return { preferences };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/v1/subjects/:id/preferences',
    tag: 'consents',
    summary: 'Set marketing preferences ({"email": false} opts out of the newsletter, true resumes it); changes are consent events with receipts',
    auth: 'key',
    operation: 'manage_consent',
    params: subjectIdParams,
    body: z.strictObject({
      preferences: z.record(z.string().max(64), z.boolean()),
      method: z.enum(CONSENT_METHODS).default('api'),
      language: z.enum(LANGUAGES).optional(),
    }),
    response: z.object({ preferences: z.record(z.string(), preference), receipts: z.array(z.string()) }),
    handler: async ({ custos, actor, params, body, req }) =>
      custos.preferences.set(params.id, body.preferences, { method: body.method, ...(body.language ? { language: body.language } : {}), evidence: evidenceOf(req.ip, req.headers['user-agent']) }, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/may-send',
    tag: 'consents',
    summary: 'May I send marketing on this channel (email, sms, push, in_app) or for this marketing purpose to the subject? The access decision for your role',
    auth: 'key',
    params: subjectIdParams,
    body: z.strictObject({ channel: z.string().min(1).max(64) }),
    response: z.object({ allowed: z.boolean(), reason: z.string(), purpose: z.string().optional() }),
    handler: async ({ custos, actor, params, body }) => custos.preferences.maySend(params.id, body.channel, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/cookie-token',
    tag: 'consents',
    summary: 'A short-lived token the site puts on its page (data-subject-token) so the banner records the choice for this subject',
    auth: 'key',
    operation: 'manage_consent',
    params: subjectIdParams,
    body: z.strictObject({ ttlSeconds: z.number().int().min(60).max(2_592_000).default(3600) }),
    response: z.object({ token: z.string(), expiresIn: z.number() }),
    handler: async ({ custos, params, body }) => {
      // Refuses an unknown (404) or erased (410) subject.
      await custos.preferences.get(params.id);
      return { token: custos.cookieConsent.subjectToken(params.id, body.ttlSeconds), expiresIn: body.ttlSeconds };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/receipts/verify',
    tag: 'consents',
    summary: "Check a consent receipt against the controller's receipt keys",
    auth: 'public',
    body: z.strictObject({ receipt: z.string().min(1).max(100_000) }),
    response: z.object({ valid: z.boolean(), reason: z.string().optional(), payload: z.record(z.string(), z.unknown()).optional() }),
    handler: async ({ custos, body }) => {
      const r = await custos.receipts.verify(body.receipt);
      return r.valid ? { valid: true, payload: r.payload as unknown as Record<string, unknown> } : { valid: false, reason: r.reason };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/.well-known/custos-receipt-key.json',
    tag: 'consents',
    summary: 'The public keys (JWK set) that consent receipts are signed with',
    auth: 'public',
    response: z.object({ keys: z.array(jwk) }),
    handler: async ({ custos, reply }) => {
      reply.header('cache-control', 'public, max-age=3600');
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
      return custos.receipts.publicJwks();
    },
  }),
];
