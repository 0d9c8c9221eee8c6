/**
 * One mapping from schema (zod) issues to Custos error details, used by the policy loader, the HTTP
 * API and the CLI: each detail names the field (dotted path) and the rule broken.
 */
import type { z } from 'zod';
import { CustosError, invalidInput, type ErrorCode, type ErrorDetail } from './errors.js';

export type PathKey = string | number;

/** How deep JSON input may nest (bodies, json values): far above any real document, far below a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/** Whether `text` is JSON (for telling a refused key apart from a syntax error after a stricter parser refused it). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

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

/**
 * Why `s` is not well-formed text, if it is not: a NUL character (PostgreSQL's text cannot hold it, and
 * programs reading C strings stop at it) or a lone surrogate (half of a UTF-16 pair, which UTF-8 cannot
 * encode: it would be stored as U+FFFD, a value other than the one sent).
 */
export function illFormedText(s: string): 'nul' | 'lone_surrogate' | undefined {
  if (s.includes('\u0000')) return 'nul';
  const wellFormed = (s as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed ? !wellFormed.call(s) : /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) return 'lone_surrogate';
  return undefined;
}

const TEXT_AS_SENT = new WeakSet<object>();

/**
 * Marks a string schema whose text is taken as sent, NUL characters and lone surrogates included: text
 * that is only looked at and never stored (the message `/v1/scan` and `/v1/messages/mask` read, whose
 * spans are indices into the text exactly as sent).
 */
export function textAsSent<S extends z.ZodType>(schema: S): S {
  TEXT_AS_SENT.add(schema);
  return schema;
}

function takenAsSent(s: z.ZodType | undefined): boolean {
  for (let d = 0; s && d < 32; d++) {
    if (TEXT_AS_SENT.has(s)) return true;
    const def = defOf(s);
    s = def?.innerType ?? (def?.type === 'pipe' ? (defOf(def.in)?.type === 'transform' ? def.out : def.in) : undefined);
  }
  return false;
}

export interface IllFormedText {
  /** The part of the path an error may repeat (see `declaredPath`). */
  path: PathKey[];
  /** The finding is in a key, or in a value under a key the caller chose, below `path`. */
  below: boolean;
  problem: 'nul' | 'lone_surrogate';
}

/**
 * The first string or key in `value` (objects and arrays, walked as deep as they go) that is not
 * well-formed text. With `schema`, strings under a schema marked `textAsSent` are skipped, and the path
 * names only keys the schema declares; `nameKeys` names every key (the policy file: the operator's own
 * text, whose findings are placed by path).
 */
export function findIllFormedText(value: unknown, schema?: z.ZodType, opts: { nameKeys?: boolean } = {}): IllFormedText | undefined {
  // nearly every value is well-formed: a plain scan says so without the walk below, which places a finding
  if (!mayHoldIllFormedText(value)) return undefined;
  const seen = new WeakSet<object>();
  const stack: { v: unknown; s?: z.ZodType; path: PathKey[]; below: boolean }[] = [{ v: value, s: schema, path: [], below: false }];
  while (stack.length > 0) {
    const { v, s, path, below } = stack.pop()!;
    if (s && takenAsSent(s)) continue;
    if (typeof v === 'string') {
      const problem = illFormedText(v);
      if (problem) return { path, below, problem };
      continue;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    // bytes and dates hold no text (a parsed query string is an object of a prototype of its own: walked)
    if (ArrayBuffer.isView(v) || v instanceof Date || v instanceof Map || v instanceof Set) continue;
    const entries: [PathKey, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i];
      if (typeof k === 'string') {
        const problem = illFormedText(k);
        if (problem) return { path, below: true, problem };
      }
      const c = s ? childOf(s, k) : { declared: false, schema: undefined };
      const named = !below && (c.declared || !!opts.nameKeys);
      stack.push({ v: child, s: c.schema, path: named ? [...path, k] : path, below: !named });
    }
  }
  return undefined;
}

/**
 * False when no string or key in `value` is ill-formed (what `findIllFormedText` would look at, and more:
 * strings taken as sent too), allocating nothing but its budget; true when one may be, or when the value
 * is larger or nests deeper than parsed input does (a cycle, an object shared many times), which the walk
 * handles.
 */
function mayHoldIllFormedText(value: unknown): boolean {
  return scan(value, 0, { left: 10_000 });
}

/** `budget.left`: objects and arrays still to look at before the rest is left to the walk. */
function scan(v: unknown, depth: number, budget: { left: number }): boolean {
  if (typeof v === 'string') return illFormedText(v) !== undefined;
  if (v === null || typeof v !== 'object') return false;
  if (--budget.left < 0 || depth > MAX_JSON_DEPTH * 2) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (scan(v[i], depth + 1, budget)) return true;
    return false;
  }
  if (ArrayBuffer.isView(v) || v instanceof Date || v instanceof Map || v instanceof Set) return false;
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) if (illFormedText(keys[i]) !== undefined || scan((v as Record<string, unknown>)[keys[i]], depth + 1, budget)) return true;
  return false;
}

/** The error for text that is not well-formed, at `field` (rule `well_formed_text`). */
export function illFormedTextError(field: string, found: Pick<IllFormedText, 'below' | 'problem'>): CustosError {
  const what = found.problem === 'nul' ? 'a NUL character (U+0000)' : 'a lone surrogate (half of a UTF-16 pair, which UTF-8 cannot encode)';
  return invalidInput(field, 'well_formed_text', `must be well-formed text, without NUL characters or lone surrogates: ${found.below ? 'a key or value in it holds' : 'it holds'} ${what}`);
}

/**
 * Refuses a value (a string, or the strings and keys of an object or array) that is not well-formed
 * text, naming `field`. Parsed input gets this from `parseInput`; values that reach the core another way
 * (the SDK, files the CLI reads) are checked where they are kept (the vault, request notes).
 */
export function requireWellFormedText(field: string, value: unknown): void {
  const found = findIllFormedText(value);
  if (found) throw illFormedTextError(field, found);
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
  if (r.success) {
    // one check for every string of every request: stored text is well-formed (see illFormedText); on
    // the parsed value, so that a body sent as JSON text (a beacon's) is checked as the object it holds
    const found = findIllFormedText(r.data, schema);
    if (found) throw illFormedTextError(under(where, found.path), found);
    return r.data;
  }
  const details = inputDetails(schema, r.error.issues, raw, where);
  const first = details[0];
  throw new CustosError('CUSTOS_INVALID_INPUT', first.rule === 'unknown_key' || first.rule === 'invalid_key' ? first.message : `${first.field}: ${first.message}`, details);
}
