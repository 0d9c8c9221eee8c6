/**
 * `custos disclosures|received|stats|records|incidents`: the provision ledger for a regulator, data
 * received from third parties, anonymised statistics for partners, records of processing, and the
 * breach register.
 */
import type { Command } from 'commander';
import { action, emit, ExitCode, io, limitFlag, readInputFile, withOutput, type OutputFile } from './program.js';
import { withCustos, withExistingCustos, withStoreFlags, type StoreFlags } from './serve.js';
import { CLI_ACTOR } from './keys.js';
import { invalidInput } from '../errors.js';
import { optionalDate } from '../dates.js';
import { statsCsv } from '../disclosures/stats.js';
import { recordsCsv, recordsMarkdown } from '../disclosures/records.js';
import type { LedgerEntry } from '../disclosures/disclosures.js';
import type { IncidentInput, IncidentView, NoticeInput } from '../incidents/incidents.js';

const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

function isoFlag(flag: string, v: string | undefined): string | undefined {
  return optionalDate(flag, v)?.toISOString();
}

function formatFlag<T extends string>(v: string | undefined, allowed: readonly T[], fallback: T): T {
  const f = (v ?? fallback) as T;
  if (!allowed.includes(f)) throw invalidInput('format', 'not_allowed_value', `must be one of ${allowed.join(', ')}`);
  return f;
}

function readJson(flag: string, file: string): unknown {
  const text = readInputFile(flag, 'file', file, { stdin: true });
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput(flag, 'json', `${file} is not JSON`);
  }
}

function idsFrom(flags: { subjects?: string; subjectsFile?: string }): string[] | undefined {
  if (flags.subjectsFile !== undefined) {
    const text = readInputFile('subjects-file', 'file', flags.subjectsFile);
    return text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  }
  return list(flags.subjects);
}

/** Output to a file opened by `withOutput` (mode 0600: it may list subject ids), or stdout. */
async function output(out: OutputFile | undefined, text: string): Promise<void> {
  if (out) await out.write(text);
  else process.stdout.write(text);
}

const LEDGER_KINDS = ['provision', 'entrustment', 'anonymised'] as const;

function kindFlag(v: string | undefined): LedgerEntry['kind'] | undefined {
  if (v !== undefined && !(LEDGER_KINDS as readonly string[]).includes(v)) throw invalidInput('kind', 'not_allowed_value', `must be one of ${LEDGER_KINDS.join(', ')}`);
  return v as LedgerEntry['kind'] | undefined;
}

function entryLine(e: LedgerEntry): string {
  return [e.disclosureId, e.period.from.slice(0, 10) + (e.period.to.slice(0, 10) !== e.period.from.slice(0, 10) ? `..${e.period.to.slice(0, 10)}` : ''), e.kind.padEnd(11), e.recipient.name, `${e.subjectCount} person(s)`, e.categories.join(','), e.purpose, e.basis, e.reference ?? ''].join('  ').trimEnd();
}

/** The notice texts given by flags (one text each, for every language), when any is given. */
function noticeFlags(opts: NoticeFlags): Partial<NoticeInput> | undefined {
  if (opts.whatHappened === undefined && opts.measures === undefined && opts.advice === undefined) return undefined;
  return {
    ...(opts.whatHappened !== undefined ? { whatHappened: opts.whatHappened } : {}),
    ...(opts.measures !== undefined ? { measures: opts.measures } : {}),
    ...(opts.advice !== undefined ? { advice: opts.advice } : {}),
  };
}
type NoticeFlags = { whatHappened?: string; measures?: string; advice?: string };
const withNoticeFlags = (c: Command) =>
  c
    .option('--what-happened <text>', 'notice to the persons: what happened (no personal data)')
    .option('--measures <text>', 'notice to the persons: what the controller did and does about it')
    .option('--advice <text>', 'notice to the persons: what the person can do');

