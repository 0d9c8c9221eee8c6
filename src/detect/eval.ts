/**
 * Measures detection quality on the labelled corpus (src/detect/corpus/corpus.jsonl), for Custos and,
 * side by side, for two open-source peers run on the same lines: redact-pii and openredaction.
 *
 *   npx tsx src/detect/eval.ts           # table on stdout
 *   npx tsx src/detect/eval.ts --json    # figures as JSON
 *
 * Figures: per-type precision / recall / F1 with exact spans and with overlapping spans, overall
 * (micro-averaged over all entities), recall on disguised entities, and the share of hard-negative
 * lines on which anything was reported. Peer types are mapped onto ours; a peer output with no
 * counterpart (names, dates, generic digits) is ignored for the per-type figures, but counted in the
 * "any type" columns so a peer is not penalised for naming a thing differently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect } from './detect.js';
import { FINDING_TYPES, type FindingType } from './types.js';
import { CORPUS_PATH, type CorpusLine } from './corpus/build.js';

export interface Predicted {
  /** Our type, or null when the detector's type has no counterpart. */
  type: FindingType | null;
  start: number;
  end: number;
}

export type Detector = (text: string) => Predicted[] | Promise<Predicted[]>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface EvalReport {
  name: string;
  lines: number;
  perType: Record<string, { exact: Prf; overlap: Prf }>;
  overall: { exact: Prf; overlap: Prf };
  obfuscatedRecall: { exact: number; overlap: number; gold: number };
  /** Gold entities overlapped by any output at all, whatever its type. */
  anyTypeRecall: number;
  hardNegativeFalsePositiveRate: number;
  /** Same, counting outputs of any type. */
  hardNegativeAnyTypeRate: number;
  /** Types the detector never reports (not supported). */
  unsupported: FindingType[];
}

export function loadCorpus(path = CORPUS_PATH): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
}

const prf = (tp: number, predicted: number, gold: number): Prf => {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
};

export async function evaluate(name: string, lines: CorpusLine[], detector: Detector): Promise<EvalReport> {
  const counts = new Map<FindingType, { tpE: number; tpO: number; predE: number; predO: number; gold: number; goldHitO: number }>();
  for (const t of FINDING_TYPES) counts.set(t, { tpE: 0, tpO: 0, predE: 0, predO: 0, gold: 0, goldHitO: 0 });
  let obfGold = 0;
  let obfE = 0;
  let obfO = 0;
  let anyGold = 0;
  let anyHit = 0;
  let negLines = 0;
  let negFp = 0;
  let negAny = 0;
  const seen = new Set<FindingType>();
  for (const line of lines) {
    const all = await detector(line.text);
    const preds = all.filter((p) => p.type !== null) as (Predicted & { type: FindingType })[];
    for (const p of preds) seen.add(p.type);
    if (line.hardNegative) {
      negLines++;
      if (preds.length) negFp++;
      if (all.length) negAny++;
    }
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const p of preds) {
      const c = counts.get(p.type)!;
      c.predE++;
      c.predO++;
      if (line.spans.some((g) => g.type === p.type && g.start === p.start && g.end === p.end)) c.tpE++;
      // Overlap precision: a prediction is right when it overlaps a gold span of its type.
      if (line.spans.some((g) => g.type === p.type && overlaps(g, p))) c.tpO++;
    }
    for (const g of line.spans) {
      const c = counts.get(g.type)!;
      c.gold++;
      if (preds.some((p) => p.type === g.type && overlaps(g, p))) c.goldHitO++;
      anyGold++;
      if (all.some((p) => overlaps(g, p))) anyHit++;
      if (g.how) {
        obfGold++;
        if (preds.some((p) => p.type === g.type && p.start === g.start && p.end === g.end)) obfE++;
        if (preds.some((p) => p.type === g.type && overlaps(g, p))) obfO++;
      }
    }
  }
  const perType: EvalReport['perType'] = {};
  let tE = 0, tO = 0, hO = 0, pE = 0, pO = 0, gAll = 0;
  for (const [t, c] of counts) {
    // Overlap precision: predictions that overlap a gold span of their type; overlap recall: gold spans
    // overlapped by a prediction of their type.
    const op = c.predO ? c.tpO / c.predO : c.gold ? 0 : 1;
    const or = c.gold ? c.goldHitO / c.gold : 1;
    perType[t] = {
      exact: prf(c.tpE, c.predE, c.gold),
      overlap: { precision: op, recall: or, f1: op + or ? (2 * op * or) / (op + or) : 0, tp: c.goldHitO, predicted: c.predO, gold: c.gold },
    };
    tE += c.tpE;
    tO += c.tpO;
    hO += c.goldHitO;
    pE += c.predE;
    pO += c.predO;
    gAll += c.gold;
  }
  const oP = pO ? tO / pO : gAll ? 0 : 1;
  const oR = gAll ? hO / gAll : 1;
  const overallOverlap: Prf = { precision: oP, recall: oR, f1: oP + oR ? (2 * oP * oR) / (oP + oR) : 0, tp: hO, predicted: pO, gold: gAll };
  return {
    name,
    lines: lines.length,
    perType,
    overall: { exact: prf(tE, pE, gAll), overlap: overallOverlap },
    obfuscatedRecall: { exact: obfGold ? obfE / obfGold : 1, overlap: obfGold ? obfO / obfGold : 1, gold: obfGold },
    anyTypeRecall: anyGold ? anyHit / anyGold : 1,
    hardNegativeFalsePositiveRate: negLines ? negFp / negLines : 0,
    hardNegativeAnyTypeRate: negLines ? negAny / negLines : 0,
    unsupported: FINDING_TYPES.filter((t) => !seen.has(t)),
  };
}

