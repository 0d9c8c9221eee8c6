import { z } from 'zod';
import { defineRoute } from '../route.js';
import { listAlerts } from '../../audit/monitor.js';
import { dateText } from '../../dates.js';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/audit/verify',
    tag: 'audit',
    summary: 'Verify the whole audit chain and its signed checkpoints',
    auth: 'key',
    operation: 'audit_verify',
    response: z.object({ ok: z.boolean() }).passthrough(),
    handler: async ({ custos }) => custos.audit.verify(),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/audit/entries',
    tag: 'audit',
    summary: 'Query audit entries by subject, actor or action',
    auth: 'key',
    operation: 'audit_verify',
    query: z.strictObject({
      subject: z.string().max(100).optional(),
      actor: z.string().max(64).optional(),
      action: z.string().max(64).optional(),
      since: dateText().optional(),
      until: dateText().optional(),
      afterSeq: z.coerce.number().int().min(0).optional(),
      limit: z.coerce.number().int().min(1).max(10_000).optional(),
    }),
    response: z.object({ entries: z.array(z.object({ seq: z.number() }).passthrough()) }),
    handler: async ({ custos, query }) => ({
      entries: await custos.audit.query({ subjectId: query.subject, actor: query.actor, action: query.action, since: query.since, until: query.until, afterSeq: query.afterSeq, limit: query.limit }),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/alerts',
    tag: 'audit',
    summary: 'Alerts raised by access monitoring (bulk reads, denial bursts, out-of-hours and maintenance reads)',
    auth: 'key',
    operation: 'audit_verify',
    query: z.strictObject({ unacknowledged: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }),
    response: z.object({ alerts: z.array(z.object({ id: z.string(), rule: z.string() }).passthrough()) }),
    handler: async ({ custos, query }) => ({ alerts: await listAlerts(custos.db, { limit: query.limit, unacknowledged: query.unacknowledged === 'true' }) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/audit/checkpoint',
    tag: 'audit',
    summary: 'The latest signed checkpoint (creating one if none): keep it apart to detect truncation and rewrites',
    auth: 'key',
    operation: 'audit_verify',
    response: z.object({ seq: z.number(), hash: z.string(), signature: z.string() }).passthrough(),
    handler: async ({ custos }) => (await custos.audit.latestCheckpoint()) ?? custos.audit.checkpoint(),
  }),
];
