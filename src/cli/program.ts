/**
 * Shared CLI plumbing. Each command group lives in its own file and exports a `Register` function;
 * `commands.ts` lists them. Errors become exit codes in one place (`run`): 0 ok, 1 a failed check,
 * 2 bad usage.
 */
import { accessSync, constants, createWriteStream, fchmodSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Command } from 'commander';
import { CustosError, fileProblem, invalidInput } from '../errors.js';

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

/** `--limit`: decimal digits for an integer from 1 to `max` (`1e3` and `0x10` are refused); `fallback` when not given. */
export function limitFlag(v: string | undefined, fallback: number, max = 10_000): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isInteger(n) || n < 1 || n > max) throw invalidInput('limit', 'limit_range', `must be an integer from 1 to ${max}`);
  return n;
}

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
  // the reader of standard output went away (| head) while the command waited to write: nothing to report
  if ((e as NodeJS.ErrnoException)?.code === 'EPIPE' && (e as NodeJS.ErrnoException).syscall === 'write' && process.stdout.destroyed) return new ExitCode(0);
  if (e instanceof CustosError) {
    // the first detail is the message itself; its rule is named too, as on the lines of the others
    const rule = e.details[0]?.rule;
    io.err(`error: ${e.message}${rule && !e.details[0].file ? ` [${rule}]` : ''}`);
    for (const d of e.details.slice(1, 50))
      io.err(`  ${d.file ? `${d.file}:${d.line}:${d.column}: ` : d.field ? `${d.field}: ` : ''}${d.message} [${d.rule}]`);
    return new ExitCode(e.exitCode);
  }
  io.err(`error: ${(e as Error)?.message ?? String(e)}`);
  return new ExitCode(1);
}

/** The error for an output file named by `flag` that cannot be written: bad usage (exit 2), rule `file`. */
export function outputFileError(flag: string, path: string, e: unknown): CustosError {
  return invalidInput(flag, 'file', `cannot write ${path}: ${fileProblem(e)}`);
}

/** The error for an input file named by `field` that cannot be read: bad usage (exit 2), with the command's rule. */
export function inputFileError(field: string, rule: string, path: string, e: unknown): CustosError {
  return invalidInput(field, rule, `cannot read ${path}: ${fileProblem(e, true)}`);
}

/**
 * The text of the input file named by `field` (with `stdin`, `-` reads standard input); one that cannot be
 * read is bad usage (`inputFileError`, with the command's rule).
 */
export function readInputFile(field: string, rule: string, path: string, opts: { stdin?: boolean } = {}): string {
  try {
    return readFileSync(opts.stdin && path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw inputFileError(field, rule, path, e);
  }
}

/**
 * Checks that the input file named by `field` can be read, before the command reads or changes anything:
 * one that is missing, unreadable or a directory is bad usage (`inputFileError`). A device or pipe
 * (/dev/stdin, `<(...)`) passes. Returns the file's size, 0 for a device or pipe.
 */
export function checkInputFile(field: string, rule: string, path: string): number {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    accessSync(path, constants.R_OK);
    return st.isFile() ? st.size : 0;
  } catch (e) {
    throw inputFileError(field, rule, path, e);
  }
}

/**
 * A file the CLI writes personal data, secrets or audit entries into. It is opened before the command
 * changes anything, so a bad path is bad usage (the flag, rule `file`, exit 2) and not an error after
 * the store changed. What is written goes to a temporary file (mode 0600) beside it, which replaces the
 * file only at `commit`: a failed command leaves no partial file, and an existing file is left as it
 * was. A device or pipe (/dev/stdout) is written in place.
 */
export class OutputFile {
  readonly stream: WriteStream;
  private readonly temp?: string;
  private readonly target?: string;
  private failure?: unknown;
  private done = false;

  private constructor(
    readonly flag: string,
    readonly path: string,
    mode: number,
  ) {
    let target = path;
    let inPlace = false;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (st.isFile()) target = realpathSync(path);
      else inPlace = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw outputFileError(flag, path, e);
    }
    let fd: number;
    try {
      if (inPlace) fd = openSync(path, 'w');
      else {
        this.temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
        fd = openSync(this.temp, 'wx', mode);
        if (mode === 0o600) fchmodSync(fd, mode); // whatever the umask
        this.target = target;
      }
    } catch (e) {
      throw outputFileError(flag, path, e);
    }
    this.stream = createWriteStream('', { fd });
    // an error (disk full) is reported by the next write or commit, never as an unhandled event
    this.stream.on('error', (e) => (this.failure ??= e));
  }

  /** The error the file's stream reported, if any. */
  get failed(): unknown {
    return this.failure;
  }

  /** Opens `path` for the flag `flag` (mode 0600 unless given). */
  static open(flag: string, path: string, mode = 0o600): OutputFile {
    return new OutputFile(flag, path, mode);
  }

  /** Writes a chunk, waiting while the stream's buffer is full. */
  async write(chunk: string): Promise<void> {
    if (this.failure) throw outputFileError(this.flag, this.path, this.failure);
    if (!this.stream.write(chunk)) {
      try {
        await once(this.stream, 'drain');
      } catch (e) {
        throw outputFileError(this.flag, this.path, e);
      }
    }
  }

  /** Finishes the file and puts it in place. */
  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      if (!this.stream.closed) {
        this.stream.end();
        await once(this.stream, 'close');
      }
      if (this.failure) throw this.failure;
      if (this.temp) renameSync(this.temp, this.target!);
    } catch (e) {
      this.removeTemp();
      throw outputFileError(this.flag, this.path, e);
    }
  }

  /** Drops what was written: the file is left as it was before the command. */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (!this.stream.closed) {
      const closed = once(this.stream, 'close').catch(() => undefined);
      this.stream.destroy();
      await closed;
    }
    this.removeTemp();
  }

  private removeTemp(): void {
    if (!this.temp) return;
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}

/**
 * Opens the output file of `flag` (see OutputFile), runs `fn` with it, and puts the file in place only
 * if `fn` succeeds; without a path, `fn` gets undefined (the command writes to standard output).
 */
export async function withOutput<T>(flag: string, path: string | undefined, fn: (out: OutputFile | undefined) => Promise<T>, mode = 0o600): Promise<T> {
  const out = path === undefined ? undefined : OutputFile.open(flag, path, mode);
  try {
    const r = await fn(out);
    await out?.commit();
    return r;
  } catch (e) {
    await out?.discard();
    // a write that failed under the command (disk full) is reported as the file's, without a stack or a temporary name
    if (out?.failed !== undefined && !(e instanceof CustosError)) throw outputFileError(flag, path!, out.failed);
    throw e;
  }
}

/** Writes a whole text to the output file of `flag` (mode 0600 unless given), as `withOutput`. */
export async function writeOutput(flag: string, path: string, text: string, mode = 0o600): Promise<void> {
  await withOutput(flag, path, async (out) => out!.write(text), mode);
}
