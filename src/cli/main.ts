import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.js';
import { ExitCode, io, toExit } from './program.js';

export function buildProgram(): Command {
  const program = new Command('custos')
    .description('Custos: personal-data protection engine. Policy as code, encrypted vault, purpose-bound access, audit.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  for (const c of program.commands) {
    c.exitOverride();
    for (const sub of c.commands) sub.exitOverride();
  }
  return program;
}

/**
 * For the custos bin: a reader of standard output that stops early (`custos ... | head -1`) is not an
 * error. Node reports it as an EPIPE 'error' event on stdout, which without a listener ends the
 * process with a stack trace; from then on, what the command prints is dropped.
 */
export function ignoreClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      process.stdout.write = (() => true) as typeof process.stdout.write;
      return;
    }
    process.stderr.write(`error: cannot write to standard output (${e.code ?? 'unknown error'})\n`);
    process.exitCode = 1;
  });
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ExitCode) return e.code;
    return toExit(e).code;
  } finally {
    void io;
  }
}
