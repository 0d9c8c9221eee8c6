/**
 * `custos subjects import|show|export|close`: the operator's bulk import and look at one subject. Every
 * read and write goes through the purpose-bound, audited access layer, acting as the CLI in a policy role.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { action, emit, ExitCode, io, withOutput } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { invalidInput } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { requirePurpose } from '../access/decision.js';
import type { Actor } from '../access/keys.js';
import { subjectErased } from '../vault/vault.js';
import { importSubjects, loadMapping, type ImportReport } from './import.js';

/**
 * The CLI acts in a policy role: the one named by --as, else the narrowest role that acts for the purpose.
 * The purpose is checked first: one the policy does not declare is reported as such (`purpose`, rule
 * `purpose_declared`), not as a missing role.
 */
export function cliActor(policy: Policy, purpose: string | undefined, as: string | undefined, operation?: string): Actor {
  if (purpose !== undefined) requirePurpose(policy, purpose);
  if (as !== undefined) {
    if (!Object.hasOwn(policy.roles, as)) throw invalidInput('as', 'role_declared', `must be a role of the policy: ${Object.keys(policy.roles).join(', ')}`);
    return { keyId: 'cli', role: as };
  }
  // the narrowest such role: fewest purposes and operations, then by name
  const role = Object.entries(policy.roles)
    .filter(([, r]) => (purpose ? r.purposes.includes(purpose) : operation ? (r.operations as string[]).includes(operation) : false))
    .sort(([a, x], [b, y]) => x.purposes.length + x.operations.length - (y.purposes.length + y.operations.length) || a.localeCompare(b))[0]?.[0];
  if (!role) throw invalidInput('as', 'role_required', purpose ? `no role of the policy acts for purpose ${purpose}` : `no role of the policy has the ${operation} operation`);
  return { keyId: 'cli', role };
}

function importText(r: ImportReport): string {
  const lines = [
    `${r.complete ? 'imported' : 'stopped after'} ${r.rows} row(s) from ${r.file}${r.startedAtLine > 1 ? ` (resumed at line ${r.startedAtLine})` : ''} in ${r.seconds}s (${r.rowsPerSecond.toLocaleString('en')} rows/s)`,
    `  created ${r.created}, already present ${r.existing}, rejected ${r.rejected}`,
  ];
  if (r.startedAtLine > 1) lines.push(`  whole import: ${r.total.rows} rows, created ${r.total.created}, already present ${r.total.existing}, rejected ${r.total.rejected}`);
  if (r.erasedAsChildren > 0)
    lines.push(`  erased as children: ${r.erasedAsChildren} subject(s) on file whose birth date in the file is under the minimum age (rule erased_as_child in the reject file)`);
  if (r.total.rejected > 0) lines.push(`  rejected rows (line and reason, no values): ${r.rejectFile}`);
  return lines.join('\n');
}

