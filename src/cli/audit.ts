/**
 * `custos audit verify|checkpoint|export|query` and `custos alerts list`: the operator's and the
 * auditor's view of the audit log.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { action, emit, ExitCode, io, limitFlag, readInputFile, withOutput } from './program.js';
import { withExistingCustos, withStoreFlags, type StoreFlags } from './serve.js';
import { invalidInput } from '../errors.js';
import { checkDate, optionalDate } from '../dates.js';
import { listAlerts } from '../audit/monitor.js';
import type { AuditActor, Checkpoint, StoredAuditEntry } from '../audit/types.js';

/** Who the CLI acts as in the audit log. */
const OPERATOR: AuditActor = { keyId: 'cli', role: 'operator' };

function isoFlag(flag: string, v: string | undefined): string | undefined {
  return optionalDate(flag, v)?.toISOString();
}

function readCheckpoint(file: string): Checkpoint {
  const text = readInputFile('checkpoint', 'checkpoint_file', file);
  let cp: unknown;
  try {
    cp = JSON.parse(text);
  } catch {
    throw invalidInput('checkpoint', 'checkpoint_file', `${file} is not JSON`);
  }
  const problem = checkpointShapeProblem(cp);
  if (problem) throw invalidInput('checkpoint', 'checkpoint_shape', `${file} is not a checkpoint: ${problem}`);
  return cp as Checkpoint;
}

/**
 * What is wrong with the shape of a checkpoint file, if anything: a file that is not one is bad input,
 * not a sign of tampering. (Entry 0 is the empty log, whose checkpoint `audit checkpoint` exports too.)
 */
export function checkpointShapeProblem(cp: unknown): string | undefined {
  const shape = 'it needs seq (an integer, 0 or more), hash (64 hex digits), time (an ISO 8601 time), publicKey (an Ed25519 key, base64url) and signature (base64url)';
  if (!cp || typeof cp !== 'object' || Array.isArray(cp)) return shape;
  const c = cp as Record<string, unknown>;
  if (typeof c.seq !== 'number' || !Number.isSafeInteger(c.seq) || c.seq < 0) return `seq must be an integer, 0 or more (${shape})`;
  if (typeof c.hash !== 'string' || !/^[0-9a-f]{64}$/.test(c.hash)) return `hash must be 64 lower-case hex digits (${shape})`;
  if (typeof c.time !== 'string' || !/T/.test(c.time) || !checkDate(c.time).ok) return `time must be an ISO 8601 date-time (${shape})`;
  if (typeof c.publicKey !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(c.publicKey)) return `publicKey must be a 32-byte Ed25519 key in base64url (${shape})`;
  if (typeof c.signature !== 'string' || !/^[A-Za-z0-9_-]{86}$/.test(c.signature)) return `signature must be a 64-byte Ed25519 signature in base64url (${shape})`;
  return undefined;
}

