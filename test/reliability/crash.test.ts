/** Crash safety on SQLite: see crash-harness.ts. */
import { crashSuite } from './crash-harness.js';

crashSuite('sqlite');
