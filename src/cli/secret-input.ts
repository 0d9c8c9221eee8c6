/**
 * Secrets the CLI reads from its input rather than from flags (a flag stays in the shell history and is
 * visible to other users in the process list): piped stdin, else a prompt on the terminal without echo.
 */
import { createInterface } from 'node:readline';

/** Reads piped stdin to its end and returns the first line (a trailing newline is not part of the secret). */
export async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0];
}

/** Asks on the terminal without echo. */
export function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
    let prompted = false;
    out._writeToOutput = (s: string) => {
      if (!prompted) {
        prompted = true;
        out.output.write(s);
      }
    };
    rl.question(question, (answer) => {
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}
