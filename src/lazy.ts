/**
 * Dependencies loaded on first use rather than when the module naming them loads. Most `custos` commands
 * never reach the phone-number metadata, the holiday tables, the PostgreSQL driver or the mailer, and
 * loading them all took most of every command's start-up. Only CommonJS builds load this way (each package
 * named here ships one); the types still come from `import type`.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
