/**
 * One mapping from schema (zod) issues to Custos error details, used by the policy loader, the HTTP
 * API and the CLI: each detail names the field (dotted path) and the rule broken.
 */
import type { z } from 'zod';
import { CustosError, type ErrorDetail } from './errors.js';

export type PathKey = string | number;

/** How deep JSON input may nest (bodies, json values): far above any real document, far below a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value (or any object graph: a cycle counts as too deep) nests deeper than `max`. */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathKey, unknown>)[k];
  }
  return v;
}

export function pathText(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '');
}

/** The rule id a user sees; a missing value is `required` whatever its type. */
export function ruleOf(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code !== 'unrecognized_keys' && issue.path.length > 0 && valueAt(raw, issue.path as PathKey[]) === undefined) return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return 'wrong_type';
    case 'unrecognized_keys':
      return 'unknown_key';
    case 'invalid_value':
      return 'not_allowed_value';
    case 'invalid_format':
      return 'format';
    case 'too_small':
      return 'too_small';
    case 'too_big':
      return 'too_big';
    case 'custom':
      // a refinement may name its rule (dates.ts: `date`)
      return typeof issue.params?.rule === 'string' ? issue.params.rule : 'invalid';
    default:
      return 'invalid';
  }
}

export interface IssueDetail extends ErrorDetail {
  path: PathKey[];
  /** The finding is about a key (unknown key) rather than a value. */
  atKey: boolean;
}

export function issueDetails(issues: readonly z.core.$ZodIssue[], raw: unknown, prefix: PathKey[] = []): IssueDetail[] {
  return issues.map((issue) => {
    let path = [...prefix, ...(issue.path as PathKey[])];
    if (issue.code === 'unrecognized_keys') path = [...path, issue.keys[0]];
    const rule = ruleOf(issue, valueAt(raw, prefix));
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : rule === 'required'
          ? `${String(path[path.length - 1] ?? 'value')} is required`
          : issue.message;
    return { path, field: pathText(path) || undefined, rule, message, atKey: issue.code === 'unrecognized_keys' };
  });
}

/** Parses `raw` with `schema`, or throws CUSTOS_INVALID_INPUT naming each field and rule. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const details = issueDetails(r.error.issues, raw).map(({ path: _p, atKey: _a, ...d }) => ({ ...d, field: d.field ? `${where}.${d.field}` : where }));
  const first = details[0];
  throw new CustosError('CUSTOS_INVALID_INPUT', `${first.field}: ${first.message}`, details);
}
