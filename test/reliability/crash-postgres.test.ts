/** Crash safety on PostgreSQL (with server restarts under load in the long form): see crash-harness.ts. */
import { describe } from 'vitest';
import { crashSuite } from './crash-harness.js';
import { pgAvailable, PG_URL } from '../backends.js';

if (pgAvailable()) crashSuite('postgres');
else describe.skip(`crash safety [postgres] (skipped: no PostgreSQL server at ${PG_URL})`, () => crashSuite('postgres'));
