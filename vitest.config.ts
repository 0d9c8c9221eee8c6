import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's module cache instead of each importing the whole code again (about 100 s of a
    // 600 s run on a 2-core machine). Safe here because no suite mocks modules, each keeps its own temporary
    // directory, PostgreSQL schema and server ports, the few that change process.env or the clock put them back
    // in a finally, and memory is measured as the heap after a full collection (test/gc.ts), not the RSS.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most suites wait on
    // fsync, PostgreSQL, a browser or a child process, so two workers take the suite there from ~465 s to
    // ~345 s. Every suite keeps to its own temporary directory and PostgreSQL schema.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
