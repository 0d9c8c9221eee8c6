/**
 * The mailer port. Core modules queue mail in the outbox (durable, in the data store); a delivery job
 * sends it through a transport (SMTP via nodemailer in production). Templates exist in en, ja, ko, ru, vi.
 */
import type { Language } from '../policy/schema.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Template id, for transports that log (never the body). */
  template?: string;
  /** Outbox item id, for transports that log. */
  outboxId?: string;
}

export interface MailTransport {
  send(msg: MailMessage): Promise<void>;
  /** Releases connections (called when Custos closes). */
  close?(): Promise<void>;
}

/** What a module asks the outbox to send: a template, a language and the data it needs. */
export interface OutboxRequest {
  /** Template id, e.g. `verification_code`, `policy_change`, `breach_notice`, `request_update`. */
  template: string;
  language: Language;
  /** The recipient: a subject (its email on file is used at delivery) or an explicit address. */
  to: { subjectId: string; category?: string } | { address: string };
  /** Template variables; may hold personal data only as needed (it is encrypted at rest). */
  data: Record<string, string | number>;
  /** After this instant an undelivered mail expires instead of being sent (default: the template's, e.g. 10 minutes for a code). */
  expiresAt?: Date | string;
  /**
   * For subject-addressed mail: the purpose the address is used for. The address is then taken from
   * the first email category of the subject whose purposes include it (e.g. `service_notices`).
   */
  purpose?: string;
}

/**
 * The purpose of notices Custos sends a person itself (about their requests, a policy change, a
 * breach): `service_notices` when the policy declares it, so that an address given for something else
 * (a contact form's reply address) is never used for them.
 */
export function noticePurpose(purposes: Record<string, unknown>): string | undefined {
  return Object.hasOwn(purposes, 'service_notices') ? 'service_notices' : undefined;
}

export interface OutboxWriter {
  enqueue(req: OutboxRequest): Promise<{ id: string }>;
}
