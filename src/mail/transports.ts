/**
 * Mail transports: SMTP through nodemailer (production), a log transport for development that writes
 * template ids only (never an address or a body), and the choice between them from the environment:
 *
 *   CUSTOS_SMTP_URL   smtp://user:pass@host:587 (STARTTLS when offered), smtps://user:pass@host:465
 *                     (TLS from the start); `?starttls=required` refuses to send without TLS.
 *   CUSTOS_MAIL_FROM  the From address (default: the controller's contact email in the policy).
 *   CUSTOS_MAIL_TRANSPORT=log  without CUSTOS_SMTP_URL: log template ids and drop the mail (development).
 *   CUSTOS_MAIL_TRANSPORT=files  without CUSTOS_SMTP_URL: write each mail to `<data dir>/mail/` (development,
 *                     and the default of `custos serve --demo`): a verification code can be read there.
 *
 * Without either, no transport is configured: mail stays queued in the outbox (`custos outbox list`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { redactUrl } from '../config.js';
import { lazy } from '../lazy.js';
import type { Transporter } from 'nodemailer';
import { CustosError } from '../errors.js';
import type { MailMessage, MailTransport } from './types.js';

const nodemailer = lazy<typeof import('nodemailer')>('nodemailer');

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  requireTLS: boolean;
  auth?: { user: string; pass: string };
}

const configError = (message: string) => new CustosError('CUSTOS_CONFIG', message, [{ field: 'CUSTOS_SMTP_URL', rule: 'smtp_url', message }]);

/** Parses `smtp://user:pass@host:port` or `smtps://...`; errors never echo the password. */
export function parseSmtpUrl(url: string): SmtpSettings {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw configError('CUSTOS_SMTP_URL is not a URL: expected smtp://user:pass@host:port or smtps://...');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw configError(`CUSTOS_SMTP_URL must start with smtp:// or smtps:// (got ${redactUrl(url)})`);
  if (!u.hostname) throw configError('CUSTOS_SMTP_URL needs a host');
  const secure = u.protocol === 'smtps:';
  const port = u.port ? Number(u.port) : secure ? 465 : 587;
  const starttls = u.searchParams.get('starttls');
  if (starttls !== null && starttls !== 'required' && starttls !== 'optional') throw configError('CUSTOS_SMTP_URL: starttls must be required or optional');
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port,
    secure,
    requireTLS: starttls === 'required',
    ...(user ? { auth: { user, pass } } : {}),
  };
}

/** Checks a From address without echoing it. */
function checkFrom(from: string): string {
  if (typeof from !== 'string' || !/^[^\s@<>]+@[^\s@<>]+$/.test(from.replace(/^.*<([^>]+)>\s*$/, '$1')) || /[\r\n]/.test(from))
    throw new CustosError('CUSTOS_CONFIG', 'CUSTOS_MAIL_FROM must be an email address (optionally "Name <address>")', [
      { field: 'CUSTOS_MAIL_FROM', rule: 'email', message: 'must be an email address' },
    ]);
  return from;
}

/** Sends through an SMTP server with nodemailer (a small connection pool, closed with Custos). */
export class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter;
  readonly from: string;

  constructor(opts: { url: string; from: string; connectionTimeoutMs?: number }) {
    const s = parseSmtpUrl(opts.url);
    this.from = checkFrom(opts.from);
    this.transporter = nodemailer().createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      requireTLS: s.requireTLS,
      auth: s.auth,
      pool: true,
      maxConnections: 2,
      connectionTimeout: opts.connectionTimeoutMs ?? 15_000,
      greetingTimeout: opts.connectionTimeoutMs ?? 15_000,
      socketTimeout: 60_000,
      // nodemailer's own logger stays off: its lines would carry addresses.
      logger: false,
      debug: false,
    });
  }

  async send(msg: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to: msg.to, subject: msg.subject, text: msg.text, ...(msg.html ? { html: msg.html } : {}) });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/**
 * Development transport: writes one line per mail with its template id and outbox id, nothing else,
 * and drops the mail. Not for production: nobody receives anything.
 */
export class LogTransport implements MailTransport {
  readonly sent: { template?: string; outboxId?: string }[] = [];
  constructor(private readonly write: (line: string) => void = (l) => process.stderr.write(l + '\n')) {}
  async send(msg: MailMessage): Promise<void> {
    this.sent.push({ template: msg.template, outboxId: msg.outboxId });
    this.write(`mail: ${msg.template ?? 'message'} ${msg.outboxId ?? ''} (log transport: not sent)`.trimEnd());
  }
}

/**
 * Development and the demo: each mail is written to a file of its own in `dir` (`<time>-<outbox id>.eml`,
 * mode 0600, in a directory of mode 0700) instead of being sent, to be read there: a verification code,
 * say. The files hold addresses and bodies in plain text, outside the vault: not for production.
 */
export class DirectoryTransport implements MailTransport {
  private made?: Promise<unknown>;
  constructor(readonly dir: string) {}
  async send(msg: MailMessage): Promise<void> {
    // made with the first mail (once; again after a failure)
    await (this.made ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).catch((e: unknown) => {
      this.made = undefined;
      throw e;
    }));
    const now = new Date();
    const head = [`To: ${msg.to}`, `Subject: ${msg.subject}`, `Date: ${now.toUTCString()}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'];
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${msg.outboxId ?? randomUUID()}.eml`;
    await writeFile(join(this.dir, name), `${head.join('\r\n')}\r\n\r\n${msg.text}`, { mode: 0o600, flag: 'wx' });
  }
}

/**
 * The transport the environment configures, or undefined (mail stays queued). `fallback`: the transport
 * when the environment names none (`custos serve --demo`: files).
 */
export function transportFromEnv(defaultFrom: string, dataDir: string, env: NodeJS.ProcessEnv = process.env, fallback?: 'files'): MailTransport | undefined {
  if (env.CUSTOS_SMTP_URL) return new SmtpTransport({ url: env.CUSTOS_SMTP_URL, from: env.CUSTOS_MAIL_FROM || defaultFrom });
  const kind = env.CUSTOS_MAIL_TRANSPORT || fallback;
  if (kind === 'log') return new LogTransport();
  if (kind === 'files') return new DirectoryTransport(join(dataDir, 'mail'));
  if (kind && kind !== 'none')
    throw new CustosError('CUSTOS_CONFIG', 'CUSTOS_MAIL_TRANSPORT must be log, files or none (set CUSTOS_SMTP_URL for SMTP)', [
      { field: 'CUSTOS_MAIL_TRANSPORT', rule: 'not_allowed_value', message: 'must be log, files or none' },
    ]);
  return undefined;
}