// ---- detectors -----------------------------------------------------------------------------------

export const custosDetector: Detector = (text) => detect(text).map((f) => ({ type: f.type, start: f.start, end: f.end }));

const REDACT_PII_TYPES: Record<string, FindingType | null> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  URL: 'URL',
  IP_ADDRESS: 'IP_ADDRESS',
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  PERSON_NAME: null,
  STREET_ADDRESS: null,
  ZIPCODE: null,
  DIGITS: null,
  US_SOCIAL_SECURITY_NUMBER: null,
  USERNAME: null,
  PASSWORD: null,
  CREDENTIALS: null,
};
const PLACEHOLDER = new RegExp(Object.keys(REDACT_PII_TYPES).join('|'), 'g');

/**
 * redact-pii returns only the redacted text: the spans are recovered by aligning the text between its
 * placeholders with the original (a placeholder word that occurs in the original would confuse this;
 * none does in the corpus).
 */
export async function redactPiiDetector(): Promise<Detector> {
  const { SyncRedactor } = await import('redact-pii');
  const redactor = new SyncRedactor();
  return (text: string) => {
    const red = redactor.redact(text);
    const out: Predicted[] = [];
    const pieces: { literal: string; type: string | null }[] = [];
    let pos = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(red); m; m = PLACEHOLDER.exec(red)) {
      pieces.push({ literal: red.slice(pos, m.index), type: m[0] });
      pos = m.index + m[0].length;
    }
    pieces.push({ literal: red.slice(pos), type: null });
    let o = pieces[0].literal.length;
    for (let i = 0; i < pieces.length - 1; i++) {
      const type = pieces[i].type!;
      const next = pieces[i + 1].literal;
      let end: number;
      if (i + 1 === pieces.length - 1) end = text.length - next.length;
      else if (next === '') end = o + 1;
      else {
        end = text.indexOf(next, o + 1);
        if (end < 0) end = o + 1;
      }
      out.push({ type: REDACT_PII_TYPES[type] ?? null, start: o, end: Math.max(o + 1, end) });
      o = Math.max(o + 1, end) + next.length;
    }
    return out;
  };
}

