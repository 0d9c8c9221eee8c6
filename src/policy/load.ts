/**
 * Loading a policy: YAML text -> schema validation -> cross-reference rules, with every finding mapped
 * back to a line and column of the source so an operator can fix it where it is.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { CustosError, fileProblem, type ErrorDetail } from '../errors.js';
import { policySchema, type Policy } from './schema.js';
import { crossReferenceFindings, type Finding } from './rules.js';
import { findIllFormedText, illFormedTextError, issueDetails, pathText, type PathKey } from '../validation.js';

export interface LoadedPolicy {
  policy: Policy;
  /** The source text, kept so a published version can be stored verbatim. */
  source: string;
  file: string;
}

/**
 * Finds the node at `path` to place a finding. A key that is missing is placed on the key of the
 * entry that lacks it (`vimeo:` for a recipient without country).
 */
function nodeAt(root: Node | null, path: readonly PathKey[], preferKey: boolean): Node | null {
  let node: Node | null = root;
  let parentKey: Node | null = null;
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === k);
      if (!pair) return parentKey ?? node;
      parentKey = pair.key as Node;
      const last = i === path.length - 1;
      if (last && preferKey && pair.key) return pair.key as Node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof k === 'number') {
      const item = node.items[k] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/** A finding placed in the source: file, line and column (1-based) and the dotted field path. */
export interface PlacedFinding extends Finding {
  file: string;
  line: number;
  column: number;
  field?: string;
}

/**
 * A policy source read as far as it goes: the YAML document with its positions, the schema-valid
 * policy when there is one, and the errors that stop it from loading (syntax, schema, cross-reference).
 * `place` maps findings of any rule module (rules, lint) to line and column.
 */
export interface PolicyAnalysis {
  file: string;
  source: string;
  policy?: Policy;
  /** Errors that keep the policy from loading, placed and sorted by position. */
  errors: ErrorDetail[];
  /** Places findings about paths of this document (keeping whatever else each finding carries). */
  place<F extends Finding>(findings: readonly F[]): (F & PlacedFinding)[];
}

export function analysePolicy(source: string, file = 'custos.policy.yaml'): PolicyAnalysis {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOffset = (offset: number | undefined) => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const root = doc.errors.length > 0 ? null : (doc.contents as Node | null);
  const placeAt = (path: readonly PathKey[], preferKey: boolean) => placeOffset(nodeAt(root, path, preferKey)?.range?.[0]);
  const place = <F extends Finding>(findings: readonly F[]): (F & PlacedFinding)[] =>
    findings.map((f) => ({ ...f, file, field: pathText(f.path) || undefined, ...placeAt(f.path, f.atKey ?? false) }));
  const detailOf = (path: readonly PathKey[], rule: string, message: string, preferKey = false): ErrorDetail => ({
    file,
    field: pathText(path) || undefined,
    rule,
    message,
    ...placeAt(path, preferKey),
  });
  const result = (errors: ErrorDetail[], policy?: Policy): PolicyAnalysis => ({ file, source, policy, errors: sortDetails(errors), place });
  if (doc.errors.length > 0) {
    const details: ErrorDetail[] = doc.errors.map((e) => ({
      file,
      ...placeOffset(e.pos[0]),
      rule: e.code === 'DUPLICATE_KEY' ? 'duplicate_id' : 'yaml_syntax',
      message: e.code === 'DUPLICATE_KEY' ? `duplicate key ${keyAt(source, e.pos[0])}: each id may be declared once` : e.message.split('\n')[0],
    }));
    return result(details);
  }
  const raw = doc.toJS();
  const parsed = policySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return result(issueDetails(parsed.error.issues, raw ?? {}).map((d) => detailOf(d.path, d.rule, d.message, d.atKey)));
  }
  // the policy's texts are published, stored and rendered: each must be well-formed text
  const illFormed = findIllFormedText(raw, undefined, { nameKeys: true });
  if (illFormed) {
    const e = illFormedTextError(pathText(illFormed.path), illFormed).details[0];
    return result([detailOf(illFormed.path, e.rule, e.message, illFormed.below)]);
  }
  const findings: Finding[] = crossReferenceFindings(parsed.data).filter((f) => f.severity === 'error');
  return result(
    findings.map((f) => detailOf(f.path, f.rule, f.message, f.atKey ?? false)),
    parsed.data,
  );
}

export function parsePolicy(source: string, file = 'custos.policy.yaml'): Policy {
  const a = analysePolicy(source, file);
  if (a.errors.length > 0) throw policyError(a.errors);
  return a.policy!;
}

function sortDetails(details: ErrorDetail[]): ErrorDetail[] {
  return [...details].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export function policyError(unsorted: ErrorDetail[]): CustosError {
  const details = sortDetails(unsorted);
  const first = details[0];
  return new CustosError(
    'CUSTOS_POLICY_INVALID',
    `${first.file}:${first.line}:${first.column}: ${first.message} [${first.rule}]` +
      (details.length > 1 ? ` (and ${details.length - 1} more)` : ''),
    details,
  );
}

/** Reads a policy file's text; an unreadable file is a configuration error (exit 2). */
export function readPolicySource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const problem = fileProblem(e, true);
    throw new CustosError('CUSTOS_CONFIG', `cannot read policy file ${file}: ${problem}`, [{ field: 'policy', rule: 'file_readable', message: `cannot read ${file}: ${problem}` }]);
  }
}

/** The key written at `offset` of YAML source (quoted as written, or bare up to its colon), for messages. */
function keyAt(source: string, offset: number): string {
  const key = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#,{}[\]][^:#\n,{}]*?)(?=\s*:)/.exec(source.slice(offset, offset + 200))?.[0];
  return key === undefined ? 'here' : key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key);
}

export function loadPolicyFile(file: string): LoadedPolicy {
  const source = readPolicySource(file);
  return { policy: parsePolicy(source, file), source, file };
}

/** Formats findings as the CLI prints them: `file:line:col  rule  message`. */
export function formatDetails(details: ErrorDetail[]): string {
  return details
    .map((d) => `${d.file ?? ''}${d.line ? `:${d.line}:${d.column}` : ''}  error  ${d.message}  [${d.rule}]${d.field ? `  (${d.field})` : ''}`)
    .join('\n');
}
