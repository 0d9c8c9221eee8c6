import { z } from 'zod';
import { defineRoute } from '../route.js';
import { textAsSent } from '../../validation.js';
import { detect, detectSpecialCare, mask, MASK_STYLES } from '../../detect/index.js';

const finding = z.object({ type: z.string(), start: z.number(), end: z.number(), score: z.number(), rule: z.string() });
// The text is scanned as sent, lone surrogates and NUL characters included: it is never stored, the
// spans are indices into it as sent, and a message cut in the middle of a pair still has its contact
// details found and masked (refusing it would hand the caller back an unmasked message).
const text = textAsSent(z.string().max(100_000).describe('the message, taken as sent (lone surrogates and NUL characters included); never stored or logged'));

/** Seed 002: messages are scanned so that contact details and links to other sites do not leak. */
export const detectRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/scan',
    tag: 'detection',
    summary: 'Find contact details and personal data in a text (typed spans as JavaScript string indices), and special-care data',
    auth: 'key',
    body: z.strictObject({ text, specialCare: z.boolean().optional() }),
    response: z.object({ findings: z.array(finding), specialCare: z.array(z.object({ kind: z.string(), start: z.number(), end: z.number() }).passthrough()).optional() }),
    handler: async ({ body, metrics }) => {
      const findings = detect(body.text);
      for (const f of findings) metrics.masked.inc({ type: f.type });
      return { findings, ...(body.specialCare ? { specialCare: detectSpecialCare(body.text) } : {}) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/messages/mask',
    tag: 'detection',
    summary: 'Mask contact details in a message: labels, asterisks (length kept) or removal',
    auth: 'key',
    body: z.strictObject({ text, style: z.enum(MASK_STYLES).optional() }),
    response: z.object({ text: z.string(), findings: z.array(finding) }),
    handler: async ({ body, metrics }) => {
      const r = mask(body.text, { style: body.style });
      for (const f of r.findings) metrics.masked.inc({ type: f.type });
      return r;
    },
  }),
];
