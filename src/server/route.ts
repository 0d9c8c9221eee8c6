/**
 * Routes are declared once, with zod schemas for params, query and body: the same declaration
 * validates requests, authorises them and produces the OpenAPI document.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Custos } from '../custos.js';
import type { Policy } from '../policy/schema.js';
import type { Actor } from '../access/keys.js';
import type { SubjectClaims } from '../requests/tokens.js';
import type { Metrics } from './metrics.js';
import { parseInput } from '../validation.js';
import { CustosError } from '../errors.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** The operations a role may be granted in the policy (one list: the policy schema's). */
export type RoleOperation = Policy['roles'][string]['operations'][number];

export interface HandlerContext<B, Q, P> {
  custos: Custos;
  actor: Actor;
  body: B;
  query: Q;
  params: P;
  req: FastifyRequest;
  reply: FastifyReply;
  metrics: Metrics;
  /** For `auth: 'subject'` routes: the verified person (privacy-center session, application token, or an agent's session scoped to one request). */
  subject?: SubjectClaims;
}

export interface RouteSpec<B = unknown, Q = unknown, P = unknown> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  /**
   * `key`: a Bearer API key; `public`: reachable by a data subject or a browser, rate-limited harder;
   * `subject`: a verified person's session (cookie) or an application's subject token (`Authorization: Subject ...`).
   */
  auth: 'key' | 'public' | 'subject';
  /**
   * `subject` routes only: whether an authorised agent's session (scoped to the one request it filed) may
   * call the route at all. Off by default: every other route refuses an agent's session with 403 before its
   * handler runs, and a route that allows it must itself keep to `subject.requestId`.
   */
  agentScope?: 'own_request';
  /** A role operation the key's role must have (besides purposes checked by the core). */
  operation?: RoleOperation;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Success status (default 200). */
  status?: number;
  response?: z.ZodType;
  /** Requests per minute per client for this route, when stricter than the default. */
  rateLimit?: number;
  handler(ctx: HandlerContext<B, Q, P>): Promise<unknown>;
}

export const defineRoute = <B, Q, P>(r: RouteSpec<B, Q, P>): RouteSpec => r as unknown as RouteSpec;

/** The request's `Authorization: Bearer` token (an API key), if any. */
export function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (!h || !h.startsWith('Bearer ')) return undefined;
  return h.slice(7).trim();
}

export function validate<T>(schema: z.ZodType<T> | undefined, raw: unknown, where: string): T {
  if (!schema) return undefined as T;
  return parseInput(schema, raw, where);
}

const NOTHING = z.strictObject({});

/**
 * The query or the body of a route that declares none: nothing may be given (an empty object is nothing),
 * and whatever is given is refused rather than ignored, as a strict schema refuses an unknown key. Checked
 * without a schema when nothing was given, as on nearly every request.
 */
export function nothingGiven(raw: unknown, where: string): undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    let empty = true;
    for (const _ in raw) {
      empty = false;
      break;
    }
    if (empty) return undefined;
  }
  parseInput(NOTHING, raw, where); // throws: an unknown key, or not an object
  return undefined;
}

// Shared schema pieces
export const purposeField = z.string().min(1).max(64).describe('the purpose of this access, declared in the policy');
export const subjectIdParams = z.strictObject({ id: z.string().min(1).max(100) });
export const fieldsList = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').map((f) => f.trim()).filter(Boolean))
  .describe('comma-separated field (category) names');
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string().optional(), rule: z.string(), message: z.string() })).optional(),
});

/** Where a request's input is: the path's parameters, the query string, the body. */
type Part = 'params' | 'query' | 'body';
const PARTS: readonly Part[] = ['params', 'query', 'body'];

/** The keys a route's schemas declare for each part of the request (of an object schema; none otherwise). */
export function declaredKeys(r: Pick<RouteSpec, Part>): Record<Part, readonly string[]> {
  const keys = (schema: unknown) => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);
  return { params: keys(r.params), query: keys(r.query), body: keys(r.body) };
}

/**
 * An error of the core as the API names it: a field the error names (`code`, `details.fields.email`, `id`)
 * that the request gave, or that the route declares (a field left out: `email` when a search gives
 * neither email nor phone), is named as the route's own validation names it: `body.code`,
 * `body.details.fields.email`, `params.id`. The core keeps its own names (the CLI's, the SDK's).
 */
export function namedAsGiven(e: CustosError, given: { params: unknown; query: unknown; body: unknown; declared?: Record<Part, readonly string[]> }): CustosError {
  const where = (field: string | undefined) => {
    if (field === undefined) return undefined;
    const key = field.split(/[.[]/)[0];
    return (
      PARTS.find((w) => {
        const v = given[w];
        return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key);
      }) ?? PARTS.find((w) => given.declared?.[w].includes(key))
    );
  };
  if (!e.details.some((d) => where(d.field))) return e;
  let message = e.message;
  const renamed = new Set<string>();
  const details = e.details.map((d) => {
    const w = where(d.field);
    if (!w) return d;
    // the message names each field at its start, or after '; ' when it joins several (combinedErrors)
    if (!renamed.has(d.field!)) {
      renamed.add(d.field!);
      message = message.split(`; ${d.field}: `).join(`; ${w}.${d.field}: `);
      if (message.startsWith(`${d.field}: `)) message = `${w}.${message}`;
    }
    return { ...d, field: `${w}.${d.field}` };
  });
  return new CustosError(e.code, message, details);
}
