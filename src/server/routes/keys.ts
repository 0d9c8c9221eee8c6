import { z } from 'zod';
import { defineRoute } from '../route.js';

const keyInfo = z.object({ keyId: z.string(), name: z.string(), role: z.string(), createdAt: z.string(), revokedAt: z.string().optional(), lastUsedAt: z.string().optional() });

export const keyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/keys',
    tag: 'keys',
    summary: 'Create an API key for a role; the key is in this response only',
    auth: 'key',
    operation: 'manage_keys',
    status: 201,
    body: z.strictObject({ name: z.string().min(1).max(80), role: z.string().min(1).max(64) }),
    response: z.object({ key: z.string(), info: keyInfo }),
    handler: async ({ custos, actor, body }) => custos.keys.create(body, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/keys',
    tag: 'keys',
    summary: 'List API keys (never their secrets)',
    auth: 'key',
    operation: 'manage_keys',
    response: z.object({ keys: z.array(keyInfo) }),
    handler: async ({ custos }) => ({ keys: await custos.keys.list() }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/v1/keys/:keyId',
    tag: 'keys',
    summary: 'Revoke an API key',
    auth: 'key',
    operation: 'manage_keys',
    params: z.strictObject({ keyId: z.string().regex(/^[a-z0-9]{12}$/, 'must be a key id') }),
    response: keyInfo,
    handler: async ({ custos, actor, params }) => custos.keys.revoke(params.keyId, actor),
  }),
];
