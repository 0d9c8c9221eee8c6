#!/usr/bin/env node
/**
 * `npm run test:reliability`: the long forms of the reliability tests (test/reliability/) and their report.
 *
 *   crash safety   100 SIGKILL trials on SQLite, 30 on PostgreSQL, with PostgreSQL restarts under load
 *   fuzzing        100,000 requests across every route
 *   authorisation  every route x credential cell
 *   request abuse  the published impersonation attacks
 *   secrets        canaries through every flow, constant-time comparisons, file modes
 *   supply chain   lock file against package.json, npm audit (production, high and critical)
 *
 * The PostgreSQL restart (`pg_ctlcluster ... restart`) needs root on a machine whose PostgreSQL is a
 * Debian cluster; it is on by default here and off with CUSTOS_RELIABILITY_PG_RESTART=0. It takes the
 * server down for a moment: do not run this beside other work on the same server (or cap the restarts
 * with CUSTOS_RELIABILITY_PG_RESTART_MAX=1). Counts can be changed
 * with CUSTOS_CRASH_TRIALS_SQLITE, CUSTOS_CRASH_TRIALS_PG and CUSTOS_FUZZ_REQUESTS; CUSTOS_FUZZ_SEED
 * replays a fuzzing run. The figures are printed and written to test-artifacts/reliability-report.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'custos-reliability-'));
const canRestart = existsSync('/etc/postgresql') && spawnSync('sh', ['-c', 'command -v pg_ctlcluster'], { encoding: 'utf8' }).status === 0 && process.getuid?.() === 0;
const restart = process.env.CUSTOS_RELIABILITY_PG_RESTART ?? (canRestart ? '1' : '0');
const started = Date.now();
const env = { ...process.env, CUSTOS_RELIABILITY_LONG: '1', CUSTOS_RELIABILITY_REPORT_DIR: dir, CUSTOS_RELIABILITY_PG_RESTART: restart };
// One file at a time: the PostgreSQL restart must not pull the server from under another file's test.
const vitest = spawnSync('npx', ['vitest', 'run', 'test/reliability', '--no-file-parallelism', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
const chain = spawnSync(process.execPath, [join(root, 'scripts/supply-chain.mjs'), '--json'], { cwd: root, encoding: 'utf8' });

const read = (name) => (existsSync(join(dir, `${name}.json`)) ? JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) : undefined);
const report = {
  date: new Date().toISOString(),
  minutes: +((Date.now() - started) / 60_000).toFixed(1),
  pgRestart: restart === '1',
  crash: Object.fromEntries(['sqlite', 'postgres'].map((b) => [b, read(`crash-${b}`)]).filter(([, f]) => f)),
  fuzz: read('fuzz'),
  authorisation: read('authorisation'),
  abuse: read('abuse'),
  secrets: read('secrets'),
  supplyChain: (() => {
    try {
      return JSON.parse(chain.stdout);
    } catch {
      return { ok: false, error: chain.stderr };
    }
  })(),
  testsPassed: vitest.status === 0,
};
mkdirSync(join(root, 'test-artifacts'), { recursive: true });
writeFileSync(join(root, 'test-artifacts/reliability-report.json'), JSON.stringify(report, null, 2) + '\n');

const n = (x) => (typeof x === 'number' ? x.toLocaleString('en-US') : String(x ?? 'not run'));
const lines = [`Custos reliability report, ${report.date} (${report.minutes} min)`, ''];
for (const [backend, f] of Object.entries(report.crash ?? {}))
  lines.push(
    `1. crash safety [${backend}]: ${n(f.trials)} SIGKILL trials (${n(f.killedWhileOpening)} while opening, ${n(f.pgRestarts)} with a PostgreSQL restart), ${n(f.acknowledged)} acknowledged operations, ${n(f.checked)} checks;`,
    `   lost ${n(f.lost)}, half-written subjects ${n(f.halfWritten)}, audit chain failures ${n(f.auditChainFailures)}, reopen failures ${n(f.openFailures)}; interrupted erasures (key destroyed, rows left) ${n(f.interruptedErasures)}, orphan data keys ${n(f.orphanDataKeys)}`,
  );
if (Object.keys(report.crash).length === 0) lines.push('1. crash safety: not run');
const fz = report.fuzz;
lines.push(
  fz
    ? `2. fuzzing: ${n(fz.requests)} requests over ${n(fz.routes)} routes (seed ${fz.seed}); 5xx ${n(fz.status5xx)}, hangs ${n(fz.hangs)}, 4xx without a problem naming its rule ${n(fz.problemShapeFailures)}, rejected requests that changed state ${n(fz.rejectedWithChanges)}; ${n(fz.status2xx)} accepted, ${n(fz.status4xx)} rejected`
    : '2. fuzzing: not run',
);
const az = report.authorisation;
lines.push(az ? `3. authorisation: ${n(az.cells)} cells (${n(az.routes)} routes x ${n(az.columns)} credentials); mismatches with the table ${n(az.mismatches)}, reads of another person's data through the privacy center ${n(az.otherPersonReadsThroughPrivacyCenter)}, data in denied answers ${n(az.leaksInDeniedOrOtherCells)}; known gaps ${n(az.knownGaps?.length)}` : '3. authorisation: not run');
for (const g of az?.knownGaps ?? []) lines.push(`   gap: ${g}`);
const ab = report.abuse;
lines.push(ab ? `4. request abuse: ${n(ab.attacks)} attacks, disclosures ${n(ab.disclosures)}, mails to addresses not on file ${n(ab.mailsToAddressesNotOnFile)}; start-request median known ${ab.timing?.knownMedianMs} ms vs unknown ${ab.timing?.unknownMedianMs} ms (difference ${ab.timing?.medianDifferenceMs} ms, ${ab.timing?.samplesEach} each)` : '4. request abuse: not run');
const sc = report.secrets;
lines.push(sc ? `5. secrets: ${n(sc.flows)} calls through every flow, ${n(sc.canaries)} canaries checked in ${n(sc.places)} places; canary hits ${n(sc.canaryHits)}, secret hits ${n(sc.secretHits)}; ${n(sc.filesChecked)} files and directories, too open ${n(sc.filesTooOpen)}` : '5. secrets: not run');
const ch = report.supplyChain;
lines.push(`6. supply chain: lock file ${ch.lock?.findings?.length === 0 ? `matches package.json (${n(ch.lock.packages)} packages from the npm registry)` : `FINDINGS: ${(ch.lock?.findings ?? []).join('; ')}`}; npm audit ${ch.audit?.status ?? 'not run'}${ch.audit?.detail ? ` (${ch.audit.detail})` : ''}`);
lines.push('', `tests ${report.testsPassed ? 'passed' : 'FAILED'}; report written to test-artifacts/reliability-report.json`);
console.log('\n' + lines.join('\n'));
process.exit(vitest.status === 0 && chain.status === 0 ? 0 : 1);
