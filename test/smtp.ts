/** A real SMTP server process (src/mail/test-fixtures/smtp-sink.mjs) for tests: start it, read what it received. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SinkMessage {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: SinkMessage[];
  /** Resolves with the first message (received so far or later) that matches. */
  waitFor(match: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  /**
   * Resolves once `messages` holds every message whose sending has been answered by now (a delivery that
   * resolved): the sink reports each before answering it, and answers this call after those reports.
   */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(env: Record<string, string> = {}): Promise<SmtpSink> {
  const script = new URL('../src/mail/test-fixtures/smtp-sink.mjs', import.meta.url).pathname;
  const child: ChildProcess = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const messages: SinkMessage[] = [];
  const syncs: (() => void)[] = [];
  const waiters: { match: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    createInterface({ input: child.stdout! }).on('line', (l) => {
      const e = JSON.parse(l);
      if (e.type === 'ready') resolve(e.port);
      if (e.type === 'synced') syncs.shift()?.();
      if (e.type === 'message') {
        const m = { from: e.from, to: e.to, raw: e.raw };
        messages.push(m);
        for (const w of [...waiters]) if (w.match(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(match, timeoutMs = 15_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve };
        waiters.push(w);
        setTimeout(() => reject(new Error('no matching message arrived at the SMTP sink')), timeoutMs).unref();
      });
    },
    settled() {
      return new Promise<void>((resolve) => {
        syncs.push(resolve);
        child.stdin!.write('sync\n');
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      });
    },
  };
}

/** Quoted-printable to text: soft breaks removed, =XX escapes turned back into UTF-8 bytes. */
function quotedPrintable(body: string): string {
  const flat = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(flat.slice(i + 1, i + 3))) {
      bytes.push(parseInt(flat.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(flat[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The readable text of a received message: every MIME part decoded (base64 or quoted-printable). */
export function bodyText(raw: string): string {
  return raw
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return quotedPrintable(body);
      return body;
    })
    .join('\n');
}
