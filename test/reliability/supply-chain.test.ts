/** The supply-chain gate (scripts/supply-chain.mjs): the lock file must match package.json and come from the npm registry. */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without type declarations
import { lockFindings } from '../../scripts/supply-chain.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
const findings = lockFindings as (p: unknown, l: unknown) => string[];

it('the lock file matches package.json, every package from the npm registry with sha512 integrity', () => {
  expect(findings(pkg, lock)).toEqual([]);
});

it('a changed spec, a dependency missing from the lock, a git source or a missing integrity is a finding', () => {
  const tampered = structuredClone(lock);
  const [name] = Object.keys(pkg.dependencies);
  const changedPkg = { ...pkg, dependencies: { ...pkg.dependencies, [name]: '0.0.1', 'left-pad': '1.3.0' } };
  const [path] = Object.keys(tampered.packages).filter((p) => p.startsWith('node_modules/'));
  tampered.packages[path].resolved = 'git+https://github.com/someone/fork.git#deadbeef';
  const other = Object.keys(tampered.packages).filter((p) => p.startsWith('node_modules/'))[1];
  delete tampered.packages[other].integrity;
  const f = findings(changedPkg, tampered);
  expect(f.some((x) => x.includes(`${name} is 0.0.1 in package.json`))).toBe(true);
  expect(f.some((x) => x.includes('left-pad@1.3.0 is in package.json but not in package-lock.json'))).toBe(true);
  expect(f.some((x) => x.includes('not the npm registry'))).toBe(true);
  expect(f.some((x) => x.includes(`${other}: no sha512 integrity`))).toBe(true);
});
