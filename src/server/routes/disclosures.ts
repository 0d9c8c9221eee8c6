import { z } from 'zod';
import { defineRoute, subjectIdParams } from '../route.js';
import { discloseSchema, receiptSchema, Disclosures, type DiscloseInput, type ReceiptInput } from '../../disclosures/disclosures.js';
import { statsCsv, statsSchema, type StatsInput } from '../../disclosures/stats.js';
import { recordsCsv, recordsMarkdown } from '../../disclosures/records.js';
import { dateText } from '../../dates.js';

const entry = z.object({ disclosureId: z.string(), kind: z.string(), recipient: z.object({ name: z.string() }).passthrough(), categories: z.array(z.string()), purpose: z.string(), basis: z.string() }).passthrough();
const receipt = z.object({ receiptId: z.string(), provider: z.object({ name: z.string() }).passthrough(), acquisition: z.string(), categories: z.array(z.string()) }).passthrough();
const range = {
  from: dateText().optional(),
  to: dateText().optional(),
};

export const disclosureRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/recipients',
    tag: 'disclosures',
    summary: 'The recipients registry: third parties and processors, with their agreements and what each may receive',
    auth: 'key',
    response: z.object({ recipients: z.array(z.object({ id: z.string(), type: z.string(), name: z.string() }).passthrough()) }),
    handler: async ({ custos }) => ({ recipients: custos.disclosures.recipients() }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/disclosures',
    tag: 'disclosures',
    summary: "Provide persons' data to a recipient: needs consent, a processor's agreement, or a legal exception with its reference; recorded in the ledger",
    auth: 'key',
    status: 201,
    body: discloseSchema,
    response: z.object({ disclosure: entry, data: z.array(z.object({ subjectId: z.string(), fields: z.record(z.string(), z.unknown()) }).passthrough()) }),
    handler: async ({ custos, actor, req }) => custos.disclosures.disclose(req.body as DiscloseInput, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/disclosures',
    tag: 'disclosures',
    summary: 'The provision ledger (APPI Art. 29): entries whose period overlaps [from, to]',
    auth: 'key',
    operation: 'manage_disclosures',
    query: z.strictObject({ ...range, recipient: z.string().max(64).optional(), kind: z.enum(['provision', 'entrustment', 'anonymised']).optional(), limit: z.coerce.number().int().min(1).max(10_000).optional() }),
    response: z.object({ entries: z.array(entry) }),
    handler: async ({ custos, query }) => ({ entries: await custos.disclosures.list(query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/disclosures/export',
    tag: 'disclosures',
    summary: 'The provision ledger as CSV for a regulator (columns in docs/disclosures.md)',
    auth: 'key',
    operation: 'manage_disclosures',
    query: z.strictObject({ ...range, kind: z.enum(['provision', 'entrustment', 'anonymised']).optional() }),
    handler: async ({ custos, actor, query, reply }) => {
      let out = '';
      await custos.disclosures.exportCsv(query, (s) => void (out += s), actor);
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="provision-ledger.csv"');
      return out;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/disclosures/:id',
    tag: 'disclosures',
    summary: 'One ledger entry',
    auth: 'key',
    operation: 'manage_disclosures',
    params: z.strictObject({ id: z.string().max(40) }),
    response: entry,
    handler: async ({ custos, params }) => custos.disclosures.entry(params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/subjects/:id/disclosures',
    tag: 'disclosures',
    summary: "A person's provisions and received-data records (what their access export shows)",
    auth: 'key',
    operation: 'manage_disclosures',
    params: subjectIdParams,
    response: z.object({ disclosures: z.array(entry), received: z.array(receipt) }),
    handler: async ({ custos, params }) => {
      // an id of no subject is not found, as on every subject route (an erased subject's records are still listed)
      await custos.vault.status(params.id);
      return { disclosures: await custos.disclosures.forSubject(params.id), received: await custos.disclosures.receivedForSubject(params.id) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/stop-provision',
    tag: 'disclosures',
    summary: "A person's request to stop provision to third parties (a restriction on third_party_provision)",
    auth: 'key',
    operation: 'manage_disclosures',
    status: 201,
    params: subjectIdParams,
    body: z.strictObject({ reason: z.string().trim().min(1).max(500) }),
    response: z.object({ restrictionId: z.string() }),
    handler: async ({ custos, actor, params, body }) => custos.disclosures.stopProvision(params.id, body.reason, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/received',
    tag: 'disclosures',
    summary: "Record data received from a third party (APPI Art. 30): the provider's identity and how it obtained the data",
    auth: 'key',
    operation: 'manage_disclosures',
    status: 201,
    body: receiptSchema,
    response: receipt,
    handler: async ({ custos, actor, req }) => custos.disclosures.recordReceipt(req.body as ReceiptInput, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/received',
    tag: 'disclosures',
    summary: 'Received-data records whose date is in [from, to]',
    auth: 'key',
    operation: 'manage_disclosures',
    query: z.strictObject({ ...range, limit: z.coerce.number().int().min(1).max(10_000).optional() }),
    response: z.object({ received: z.array(receipt) }),
    handler: async ({ custos, query }) => ({ received: await custos.disclosures.listReceipts(query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/stats/export',
    tag: 'disclosures',
    summary: 'Anonymised statistics for partners: k-anonymous counts with complementary suppression, optional Laplace noise; recorded as an anonymised provision',
    auth: 'key',
    operation: 'manage_disclosures',
    body: statsSchema.extend({ format: z.enum(['json', 'csv']).default('json') }),
    response: z.object({ dims: z.array(z.string()), k: z.number(), rows: z.array(z.object({ count: z.number().nullable() }).passthrough()) }).passthrough(),
    handler: async ({ custos, actor, body, reply }) => {
      const { format, ...input } = body;
      const s = await custos.disclosures.stats(input as StatsInput, actor);
      if (format === 'csv') {
        reply.type('text/csv; charset=utf-8').header('x-custos-disclosure-id', s.disclosureId);
        return statsCsv(s);
      }
      return s;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/records',
    tag: 'disclosures',
    summary: 'Records of processing activities (GDPR Art. 30) generated from the policy and the registries',
    auth: 'key',
    operation: 'manage_disclosures',
    query: z.strictObject({ format: z.enum(['json', 'md', 'csv']).default('json') }),
    handler: async ({ custos, query, reply }) => {
      const r = custos.disclosures.records();
      if (query.format === 'md') return reply.type('text/markdown; charset=utf-8').send(recordsMarkdown(r));
      if (query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(recordsCsv(r));
      return r;
    },
  }),
];

export const REGULATOR_CSV_COLUMNS = Disclosures.CSV_COLUMNS;
