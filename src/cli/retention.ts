/** `custos retention run [--dry-run]`: purges what is past each category's retention and the registered purges. */
import type { Command } from 'commander';
import { action, emit, ExitCode } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { invalidInput } from '../errors.js';
import { optionalDate } from '../dates.js';
import type { RetentionReport } from '../retention/retention.js';


export function reportText(r: RetentionReport): string {
  const verb = r.dryRun ? 'would delete' : 'deleted';
  const lines = [`retention ${r.dryRun ? 'dry run' : 'run'} as of ${r.asOf}`];
  const cats = Object.entries(r.categories).filter(([, c]) => c.fields + c.records > 0);
  if (cats.length === 0) lines.push(`  categories: nothing past retention`);
  for (const [name, c] of cats) lines.push(`  ${name.padEnd(24)} ${verb} ${c.fields > 0 ? `${c.fields} field(s)` : ''}${c.fields > 0 && c.records > 0 ? ', ' : ''}${c.records > 0 ? `${c.records} record(s)` : ''}`);
  lines.push(`  closed subjects ${r.dryRun ? 'that would be erased' : 'erased'}: ${r.subjectsErased}`);
  for (const [name, n] of Object.entries(r.hooks)) lines.push(`  ${name.padEnd(24)} ${verb} ${n}`);
  for (const f of r.failures) lines.push(`  ${f.hook.padEnd(24)} FAILED: ${f.message}`);
  return lines.join('\n');
}

export function registerRetention(program: Command): void {
  const retention = program.command('retention').description('delete personal data past its retention period (the server also runs this daily)');
  withStoreFlags(retention.command('run'))
    .description('purge fields and records past each category\'s retention, erase closed accounts with nothing left to keep, and run the registered purges (visit log, codes, exports, ...); exit 1 if a purge failed')
    .option('--dry-run', 'count what would be deleted, per category and per purge, changing nothing')
    .option('--as-of <date>', 'with --dry-run: measure periods as of this date (what a later run would delete)')
    .option('--json', 'machine-readable report')
    .addHelpText('after', '\nExamples:\n  custos retention run --dry-run\n  custos retention run --dry-run --as-of 2031-01-01 --json\n  custos retention run')
    .action(
      action(async (opts: StoreFlags & { dryRun?: boolean; asOf?: string; json?: boolean }) => {
        const asOf = optionalDate('as-of', opts.asOf);
        if (asOf && !opts.dryRun) throw invalidInput('as-of', 'dry_run_only', '--as-of is only for --dry-run: a real run always measures from now');
        const c = await openFromFlags(opts);
        let report: RetentionReport;
        try {
          report = await c.retention.run({ dryRun: opts.dryRun === true, now: asOf });
        } finally {
          await c.close();
        }
        emit(opts.json, report, () => reportText(report));
        if (report.failures.length > 0) throw new ExitCode(1);
      }),
    );
}
