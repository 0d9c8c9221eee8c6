/** The OpenAPI 3.1 document, generated from the same route declarations and zod schemas that validate requests. */
import { z } from 'zod';
import { problemSchema, type RouteSpec } from './route.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const j = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  delete j.$schema;
  return j;
};

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const j = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(j.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (j.required ?? []).includes(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

export function openApiDocument(routes: RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const method = r.method.toLowerCase();
    const responses: Record<string, unknown> = {
      [String(r.status ?? 200)]: { description: 'Success', ...(r.response ? { content: { 'application/json': { schema: toSchema(r.response, 'output') } } } : {}) },
      '400': problem,
      '429': problem,
    };
    if (r.auth !== 'public') Object.assign(responses, { '401': problem, '403': problem });
    if (r.params) responses['404'] = problem;
    (paths[path] ??= {})[method] = {
      operationId: `${method}${path.replace(/[{}]/g, '').replace(/[/_-]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      summary: r.summary,
      tags: [r.tag],
      ...(r.auth === 'key' ? { security: [{ apiKey: [] }] } : r.auth === 'subject' ? { security: [{ subjectToken: [] }, { session: [] }] } : { security: [] }),
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Custos API',
      version: '0.1.0',
      description: 'Personal-data protection engine: purpose-bound, audited access to personal data. Every call names a purpose declared in the policy.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name, description: `${name} operations` })),
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created with `custos keys create`' },
        subjectToken: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`Subject <token>`: a subject token from POST /v1/subject-tokens' },
        session: { type: 'apiKey', in: 'cookie', name: 'custos_session', description: 'The privacy center session after code verification (`__Host-custos_session` over HTTPS)' },
      },
      schemas: { Problem: toSchema(problemSchema, 'output') },
    },
  };
}
