/**
 * `custos policy check|diff|publish|versions|render`: the privacy officer's view of the policy file.
 */
import { type Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { action, emit, ExitCode, io, writeOutput } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { analysePolicy, loadPolicyFile, formatDetails, readPolicySource, type PlacedFinding } from '../policy/load.js';
import { crossReferenceFindings } from '../policy/rules.js';
import { lintPolicy, combineFindings } from '../policy/lint.js';
import { diffPolicies, type PolicyChange } from '../policy/diff.js';
import { PolicyVersions } from '../policy/versions.js';
import { listAnnouncements, publishPolicy } from '../policy/publish.js';
import { buildNotice, renderNoticeHtml, renderNoticeMarkdown } from '../policy/notice.js';
import { LANGUAGES, type Language, type Policy } from '../policy/schema.js';
import { settingsFromEnv } from '../config.js';
import { SqliteDb } from '../store/sqlite.js';
import { openPostgres } from '../store/postgres.js';
import type { Db } from '../store/db.js';
import { CustosError, invalidInput } from '../errors.js';
import { parseDate } from '../dates.js';

const OPERATOR = { keyId: 'cli', role: 'operator' };

type Placed = PlacedFinding & { explanation?: string };

/** All findings about a file: load errors, or cross-reference and lint findings with their places. */
function checkFile(file: string): { errors: Placed[]; warnings: Placed[]; policy?: Policy; loadErrors?: CustosError['details'] } {
  const a = analysePolicy(readPolicySource(file), file);
  if (!a.policy) return { errors: [], warnings: [], loadErrors: a.errors };
  const all = a.place(combineFindings(crossReferenceFindings(a.policy), lintPolicy(a.policy))).sort((x, y) => x.line - y.line || x.column - y.column);
  return { errors: all.filter((f) => f.severity === 'error'), warnings: all.filter((f) => f.severity === 'warning'), policy: a.policy };
}

function findingLine(f: Placed): string {
  return (
    `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  [${f.rule}]${f.jurisdiction ? `  (${f.jurisdiction})` : ''}${f.field ? `  (${f.field})` : ''}` +
    (f.explanation ? `\n    ${f.explanation}` : '')
  );
}

const findingJson = (f: Placed) => ({
  rule: f.rule,
  severity: f.severity,
  ...(f.jurisdiction ? { jurisdiction: f.jurisdiction } : {}),
  message: f.message,
  ...(f.explanation ? { explanation: f.explanation } : {}),
  field: f.field,
  file: f.file,
  line: f.line,
  column: f.column,
});

/** Opens the version store read-only in spirit: no master key needed, nothing recorded. */
async function openVersionStore(f: StoreFlags): Promise<{ versions: PolicyVersions; db: Db } | undefined> {
  const env = settingsFromEnv();
  const database = f.database ?? env.databaseUrl ?? join(f.dataDir ?? env.dataDir, 'custos.db');
  let db: Db;
  if (/^postgres(ql)?:\/\//.test(database)) db = await openPostgres({ url: database, schema: 'custos' });
  else {
    if (!existsSync(database)) return undefined;
    db = new SqliteDb(database);
  }
  return { versions: await PolicyVersions.open(db), db };
}

/** A side of a diff: a file, or `vN` / `N` for a stored version. */
async function policyOf(arg: string, store: () => Promise<PolicyVersions>): Promise<{ name: string; policy: Policy }> {
  const m = /^v?(\d+)$/.exec(arg);
  if (m && !existsSync(arg)) {
    const versions = await store();
    const v = versions.list().find((x) => x.ordinal === Number(m[1]));
    if (!v) throw invalidInput('version', 'version_exists', `version ${arg} is not recorded (known: ${versions.list().map((x) => `v${x.ordinal}`).join(', ') || 'none'})`);
    return { name: `v${v.ordinal} (${v.label})`, policy: v.policy };
  }
  return { name: arg, policy: loadPolicyFile(arg).policy };
}

function changeLine(c: PolicyChange): string {
  return `  ${c.class === 'material' ? 'MATERIAL' : 'minor   '}  ${c.message}  [${c.kind}]`;
}

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('check, diff, publish and render the privacy policy');

  policy
    .command('check')
    .argument('<file>', 'policy file (YAML)')
    .option('--json', 'machine-readable findings')
    .option('--strict', 'exit 1 on warnings too')
    .description('validate a policy file and lint it against its jurisdictions: every finding names file, line, column, rule, severity and jurisdiction; exit 0 valid, 1 errors (or warnings with --strict)')
    .addHelpText('after', '\nExamples:\n  custos policy check custos.policy.yaml\n  custos policy check custos.policy.yaml --strict\n  custos policy check examples/tutoring-marketplace.policy.yaml --json')
    .action(
      action(async (file: string, opts: { json?: boolean; strict?: boolean }) => {
        const r = checkFile(file);
        if (r.loadErrors) {
          if (opts.json) io.out(JSON.stringify({ valid: false, file, errors: r.loadErrors, warnings: [] }, null, 2));
          else io.err(`${formatDetails(r.loadErrors)}\n${file}: ${r.loadErrors.length} error(s), 0 warning(s)`);
          throw new ExitCode(1);
        }
        const p = r.policy!;
        const failed = r.errors.length > 0 || (opts.strict && r.warnings.length > 0);
        if (opts.json) io.out(JSON.stringify({ valid: r.errors.length === 0, file, errors: r.errors.map(findingJson), warnings: r.warnings.map(findingJson) }, null, 2));
        else {
          const lines = [...r.errors, ...r.warnings].sort((x, y) => x.line - y.line || x.column - y.column).map(findingLine);
          const summary =
            r.errors.length === 0
              ? `${file}: valid (${Object.keys(p.categories).length} categories, ${Object.keys(p.purposes).length} purposes, ${Object.keys(p.roles).length} roles, ${Object.keys(p.recipients).length} recipients)${r.warnings.length ? `, ${r.warnings.length} warning(s)` : ''}`
              : `${file}: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`;
          if (r.errors.length > 0) io.err([...lines, summary].join('\n'));
          else io.out([summary, ...lines.map((l) => `  ${l}`)].join('\n'));
        }
        if (failed) throw new ExitCode(1);
      }),
    );

  withStoreFlags(policy.command('diff'))
    .argument('<a>', 'the older policy: a file, or a stored version (v1, v2, ...)')
    .argument('<b>', 'the newer policy: a file, or a stored version')
    .option('--json', 'machine-readable changes')
    .option('--exit-code', 'exit 1 when there are material changes')
    .description('list the changes from A to B, each classed material (needs notice, and consent for consent-based new uses) or minor')
    .addHelpText('after', '\nExamples:\n  custos policy diff old.policy.yaml custos.policy.yaml\n  custos policy diff v1 v2\n  custos policy diff v3 custos.policy.yaml --exit-code')
    .action(
      action(async (a: string, b: string, opts: StoreFlags & { json?: boolean; exitCode?: boolean }) => {
        let opened: { versions: PolicyVersions; db: Db } | undefined;
        const store = async () => {
          opened ??= await openVersionStore(opts);
          if (!opened) throw invalidInput('version', 'version_exists', 'no version store here: give files, or --data-dir / --database');
          return opened.versions;
        };
        try {
          const from = await policyOf(a, store);
          const to = await policyOf(b, store);
          const d = diffPolicies(from.policy, to.policy);
          emit(opts.json, { from: from.name, to: to.name, material: d.material.length, minor: d.changes.length - d.material.length, changes: d.changes }, () =>
            [`${from.name} -> ${to.name}: ${d.material.length} material, ${d.changes.length - d.material.length} minor`, ...d.changes.map(changeLine)].join('\n'),
          );
          if (opts.exitCode && d.material.length > 0) throw new ExitCode(1);
        } finally {
          await opened?.db.close();
        }
      }),
    );

  withStoreFlags(policy.command('publish'))
    .argument('<file>', 'the policy file to put in force')
    .option('--url <url>', 'where subjects read the notice (default: controller.contact.url)')
    .option('--effective <date>', 'date the change takes effect, YYYY-MM-DD (default: today)')
    .option('--json', 'machine-readable report')
    .description('validate and record a new policy version; when it has material changes, queue a policy_change mail to every active subject in their language (audited as policy.publish)')
    .addHelpText(
      'after',
      '\nThe policy must pass `custos policy check` without errors. Publishing the same policy again does nothing;\nan interrupted run resumes where it stopped. Restart `custos serve` afterwards to put the version in force.\n\nExamples:\n  custos policy publish custos.policy.yaml\n  custos policy publish custos.policy.yaml --effective 2027-01-01 --url https://example.com/privacy',
    )
    .action(
      action(async (file: string, opts: StoreFlags & { url?: string; effective?: string; json?: boolean }) => {
        const r = checkFile(file);
        if (r.loadErrors || r.errors.length > 0) {
          io.err(r.loadErrors ? formatDetails(r.loadErrors) : r.errors.map(findingLine).join('\n'));
          io.err(`${file}: not published: fix the errors above (custos policy check ${file})`);
          throw new ExitCode(1);
        }
        // checked before the store is opened: opening records the policy as a version
        if (opts.effective !== undefined) parseDate('effective', opts.effective, { dateOnly: true });
        if (opts.url !== undefined && !/^https?:\/\/\S+$/.test(opts.url)) throw invalidInput('url', 'url', 'must be an http(s) URL');
        // the one command that opens a policy whose changes are not announced yet: it announces them
        const c = await openFromFlags({ ...opts, policy: file }, { allowUnannouncedChanges: true });
        try {
          const rep = await publishPolicy(c, {
            actor: OPERATOR,
            url: opts.url,
            effectiveDate: opts.effective,
            onPage: io.isTTY && !opts.json ? (n) => process.stderr.write(`\rqueued ${n} notifications`) : undefined,
          });
          if (io.isTTY && !opts.json && rep.queued > 0) process.stderr.write('\n');
          const head: Record<PublishStatus, string> = {
            first_version: `version ${rep.ordinal} (${rep.label}) recorded: the first version, nothing to announce`,
            already_announced: `version ${rep.ordinal} (${rep.label}) was already published and announced`,
            no_material_changes: `version ${rep.ordinal} (${rep.label}) published: ${rep.changes.length} minor change(s) since v${rep.baseOrdinal}, no notification needed`,
            notified: `version ${rep.ordinal} (${rep.label}) published: ${rep.material} material change(s) since v${rep.baseOrdinal}; ${rep.queued} notification(s) queued${rep.skipped ? `, ${rep.skipped} erased subject(s) skipped` : ''}`,
          };
          emit(opts.json, rep, () => [head[rep.status], ...(rep.status === 'already_announced' ? [] : rep.changes.map(changeLine))].join('\n'));
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(policy.command('versions'))
    .option('--json', 'machine-readable list')
    .description('list the recorded policy versions, with their announcement status')
    .addHelpText('after', '\nExamples:\n  custos policy versions\n  custos policy versions --json')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const s = await openVersionStore(opts);
        if (!s) {
          emit(opts.json, { versions: [] }, () => 'no policy versions recorded yet');
          return;
        }
        try {
          const ann = new Map((await listAnnouncements(s.db)).map((x) => [x.ordinal, x]));
          const list = s.versions.list().map((v, i, all) => {
            const a = ann.get(v.ordinal);
            const material = i > 0 ? diffPolicies(all[i - 1].policy, v.policy).material.length : 0;
            return {
              ordinal: v.ordinal,
              label: v.label,
              publishedAt: v.publishedAt,
              digest: v.digest,
              materialChanges: material,
              announcement: a ? (a.status === 'done' ? 'announced' : 'in progress') : i === 0 || material === 0 ? 'not needed' : 'pending',
              ...(a ? { notified: a.queued } : {}),
            };
          });
          emit(opts.json, { versions: list }, () =>
            list.length === 0
              ? 'no policy versions recorded yet'
              : list.map((v) => `v${v.ordinal}  ${v.label.padEnd(12)}  ${v.publishedAt}  ${String(v.materialChanges).padStart(3)} material  ${v.announcement}${v.notified !== undefined ? ` (${v.notified} notified)` : ''}  ${v.digest.slice(0, 12)}`).join('\n'),
          );
        } finally {
          await s.db.close();
        }
      }),
    );

  policy
    .command('render')
    .argument('[file]', 'policy file (default: --policy, CUSTOS_POLICY or the example)')
    .option('--policy <file>', 'policy file')
    .option('--lang <lang>', `language: ${LANGUAGES.join(', ')} (default: the governing language)`)
    .option('--format <format>', 'md (Markdown) or html (a complete page)', 'md')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .description('render the human-readable privacy notice from the policy')
    .addHelpText('after', '\nExamples:\n  custos policy render --lang ru\n  custos policy render custos.policy.yaml --lang ja --format html -o privacy.ja.html')
    .action(
      action(async (fileArg: string | undefined, opts: { policy?: string; lang?: string; format: string; output?: string }) => {
        const file = fileArg ?? opts.policy ?? settingsFromEnv().policyFile;
        if (opts.format !== 'md' && opts.format !== 'html') throw invalidInput('format', 'not_allowed_value', 'must be md or html');
        const { policy: p } = loadPolicyFile(file);
        const lang = (opts.lang ?? p.governing_language) as Language;
        if (!(LANGUAGES as readonly string[]).includes(lang)) throw invalidInput('lang', 'not_allowed_value', `must be one of ${LANGUAGES.join(', ')}`);
        if (!p.languages.includes(lang)) throw invalidInput('lang', 'language_offered', `the policy is published in ${p.languages.join(', ')}`);
        const doc = buildNotice(p, { lang });
        const text = opts.format === 'html' ? renderNoticeHtml(doc) : renderNoticeMarkdown(doc);
        if (opts.output) {
          // the notice is public: the file keeps the usual mode (0644 under the usual umask)
          await writeOutput('output', opts.output, text, 0o644);
          io.err(`wrote ${opts.output} (${lang}, ${opts.format})`);
        } else io.out(text);
      }),
    );
}

type PublishStatus = Awaited<ReturnType<typeof publishPolicy>>['status'];
