/**
 * The visit log: exactly the technical fields seed 000 lists for each page visited, minimised before
 * anything is stored.
 *
 *   date and time of access            -> visited_at (server clock)
 *   web pages visited                  -> page (the path, no query string or fragment)
 *   URL of the page visited            -> url (scheme, host and path; no query string or fragment)
 *   internet domain and IP address     -> ip_prefix (IPv4 /24, IPv6 /48) and domain (the registrable
 *                                         domain of the address's reverse DNS name, public addresses only)
 *   browser and operating system       -> browser, browser_major, os, os_major (parsed from User-Agent;
 *                                         the raw string is not kept)
 *   referring page URL                 -> referrer (scheme, host and path)
 *   status of the request              -> status
 *   size of the page                   -> size (bytes)
 *
 * Plus a visitor id, only when the visitor's last recorded cookie choice granted analytics; it lets the
 * report tell new from returning visitors. Entries are kept for the policy's `telemetry.retention`
 * (default P90D) and removed by `purgeExpired`.
 */
import { subtractDuration } from '../policy/duration.js';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { promises as dns } from 'node:dns';
import { lazy } from '../lazy.js';
import type { Db } from '../store/db.js';
import { toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { invalidInput } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { truncateIp } from './ip.js';
import { parseUserAgent } from './user-agent.js';
import { Lru } from '../lru.js';

const tldts = lazy<typeof import('tldts')>('tldts');

export const TELEMETRY_MIGRATIONS = [
  {
    version: 1,
    name: 'visit log',
    sql: `
CREATE TABLE visits (
  visit_id TEXT PRIMARY KEY,
  visited_at BIGINT NOT NULL,
  page TEXT NOT NULL,
  url TEXT NOT NULL,
  ip_prefix TEXT,
  domain TEXT,
  browser TEXT NOT NULL,
  browser_major TEXT,
  os TEXT NOT NULL,
  os_major TEXT,
  referrer TEXT,
  status INTEGER,
  size BIGINT,
  visitor_id TEXT
);
CREATE INDEX visits_by_time ON visits (visited_at);
CREATE INDEX visits_by_visitor ON visits (visitor_id, visited_at);`,
  },
];

export const DEFAULT_VISIT_RETENTION = 'P90D';

export interface VisitInput {
  /** The page's URL as the browser saw it; query string and fragment are dropped. */
  url: string;
  referrer?: string;
  status?: number;
  size?: number;
  visitorId?: string;
}

export interface VisitContext {
  /** The client address (as the server sees it); only its truncation is stored. */
  ip?: string;
  userAgent?: string;
}

export interface Visit {
  visitId: string;
  time: string;
  page: string;
  url: string;
  ipPrefix: string | null;
  domain: string | null;
  browser: string;
  browserMajor: string | null;
  os: string;
  osMajor: string | null;
  referrer: string | null;
  status: number | null;
  size: number | null;
  visitorId: string | null;
}

export interface VisitReport {
  since: string;
  until: string;
  visits: number;
  /** Visits that carry no visitor id (analytics not granted). */
  anonymousVisits: number;
  visitors: { total: number; new: number; returning: number };
  topPages: { page: string; visits: number }[];
}

export interface VisitsOptions {
  /** Reverse DNS for the domain field; `false` turns it off. Default: the system's DNS resolver. */
  reverseDns?: ((ip: string) => Promise<string[]>) | false;
  /** Whether the visitor granted analytics (their last cookie choice). */
  analyticsGranted?: (visitorId: string) => Promise<boolean>;
  now?: () => Date;
}

/** Strips a URL to scheme, host and path; null when it is not an http(s) URL. */
export function minimiseUrl(raw: string | undefined): { url: string; path: string } | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return { url: `${u.protocol}//${u.host}${u.pathname}`, path: u.pathname };
  } catch {
    return null;
  }
}

export { subtractDuration };

