/** A real SMTP server process (src/mail/test-fixtures/smtp-sink.mjs) for tests: start it, read what it received. */
import { decodeQuotedPrintable, startSink, type Sink, type SinkMessage } from '../src/mail/test-fixtures/sink.js';

export type { SinkMessage };

/** The sink, waiting for a message that matches (`waitFor`) rather than for a count of them. */
export interface SmtpSink extends Omit<Sink, 'waitFor' | 'waitForMessage'> {
  /** Resolves with the first message (received so far or later) that matches. */
  waitFor(match: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
}

export async function startSmtpSink(env: Record<string, string> = {}): Promise<SmtpSink> {
  const sink = await startSink(env);
  return { ...sink, waitFor: sink.waitForMessage };
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
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return decodeQuotedPrintable(body).toString('utf8');
      return body;
    })
    .join('\n');
}