function incidentText(v: IncidentView): string {
  const lines = [
    `${v.incidentId}  ${v.status}  discovered ${v.discoveredAt}`,
    `  categories: ${v.categories.join(', ')}`,
    `  flags: ${Object.entries(v.flags).filter(([, x]) => x).map(([k]) => k).join(', ') || 'none'}`,
    `  affected: ${v.affected.total} (${Object.entries(v.affected.byJurisdiction).map(([j, n]) => `${j} ${n}`).join(', ') || 'none'})`,
    '  regulators:',
    ...v.deadlines.map(
      (d) => `    ${d.jurisdiction.padEnd(6)} ${d.stage.padEnd(13)} ${d.required ? 'REQUIRED' : 'not required'}  ${d.dueAt ? `due ${d.dueAt}` : d.deadline}${d.reportedAt ? `  reported ${d.reportedAt}` : ''}  [${d.reasons.join(', ')}] (${d.source})`,
    ),
    '  persons:',
    ...v.people.map((p) => `    ${p.jurisdiction.padEnd(6)} ${p.required ? 'REQUIRED' : 'not required'}  ${p.dueAt ? `due ${p.dueAt}` : p.deadline}  notified ${p.notified}/${p.persons}  [${p.reasons.join(', ')}]`),
    `  notice texts: ${v.notice ? 'recorded' : `not recorded (needed to notify: custos incidents notice ${v.incidentId} --what-happened ... --measures ... --advice ...)`}`,
  ];
  return lines.join('\n');
}