/** Reverse DNS answers kept (an hour each); the least recently used go first. */
const DNS_CACHE_LIMIT = 5000;
const PRIVATE = [/^10\./, /^127\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^::1$/, /^::$/, /^f[cd]/i, /^fe[89ab]/i, /^::ffff:(10|127|192\.168)\./i];

export class Visits {
  private readonly dnsCache = new Lru<{ domain: string | null; until: number }>(DNS_CACHE_LIMIT);

  private constructor(
    private readonly db: Db,
    private readonly policy: () => Policy,
    private readonly opts: VisitsOptions,
  ) {}

  static async open(db: Db, policy: () => Policy, opts: VisitsOptions = {}): Promise<Visits> {
    await migrate(db, 'telemetry', TELEMETRY_MIGRATIONS);
    return new Visits(db, policy, opts);
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  get retention(): string {
    return this.policy().telemetry?.retention ?? DEFAULT_VISIT_RETENTION;
  }

  /** The registrable domain of the address's reverse DNS name (e.g. `comcast.net`); null when none or private. */
  private async domainOf(ip: string | undefined): Promise<string | null> {
    if (!ip || !isIP(ip) || PRIVATE.some((r) => r.test(ip)) || this.opts.reverseDns === false) return null;
    const hit = this.dnsCache.get(ip);
    if (hit && hit.until > Date.now()) return hit.domain;
    const reverse = this.opts.reverseDns ?? ((a: string) => dns.reverse(a));
    let domain: string | null = null;
    try {
      const names = await Promise.race([reverse(ip), new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 300).unref())]);
      domain = names.length > 0 ? tldts().getDomain(names[0]) : null;
    } catch {
      domain = null;
    }
    this.dnsCache.set(ip, { domain, until: Date.now() + 3_600_000 });
    return domain;
  }

  /** Stores one visit; returns what was stored. */
  async collect(input: VisitInput, ctx: VisitContext = {}): Promise<Visit> {
    const page = minimiseUrl(input.url);
    if (!page) throw invalidInput('url', 'http_url', 'must be an http or https URL');
    const ref = input.referrer ? minimiseUrl(input.referrer) : null;
    if (input.status !== undefined && !(Number.isInteger(input.status) && input.status >= 100 && input.status <= 599)) throw invalidInput('status', 'http_status', 'must be an HTTP status 100-599');
    if (input.size !== undefined && !(Number.isInteger(input.size) && input.size >= 0 && input.size <= 1e12)) throw invalidInput('size', 'size', 'must be a byte count');
    if (input.visitorId !== undefined && !/^[A-Za-z0-9_-]{16,64}$/.test(input.visitorId)) throw invalidInput('visitorId', 'visitor_id', 'must be 16-64 letters, digits, - or _');
    // the reverse lookup (up to 300 ms) comes before the consent check, so that a withdrawal made while it
    // runs (which forgets the visitor's earlier visits) is seen and this visit is not tied to them either
    const domain = await this.domainOf(ctx.ip);
    const visitorId = input.visitorId !== undefined && this.opts.analyticsGranted && (await this.opts.analyticsGranted(input.visitorId)) ? input.visitorId : null;
    const ua = parseUserAgent(ctx.userAgent);
    const v: Visit = {
      visitId: randomUUID(),
      time: this.now().toISOString(),
      page: page.path,
      url: page.url,
      ipPrefix: truncateIp(ctx.ip),
      domain,
      browser: ua.browser,
      browserMajor: ua.browserMajor,
      os: ua.os,
      osMajor: ua.osMajor,
      referrer: ref?.url ?? null,
      status: input.status ?? null,
      size: input.size ?? null,
      visitorId,
    };
    await this.db.run(
      'INSERT INTO visits (visit_id, visited_at, page, url, ip_prefix, domain, browser, browser_major, os, os_major, referrer, status, size, visitor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [v.visitId, Date.parse(v.time), v.page, v.url, v.ipPrefix, v.domain, v.browser, v.browserMajor, v.os, v.osMajor, v.referrer, v.status, v.size, v.visitorId],
    );
    return v;
  }

  /** Visits in [since, until), newest first (at most `limit`). */
  async list(opts: { since?: Date; until?: Date; limit?: number } = {}): Promise<Visit[]> {
    const rows = await this.db.all<{ visit_id: string; visited_at: number; page: string; url: string; ip_prefix: string | null; domain: string | null; browser: string; browser_major: string | null; os: string; os_major: string | null; referrer: string | null; status: number | null; size: number | null; visitor_id: string | null }>(
      'SELECT * FROM visits WHERE visited_at >= ? AND visited_at < ? ORDER BY visited_at DESC, visit_id LIMIT ?',
      [opts.since?.getTime() ?? 0, opts.until?.getTime() ?? 8.64e15, Math.min(opts.limit ?? 100, 10_000)],
    );
    return rows.map((r) => ({
      visitId: r.visit_id,
      time: new Date(toInt(r.visited_at)).toISOString(),
      page: r.page,
      url: r.url,
      ipPrefix: r.ip_prefix,
      domain: r.domain,
      browser: r.browser,
      browserMajor: r.browser_major,
      os: r.os,
      osMajor: r.os_major,
      referrer: r.referrer,
      status: r.status === null ? null : toInt(r.status),
      size: r.size === null ? null : toInt(r.size),
      visitorId: r.visitor_id,
    }));
  }

  /** Visits, new vs returning visitors (first visit inside vs before the range) and top pages. */
  async report(opts: { since: Date; until: Date; top?: number }): Promise<VisitReport> {
    const { since, until } = opts;
    if (!(since.getTime() < until.getTime())) throw invalidInput('since', 'range', 'since must be before until');
    const s = since.getTime();
    const u = until.getTime();
    const totals = await this.db.get<{ n: number; anon: number }>(
      'SELECT COUNT(*) AS n, SUM(CASE WHEN visitor_id IS NULL THEN 1 ELSE 0 END) AS anon FROM visits WHERE visited_at >= ? AND visited_at < ?',
      [s, u],
    );
    const firsts = await this.db.all<{ first: number }>(
      'SELECT MIN(visited_at) AS first FROM visits WHERE visitor_id IN (SELECT visitor_id FROM visits WHERE visited_at >= ? AND visited_at < ? AND visitor_id IS NOT NULL) GROUP BY visitor_id',
      [s, u],
    );
    const fresh = firsts.filter((r) => toInt(r.first) >= s).length;
    const top = await this.db.all<{ page: string; n: number }>(
      'SELECT page, COUNT(*) AS n FROM visits WHERE visited_at >= ? AND visited_at < ? GROUP BY page ORDER BY n DESC, page LIMIT ?',
      [s, u, Math.max(1, Math.min(opts.top ?? 10, 100))],
    );
    return {
      since: since.toISOString(),
      until: until.toISOString(),
      visits: toInt(totals?.n ?? 0),
      anonymousVisits: toInt(totals?.anon ?? 0),
      visitors: { total: firsts.length, new: fresh, returning: firsts.length - fresh },
      topPages: top.map((r) => ({ page: r.page, visits: toInt(r.n) })),
    };
  }

  /** How many visits are older than the retention period (a retention dry run). */
  async countExpired(now: Date = this.now()): Promise<number> {
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits WHERE visited_at < ?', [subtractDuration(now, this.retention).getTime()]);
    return toInt(r?.n ?? 0);
  }

  /** Removes visits older than the retention period; returns how many. */
  async purgeExpired(now: Date = this.now()): Promise<number> {
    const cutoff = subtractDuration(now, this.retention);
    const r = await this.db.run('DELETE FROM visits WHERE visited_at < ?', [cutoff.getTime()]);
    return r.changes;
  }

  /** A visitor who withdraws analytics: their id is removed from past visits. */
  async forgetVisitor(visitorId: string): Promise<number> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(visitorId)) return 0;
    const r = await this.db.run('UPDATE visits SET visitor_id = NULL WHERE visitor_id = ?', [visitorId]);
    return r.changes;
  }
}
