/**
 * One mapping from schema (zod) issues to Custos error details, used by the policy loader, the HTTP
 * API and the CLI: each detail names the field (dotted path) and the rule broken.
 */
import type { z } from 'zod';
import { CustosError, type ErrorCode, type ErrorDetail } from './errors.js';

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

/**
 * A key of `parent` that is not one of its allowed keys (`must`: "be a category declared in the policy").
 * The error names the parent, never the key: a key the caller chose may be personal data (an email
 * address sent as a key), and errors never carry personal data.
 */
export function unknownKeyError(parent: string, rule: string, must: string, code: ErrorCode = 'CUSTOS_INVALID_INPUT'): CustosError {
  const message = `unknown key at ${parent}: every key must ${must}`;
  return new CustosError(code, message, [{ field: parent, rule, message }]);
}

type SchemaDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, unknown>;
};
const defOf = (s: z.ZodType | undefined): SchemaDef | undefined => (s as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The schemas a value of `s` is checked against once wrappers (optional, default, pipe, lazy, ...) are taken off; a union or intersection gives several. */
function unwrap(s: z.ZodType | undefined, out: z.ZodType[] = [], depth = 0): z.ZodType[] {
  const d = defOf(s);
  if (!d || depth > 32) return out;
  if (d.innerType) return unwrap(d.innerType, out, depth + 1);
  // a pipe checks its input against `in`, except a preprocess (a transform, then the schema): `out`
  if (d.type === 'pipe' && d.in) return unwrap(defOf(d.in)?.type === 'transform' && d.out ? d.out : d.in, out, depth + 1);
  if (d.type === 'lazy' && d.getter) return unwrap(d.getter(), out, depth + 1);
  if (d.type === 'union' && d.options) for (const o of d.options) unwrap(o, out, depth + 1);
  else if (d.type === 'intersection') (unwrap(d.left, out, depth + 1), unwrap(d.right, out, depth + 1));
  else out.push(s!);
  return out;
}

/**
 * The schema of the child `key` of a value of schema `s`, and whether the key is one the schema itself
 * declares (an object's property, an enum-keyed record's key, an array index). A key the caller chose
 * (a record's key, a key no schema names) is not declared.
 */
function childOf(s: z.ZodType | undefined, key: PathKey): { schema?: z.ZodType; declared: boolean } {
  let fallback: { schema?: z.ZodType; declared: boolean } = { declared: false };
  for (const u of unwrap(s)) {
    const d = defOf(u)!;
    if (d.type === 'object' && d.shape && typeof key === 'string' && Object.hasOwn(d.shape, key)) return { schema: d.shape[key], declared: true };
    if (d.type === 'array' && typeof key === 'number') return { schema: d.element, declared: true };
    if (d.type === 'tuple' && typeof key === 'number') return { schema: d.items?.[key] ?? d.rest ?? undefined, declared: true };
    if (d.type === 'record') {
      const k = defOf(d.keyType);
      const declared = typeof key === 'string' && k?.type === 'enum' && !!k.entries && Object.values(k.entries).includes(key);
      if (declared) return { schema: d.valueType, declared };
      fallback = { schema: d.valueType, declared: false };
    }
  }
  return fallback;
}

/**
 * The part of `path` an error may repeat: up to the first key the schema does not declare. A key the
 * caller chose can be personal data (an email address sent as a key), and errors never carry personal
 * data: such a key is named by its parent.
 */
export function declaredPath(schema: z.ZodType, path: readonly PathKey[]): { path: PathKey[]; cut: boolean } {
  let s: z.ZodType | undefined = schema;
  const out: PathKey[] = [];
  for (const k of path) {
    const c = childOf(s, k);
    if (!c.declared) return { path: out, cut: true };
    out.push(k);
    s = c.schema;
  }
  return { path: out, cut: false };
}

/** `where.path`, or `where` alone. */
const under = (where: string, path: readonly PathKey[]) => {
  const p = pathText(path);
  return p ? (typeof path[0] === 'number' ? `${where}${p}` : `${where}.${p}`) : where;
};

/**
 * Custos error details for the issues of parsing caller input (an API request, a file the CLI reads).
 * Unlike `issueDetails` (the policy file, the operator's own text, whose keys are placed and named), a
 * key the schema does not declare is never repeated: an unknown key is reported at its parent
 * (`unknown key at body`), and a problem with a value under a caller-chosen key (a record's) names the
 * record.
 */
export function inputDetails(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], raw: unknown, where: string): ErrorDetail[] {
  return issues.map((issue) => {
    const { path, cut } = declaredPath(schema, issue.path as PathKey[]);
    const field = under(where, path);
    if (issue.code === 'unrecognized_keys' || (issue.code === 'invalid_key' && cut && path.length === issue.path.length - 1)) {
      const n = issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      const rule = issue.code === 'unrecognized_keys' ? 'unknown_key' : 'invalid_key';
      const message = rule === 'unknown_key' ? `${n === 1 ? 'unknown key' : `${n} unknown keys`} at ${field}` : `a key at ${field} is not allowed`;
      return { field, rule, message };
    }
    const rule = ruleOf(issue, raw);
    if (cut) return { field, rule, message: rule === 'required' ? 'a value under a key of this field is required' : `a value under a key of this field: ${rule.replace(/_/g, ' ')}` };
    return { field, rule, message: rule === 'required' ? `${String(path[path.length - 1] ?? 'value')} is required` : issue.message };
  });
}

/** Parses `raw` with `schema`, or throws CUSTOS_INVALID_INPUT naming each field and rule (never a key or value the caller chose). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const details = inputDetails(schema, r.error.issues, raw, where);
  const first = details[0];
  throw new CustosError('CUSTOS_INVALID_INPUT', first.rule === 'unknown_key' || first.rule === 'invalid_key' ? first.message : `${first.field}: ${first.message}`, details);
}
