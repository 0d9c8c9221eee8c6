/** Starts the SMTP sink process and reads what it received; a small MIME reader for the tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface SinkMessage {
  user: string | null;
  from: string;
  to: string[];
  raw: string;
}

export interface Sink {
  port: number;
  /** `smtp://127.0.0.1:<port>`, for an SmtpTransport. */
  url: string;
  messages: SinkMessage[];
  rejections: string[];
  /** Resolves when `n` messages have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<SinkMessage[]>;
  /** Resolves with the first message (received so far or later) that matches (or rejects after `ms`). */
  waitForMessage(match: (m: SinkMessage) => boolean, ms?: number): Promise<SinkMessage>;
  /**
   * Resolves once `messages` holds every message whose sending has been answered by now (a delivery that
   * resolved): the sink reports each before answering it, and answers this call after those reports.
   */
  settled(): Promise<void>;
  /** Resolves when the sink has reported `n` rejections (its events arrive through a pipe, a little after the client saw them). */
  waitForRejections(n: number, ms?: number): Promise<string[]>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./smtp-sink.mjs', import.meta.url));

export function startSink(env: Record<string, string> = {}): Promise<Sink> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const messages: SinkMessage[] = [];
  const rejections: string[] = [];
  /** Called after each event: each returns true once it is done. */
  let waiters: (() => boolean)[] = [];
  const syncs: (() => void)[] = [];
  /** Resolves with `value()` once `done()` holds, checked now and after each event; rejects after `ms` with `failure()`. */
  const until = <T>(done: () => boolean, value: () => T, ms: number, failure: () => string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return false;
        clearTimeout(timer);
        resolve(value());
        return true;
      };
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== check);
        reject(new Error(failure()));
      }, ms);
      if (!check()) waiters.push(check);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`smtp sink exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ev = JSON.parse(line) as { type: string; port?: number; stage?: string } & SinkMessage;
      if (ev.type === 'ready')
        resolve({
          port: ev.port!,
          url: `smtp://127.0.0.1:${ev.port}`,
          messages,
          rejections,
          waitFor: (n, ms = 10_000) => until(() => messages.length >= n, () => messages, ms, () => `sink: ${messages.length} of ${n} messages`),
          waitForMessage: (match, ms = 15_000) =>
            until(() => messages.some(match), () => messages.find(match)!, ms, () => 'no matching message arrived at the SMTP sink'),
          settled: () =>
            new Promise<void>((res) => {
              syncs.push(res);
              child.stdin!.write('sync\n');
            }),
          waitForRejections: (n, ms = 10_000) => until(() => rejections.length >= n, () => rejections, ms, () => `sink: ${rejections.length} of ${n} rejections`),
          stop: () =>
            new Promise<void>((res) => {
              if (child.exitCode !== null) return res();
              child.removeAllListeners('exit');
              child.once('exit', () => res());
              child.kill('SIGTERM');
            }),
        });
      else {
        if (ev.type === 'message') messages.push({ user: ev.user, from: ev.from, to: ev.to, raw: ev.raw });
        else if (ev.type === 'rejected') rejections.push(ev.stage!);
        else if (ev.type === 'synced') syncs.shift()?.();
        waiters = waiters.filter((w) => !w());
      }
    });
  });
}

export function decodeQuotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
  );
}

function splitPart(part: string): { headers: Record<string, string>; body: string } {
  const i = part.search(/\r?\n\r?\n/);
  const head = part.slice(0, i).replace(/\r?\n[ \t]+/g, ' ');
  const body = part.slice(i).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const enc = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body).toString('utf8');
  return body;
}

/** The decoded subject, plain-text and HTML parts of a raw message. */
export function readMessage(raw: string): { subject: string; text: string; html?: string } {
  const top = splitPart(raw);
  const subject = decodeWords(top.headers.subject ?? '');
  const type = top.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary) return { subject, text: decodeBody(top.headers, top.body) };
  let text = '';
  let html: string | undefined;
  for (const chunk of top.body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const p = splitPart(chunk.replace(/^\r?\n/, ''));
    const ct = (p.headers['content-type'] ?? '').toLowerCase();
    if (ct.startsWith('text/plain')) text = decodeBody(p.headers, p.body);
    else if (ct.startsWith('text/html')) html = decodeBody(p.headers, p.body);
  }
  return { subject, text, html };
}