export function registerSubjects(program: Command): void {
  const subjects = program.command('subjects').description('bulk import, show, export and close subjects (purpose-bound and audited)');

  withStoreFlags(subjects.command('import'))
    .argument('<file>', 'a CSV file with a header line, or JSON Lines (.jsonl, .ndjson)')
    .requiredOption('--map <mapping.yaml>', 'which source column goes to which policy category, plus external_id and jurisdiction columns')
    .option('--purpose <purpose>', 'the purpose the data is collected for (default: purpose: in the mapping)')
    .option('--as <role>', 'the policy role the import acts in (default: the narrowest role acting for the purpose)')
    .option('--reject <file>', 'where bad rows go, as {"line": N, "errors": [...]} lines (default <file>.rejects.jsonl)')
    .option('--resume', 'continue an interrupted import from its checkpoint (<file>.custos-import.json)')
    .option('--batch <n>', 'rows per transaction (default 2000)')
    .option('--json', 'machine-readable report')
    .description('import subjects in bulk: streamed, idempotent by external id, resumable; bad rows go to a reject file by line number while good rows go in; exit 1 if any row was rejected')
    .addHelpText(
      'after',
      '\nExamples:\n  custos subjects import users.csv --map mapping.yaml --purpose account\n  custos subjects import users.jsonl --map mapping.yaml --reject users.rejects.jsonl --json\n  custos subjects import users.csv --map mapping.yaml --resume\n\nmapping.yaml:\n  external_id: user_id\n  jurisdiction: region\n  purpose: account\n  columns:\n    full_name: name\n    mail: email\n    tel: phone',
    )
    .action(
      action(async (file: string, opts: StoreFlags & { map: string; purpose?: string; as?: string; reject?: string; resume?: boolean; batch?: string; json?: boolean }) => {
        const batchSize = opts.batch === undefined ? 2000 : Number(opts.batch);
        // decimal digits only, as every number the CLI takes (1e3 and 0x10 are refused)
        if (!/^\d+$/.test(opts.batch ?? '2000') || batchSize < 1 || batchSize > 50_000) throw invalidInput('batch', 'batch_range', 'must be a whole number from 1 to 50000, in decimal digits');
        const c = await openFromFlags(opts);
        let report: ImportReport;
        try {
          const mapping = loadMapping(opts.map, c.policy);
          const purpose = opts.purpose ?? mapping.purpose;
          if (!purpose) throw invalidInput('purpose', 'purpose_required', 'give --purpose or purpose: in the mapping');
          const actor = cliActor(c.policy, purpose, opts.as);
          const bar =
            io.isTTY && !opts.json
              ? new cliProgress.SingleBar(
                  { stream: process.stderr, format: 'importing [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 20 },
                  cliProgress.Presets.shades_classic,
                )
              : undefined;
          const t0 = performance.now();
          let started = false;
          try {
            report = await importSubjects(c, {
              file,
              mapping,
              purpose,
              actor,
              rejectFile: opts.reject,
              resume: opts.resume,
              batchSize,
              onProgress: bar
                ? ({ bytes, totalBytes, rows }) => {
                    if (!started) bar.start(totalBytes, 0, { rows: 0, rate: 0 });
                    started = true;
                    bar.update(bytes, { rows, rate: Math.round(rows / Math.max((performance.now() - t0) / 1000, 1e-3)).toLocaleString('en') });
                  }
                : undefined,
            });
          } finally {
            if (started) bar?.stop();
          }
        } finally {
          await c.close();
        }
        emit(opts.json, report, () => importText(report));
        if (report.rejected > 0) throw new ExitCode(1);
      }),
    );

  withStoreFlags(subjects.command('show'))
    .argument('<id>', 'the subject id')
    .requiredOption('--purpose <purpose>', 'why you look: only the fields this purpose allows are shown')
    .option('--as <role>', 'the policy role to act in (default: the narrowest role acting for the purpose)')
    .option('--fields <names>', 'comma-separated categories (default: every single-valued one)')
    .option('--json', 'machine-readable output')
    .description('show the fields of one subject a purpose allows, and why the others are withheld (audited); exit 1 if the subject is erased or unknown')
    .addHelpText('after', '\nExamples:\n  custos subjects show 6f1c... --purpose support\n  custos subjects show 6f1c... --purpose payment --as billing --json')
    .action(
      action(async (id: string, opts: StoreFlags & { purpose: string; as?: string; fields?: string; json?: boolean }) => {
        const c = await openFromFlags(opts, {}, { existing: true });
        try {
          const actor = cliActor(c.policy, opts.purpose, opts.as);
          const fields = opts.fields?.split(',').map((f) => f.trim()).filter(Boolean);
          const r = await c.subjects.read(id, { actor, purpose: opts.purpose, fields });
          const erased = r.withheld.some((w) => w.reason === 'erased');
          const out = { ...r, role: actor.role, status: erased ? 'erased' : 'active' };
          emit(opts.json, out, () =>
            erased
              ? `subject ${id} has been erased`
              : [
                  `subject ${id} (purpose ${opts.purpose}, as ${actor.role})`,
                  ...Object.entries(r.fields).map(([k, v]) => `  ${k.padEnd(20)} ${typeof v === 'string' ? v : JSON.stringify(v)}`),
                  ...r.withheld.map((w) => `  ${w.field.padEnd(20)} (withheld: ${w.reason})`),
                ].join('\n'),
          );
          if (erased) throw new ExitCode(1);
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(subjects.command('export'))
    .argument('<id>', 'the subject id')
    .requiredOption('--out <file>', 'the JSON file to write (mode 0600)')
    .requiredOption('--purpose <purpose>', 'the purpose of the export: fields and records it does not allow are listed as withheld')
    .option('--as <role>', 'the policy role to act in (default: the narrowest role acting for the purpose)')
    .option('--json', 'machine-readable summary')
    .description("operator export of one subject's data as JSON: fields, records (streamed) and consent history. The data subject's own access export (zip, CSV, ledger) is a request: see docs/operations.md")
    .addHelpText('after', '\nExamples:\n  custos subjects export 6f1c... --out subject.json --purpose support --as privacy_officer')
    .action(
      action(async (id: string, opts: StoreFlags & { out: string; purpose: string; as?: string; json?: boolean }) => {
        // opened before the store: a bad path is bad usage, and no read is made (or audited) for nothing;
        // the file is in place only once the whole export is written
        await withOutput('out', opts.out, async (file) => {
          const out = file!;
          const c = await openFromFlags(opts, {}, { existing: true });
          try {
            const actor = cliActor(c.policy, opts.purpose, opts.as);
            const ctx = { actor, purpose: opts.purpose };
            const read = await c.subjects.read(id, ctx);
            if (read.withheld.some((w) => w.reason === 'erased'))
              throw subjectErased();
            const recordCategories = Object.entries(c.policy.categories)
              .filter(([, cat]) => cat.multiple)
              .map(([n]) => n);
            const decision = recordCategories.length > 0 ? await c.subjects.check(id, { ...ctx, fields: recordCategories }) : { allowed: [], withheld: [] };
            let records = 0;
            await out.write(`{"id":${JSON.stringify(id)},"exportedAt":${JSON.stringify(new Date().toISOString())},"purpose":${JSON.stringify(opts.purpose)},"role":${JSON.stringify(actor.role)},\n`);
            await out.write(`"fields":${JSON.stringify(read.fields)},\n"withheld":${JSON.stringify([...read.withheld, ...decision.withheld])},\n"records":[`);
            for (const category of decision.allowed) {
              for await (const r of c.subjects.recordStream(id, category, ctx)) {
                await out.write(`${records++ === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`);
              }
            }
            const consents = await c.consents.history(id);
            await out.write(`],\n"consents":${JSON.stringify(consents)}}\n`);
            await out.commit();
            const summary = { id, out: opts.out, fields: Object.keys(read.fields).length, records, withheld: read.withheld.length + decision.withheld.length };
            emit(opts.json, summary, () => `wrote ${opts.out}: ${summary.fields} field(s), ${records} record(s), ${summary.withheld} withheld`);
          } finally {
            await c.close();
          }
        });
      }),
    );

  withStoreFlags(subjects.command('close'))
    .argument('<id>', 'the subject id')
    .requiredOption('--reason <code>', 'a short code: user_request, contract_end, inactive, ...')
    .option('--as <role>', 'a policy role with the erase operation (default: the narrowest such role)')
    .option('--json', 'machine-readable output')
    .description('close the subject\'s account: retention periods "after account_closed / contract_end" start now')
    .addHelpText('after', '\nExamples:\n  custos subjects close 6f1c... --reason user_request')
    .action(
      action(async (id: string, opts: StoreFlags & { reason: string; as?: string; json?: boolean }) => {
        const c = await openFromFlags(opts);
        try {
          const actor = cliActor(c.policy, undefined, opts.as, 'erase');
          const r = await c.subjects.close(id, { actor, reason: opts.reason });
          emit(opts.json, { id, ...r }, () => `subject ${id} closed at ${r.closedAt}`);
        } finally {
          await c.close();
        }
      }),
    );
}
