import { z } from 'zod';
import { defineRoute } from '../route.js';
import type { Metrics } from '../metrics.js';
import { textAsSent } from '../../validation.js';
import { detect, detectMany, detectSpecialCare, mask, maskMany, MASK_STYLES, type Finding } from '../../detect/index.js';

const finding = z.object({ type: z.string(), start: z.number(), end: z.number(), score: z.number(), rule: z.string() });
// The text is scanned as sent, lone surrogates and NUL characters included: it is never stored, the
// spans are indices into it as sent, and a message cut in the middle of a pair still has its contact
// details found and masked (refusing it would hand the caller back an unmasked message).
const text = textAsSent(z.string().max(100_000).describe('the message, taken as sent (lone surrogates and NUL characters included); never stored or logged'));

/** Up to this many messages in one call of the batch routes (the body is limited to 1 MiB as well). */
const BATCH_TEXTS = 1_000;
const texts = z
  .array(text)
  .min(1)
  .max(BATCH_TEXTS)
  .describe(`the messages, up to ${BATCH_TEXTS} (and 1 MiB in all), each taken as sent; scanned together, which is faster than one call each`);
const specialCareFinding = z.object({ kind: z.string(), start: z.number(), end: z.number() }).passthrough();

/** Counts what was found by type (metrics), never the text. */
const counted = (metrics: Metrics, findings: readonly Finding[]) => {
  for (const f of findings) metrics.masked.inc({ type: f.type });
};

/** Seed 002: messages are scanned so that contact details and links to other sites do not leak. */
export const detectRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/scan',
    tag: 'detection',
    summary: 'Find contact details and personal data in a text (typed spans as JavaScript string indices), and special-care data',
    auth: 'key',
    body: z.strictObject({ text, specialCare: z.boolean().optional() }),
    response: z.object({ findings: z.array(finding), specialCare: z.array(specialCareFinding).optional() }),
    handler: async ({ body, metrics }) => {
      const findings = detect(body.text);
      counted(metrics, findings);
      return { findings, ...(body.specialCare ? { specialCare: detectSpecialCare(body.text) } : {}) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/scan/batch',
    tag: 'detection',
    summary: 'Find contact details and personal data in many texts at once: one result per text, in order',
    auth: 'key',
    body: z.strictObject({ texts, specialCare: z.boolean().optional() }),
    response: z.object({ results: z.array(z.object({ findings: z.array(finding), specialCare: z.array(specialCareFinding).optional() })) }),
    handler: async ({ body, metrics }) => {
      const all = detectMany(body.texts);
      return {
        results: all.map((findings, i) => {
          counted(metrics, findings);
          return { findings, ...(body.specialCare ? { specialCare: detectSpecialCare(body.texts[i]) } : {}) };
        }),
      };
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
      counted(metrics, r.findings);
      return r;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/messages/mask/batch',
    tag: 'detection',
    summary: 'Mask contact details in many messages at once: one result per message, in order',
    auth: 'key',
    body: z.strictObject({ texts, style: z.enum(MASK_STYLES).optional() }),
    response: z.object({ results: z.array(z.object({ text: z.string(), findings: z.array(finding) })) }),
    handler: async ({ body, metrics }) => {
      const results = maskMany(body.texts, { style: body.style });
      for (const r of results) counted(metrics, r.findings);
      return { results };
    },
  }),
];
