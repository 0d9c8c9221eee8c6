/**
 * `custos consents show|record|verify-receipt`: a subject's consent history, recording consents
 * collected elsewhere (import), and checking a consent receipt online (key store) or offline (JWK set).
 */
import type { Command } from 'commander';
import type { JWK } from 'jose';
import { action, emit, ExitCode, io, readInputFile, withOutput } from './program.js';
import { openFromFlags, withStoreFlags, type StoreFlags } from './serve.js';
import { CLI_ACTOR } from './keys.js';
import { invalidInput } from '../errors.js';
import { verifyReceipt, type ReceiptCheck } from '../consent/receipts.js';
import { CONSENT_METHODS, type ConsentMethod } from '../consent/store.js';

function readJwks(file: string): { keys: JWK[] } {
  let v: unknown;
  try {
    v = JSON.parse(readInputFile('key', 'file', file));
  } catch (e) {
    if (e instanceof Error && e.name === 'CustosError') throw e;
    throw invalidInput('key', 'jwk_file', `${file} is not JSON`);
  }
  const set = v as { keys?: unknown; kty?: unknown };
  if (set && Array.isArray(set.keys)) return { keys: set.keys as JWK[] };
  if (set && typeof set.kty === 'string') return { keys: [set as JWK] };
  throw invalidInput('key', 'jwk_file', `${file} is neither a JWK set ({"keys": [...]}) nor a JWK`);
}

export function registerConsents(program: Command): void {
  const consents = program.command('consents').description("consent records: a subject's history, recording imported consents, checking receipts");

  withStoreFlags(consents.command('show'))
    .argument('<subject>', 'the subject id')
    .option('--json', 'machine-readable output')
    .description("print a subject's consent history (append-only) and the receipts issued")
    .addHelpText('after', '\nExamples:\n  custos consents show 01J9Z3K6Q8M2\n  custos consents show 01J9Z3K6Q8M2 --json')
    .action(
      action(async (subject: string, opts: StoreFlags & { json?: boolean }) => {
        const c = await openFromFlags(opts, {}, { existing: true });
        try {
          const h = await c.preferences.history(subject, CLI_ACTOR);
          emit(opts.json, h, () => {
            if (h.events.length === 0) return 'no consent events';
            const lines = h.events.map((e) =>
              [e.at, e.event.padEnd(8), e.purpose.padEnd(22), `v${e.policyVersion}`.padEnd(4), e.method.padEnd(14), (e.language ?? '-').padEnd(3), e.evidence ? Object.entries(e.evidence).map(([k, v]) => `${k}=${v}`).join(' ') : '-', e.receiptId ?? ''].join('  ').trimEnd(),
            );
            const state = new Map<string, string>();
            for (const e of h.events) state.set(e.purpose, e.event === 'grant' ? `granted (policy v${e.policyVersion})` : 'withdrawn');
            return [
              'time                      event     purpose                 ver   method          lang evidence / receipt',
              ...lines,
              '',
              'current state:',
              ...[...state].map(([p, s]) => `  ${p.padEnd(22)} ${s}`),
              `receipts issued: ${h.receipts.length}`,
            ].join('\n');
          });
        } finally {
          await c.close();
        }
      }),
    );

  withStoreFlags(consents.command('record'))
    .argument('<subject>', 'the subject id')
    .requiredOption('--event <event>', 'grant or withdraw')
    .requiredOption('--purposes <list>', 'comma-separated purposes of the policy (basis consent)')
    .option('--method <method>', `how the consent was collected: ${CONSENT_METHODS.join(', ')}`, 'import')
    .option('--language <lang>', 'language the notice was shown in (en, ja, ko, ru, vi)')
    .option('--receipt <file>', 'write the signed receipt to this file (mode 0600)')
    .option('--json', 'machine-readable output')
    .description('record a consent given or withdrawn elsewhere (a paper form, an import); prints the receipt')
    .addHelpText('after', '\nExamples:\n  custos consents record 01J9Z3K6Q8M2 --event grant --purposes marketing_email --method form --language ja\n  custos consents record 01J9Z3K6Q8M2 --event withdraw --purposes recommendations --receipt r.jws')
    .action(
      action(async (subject: string, opts: StoreFlags & { event: string; purposes: string; method: string; language?: string; receipt?: string; json?: boolean }) => {
        if (opts.event !== 'grant' && opts.event !== 'withdraw') throw invalidInput('event', 'consent_event', 'must be grant or withdraw');
        const event = opts.event;
        // the receipt file (mode 0600: it names the subject) is opened before the consent is recorded
        await withOutput('receipt', opts.receipt, async (file) => {
          const c = await openFromFlags(opts);
          try {
            const r = await c.preferences.record(
              subject,
              { event, purposes: opts.purposes.split(',').map((s) => s.trim()).filter(Boolean), method: opts.method as ConsentMethod, ...(opts.language ? { language: opts.language } : {}) },
              CLI_ACTOR,
            );
            if (file) {
              await file.write(r.receipt + '\n');
              await file.commit();
            }
            emit(opts.json, r, () => `${event === 'grant' ? 'granted' : 'withdrawn'}: ${r.events.map((e) => e.purpose).join(', ')} (policy v${r.events[0].policyVersion}); receipt ${r.receiptId}${opts.receipt ? ` written to ${opts.receipt}` : `\n${r.receipt}`}`);
          } finally {
            await c.close();
          }
        });
      }),
    );

  withStoreFlags(consents.command('verify-receipt'))
    .argument('<file>', 'a file holding the receipt (the compact JWS)')
    .option('--key <file>', "verify offline against this JWK set (as served at /.well-known/custos-receipt-key.json) instead of the key store")
    .option('--json', 'machine-readable output')
    .description('check a consent receipt: signature, key, and every mandatory ISO/IEC TS 27560 field; exit 1 names why it is invalid')
    .addHelpText('after', '\nExamples:\n  custos consents verify-receipt receipt.jws\n  custos consents verify-receipt receipt.jws --key custos-receipt-key.json --json')
    .action(
      action(async (file: string, opts: StoreFlags & { key?: string; json?: boolean }) => {
        const text = readInputFile('file', 'file', file);
        let r: ReceiptCheck;
        if (opts.key) r = await verifyReceipt(text, readJwks(opts.key));
        else {
          const c = await openFromFlags(opts, {}, { existing: true });
          try {
            r = await c.receipts.verify(text);
          } finally {
            await c.close();
          }
        }
        if (r.valid) {
          const p = r.payload;
          emit(opts.json, { valid: true, keyId: r.keyId, receipt: p }, () =>
            `valid: receipt ${p.record_id}, ${p.event_type} (${p.state}) at ${p.event_time}\n  subject ${p.pii_principal_id}, purposes ${p.purposes.map((x) => x.id).join(', ')}, policy v${p.notice.policy_version}\n  signed by ${p.controller.name} with key ${r.keyId}`,
          );
          return;
        }
        if (opts.json) io.out(JSON.stringify({ valid: false, reason: r.reason }, null, 2));
        else io.err(`invalid: ${r.reason}`);
        throw new ExitCode(1);
      }),
    );
}
