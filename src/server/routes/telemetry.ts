/** The visit log over HTTP: the public beacon endpoint, the report and the retention purge. */
import { z } from 'zod';
import { dateText } from '../../dates.js';
import { CustosError } from '../../errors.js';
import type { Actor } from '../../access/keys.js';
import type { Custos } from '../../custos.js';
import { defineRoute } from '../route.js';
import { jsonText, requireSiteOrigin } from './cookies.js';

const isoTime = dateText();

/** Aggregated reports: roles acting for analytics, or those that run retention (the privacy officer). */
function requireReportRole(custos: Custos, actor: Actor): void {
  const role = custos.policy.roles[actor.role];
  if (role && (role.purposes.includes('analytics') || role.operations.includes('retention'))) return;
  throw new CustosError('CUSTOS_FORBIDDEN', `role ${actor.role} may not read visit reports`, [
    { field: 'authorization', rule: 'role_not_for_report', message: 'visit reports need a role with the analytics purpose or the retention operation' },
  ]);
}

export const telemetryRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/collect',
    tag: 'telemetry',
    summary: 'Log a page visit (navigator.sendBeacon; text/plain or application/json): only the technical fields the policy names, IP truncated',
    auth: 'public',
    rateLimit: 600,
    status: 204,
    body: jsonText(
      z.strictObject({
        url: z.string().min(1).max(4000),
        referrer: z.string().max(4000).optional(),
        status: z.number().int().min(100).max(599).optional(),
        size: z.number().int().min(0).max(1e12).optional(),
        visitorId: z.string().max(64).optional(),
      }),
    ),
    handler: async ({ custos, body, req, reply }) => {
      requireSiteOrigin(req);
      await custos.visits.collect(body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      return reply.code(204).send();
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/visits/report',
    tag: 'telemetry',
    summary: 'Visits, new vs returning visitors and top pages in a time range',
    auth: 'key',
    query: z.strictObject({ since: isoTime, until: isoTime.optional(), top: z.coerce.number().int().min(1).max(100).default(10) }),
    response: z.object({
      since: z.string(),
      until: z.string(),
      visits: z.number(),
      anonymousVisits: z.number(),
      visitors: z.object({ total: z.number(), new: z.number(), returning: z.number() }),
      topPages: z.array(z.object({ page: z.string(), visits: z.number() })),
    }),
    handler: async ({ custos, actor, query }) => {
      requireReportRole(custos, actor);
      return custos.visits.report({ since: new Date(query.since), until: query.until ? new Date(query.until) : new Date(), top: query.top });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/visits/purge',
    tag: 'telemetry',
    summary: 'Retention: delete visits older than the policy keeps them, and expired anonymous cookie choices',
    auth: 'key',
    operation: 'retention',
    response: z.object({ visits: z.number(), cookieChoices: z.number(), retention: z.string() }),
    handler: async ({ custos, actor }) => {
      const visits = await custos.visits.purgeExpired();
      const cookieChoices = await custos.cookieConsent.purgeExpired();
      await custos.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'retention.visits', outcome: 'ok', details: { visits, cookieChoices } });
      return { visits, cookieChoices, retention: custos.visits.retention };
    },
  }),
];
