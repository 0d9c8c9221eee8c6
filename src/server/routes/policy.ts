import { z } from 'zod';
import { defineRoute } from '../route.js';
import { diffPolicies } from '../../policy/diff.js';
import { notFound } from '../../errors.js';
import { pathText } from '../../validation.js';

/** Policy versions and their differences, for the admin console and auditors. */
export const policyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/policy/versions',
    tag: 'policy',
    summary: 'Every policy version put in force, oldest first',
    auth: 'key',
    response: z.object({ current: z.number(), versions: z.array(z.object({ ordinal: z.number(), label: z.string(), publishedAt: z.string(), hash: z.string() })) }),
    handler: async ({ custos }) => ({
      current: custos.policyVersion.ordinal,
      versions: custos.versions.list().map((v) => ({ ordinal: v.ordinal, label: v.label, publishedAt: v.publishedAt, hash: v.digest })),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/policy/diff',
    tag: 'policy',
    summary: 'What changed between two versions, each change classed material or minor',
    auth: 'key',
    query: z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
    response: z.object({ changes: z.array(z.object({ kind: z.string(), class: z.string(), path: z.string(), description: z.string() })) }),
    handler: async ({ custos, query }) => {
      const find = (o: number, field: 'from' | 'to') => custos.versions.list().find((v) => v.ordinal === o) ?? (() => { throw notFound(`policy version ${o}`, field); })();
      const d = diffPolicies(find(query.from, 'from').policy, find(query.to, 'to').policy);
      return { changes: d.changes.map((c) => ({ kind: c.kind, class: c.class, path: pathText(c.path), description: c.message })) };
    },
  }),
];