export function registerDisclosures(program: Command): void {
  const disclosures = program.command('disclosures').description('the third-party provision ledger (APPI Art. 29): list it, export it for a regulator');

  withStoreFlags(disclosures.command('export'))
    .description('export the ledger entries of a period (CSV for a regulator, or JSON)')
    .option('--from <date>', 'start of the period (ISO 8601)')
    .option('--to <date>', 'end of the period (ISO 8601)')
    .option('--kind <kind>', 'provision, entrustment or anonymised (default all)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout')
    .addHelpText('after', '\nExamples:\n  custos disclosures export --from 2026-01-01 --to 2026-12-31 --format csv --out ledger-2026.csv\n  custos disclosures export --kind provision --format json')
    .action(
      action(async (opts: StoreFlags & { from?: string; to?: string; kind?: string; format?: string; out?: string }) => {
        const format = formatFlag(opts.format, ['csv', 'json'] as const, 'csv');
        const q = { from: isoFlag('from', opts.from), to: isoFlag('to', opts.to), kind: kindFlag(opts.kind) };
        await withOutput('out', opts.out, (file) =>
          withExistingCustos(opts, async (c) => {
            if (format === 'json') {
              const entries = await c.disclosures.list({ ...q, limit: 10_000 });
              await output(file, JSON.stringify(entries, null, 2) + '\n');
              await file?.commit();
              return;
            }
            const n = await c.disclosures.exportCsv(q, (s) => output(file, s), CLI_ACTOR);
            if (file) {
              await file.commit();
              io.err(`${n} ledger entries written to ${opts.out}`);
            }
          }),
        );
      }),
    );

  withStoreFlags(disclosures.command('list'))
    .description('list ledger entries (provisions, entrustments, anonymised exports)')
    .option('--from <date>', 'start of the period')
    .option('--to <date>', 'end of the period')
    .option('--recipient <id>', 'a recipient of the registry')
    .option('--kind <kind>', 'provision, entrustment or anonymised')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos disclosures list --from 2026-04-01\n  custos disclosures list --recipient ad_partner --json')
    .action(
      action(async (opts: StoreFlags & { from?: string; to?: string; recipient?: string; kind?: string; limit?: string; json?: boolean }) => {
        const limit = limitFlag(opts.limit, 100);
        await withExistingCustos(opts, async (c) => {
          const entries = await c.disclosures.list({ from: isoFlag('from', opts.from), to: isoFlag('to', opts.to), recipient: opts.recipient, kind: kindFlag(opts.kind), limit });
          emit(opts.json, entries, () => (entries.length === 0 ? 'no ledger entries' : entries.map(entryLine).join('\n')));
        });
      }),
    );

  withStoreFlags(disclosures.command('recipients'))
    .description('the recipients registry from the policy')
    .option('--json', 'machine-readable output')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        await withExistingCustos(opts, async (c) => {
          const r = c.disclosures.recipients();
          emit(opts.json, r, () =>
            r.map((x) => `${x.id.padEnd(18)} ${x.type.padEnd(11)} ${x.country ?? '--'}  ${x.name}  ${x.agreement ? `[${x.agreement.reference} ${x.agreement.date}]` : '[no agreement]'}  ${x.categories.join(',')} -> ${x.purposes.join(',')}`).join('\n'),
          );
        });
      }),
    );

  const received = program.command('received').description('data received from third parties (APPI Art. 30): record and list');
  withStoreFlags(received.command('record'))
    .description("record data received from a third party, after checking the provider's identity and how it obtained the data")
    .option('--file <file>', 'the record as JSON (the body of POST /v1/received); - for stdin')
    .option('--provider <name>', "the provider's name")
    .option('--provider-address <address>', "the provider's address")
    .option('--provider-representative <name>', "the provider's representative")
    .option('--provider-country <code>', "the provider's country (ISO 3166-1 alpha-2)")
    .option('--acquisition <text>', 'how the provider obtained the data')
    .option('--confirmed', "you checked the provider's identity and how it obtained the data")
    .option('--consent-confirmed', "the provider obtained the persons' consent to this provision")
    .option('--subjects <ids>', 'comma-separated subject ids')
    .option('--subjects-file <file>', 'subject ids, one per line')
    .option('--categories <list>', 'comma-separated categories received')
    .option('--purpose <purpose>', 'the purpose the data is received for')
    .option('--reference <ref>', 'contract or file reference')
    .option('--received-at <date>', 'when it was received (default now)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExamples:\n  custos received record --provider "Partner K.K." --provider-address "1-1 Chiyoda, Tokyo" --acquisition "sign-up form with consent to provision" \\\n    --confirmed --consent-confirmed --subjects-file ids.txt --categories name,email --purpose account\n  custos received record --file receipt.json',
    )
    .action(
      action(
        async (
          opts: StoreFlags & {
            file?: string;
            provider?: string;
            providerAddress?: string;
            providerRepresentative?: string;
            providerCountry?: string;
            acquisition?: string;
            confirmed?: boolean;
            consentConfirmed?: boolean;
            subjects?: string;
            subjectsFile?: string;
            categories?: string;
            purpose?: string;
            reference?: string;
            receivedAt?: string;
            json?: boolean;
          },
        ) => {
          const body =
            opts.file !== undefined
              ? readJson('file', opts.file)
              : {
                  provider: {
                    name: opts.provider,
                    address: opts.providerAddress,
                    ...(opts.providerRepresentative ? { representative: opts.providerRepresentative } : {}),
                    ...(opts.providerCountry ? { country: opts.providerCountry } : {}),
                  },
                  acquisition: opts.acquisition,
                  acquisitionConfirmed: !!opts.confirmed,
                  consentConfirmed: !!opts.consentConfirmed,
                  subjects: idsFrom(opts),
                  categories: list(opts.categories),
                  ...(opts.purpose ? { purpose: opts.purpose } : {}),
                  ...(opts.reference ? { reference: opts.reference } : {}),
                  ...(opts.receivedAt ? { receivedAt: opts.receivedAt } : {}),
                };
          await withCustos(opts, async (c) => {
            const r = await c.disclosures.recordReceipt(body as never, CLI_ACTOR);
            emit(opts.json, r, () => `recorded ${r.receiptId}: ${r.subjectCount} person(s), ${r.categories.join(', ')} from ${r.provider.name}; kept until ${r.retainUntil}`);
          });
        },
      ),
    );
  withStoreFlags(received.command('list'))
    .description('list received-data records')
    .option('--from <date>', 'start of the period')
    .option('--to <date>', 'end of the period')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'machine-readable output')
    .action(
      action(async (opts: StoreFlags & { from?: string; to?: string; limit?: string; json?: boolean }) => {
        const limit = limitFlag(opts.limit, 100);
        await withExistingCustos(opts, async (c) => {
          const r = await c.disclosures.listReceipts({ from: isoFlag('from', opts.from), to: isoFlag('to', opts.to), limit });
          emit(opts.json, r, () =>
            r.length === 0 ? 'no received-data records' : r.map((x) => `${x.receiptId}  ${x.receivedAt.slice(0, 10)}  ${x.provider.name}  ${x.subjectCount} person(s)  ${x.categories.join(',')}  acquired: ${x.acquisition}`).join('\n'),
          );
        });
      }),
    );

  const stats = program.command('stats').description('anonymised statistics for partners (k-anonymous counts)');
  withStoreFlags(stats.command('export'))
    .description('counts of persons by coarse groups: cells under k suppressed (with complementary suppression), optional Laplace noise; recorded as an anonymised provision')
    .requiredOption('--group-by <dims>', 'comma-separated: country, jurisdiction, age_band, category, or an enum category of the policy')
    .option('--k <n>', 'smallest group published', '10')
    .option('--epsilon <e>', 'add Laplace(1/e) noise to every published count')
    .option('--recipient <id-or-name>', 'the partner: a recipient id of the registry or a name')
    .option('--no-generalise', 'do not merge countries seen fewer than k times into "other"')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout')
    .addHelpText('after', '\nExamples:\n  custos stats export --group-by country,age_band,category --k 10\n  custos stats export --group-by age_band --k 20 --epsilon 1 --recipient "Research Partner Inc." --format json')
    .action(
      action(async (opts: StoreFlags & { groupBy: string; k?: string; epsilon?: string; recipient?: string; generalise?: boolean; format?: string; out?: string }) => {
        const format = formatFlag(opts.format, ['csv', 'json'] as const, 'csv');
        const k = Number(opts.k);
        if (!/^\d+$/.test(opts.k ?? '') || !Number.isInteger(k) || k < 2) throw invalidInput('k', 'k_range', 'must be an integer of at least 2');
        const epsilon = opts.epsilon === undefined ? undefined : Number(opts.epsilon);
        if (epsilon !== undefined && !(epsilon > 0 && Number.isFinite(epsilon))) throw invalidInput('epsilon', 'positive_number', 'must be a positive number');
        // the file is opened before the export is recorded in the ledger: a bad path records nothing
        await withOutput('out', opts.out, (file) =>
          withExistingCustos(opts, async (c) => {
            const s = await c.disclosures.stats({ groupBy: list(opts.groupBy) ?? [], k, epsilon, recipient: opts.recipient, generalise: opts.generalise !== false }, CLI_ACTOR);
            await output(file, format === 'csv' ? statsCsv(s) : JSON.stringify(s, null, 2) + '\n');
            await file?.commit();
            io.err(`k=${s.k}${s.noise ? `, Laplace noise epsilon=${s.noise.epsilon}` : ''}: ${s.published} published, ${s.suppressed} suppressed; recorded as ${s.disclosureId}`);
          }),
        );
      }),
    );

  withStoreFlags(program.command('records'))
    .description('records of processing activities (GDPR Art. 30), generated from the policy and the registries')
    .option('--format <format>', 'md, csv or json', 'md')
    .option('--out <file>', 'write to a file (mode 0600) instead of stdout')
    .addHelpText('after', '\nExamples:\n  custos records --format md --out records-of-processing.md\n  custos records --format csv')
    .action(
      action(async (opts: StoreFlags & { format?: string; out?: string }) => {
        const format = formatFlag(opts.format, ['md', 'csv', 'json'] as const, 'md');
        await withOutput('out', opts.out, (file) =>
          withExistingCustos(opts, async (c) => {
            const r = c.disclosures.records();
            await output(file, format === 'md' ? recordsMarkdown(r) : format === 'csv' ? recordsCsv(r) : JSON.stringify(r, null, 2) + '\n');
          }),
        );
      }),
    );

  const incidents = program.command('incidents').description('the breach register: record incidents, see regulator deadlines, notify persons, reminders');
  withNoticeFlags(withStoreFlags(incidents.command('record')))
    .description('record an incident; prints which regulators must be told, by when, and how many persons to notify')
    .option('--file <file>', 'the incident as JSON (the body of POST /v1/incidents); - for stdin')
    .option('--discovered-at <date>', 'when it was discovered (default now)')
    .option('--occurred-at <date>', 'when it happened')
    .option('--summary <text>', 'short description, without personal data')
    .option('--categories <list>', 'comma-separated categories involved')
    .option('--subjects <ids>', 'affected subject ids, comma-separated')
    .option('--subjects-file <file>', 'affected subject ids, one per line')
    .option('--all', 'every active subject is affected')
    .option('--jurisdictions <list>', 'the affected are the subjects of these jurisdictions')
    .option('--special-care', 'special-care data involved')
    .option('--financial', 'data whose misuse risks property damage (cards, bank accounts)')
    .option('--malicious', 'unauthorised access, theft or another unauthorised purpose')
    .option('--encrypted', 'the data was strongly encrypted and the key was not compromised')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExamples:\n  custos incidents record --categories email,name --all --malicious --summary "database snapshot exposed" \\\n    --what-happened "A database snapshot was reachable from the internet." --measures "We closed the access." --advice "Watch for unexpected messages."\n  custos incidents record --file incident.json --json\n\nThe notice texts can also be set later (custos incidents notice <id>); one text per language: --file.',
    )
    .action(
      action(
        async (
          opts: StoreFlags & {
            file?: string;
            discoveredAt?: string;
            occurredAt?: string;
            summary?: string;
            categories?: string;
            subjects?: string;
            subjectsFile?: string;
            all?: boolean;
            jurisdictions?: string;
            specialCare?: boolean;
            financial?: boolean;
            malicious?: boolean;
            encrypted?: boolean;
            json?: boolean;
          } & NoticeFlags,
        ) => {
          let body: unknown;
          if (opts.file !== undefined) body = readJson('file', opts.file);
          else {
            const ids = idsFrom(opts);
            if (!ids && !opts.all && !opts.jurisdictions) throw invalidInput('subjects', 'required', 'name the affected: --subjects, --subjects-file, --jurisdictions or --all');
            const input: IncidentInput = {
              discoveredAt: isoFlag('discovered-at', opts.discoveredAt) ?? new Date().toISOString(),
              ...(opts.occurredAt ? { occurredAt: isoFlag('occurred-at', opts.occurredAt) } : {}),
              ...(opts.summary ? { summary: opts.summary } : {}),
              categories: list(opts.categories) ?? [],
              affected: ids ? { subjects: ids } : { query: opts.jurisdictions ? { jurisdictions: list(opts.jurisdictions) as never } : {} },
              ...(opts.specialCare ? { specialCare: true } : {}),
              ...(opts.financial ? { financial: true } : {}),
              malicious: !!opts.malicious,
              encrypted: !!opts.encrypted,
            };
            const notice = noticeFlags(opts);
            body = notice ? { ...input, notice } : input;
          }
          await withCustos(opts, async (c) => {
            const v = await c.incidents.record(body as IncidentInput, CLI_ACTOR);
            emit(opts.json, v, () => incidentText(v));
          });
        },
      ),
    );
  withStoreFlags(incidents.command('list'))
    .description('list incidents')
    .option('--status <status>', 'open or closed')
    .option('--json', 'machine-readable output')
    .action(
      action(async (opts: StoreFlags & { status?: string; json?: boolean }) => {
        await withExistingCustos(opts, async (c) => {
          const l = await c.incidents.list({ status: opts.status as 'open' | 'closed' | undefined });
          emit(opts.json, l, () => (l.length === 0 ? 'no incidents' : l.map((i) => `${i.incidentId}  ${i.status.padEnd(6)}  ${i.discoveredAt}  ${i.affected.total} affected  ${i.categories.join(',')}`).join('\n')));
        });
      }),
    );
  withStoreFlags(incidents.command('show'))
    .argument('<id>', 'incident id')
    .description('an incident with its deadlines per jurisdiction and the state of the notices')
    .option('--json', 'machine-readable output')
    .action(
      action(async (id: string, opts: StoreFlags & { json?: boolean }) => {
        await withExistingCustos(opts, async (c) => {
          const v = await c.incidents.show(id);
          emit(opts.json, v, () => incidentText(v));
        });
      }),
    );
  withStoreFlags(incidents.command('report'))
    .argument('<id>', 'incident id')
    .requiredOption('--jurisdiction <j>', 'JP, EU, KR, RU, ...')
    .requiredOption('--stage <stage>', 'preliminary, final, initial, investigation, report or notice')
    .option('--reference <ref>', "the regulator's receipt number")
    .option('--reported-at <date>', 'when (default now)')
    .option('--json', 'machine-readable output')
    .description('record that a report was made to a regulator (stops its reminders)')
    .action(
      action(async (id: string, opts: StoreFlags & { jurisdiction: string; stage: string; reference?: string; reportedAt?: string; json?: boolean }) => {
        await withCustos(opts, async (c) => {
          const v = await c.incidents.report(id, { jurisdiction: opts.jurisdiction as never, stage: opts.stage as never, ...(opts.reference ? { reference: opts.reference } : {}), ...(opts.reportedAt ? { reportedAt: isoFlag('reported-at', opts.reportedAt) } : {}) }, CLI_ACTOR);
          emit(opts.json, v, () => incidentText(v));
        });
      }),
    );
  withNoticeFlags(withStoreFlags(incidents.command('notice')))
    .argument('<id>', 'incident id')
    .option('--file <file>', 'the texts as JSON (the body of PUT /v1/incidents/:id/notice: one string or one per language each); - for stdin')
    .option('--json', 'machine-readable output')
    .description('set or correct the texts of the notice to the persons, until a person has been notified')
    .addHelpText(
      'after',
      '\nExamples:\n  custos incidents notice inc_... --what-happened "A backup copy was reachable from the internet." \\\n    --measures "We closed the access and rotated all keys." --advice "Watch for unexpected payment messages."\n  custos incidents notice inc_... --file notice.json   # {"whatHappened": {"en": "...", "ja": "..."}, "measures": "...", "advice": "..."}',
    )
    .action(
      action(async (id: string, opts: StoreFlags & NoticeFlags & { file?: string; json?: boolean }) => {
        if (opts.file !== undefined && noticeFlags(opts)) throw invalidInput('file', 'one_source', 'give the texts either in --file or as --what-happened, --measures and --advice');
        const body = opts.file !== undefined ? readJson('file', opts.file) : noticeFlags(opts);
        if (body === undefined) throw invalidInput('what-happened', 'required', 'give the texts: --what-happened, --measures and --advice, or --file');
        await withCustos(opts, async (c) => {
          const v = await c.incidents.setNotice(id, body as NoticeInput, CLI_ACTOR);
          emit(opts.json, v, () => `notice texts recorded for ${v.incidentId}: custos incidents notify ${v.incidentId} queues them`);
        });
      }),
    );
  withStoreFlags(incidents.command('notify'))
    .argument('<id>', 'incident id')
    .option('--json', 'machine-readable output')
    .description('queue the breach notice to every person still to be told, in their language')
    .action(
      action(async (id: string, opts: StoreFlags & { json?: boolean }) => {
        await withCustos(opts, async (c) => {
          const r = await c.incidents.notify(id, CLI_ACTOR);
          emit(opts.json, r, () => `${r.queued} notice(s) queued, ${r.skipped} skipped (erased), ${r.pending} still pending`);
        });
      }),
    );
  withStoreFlags(incidents.command('close'))
    .argument('<id>', 'incident id')
    .option('--json', 'machine-readable output')
    .description('close an incident (no more reminders)')
    .action(
      action(async (id: string, opts: StoreFlags & { json?: boolean }) => {
        await withCustos(opts, async (c) => {
          const v = await c.incidents.close(id, CLI_ACTOR);
          emit(opts.json, v, () => `closed ${v.incidentId}`);
        });
      }),
    );
  withStoreFlags(incidents.command('reminders'))
    .description('reports and notices whose deadline is near or past; exit 1 when one is overdue')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  custos incidents reminders\n  custos incidents reminders --json   # for a cron job or a chat hook')
    .action(
      action(async (opts: StoreFlags & { json?: boolean }) => {
        await withExistingCustos(opts, async (c) => {
          const r = await c.incidents.reminders();
          emit(opts.json, r, () =>
            r.length === 0 ? 'nothing due' : r.map((x) => `${x.overdue ? 'OVERDUE' : 'due soon'}  ${x.incidentId}  ${x.jurisdiction} ${x.stage} to ${x.authority}  due ${x.dueAt}`).join('\n'),
          );
          if (r.some((x) => x.overdue)) throw new ExitCode(1);
        });
      }),
    );
}
