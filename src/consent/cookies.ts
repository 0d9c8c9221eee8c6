/**
 * Cookie consent. The policy declares each recipient's cookies (name pattern, category, duration,
 * party); this module groups them by category for the banner, digests each category so the banner
 * can tell a material change (a cookie, recipient, party or duration added or changed in a category
 * the visitor granted) and ask again, and records choices:
 *   - for a known subject (the site vouches for it with a signed subject token), as a cookie choice
 *     and as consent events on the purposes the policy maps to each category (`cookie_consent`);
 *   - for a visitor who granted preferences or analytics, under the anonymous visitor id the banner
 *     keeps in a first-party cookie;
 *   - otherwise under a fresh id that links to nobody.
 * Global Privacy Control (navigator.globalPrivacyControl or `Sec-GPC: 1`) turns advertising off and,
 * for a known subject, withdraws the purposes the policy lists as sale or sharing.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { invalidInput } from '../errors.js';
import type { Language, Policy } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/versions.js';
import { canonicalJson } from '../policy/versions.js';
import type { ConsentStore, CookieChoice } from './store.js';
import type { Preferences } from './preferences.js';

export const COOKIE_CATEGORIES = ['necessary', 'preferences', 'analytics', 'advertising'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];
export type ChoosableCategory = Exclude<CookieCategory, 'necessary'>;

/** Custos's own first-party cookies, set by the banner script. */
export const CONSENT_COOKIE = 'custos_consent';
export const VISITOR_COOKIE = 'custos_vid';
/** A stored choice is asked again after this long (12 months), and anonymous choices are kept 13 months. */
export const CHOICE_MAX_AGE_DAYS = 365;
export const ANONYMOUS_CHOICE_RETENTION_DAYS = 395;

export interface CookieEntry {
  name: string;
  recipient: string;
  recipientName: string;
  country?: string;
  duration: string;
  persistent: boolean;
  party: 'first' | 'third';
}

export interface CookieCategoryView {
  id: CookieCategory;
  /** Necessary cookies need no consent and cannot be refused. */
  required: boolean;
  purposes: string[];
  cookies: CookieEntry[];
  /** Digest of what is material in this category: its cookies, recipients, parties, durations and purposes. */
  digest: string;
}

export interface CookiePolicyView {
  policyVersion: number;
  /** Digest over every category's digest. */
  digest: string;
  languages: Language[];
  controller: string;
  noticeUrl?: string;
  categories: CookieCategoryView[];
  /** Months after which a stored choice is asked again. */
  choiceMaxAgeDays: number;
}

export interface CookieChoiceRequest {
  preferences: boolean;
  analytics: boolean;
  advertising: boolean;
  gpc: boolean;
  language?: string;
  visitorId?: string;
  subjectToken?: string;
  /** The cookie digest the visitor was shown. */
  digest?: string;
  evidence?: Record<string, string>;
}

export interface CookieChoiceResult {
  choiceId: string;
  holder: CookieChoice['holder'];
  categories: Record<ChoosableCategory, boolean>;
  gpc: boolean;
  digest: string;
  subjectLinked: boolean;
  /** Receipts of the consent events recorded for a known subject. */
  receipts: string[];
}

const sha = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('hex');
const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/;

