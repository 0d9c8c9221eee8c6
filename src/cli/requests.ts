import type { Command } from 'commander';
import { action, emit, io, limitFlag } from './program.js';
import { withCustos, withExistingCustos, withStoreFlags, type StoreFlags } from './serve.js';
import { CLI_ACTOR } from './keys.js';
import { readAll, REFUSAL_CODES, REQUEST_STATUSES, type RefusalCode, type RequestPage, type RequestStatus, type RequestView } from '../requests/service.js';
import { REQUEST_TYPES, type RequestType } from '../policy/schema.js';
import { invalidInput } from '../errors.js';
import type { Custos } from '../custos.js';
import { ask, readPiped } from './secret-input.js';

function line(r: RequestView): string {
  const mark = r.overdue ? 'OVERDUE' : r.atRisk ? 'at risk' : '';
  return `${r.requestId}  ${r.type.padEnd(19)} ${r.status.padEnd(17)} due ${r.dueDate}  ${r.jurisdiction.padEnd(5)} ${mark}`;
}

export function registerRequests(program: Command): void {
  const requests = program
    .command('requests')
    .description('the queue of data-subject requests: list, show, approve, fulfil, extend, refuse, and the code that confirms a new email or phone');
  withStoreFlags(requests.command('list'))
    .option('--status <status>', `open (default) or one of ${REQUEST_STATUSES.join(', ')}`)
    .option('--type <type>', `one of ${REQUEST_TYPES.join(', ')}`)
    .option('--limit <n>', 'at most this many: a page of the queue (1-1000, default 200)')
    .option('--after <cursor>', 'the page after the one whose "more:" line gave this cursor')
    .option('--all', 'every request the filters select, however many')
    .option('--json', 'machine-readable output (an array; the "more:" line, when there is one, goes to stderr)')
    .description('the queue, sorted by due date, with overdue and at-risk marks, a page at a time')
    .addHelpText(
      'after',
      [
        '',
        'A page holds 200 requests unless --limit says otherwise. When there are more, the last line says how',
        'to list the next page (--after with a cursor); --all lists every one.',
        '',
        'Examples:',
        '  custos requests list',
        '  custos requests list --status completed --type erasure --json',
        '  custos requests list --status completed --all --json',
        '  custos requests list --limit 50 --after <the cursor of the "more:" line>',
      ].join('\n'),
    )
    .action(
      action(async (opts: StoreFlags & { status?: string; type?: string; limit?: string; after?: string; all?: boolean; json?: boolean }) => {
        if (opts.status && opts.status !== 'open' && !(REQUEST_STATUSES as readonly string[]).includes(opts.status))
          throw invalidInput('status', 'request_status', `must be open or one of ${REQUEST_STATUSES.join(', ')}`);
        if (opts.type && !(REQUEST_TYPES as readonly string[]).includes(opts.type)) throw invalidInput('type', 'request_type', `must be one of ${REQUEST_TYPES.join(', ')}`);
        if (opts.all && opts.limit !== undefined) throw invalidInput('all', 'all_or_limit', '--all lists every request: give --all or --limit, not both');
        const limit = limitFlag(opts.limit, 200, 1000);
        await withExistingCustos(opts, async (c) => {
          const filters = { status: opts.status as RequestStatus | 'open' | undefined, type: opts.type as RequestType | undefined };
          // (a bad cursor is refused by the queue itself, naming `after`, before anything is printed)
          const page: RequestPage = opts.all
            ? { requests: await readAll((after) => c.requests.listPage({ ...filters, limit: 1000, after }), opts.after) }
            : await c.requests.listPage({ ...filters, limit, after: opts.after });
          const list = page.requests;
          const none = `no ${opts.status ?? 'open'} requests${opts.type ? ` of type ${opts.type}` : ''}${opts.after ? ' after that cursor' : ''}${opts.status ? '' : ` (--status ${REQUEST_STATUSES.filter((s) => !['awaiting_approval', 'in_progress'].includes(s)).join('|')} for the others)`}`;
          const same = [opts.status && `--status ${opts.status}`, opts.type && `--type ${opts.type}`, opts.limit && `--limit ${limit}`, opts.json && '--json'].filter(Boolean).join(' ');
          const more = page.next ? `more: custos requests list ${same ? `${same} ` : ''}--after ${page.next}   (or --all for every one)` : undefined;
          emit(opts.json, list, () => [list.length === 0 ? none : list.map(line).join('\n'), ...(more ? [more] : [])].join('\n'));
          if (opts.json && more) io.err(more);
        });
      }),
    );
  withStoreFlags(requests.command('show'))
    .argument('<id>', 'request id')
    .option('--json', 'machine-readable output')
    .description('a request, what it asks for (a correction\'s new values, the uses to stop, an agent and their authorisation: the read is audited) and its timeline')
    .action(
      action(async (id: string, opts: StoreFlags & { json?: boolean }) =>
        withExistingCustos(opts, async (c) => {
          // what staff decide on, as the console shows it
          const r = await c.requests.staffView(id, CLI_ACTOR);
          const fields = r.details?.fields && typeof r.details.fields === 'object' ? Object.entries(r.details.fields as Record<string, unknown>) : [];
          const purposes = Array.isArray(r.details?.purposes) ? (r.details!.purposes as string[]) : [];
          const asks = [
            ...fields.map(([name, value]) => `asks to set ${name}: ${JSON.stringify(value)}`),
            ...(purposes.length > 0 ? [`asks to stop: ${purposes.join(', ')}`] : []),
            ...(r.agent ? [`filed by an agent: ${r.agent.name} <${r.agent.email}>`, `  authorisation: ${r.agent.authorisation}`] : []),
          ];
          emit(opts.json, r, () => [line(r), `due rule: ${r.dueRule}`, ...asks, ...(r.identifierConfirmation ? [`new email or phone: ${r.identifierConfirmation === 'pending' ? 'not confirmed yet (custos requests identifier-code)' : 'confirmed'}`] : []), ...r.timeline.map((e) => `  ${e.at}  ${e.event.padEnd(10)} ${e.actor}${e.note ? `  ${e.note}` : ''}`)].join('\n'));
        }),
      ),
    );
  const simple = (name: string, description: string, run: (c: Custos, id: string) => Promise<RequestView>) =>
    withStoreFlags(requests.command(name))
      .argument('<id>', 'request id')
      .option('--json', 'machine-readable output')
      .description(description)
      .action(action(async (id: string, opts: StoreFlags & { json?: boolean }) => withCustos(opts, async (c) => {
        const r = await run(c, id);
        emit(opts.json, r, () => line(r));
      })));
  simple('approve', 'approve (agent authorisation checked, fee paid, review done): the request is fulfilled', (c, id) => c.requests.approve(id, CLI_ACTOR));
  simple('fulfil', 'fulfil the request now', (c, id) => c.requests.fulfil(id, CLI_ACTOR));
  simple('fee-paid', 'record that the fee was paid', (c, id) => c.requests.markFeePaid(id, CLI_ACTOR));
  withStoreFlags(requests.command('extend'))
    .argument('<id>', 'request id')
    .requiredOption('--reason <text>', 'why more time is needed (sent to the person)')
    .option('--json', 'machine-readable output')
    .description('extend as far as the law allows; the person is told')
    .addHelpText('after', '\nExample:\n  custos requests extend 3f2a... --reason "the records are in an archive we must restore"')
    .action(action(async (id: string, opts: StoreFlags & { reason: string; json?: boolean }) => withCustos(opts, async (c) => {
      const r = await c.requests.extend(id, opts.reason, CLI_ACTOR);
      emit(opts.json, r, () => line(r));
    })));
  withStoreFlags(requests.command('refuse'))
    .argument('<id>', 'request id')
    .requiredOption('--code <code>', REFUSAL_CODES.join(' | '))
    .requiredOption('--explanation <text>', 'sent to the person')
    .option('--json', 'machine-readable output')
    .description('refuse with a reason code and an explanation')
    .action(action(async (id: string, opts: StoreFlags & { code: string; explanation: string; json?: boolean }) => withCustos(opts, async (c) => {
      const r = await c.requests.refuse(id, opts.code as RefusalCode, opts.explanation, CLI_ACTOR);
      emit(opts.json, r, () => line(r));
    })));
  // A correction of an email or phone filed by staff, an agent or the API waits until control of the new
  // value is proven: a code is sent to it, and staff enter the code the person reads back to them.
  withStoreFlags(requests.command('identifier-code'))
    .argument('<id>', 'request id')
    .option('--json', 'machine-readable output')
    .description('send a code to the new email or phone of a correction; the person reads it back to you')
    .addHelpText('after', '\nExample:\n  custos requests identifier-code 3f2a...\n  custos requests identifier-confirm 3f2a...   (asks for the code)')
    .action(action(async (id: string, opts: StoreFlags & { json?: boolean }) => withCustos(opts, async (c) => {
      // the operator's own machine: the limits per network count the CLI as one local client
      const sent = await c.requests.sendIdentifierCode(id, CLI_ACTOR, '127.0.0.1');
      const queued = sent.field !== 'phone' && !c.outbox.configured;
      emit(opts.json, sent, () =>
        [
          `a code was sent to the new ${sent.field}, valid until ${sent.expiresAt}`,
          ...(queued ? ['  mail: no transport configured (CUSTOS_SMTP_URL): it stays queued, see custos outbox list'] : []),
          `ask the person to read it back, then enter it: custos requests identifier-confirm ${id}`,
        ].join('\n'),
      );
    })));
  withStoreFlags(requests.command('identifier-confirm'))
    .argument('<id>', 'request id')
    .option('--json', 'machine-readable output')
    .description('enter the code the person read back (asked on the terminal, or piped on stdin): the correction may then be approved')
    .addHelpText(
      'after',
      [
        '',
        'The 6-digit code is read from piped stdin (first line), else asked on the terminal; never from a flag,',
        'which would keep it in the shell history.',
        '',
        'Examples:',
        '  custos requests identifier-confirm 3f2a...',
        '  printf "%s\\n" "$CODE" | custos requests identifier-confirm 3f2a... --json',
      ].join('\n'),
    )
    .action(action(async (id: string, opts: StoreFlags & { json?: boolean }) => {
      const raw = process.stdin.isTTY ? await ask('Code the person read back (6 digits): ') : await readPiped();
      const code = raw.replace(/\s+/g, '');
      if (!/^\d{6}$/.test(code)) throw invalidInput('code', 'code_format', 'must be the 6 digits the person read back');
      await withCustos(opts, async (c) => {
        const r = await c.requests.confirmIdentifier(id, code, CLI_ACTOR);
        emit(opts.json, r, () => `${line(r)}\nnew email or phone confirmed: the correction may be approved (custos requests approve ${r.requestId})`);
      });
    }));
  withStoreFlags(requests.command('assign'))
    .argument('<id>', 'request id')
    .requiredOption('--to <name>', 'member of staff')
    .option('--json', 'machine-readable output')
    .description('assign a request')
    .action(action(async (id: string, opts: StoreFlags & { to: string; json?: boolean }) => withCustos(opts, async (c) => {
      const r = await c.requests.assign(id, opts.to, CLI_ACTOR);
      emit(opts.json, r, () => line(r));
    })));
}
