/**
 * The privacy center's new uses (seed 001: new purposes only after announcement and consent): the uses a
 * later policy version added to data the person already gave, which wait for their consent, and their
 * answer, recorded as their own consent (or refusal) with a signed receipt, like a marketing preference.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../policy/schema.js';
import { categoryLabel, purposeLabel } from '../../policy/notice.js';
import { NEW_USE_ANSWERS, type NewUse } from '../../consent/preferences.js';
import { evidenceOf } from '../../consent/evidence.js';
import { CustosError } from '../../errors.js';
import type { Custos } from '../../custos.js';
import { defineRoute } from '../route.js';

const newUse = z.object({
  purpose: z.string(),
  label: z.string(),
  categories: z.array(z.object({ id: z.string(), label: z.string() })),
  addedIn: z.object({ ordinal: z.number(), label: z.string() }),
  state: z.enum(['awaiting', 'consented', 'declined']),
  since: z.string().optional(),
});

/** A new use in the person's language: the purpose and categories by the policy's labels, the version by its label. */
function inLanguage(custos: Custos, u: NewUse, lang: Language): z.infer<typeof newUse> {
  const policy = custos.policy;
  const version = custos.versions.list().find((v) => v.ordinal === u.addedIn);
  return {
    purpose: u.purpose,
    label: purposeLabel(policy, u.purpose, lang),
    categories: u.categories.map((id) => ({ id, label: categoryLabel(policy, id, lang) })),
    addedIn: { ordinal: u.addedIn, label: version?.label ?? String(u.addedIn) },
    state: u.state,
    ...(u.since ? { since: u.since } : {}),
  };
}

export const newUseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/me/new-uses',
    tag: 'privacy center',
    summary: "Uses a later policy version added to data the person gave before it, which need the person's consent (seed 001), with the answer so far",
    auth: 'subject',
    rateLimit: 60,
    query: z.strictObject({ lang: z.enum(LANGUAGES).optional() }),
    response: z.object({ uses: z.array(newUse) }),
    handler: async ({ custos, subject, query }) => {
      const lang = query.lang ?? custos.policy.governing_language;
      return { uses: (await custos.preferences.newUses(subject!.subjectId)).map((u) => inLanguage(custos, u, lang)) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/privacy/me/new-uses',
    tag: 'privacy center',
    summary: 'Consent to a new use, or decline it (it stays withheld and is not asked again); an answer can be changed, and each gets a consent receipt',
    auth: 'subject',
    rateLimit: 30,
    status: 201,
    body: z.strictObject({ purpose: z.string().min(1).max(64), answer: z.enum(NEW_USE_ANSWERS), language: z.enum(LANGUAGES).optional() }),
    response: z.object({ uses: z.array(newUse), receiptId: z.string(), receipt: z.string() }),
    handler: async ({ custos, subject, body, req }) => {
      // the person's own answer: only their verified session gives it (an application records the consents
      // it collects with its own key, POST /v1/subjects/:id/consents)
      if (subject!.via !== 'privacy_center')
        throw new CustosError('CUSTOS_FORBIDDEN', "a new use is answered in the person's own privacy-center session", [
          { field: 'authorization', rule: 'privacy_center_session', message: 'an application records the consents it collects through POST /v1/subjects/:id/consents' },
        ]);
      const { receiptId, receipt } = await custos.preferences.answerNewUse(
        subject!.subjectId,
        body.purpose,
        body.answer,
        { method: 'privacy_center', ...(body.language ? { language: body.language } : {}), evidence: evidenceOf(req.ip, req.headers['user-agent']) },
        { keyId: 'subject', role: 'subject' },
      );
      const lang = body.language ?? custos.policy.governing_language;
      return { uses: (await custos.preferences.newUses(subject!.subjectId)).map((u) => inLanguage(custos, u, lang)), receiptId, receipt };
    },
  }),
];
