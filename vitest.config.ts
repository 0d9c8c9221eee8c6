import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most suites wait on
    // fsync, PostgreSQL, a browser or a child process, so two workers take the suite there from ~465 s to
    // ~345 s. Every suite keeps to its own temporary directory and PostgreSQL schema.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps its loaded modules from one file to the next instead of importing Custos afresh for
    // each of the ~70 files. Suites share no state but what they restore (process.env, the CLI's io), each
    // opens its own stores, and module caches are keyed by store or by policy.
    isolate: false,
  },
});