function mapOpenRedaction(type: string): FindingType | null {
  if (type === 'EMAIL') return 'EMAIL';
  if (type.startsWith('PHONE')) return 'PHONE';
  if (type === 'URL' || type === 'URL_WITH_AUTH') return 'URL';
  if (type === 'IPV4' || type === 'IPV6' || type === 'IP_ADDRESS') return 'IP_ADDRESS';
  if (type === 'CREDIT_CARD') return 'CREDIT_CARD';
  if (type === 'IBAN' || type === 'UK_BANK_ACCOUNT_IBAN') return 'IBAN';
  if (type === 'JAPANESE_MY_NUMBER') return 'JP_MY_NUMBER';
  if (type === 'SOUTH_KOREAN_RRN') return 'KR_RRN';
  if (/USERNAME|USER_ID|SOCIAL_MEDIA_HANDLE/.test(type)) return 'MESSENGER_ID';
  return null;
}

export async function openRedactionDetector(): Promise<Detector> {
  const { OpenRedaction } = await import('openredaction');
  const redactor = new OpenRedaction({});
  return async (text: string) => {
    const res = await redactor.detect(text);
    return res.detections.map((d) => ({ type: mapOpenRedaction(d.type), start: d.position[0], end: d.position[1] }));
  };
}

// ---- report --------------------------------------------------------------------------------------

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatReports(reports: EvalReport[]): string {
  const lines: string[] = [];
  const head = (s: string) => s.padEnd(20);
  lines.push(`corpus: ${reports[0].lines} lines; "held-out" = the ${reports[1]?.lines ?? 0} lines from templates never used to tune the rules`);
  lines.push('');
  lines.push('Per type, F1 % exact / overlap (P / R exact)');
  lines.push(head('type') + reports.map((r) => r.name.padEnd(34)).join(''));
  for (const t of FINDING_TYPES) {
    const cells = reports.map((r) => {
      const x = r.perType[t];
      if (x.exact.gold === 0 && x.exact.predicted === 0) return 'n/a (none in this set)'.padEnd(34);
      if (r.unsupported.includes(t)) return 'not supported'.padEnd(34);
      return `${pct(x.exact.f1)} /${pct(x.overlap.f1)} (${pct(x.exact.precision)} /${pct(x.exact.recall)})`.padEnd(34);
    });
    lines.push(head(`${t} (${reports[0].perType[t].exact.gold})`) + cells.join(''));
  }
  lines.push('');
  const row = (label: string, f: (r: EvalReport) => string) => lines.push(head(label).padEnd(30) + reports.map((r) => f(r).padEnd(24)).join(''));
  lines.push(''.padEnd(30) + reports.map((r) => r.name.padEnd(24)).join(''));
  row('overall F1 exact', (r) => pct(r.overall.exact.f1));
  row('overall P / R exact', (r) => `${pct(r.overall.exact.precision)} /${pct(r.overall.exact.recall)}`);
  row('overall F1 overlap', (r) => pct(r.overall.overlap.f1));
  row('overall P / R overlap', (r) => `${pct(r.overall.overlap.precision)} /${pct(r.overall.overlap.recall)}`);
  row(`disguised recall exact`, (r) => pct(r.obfuscatedRecall.exact));
  row(`disguised recall overlap`, (r) => pct(r.obfuscatedRecall.overlap));
  row('recall, any output type', (r) => pct(r.anyTypeRecall));
  row('hard-negative FP lines', (r) => pct(r.hardNegativeFalsePositiveRate));
  row('hard-negative any output', (r) => pct(r.hardNegativeAnyTypeRate));
  return lines.join('\n');
}

export async function runEval(opts: { peers?: boolean } = {}): Promise<EvalReport[]> {
  const lines = loadCorpus();
  const reports = [await evaluate('custos', lines, custosDetector), await evaluate('custos held-out', lines.filter((l) => l.split === 'heldout'), custosDetector)];
  if (opts.peers !== false) {
    reports.push(await evaluate('redact-pii 3.4', lines, await redactPiiDetector()));
    reports.push(await evaluate('openredaction 1.1', lines, await openRedactionDetector()));
  }
  return reports;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void runEval({ peers: !process.argv.includes('--no-peers') }).then((reports) => {
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
    else process.stdout.write(formatReports(reports) + '\n');
  });
}
