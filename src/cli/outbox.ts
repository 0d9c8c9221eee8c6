/**
 * `custos outbox list|deliver`: the operator's view of the mail queue. Lists show ids, templates,
 * languages, statuses and attempts, never addresses or bodies.
 */
import type { Command } from 'commander';
import { action, emit } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { invalidInput } from '../errors.js';
import type { OutboxItem, OutboxStatus } from '../mail/outbox.js';

const STATUSES: OutboxStatus[] = ['queued', 'sent', 'failed', 'expired', 'cancelled'];

function itemLine(i: OutboxItem): string {
  const when = i.status === 'queued' ? `next ${i.nextAttemptAt}` : `done ${i.finishedAt ?? '-'}`;
  return [i.id, i.template, i.language, i.recipient, i.status, `attempts ${i.attempts}`, when, i.lastError ?? ''].join('  ').trimEnd();
}

export function registerOutbox(program: Command): void {
  const outbox = program.command('outbox').description('the mail queue: list items, run a delivery pass');

  withStoreFlags(outbox.command('list'))
    .description('list outbox items, newest first (no addresses, no message bodies)')
    .option('--status <status>', `only items in this status: ${STATUSES.join(', ')}`)
    .option('--limit <n>', 'at most this many items (1-10000, default 100)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos outbox list\n  custos outbox list --status queued --json\n  custos outbox list --status failed --limit 20')
    .action(
      action(async (opts: StoreFlags & { status?: string; limit?: string; json?: boolean }) => {
        if (opts.status !== undefined && !STATUSES.includes(opts.status as OutboxStatus))
          throw invalidInput('status', 'not_allowed_value', `must be one of ${STATUSES.join(', ')}`);
        let limit = 100;
        if (opts.limit !== undefined) {
          limit = Number(opts.limit);
          if (!/^\d+$/.test(opts.limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
        }
        const c = await openFromFlags(opts, { mail: { transport: null } }, { existing: true });
        try {
          const items = await c.outbox.list({ status: opts.status as OutboxStatus | undefined, limit });
          emit(opts.json, { items }, () => (items.length === 0 ? 'The outbox is empty.' : items.map(itemLine).join('\n')));
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(outbox.command('deliver'))
    .description('run one delivery pass: send the due items through the configured transport (CUSTOS_SMTP_URL)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExamples:\n  CUSTOS_SMTP_URL=smtp://user:pass@mail.example.com:587 CUSTOS_MAIL_FROM=privacy@example.com custos outbox deliver\n  custos outbox deliver --json\n\nWithout CUSTOS_SMTP_URL nothing is sent: the items stay queued. The server delivers every 30 seconds by itself.',
    )
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts);
        try {
          const r = await c.outbox.deliver();
          emit(opts.json, r, () =>
            r.configured
              ? `Delivery pass: ${r.due} due, ${r.sent} sent, ${r.retried} to retry, ${r.failed} failed, ${r.expired} expired, ${r.cancelled} cancelled${r.claimedElsewhere ? `, ${r.claimedElsewhere} being sent by another process` : ''}.`
              : `No mail transport configured (set CUSTOS_SMTP_URL): ${r.due} due item(s) stay queued.`,
          );
        } finally {
          await c.close();
        }
      }),
    );
}
