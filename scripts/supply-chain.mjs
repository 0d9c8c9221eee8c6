#!/usr/bin/env node
/**
 * Supply-chain gate for CI (`node scripts/supply-chain.mjs`, run by .ci/run before the tests):
 *
 *  1. The lock file matches package.json: every dependency of package.json (dependencies,
 *     devDependencies, optionalDependencies, peerDependencies) is in package-lock.json's root entry
 *     (`packages[""]`) with the same spec and nothing else is; the installed entry of a dependency pinned
 *     to an exact version has that version.
 *  2. Every package in the lock comes from the npm registry: an sha512 `integrity`, and a `resolved`
 *     (when npm recorded one) on https://registry.npmjs.org/ — no git, file, tarball-URL or other
 *     registry sources.
 *  3. `npm audit --omit=dev --audit-level=high`: fails on a high or critical advisory in a production
 *     dependency. When the registry's advisory endpoint does not answer (some mirrors answer 405), the
 *     audit is reported as UNAVAILABLE and does not fail the run: that is the only non-fatal outcome.
 *
 * Exit codes: 0 ok (or audit unavailable), 1 a finding. `--json` prints the result as JSON.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const REGISTRY = 'https://registry.npmjs.org/';
const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const json = process.argv.includes('--json');

export function lockFindings(pkg, lock) {
  const findings = [];
  if (lock.lockfileVersion < 2 || !lock.packages?.['']) return ['package-lock.json has no packages[""] root entry (lockfileVersion 2 or later is needed): run npm install'];
  const rootEntry = lock.packages[''];
  for (const kind of KINDS) {
    const want = pkg[kind] ?? {};
    const have = rootEntry[kind] ?? {};
    for (const [name, spec] of Object.entries(want)) {
      if (!(name in have)) findings.push(`${kind}: ${name}@${spec} is in package.json but not in package-lock.json`);
      else if (have[name] !== spec) findings.push(`${kind}: ${name} is ${spec} in package.json but ${have[name]} in package-lock.json`);
      const installed = lock.packages[`node_modules/${name}`];
      if (!installed && kind !== 'peerDependencies' && kind !== 'optionalDependencies') findings.push(`${kind}: ${name} has no node_modules/${name} entry in package-lock.json`);
      else if (installed && /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec) && installed.version !== spec) findings.push(`${kind}: ${name} is pinned to ${spec} but the lock installs ${installed.version}`);
    }
    for (const name of Object.keys(have)) if (!(name in want)) findings.push(`${kind}: ${name} is in package-lock.json but not in package.json`);
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link) continue;
    if (entry.resolved !== undefined && !String(entry.resolved).startsWith(REGISTRY)) findings.push(`${path}: resolved from ${entry.resolved}, not the npm registry`);
    if (!/^sha512-/.test(entry.integrity ?? '')) findings.push(`${path}: no sha512 integrity in package-lock.json`);
  }
  return findings;
}

export function audit() {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    /* not JSON */
  }
  const unavailable = r.error || (/405|Method Not Allowed|audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENETUNREACH/.test(out) && !report?.metadata?.vulnerabilities);
  if (unavailable) return { status: 'unavailable', detail: (r.error?.message ?? out.match(/npm (?:warn|error) audit[^\n]*/)?.[0] ?? 'the advisory endpoint did not answer').trim() };
  const v = report?.metadata?.vulnerabilities ?? {};
  const high = (v.high ?? 0) + (v.critical ?? 0);
  if (r.status === 0 && high === 0) return { status: 'ok', vulnerabilities: v };
  return { status: 'failed', vulnerabilities: v, detail: high > 0 ? `${v.high ?? 0} high and ${v.critical ?? 0} critical advisories in production dependencies` : `npm audit exited with ${r.status}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const lockProblems = lockFindings(pkg, lock);
  const a = process.argv.includes('--no-audit') ? { status: 'skipped' } : audit();
  const failed = lockProblems.length > 0 || a.status === 'failed';
  if (json) process.stdout.write(JSON.stringify({ ok: !failed, lock: { packages: Object.keys(lock.packages).length - 1, findings: lockProblems }, audit: a }, null, 2) + '\n');
  else {
    console.log(`lock file: ${lockProblems.length === 0 ? `matches package.json; ${Object.keys(lock.packages).length - 1} packages, all from ${REGISTRY} with sha512 integrity` : 'FAILED'}`);
    for (const p of lockProblems) console.log(`  - ${p}`);
    if (a.status === 'ok') console.log('npm audit (production, high and critical): ok');
    else if (a.status === 'unavailable') console.log(`npm audit (production, high and critical): UNAVAILABLE, the registry's advisory endpoint did not answer (${a.detail}); not counted as a failure`);
    else if (a.status === 'failed') console.log(`npm audit (production, high and critical): FAILED: ${a.detail}`);
  }
  process.exit(failed ? 1 : 0);
}
