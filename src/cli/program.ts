/**
 * Shared CLI plumbing. Each command group lives in its own file and exports a `Register` function;
 * `commands.ts` lists them. Errors become exit codes in one place (`run`): 0 ok, 1 a failed check,
 * 2 bad usage.
 */
import { chmodSync, createWriteStream, existsSync, writeFileSync, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { CustosError } from '../errors.js';

export type Register = (program: Command) => void;

/** Thrown by a command to end with a given exit code after it printed its own report. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  isTTY: boolean;
}

export const io: Io = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  isTTY: !!process.stderr.isTTY,
};

/** Prints a value as JSON (`--json`) or as text. */
export function emit(json: boolean | undefined, value: unknown, text: () => string): void {
  io.out(json ? JSON.stringify(value, null, 2) : text());
}

/** Wraps a command action: typed errors print their message and details; no stack trace reaches the user. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      throw toExit(e);
    }
  };
}

export function toExit(e: unknown): ExitCode {
  if (e instanceof ExitCode) return e;
  if (e instanceof CustosError) {
    io.err(`error: ${e.message}`);
    for (const d of e.details.slice(1, 50))
      io.err(`  ${d.file ? `${d.file}:${d.line}:${d.column}: ` : d.field ? `${d.field}: ` : ''}${d.message} [${d.rule}]`);
    return new ExitCode(e.exitCode);
  }
  io.err(`error: ${(e as Error)?.message ?? String(e)}`);
  return new ExitCode(1);
}

/**
 * Files the CLI writes personal data or audit entries into are mode 0600, also when the file existed
 * already (`mode` applies only to a file being created).
 */
export function privateStream(path: string): WriteStream {
  if (existsSync(path)) chmodSync(path, 0o600);
  return createWriteStream(path, { mode: 0o600 });
}

/** As `privateStream`, for a whole text at once. */
export function writePrivate(path: string, text: string): void {
  if (existsSync(path)) chmodSync(path, 0o600);
  writeFileSync(path, text, { mode: 0o600 });
}
