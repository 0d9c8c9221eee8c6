import { z } from 'zod';
import { JURISDICTIONS, type Jurisdiction } from '../../policy/schema.js';
import { defineRoute, fieldsList, purposeField, subjectIdParams } from '../route.js';

const jsonValue = z.unknown();
const withheld = z.array(z.object({ field: z.string(), reason: z.string() }));
/** What an erasure kept under legal holds and why, and the holds that kept nothing (no records they exist for). */
const keptOnErasure = {
  kept: z.array(z.object({ category: z.string(), hold: z.string(), until: z.string(), reason: z.string(), records: z.number().int().optional() })).optional(),
  notHeld: z.array(z.object({ hold: z.string(), reason: z.literal('no_records'), records: z.array(z.string()) })).optional(),
  deattributed: z.array(z.object({ category: z.string(), count: z.number().int() })).optional(),
};

export const subjectRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/subjects',
    tag: 'subjects',
    summary: 'Create a subject (idempotent by externalId); values are validated by category type and encrypted',
    auth: 'key',
    status: 201,
    body: z.strictObject({
      purpose: purposeField,
      // checked against the policy's own jurisdictions (jurisdiction_declared names them), not every one Custos knows
      jurisdiction: z.string().min(1).max(8).optional().describe(`one of the policy's jurisdictions (of ${JURISDICTIONS.join(', ')}); default the policy's default_jurisdiction`),
      externalId: z.string().min(1).max(200).optional(),
      fields: z.record(z.string(), jsonValue),
    }),
    response: z.object({ id: z.string(), created: z.boolean() }),
    handler: async ({ custos, actor, body, reply }) => {
      const r = await custos.subjects.create({ fields: body.fields, jurisdiction: body.jurisdiction as Jurisdiction | undefined, externalId: body.externalId }, { actor, purpose: body.purpose });
      if (!r.created) reply.code(200);
      return r;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/subjects/:id',
    tag: 'subjects',
    summary: 'Read the fields allowed for a purpose; each withheld field comes with its reason',
    auth: 'key',
    params: subjectIdParams,
    query: z.strictObject({ purpose: purposeField, fields: fieldsList.optional() }),
    response: z.object({ id: z.string(), purpose: z.string(), fields: z.record(z.string(), jsonValue), withheld }),
    handler: async ({ custos, actor, params, query }) => custos.subjects.read(params.id, { actor, purpose: query.purpose, fields: query.fields }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/check',
    tag: 'subjects',
    summary: 'May I use these fields of this subject for this purpose? The decision without the data',
    auth: 'key',
    params: subjectIdParams,
    body: z.strictObject({ purpose: purposeField, fields: z.array(z.string()).max(200).optional() }),
    response: z.object({ allowed: z.array(z.string()), withheld }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.check(params.id, { actor, purpose: body.purpose, fields: body.fields }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/v1/subjects/:id',
    tag: 'subjects',
    summary: 'Correct or add fields (null removes a field); the old value is not kept',
    auth: 'key',
    params: subjectIdParams,
    body: z.strictObject({ purpose: purposeField, fields: z.record(z.string(), jsonValue) }),
    response: z.object({ updated: z.array(z.string()) }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.update(params.id, body.fields, { actor, purpose: body.purpose }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/v1/subjects/:id',
    tag: 'subjects',
    summary: 'Erase a subject (crypto-shredding); needs a role with the erase operation. A subject erased before: its first erasedAt, and alreadyErased',
    auth: 'key',
    operation: 'erase',
    params: subjectIdParams,
    body: z.strictObject({ reason: z.string().min(1).max(500) }),
    response: z.object({ erasedAt: z.string(), alreadyErased: z.literal(true).optional(), ...keptOnErasure }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.erase(params.id, { actor, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/erase',
    tag: 'subjects',
    summary: 'Erase many subjects at once (up to 1,000 ids), each as DELETE /v1/subjects/:id would; ids of no subject come back in notFound',
    auth: 'key',
    operation: 'erase',
    body: z.strictObject({ ids: z.array(subjectIdParams.shape.id).min(1).max(1000), reason: z.string().min(1).max(500) }),
    response: z.object({ erased: z.array(z.object({ id: z.string(), erasedAt: z.string(), alreadyErased: z.literal(true).optional(), ...keptOnErasure })), notFound: z.array(z.string()) }),
    handler: async ({ custos, actor, body }) => custos.subjects.eraseMany(body.ids, { actor, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/child',
    tag: 'subjects',
    summary: 'Data found to belong to a child under the minimum age: erased at once, the reason recorded',
    auth: 'key',
    operation: 'erase',
    params: subjectIdParams,
    body: z.strictObject({ reason: z.string().min(1).max(500) }),
    response: z.object({ erasedAt: z.string() }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.markAsChild(params.id, { actor, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/close',
    tag: 'subjects',
    summary: 'Close the account (the contract ends): retention periods after account_closed / contract_end start now; needs a role with the erase operation',
    auth: 'key',
    operation: 'erase',
    params: subjectIdParams,
    body: z.strictObject({ reason: z.string().regex(/^[a-z][a-z0-9_.:-]{0,63}$/, 'must be a short code such as user_request or contract_end') }),
    response: z.object({ closedAt: z.string() }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.close(params.id, { actor, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/search',
    tag: 'subjects',
    summary: 'Find subjects by email or phone (blind index) in one category (default: the identifying one, e.g. email, not a contact form\'s reply address); identifiers go in the body, never the URL',
    auth: 'key',
    body: z.strictObject({
      purpose: purposeField,
      email: z.string().max(320).optional(),
      phone: z.string().max(40).optional(),
      category: z.string().max(64).optional().describe('the email or phone category to look in (default: the one named email or phone, or the only one)'),
    }),
    response: z.object({ ids: z.array(z.string()) }),
    handler: async ({ custos, actor, body }) => ({ ids: await custos.subjects.find({ email: body.email, phone: body.phone, category: body.category }, { actor, purpose: body.purpose }) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/subjects/:id/records',
    tag: 'subjects',
    summary: 'Add a record to a multi-valued category (message, review, transaction)',
    auth: 'key',
    status: 201,
    params: subjectIdParams,
    body: z.strictObject({ purpose: purposeField, category: z.string().min(1).max(64), value: jsonValue }),
    response: z.object({ recordId: z.string() }),
    handler: async ({ custos, actor, params, body }) => custos.subjects.addRecord(params.id, body.category, body.value, { actor, purpose: body.purpose }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/subjects/:id/records',
    tag: 'subjects',
    summary: 'Records of one category, oldest first, if the purpose allows it',
    auth: 'key',
    params: subjectIdParams,
    query: z.strictObject({ purpose: purposeField, category: z.string().min(1).max(64), limit: z.coerce.number().int().min(1).max(10_000).optional() }),
    response: z.object({ records: z.array(z.object({ recordId: z.string(), category: z.string(), createdAt: z.string(), value: jsonValue })) }),
    handler: async ({ custos, actor, params, query }) => ({
      records: await custos.subjects.records(params.id, query.category, { actor, purpose: query.purpose, limit: query.limit }),
    }),
  }),
];
