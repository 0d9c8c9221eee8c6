/** `custos visits report|purge`: the visit log's report and its retention job. */
import type { Command } from 'commander';
import { action, emit } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { CLI_ACTOR } from './keys.js';
import { invalidInput } from '../errors.js';
import { optionalDate } from '../dates.js';

function dateFlag(flag: string, v: string | undefined, fallback: Date): Date {
  return optionalDate(flag, v) ?? fallback;
}

export function registerVisits(program: Command): void {
  const visits = program.command('visits').description('the visit log: report (visits, new vs returning visitors, top pages) and retention purge');

  withStoreFlags(visits.command('report'))
    .option('--since <time>', 'start (ISO date or date-time; default 30 days ago)')
    .option('--until <time>', 'end, exclusive (default now)')
    .option('--top <n>', 'how many top pages (1-100)', '10')
    .option('--json', 'machine-readable output')
    .description('visits, new vs returning visitors (by the analytics visitor id) and top pages in a time range')
    .addHelpText('after', '\nExamples:\n  custos visits report\n  custos visits report --since 2030-01-01 --until 2030-02-01 --json')
    .action(
      action(async (opts: StoreFlags & { since?: string; until?: string; top: string; json?: boolean }) => {
        const until = dateFlag('until', opts.until, new Date());
        const since = dateFlag('since', opts.since, new Date(until.getTime() - 30 * 86_400_000));
        const top = Number(opts.top);
        if (!/^\d+$/.test(opts.top) || top < 1 || top > 100) throw invalidInput('top', 'top_range', 'must be an integer from 1 to 100');
        if (since.getTime() >= until.getTime()) throw invalidInput('since', 'range', 'since must be before until');
        const c = await openFromFlags(opts, {}, { existing: true });
        try {
          const r = await c.visits.report({ since, until, top });
          emit(opts.json, r, () =>
            [
              `visits ${r.since} .. ${r.until}`,
              `  visits:             ${r.visits} (${r.anonymousVisits} without a visitor id)`,
              `  visitors:           ${r.visitors.total} (new ${r.visitors.new}, returning ${r.visitors.returning}) — counted only where analytics was granted`,
              '  top pages:',
              ...(r.topPages.length ? r.topPages.map((p) => `    ${String(p.visits).padStart(7)}  ${p.page}`) : ['    (none)']),
            ].join('\n'),
          );
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(visits.command('purge'))
    .option('--json', 'machine-readable output')
    .description("delete visits older than the policy's telemetry.retention (default P90D) and anonymous cookie choices older than 13 months")
    .addHelpText('after', '\nExamples:\n  custos visits purge\n  custos visits purge --json   # from a daily cron job')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts);
        try {
          const visitsPurged = await c.visits.purgeExpired();
          const cookieChoices = await c.cookieConsent.purgeExpired();
          await c.audit.append({ actor: CLI_ACTOR, action: 'retention.visits', outcome: 'ok', details: { visits: visitsPurged, cookieChoices } });
          const r = { visits: visitsPurged, cookieChoices, retention: c.visits.retention };
          emit(opts.json, r, () => `purged ${visitsPurged} visits (retention ${r.retention}) and ${cookieChoices} expired anonymous cookie choices`);
        } finally {
          await c.close();
        }
      }),
    );
}