function entryLine(e: StoredAuditEntry): string {
  return [
    `#${e.seq}`,
    e.time,
    `${e.actor.keyId}(${e.actor.role})`,
    e.action,
    e.purpose ?? '-',
    e.outcome,
    e.subjectRef ?? '-',
    e.fields?.length ? e.fields.join(',') : '-',
    e.reason ?? '',
  ]
    .join('  ')
    .trimEnd();
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('verify, checkpoint, export and query the tamper-evident audit log');

  withStoreFlags(audit.command('verify'))
    .description('check every link of the hash chain and the signed checkpoints; exit 0 intact, 1 broken (names the entry and the kind of break)')
    .option('--checkpoint <file>', 'a checkpoint exported earlier (custos audit checkpoint --out): catches truncation and rewrites')
    .option('--json', 'machine-readable result')
    .addHelpText(
      'after',
      '\nExamples:\n  custos audit verify\n  custos audit verify --checkpoint /secure/custos-checkpoint.json\n  custos audit verify --json --database postgres://localhost/custos',
    )
    .action(
      action(async (opts: StoreFlags & { checkpoint?: string; json?: boolean }) => {
        const checkpoint = opts.checkpoint !== undefined ? readCheckpoint(opts.checkpoint) : undefined;
        await withExistingCustos(opts, async (c) => {
          const bar = io.isTTY && !opts.json ? new cliProgress.SingleBar({ stream: process.stderr, format: 'verifying [{bar}] {value}/{total} entries', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
          let started = false;
          let result;
          try {
            result = await c.audit.verify({
              checkpoint,
              onProgress: bar
                ? (done, total) => {
                    if (!started) bar.start(total, 0);
                    started = true;
                    bar.setTotal(Math.max(total, done));
                    bar.update(done);
                  }
                : undefined,
            });
          } finally {
            if (started) bar?.stop();
          }
          if (result.ok) {
            emit(opts.json, result, () =>
              `audit log intact: ${result.entries} entries, last entry ${result.lastSeq} (hash ${result.lastHash}), ${result.checkpoints} stored checkpoint(s) checked${checkpoint ? `, matches the given checkpoint of entry ${checkpoint.seq}` : ''}`,
            );
            return;
          }
          emit(opts.json, result, () => `audit log BROKEN at entry ${result.seq}: ${result.kind}: ${result.message}`);
          throw new ExitCode(1);
        });
      }),
    );

  withStoreFlags(audit.command('checkpoint'))
    .description('write the latest signed checkpoint (creating one if none) to a file (mode 0600), to keep apart from the store')
    .option('--out <file>', 'where to write the checkpoint (JSON)')
    .option('--fresh', 'sign a new checkpoint of the current last entry first')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos audit checkpoint --out /secure/custos-checkpoint.json\n  custos audit checkpoint --fresh --out cp-$(date +%F).json')
    .action(
      action(async (opts: StoreFlags & { out?: string; fresh?: boolean; json?: boolean }) => {
        if (!opts.out) throw invalidInput('out', 'required', 'give the file to write: --out FILE');
        const out = opts.out;
        // the file is opened first: a bad path changes nothing (a new checkpoint is signed only for a file that can take it)
        await withOutput('out', out, (file) =>
          withExistingCustos(opts, async (c) => {
            const cp = (!opts.fresh && (await c.audit.latestCheckpoint())) || (await c.audit.checkpoint());
            await file!.write(JSON.stringify(cp, null, 2) + '\n');
            await file!.commit();
            emit(opts.json, { file: out, checkpoint: cp }, () => `checkpoint of entry ${cp.seq} (hash ${cp.hash}) written to ${out}`);
          }),
        );
      }),
    );

  withStoreFlags(audit.command('export'))
    .description('stream the entries of a period as JSON Lines (re-verifiable: hashes included) or CSV')
    .option('--since <time>', 'from this time, inclusive (ISO 8601)')
    .option('--until <time>', 'to this time, exclusive (ISO 8601)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to a file (mode 0600) instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  custos audit export --since 2030-01-01 --until 2030-02-01 --out january.jsonl\n  custos audit export --since 2030-01-01T00:00:00Z --format csv > audit.csv',
    )
    .action(
      action(async (opts: StoreFlags & { since?: string; until?: string; format: string; out?: string }) => {
        if (opts.format !== 'jsonl' && opts.format !== 'csv') throw invalidInput('format', 'export_format', `must be jsonl or csv, got "${opts.format}"`);
        const format = opts.format;
        const since = isoFlag('since', opts.since);
        const until = isoFlag('until', opts.until);
        if (since && until && since >= until) throw invalidInput('until', 'time_order', 'must be later than --since');
        await withOutput('out', opts.out, (file) =>
          withExistingCustos(opts, async (c) => {
            await c.audit.append({ actor: OPERATOR, action: 'audit.export', outcome: 'ok', details: { format, since: since ?? null, until: until ?? null } });
            const n = await c.audit.export({ since, until, format }, file ? file.stream : process.stdout);
            await file?.commit();
            io.err(`exported ${n} entries`);
          }),
        );
      }),
    );

  withStoreFlags(audit.command('query'))
    .description('entries about one subject, by one actor or of one action (the query is itself audited)')
    .option('--subject <id>', "the subject's id (looked up through its reference; none after erasure)")
    .option('--actor <keyId>', 'an API key id, cli or system')
    .option('--action <name>', 'an action (subject.read) or a prefix (alert.*)')
    .option('--since <time>', 'from this time, inclusive (ISO 8601)')
    .option('--until <time>', 'to this time, exclusive (ISO 8601)')
    .option('--limit <n>', 'at most this many entries (1-10000, default 100)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExamples:\n  custos audit query --subject 0m1x2k3p4q5r --json\n  custos audit query --actor k3y1d2a3b4c5 --limit 20\n  custos audit query --action alert.* --since 2030-01-01',
    )
    .action(
      action(async (opts: StoreFlags & { subject?: string; actor?: string; action?: string; since?: string; until?: string; limit?: string; json?: boolean }) => {
        if (opts.subject === undefined && opts.actor === undefined && opts.action === undefined)
          throw invalidInput('subject', 'filter_required', 'give at least one of --subject, --actor or --action');
        for (const [flag, v] of [['subject', opts.subject], ['actor', opts.actor], ['action', opts.action]] as const)
          if (v !== undefined && v.trim() === '') throw invalidInput(flag, 'non_empty', 'must not be empty');
        const limit = limitFlag(opts.limit, 100);
        const since = isoFlag('since', opts.since);
        const until = isoFlag('until', opts.until);
        await withExistingCustos(opts, async (c) => {
          const entries = await c.audit.query({ subjectId: opts.subject, actor: opts.actor, action: opts.action, since, until, limit });
          await c.audit.append({
            actor: OPERATOR,
            action: 'audit.query',
            outcome: 'ok',
            subjectId: opts.subject,
            details: { actor: opts.actor ?? null, action: opts.action ?? null, results: entries.length },
          });
          emit(opts.json, entries, () => (entries.length === 0 ? 'no entries' : entries.map(entryLine).join('\n')));
        });
      }),
    );

  const alerts = program.command('alerts').description('alerts raised by access monitoring');
  withStoreFlags(alerts.command('list'))
    .description('list alerts, newest first')
    .option('--unacknowledged', 'only alerts nobody acknowledged yet')
    .option('--limit <n>', 'at most this many (1-10000, default 100)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos alerts list\n  custos alerts list --unacknowledged --json')
    .action(
      action(async (opts: StoreFlags & { unacknowledged?: boolean; limit?: string; json?: boolean }) => {
        const limit = limitFlag(opts.limit, 100);
        await withExistingCustos(opts, async (c) => {
          const list = await listAlerts(c.db, { limit, unacknowledged: opts.unacknowledged });
          emit(opts.json, list, () =>
            list.length === 0
              ? 'no alerts'
              : list
                  .map((a) => `${a.createdAt}  ${a.rule.padEnd(24)} ${a.actorKeyId} (${a.role})  count ${a.count}  window ${a.window.start}..${a.window.end}${a.acknowledgedAt ? `  acknowledged ${a.acknowledgedAt}` : ''}  ${a.id}`)
                  .join('\n'),
          );
        });
      }),
    );
}