export class CookieConsent {
  constructor(
    private readonly d: {
      policy: () => Policy;
      version: () => PolicyVersion;
      store: ConsentStore;
      preferences: Preferences;
      /** 32-byte key for subject tokens (derived from the master key). */
      tokenKey: Buffer;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.d.now?.() ?? new Date();
  }

  /** The cookie section of the policy, grouped by category, with digests. */
  view(): CookiePolicyView {
    const policy = this.d.policy();
    const mapped = policy.cookie_consent?.categories ?? {};
    const controller = policy.controller.name;
    const categories = COOKIE_CATEGORIES.map((id): CookieCategoryView => {
      const cookies: CookieEntry[] = [];
      for (const [rid, r] of Object.entries(policy.recipients))
        for (const c of r.cookies)
          if (c.category === id) cookies.push({ name: c.name, recipient: rid, recipientName: r.name, country: r.country, duration: c.duration, persistent: c.duration !== 'session', party: c.party });
      if (id === 'necessary') cookies.unshift({ name: CONSENT_COOKIE, recipient: 'controller', recipientName: controller, duration: 'P1Y', persistent: true, party: 'first' });
      if (id === 'preferences' || id === 'analytics')
        cookies.push({ name: VISITOR_COOKIE, recipient: 'controller', recipientName: controller, duration: 'P1Y', persistent: true, party: 'first' });
      const purposes = [...(mapped[id]?.purposes ?? [])];
      const material = {
        cookies: cookies.map((c) => ({ n: c.name, r: c.recipient, c: c.country ?? null, d: c.duration, p: c.party })).sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b))),
        purposes: [...purposes].sort(),
      };
      return { id, required: id === 'necessary', purposes, cookies, digest: sha(material).slice(0, 16) };
    });
    return {
      policyVersion: this.d.version().ordinal,
      digest: sha(categories.map((c) => [c.id, c.digest])).slice(0, 16),
      languages: policy.languages,
      controller,
      ...(policy.controller.contact.url ? { noticeUrl: policy.controller.contact.url } : {}),
      categories,
      choiceMaxAgeDays: CHOICE_MAX_AGE_DAYS,
    };
  }

  /**
   * A token the site puts on its page (`data-subject-token`) so that the banner's choice is recorded
   * for that subject: HMAC-signed subject id and expiry. Without it a browser can never speak for a subject.
   */
  subjectToken(subjectId: string, ttlSeconds = 3600): string {
    if (typeof subjectId !== 'string' || subjectId.length === 0 || subjectId.length > 100) throw invalidInput('subjectId', 'subject_id', 'must be a subject id');
    const exp = Math.floor(this.now().getTime() / 1000) + Math.max(60, Math.min(ttlSeconds, 30 * 86400));
    const body = Buffer.from(JSON.stringify({ s: subjectId, e: exp })).toString('base64url');
    return `${body}.${createHmac('sha256', this.d.tokenKey).update(body).digest('base64url')}`;
  }

  /** The subject id a valid, unexpired token names, or null. */
  subjectOf(token: string | undefined): string | null {
    if (!token || token.length > 600) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const want = createHmac('sha256', this.d.tokenKey).update(body).digest();
    const got = Buffer.from(mac, 'base64url');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
    try {
      const v = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { s?: unknown; e?: unknown };
      if (typeof v.s !== 'string' || typeof v.e !== 'number' || v.e * 1000 < this.now().getTime()) return null;
      return v.s;
    } catch {
      return null;
    }
  }

  /** Records a banner choice (see the module comment for who it is recorded under). */
  async record(req: CookieChoiceRequest): Promise<CookieChoiceResult> {
    const view = this.view();
    const gpc = req.gpc === true;
    const categories: Record<ChoosableCategory, boolean> = { preferences: req.preferences === true, analytics: req.analytics === true, advertising: req.advertising === true && !gpc };
    const subjectId = this.subjectOf(req.subjectToken);
    let subjectLinked = false;
    const receipts: string[] = [];
    if (subjectId) {
      try {
        receipts.push(...(await this.recordForSubject(subjectId, categories, gpc, req)));
        subjectLinked = true;
      } catch (e) {
        // An erased or unknown subject: the choice is still recorded, linked to nobody.
        if (!(e instanceof Error && 'code' in e && ['CUSTOS_NOT_FOUND', 'CUSTOS_SUBJECT_ERASED'].includes(String((e as { code: unknown }).code)))) throw e;
      }
    }
    const visitorAllowed = categories.preferences || categories.analytics;
    const visitorId = visitorAllowed && req.visitorId && VISITOR_ID.test(req.visitorId) ? req.visitorId : undefined;
    const holder: CookieChoice['holder'] = subjectLinked ? 'subject' : visitorId ? 'visitor' : 'anonymous';
    const choice = await this.d.store.recordCookieChoice({
      holder,
      ...(holder === 'subject' ? { holderId: subjectId! } : holder === 'visitor' ? { holderId: visitorId } : {}),
      ...categories,
      gpc,
      cookieDigest: view.digest,
      policyVersion: view.policyVersion,
      ...(req.language ? { language: req.language } : {}),
      evidence: { ...(req.evidence ?? {}), ...(gpc ? { gpc: '1' } : {}) },
    });
    return { choiceId: choice.choiceId, holder, categories, gpc, digest: view.digest, subjectLinked, receipts };
  }

  private async recordForSubject(subjectId: string, categories: Record<ChoosableCategory, boolean>, gpc: boolean, req: CookieChoiceRequest): Promise<string[]> {
    const policy = this.d.policy();
    const consentPurpose = (p: string) => Object.hasOwn(policy.purposes, p) && policy.purposes[p].basis === 'consent';
    const want = new Map<string, boolean>();
    for (const c of ['preferences', 'analytics', 'advertising'] as const)
      for (const p of policy.cookie_consent?.categories[c]?.purposes ?? []) if (consentPurpose(p)) want.set(p, (want.get(p) ?? false) || categories[c]);
    if (gpc) for (const p of policy.cookie_consent?.sale_purposes ?? []) if (consentPurpose(p)) want.set(p, false);
    const grants: string[] = [];
    const withdrawals: string[] = [];
    for (const [p, on] of want) {
      const s = await this.d.store.state(subjectId, p);
      if (on && s.state !== 'granted') grants.push(p);
      if (!on && s.state !== 'withdrawn') withdrawals.push(p);
    }
    const opts = { method: 'banner' as const, ...(req.language ? { language: req.language } : {}), evidence: { ...(req.evidence ?? {}), ...(gpc ? { gpc: '1' } : {}) } };
    const actor = { keyId: 'banner', role: 'subject' };
    const out: string[] = [];
    // Validates the subject (unknown or erased throws) even when nothing changes.
    if (grants.length === 0 && withdrawals.length === 0) await this.d.preferences.get(subjectId);
    if (grants.length > 0) out.push((await this.d.preferences.record(subjectId, { ...opts, event: 'grant', purposes: grants }, actor)).receipt);
    if (withdrawals.length > 0) out.push((await this.d.preferences.record(subjectId, { ...opts, event: 'withdraw', purposes: withdrawals }, actor)).receipt);
    return out;
  }

  /** Retention of anonymous and visitor choices (13 months). */
  purgeExpired(now: Date = this.now(), dryRun = false): Promise<number> {
    return this.d.store.purgeCookieChoices(new Date(now.getTime() - ANONYMOUS_CHOICE_RETENTION_DAYS * 86_400_000), dryRun);
  }
}
