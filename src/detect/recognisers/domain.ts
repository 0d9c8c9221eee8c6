/**
 * Domain names: is this host name under a real top-level domain (the public suffix list, via tldts),
 * and is a bare host written in prose plausibly a web address rather than a file name or two words
 * joined by a missing space ("Mr.Kim", "hi.how", "script.py")?
 */
import { lazy } from '../../lazy.js';

const tldts = lazy<typeof import('tldts')>('tldts');

const cache = new Map<string, string | null>();

/** The public suffix of `host` when it is an ICANN one, else null. */
export function icannSuffix(host: string): string | null {
  return icannSuffixOfLower(host.toLowerCase());
}
/** `icannSuffix` of a host already in lower case. */
export function icannSuffixOfLower(h: string): string | null {
  let r = cache.get(h);
  if (r === undefined) {
    const p = tldts().parse(h, { allowPrivateDomains: false });
    r = p.isIcann === true && p.publicSuffix && p.domain && p.hostname === h ? p.publicSuffix : null;
    if (cache.size > 50_000) cache.clear();
    cache.set(h, r);
  }
  return r;
}

/** Top-level domains that are also common file extensions. */
const FILE_EXTENSIONS = new Set(['zip', 'mov', 'py', 'md', 'sh', 'pl', 'rs', 'ps', 'mp', 'ml', 'sc', 'cc', 'so', 'bat', 'pdf', 'doc', 'js', 'ts', 'csv']);
/** Those of them that a path after does not make a site's ("main.py/", "notes.md/"). */
const FILE_ONLY = new Set(['zip', 'mov', 'py', 'md', 'pdf', 'doc', 'js', 'ts', 'csv', 'bat']);
/** Top-level domains that are ordinary words, when a bare host ends in them. */
const WORD_TLDS = new Set([
  'how', 'now', 'you', 'one', 'top', 'win', 'kim', 'lol', 'fun', 'run', 'art', 'day', 'new', 'bar', 'best', 'buy', 'car', 'cat',
  'dog', 'fit', 'fly', 'here', 'hot', 'ink', 'joy', 'kid', 'land', 'life', 'live', 'love', 'map', 'men', 'mom', 'off', 'pet',
  'pro', 'pub', 'red', 'see', 'ski', 'soy', 'spot', 'tab', 'talk', 'team', 'tips', 'today', 'tools', 'toys', 'vote', 'wed',
  'work', 'zone', 'it', 'is', 'at', 'be', 'in', 'to', 'us', 'my', 'am', 'as', 'by', 'do', 'go', 'hi', 'no', 'ok', 'so', 'we',
  'me', 'tv', 'la', 'ma', 'mo', 'pe', 're', 'se', 'st', 'sex', 'gay', 'bio', 'eco', 'how', 'moe', 'one', 'ooo', 'rip', 'wow',
  'yes', 'lat', 'sky', 'law', 'fan', 'hair', 'game', 'news', 'mba', 'phd', 'esq', 'ltd', 'inc', 'ceo', 'mit', 'ing', 'san',
]);
/** The WORD_TLDS that sites are given under, where the text calls them sites (not "how", "now", "you"). */
const SITE_TLDS = new Set(['pro', 'live', 'art', 'team', 'tips', 'tools', 'zone', 'land', 'fit', 'ink', 'fan', 'bio', 'eco', 'kim', 'moe', 'ski']);
/**
 * The names of fields and settings, under top-level domains that are also field names: `user.email`,
 * `user.name`, `row.id`, `event.date` are no hosts (`hina.page`, `kompas.id` are).
 */
const FIELD_LABELS = new Set(['user', 'users', 'row', 'item', 'event', 'obj', 'object', 'self', 'this', 'config', 'post', 'file', 'node', 'el', 'req', 'res', 'ctx', 'model', 'record', 'entry', 'field', 'form', 'params', 'props', 'state', 'result', 'response', 'request', 'data', 'doc', 'msg', 'message', 'person', 'profile', 'account', 'customer', 'student', 'order', 'product', 'author', 'contact', 'member', 'meta', 'settings', 'options', 'opts', 'args', 'input', 'output', 'value', 'values', 'target', 'window', 'document', 'sender', 'recipient']);
const FIELD_TLDS = new Set(['email', 'name', 'page', 'link', 'id', 'style', 'date', 'click', 'host', 'data', 'save', 'play', 'show', 'group', 'type', 'phone', 'mobile', 'city', 'country', 'address', 'company']);
/** Technology names that look like domains. */
const NOT_DOMAINS = new Set(['asp.net', 'vb.net', 'ado.net', 'socket.io', 'dot.net', 'node.js', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s']);
/** Hosts used to share a messenger contact; always a contact reference. */
export const MESSENGER_HOSTS = new Set([
  't.me', 'telegram.me', 'telegram.dog', 'wa.me', 'line.me', 'lin.ee', 'open.kakao.com', 'qr.kakao.com', 'pf.kakao.com', 'zalo.me',
  'm.me', 'ig.me', 'discord.gg', 'discord.com', 'instagram.com', 'facebook.com', 'fb.com', 'fb.me', 'u.wechat.com', 'weixin.qq.com',
  'invite.viber.com', 'vb.me', 'join.skype.com', 'chat.whatsapp.com', 'vk.com', 'vk.me', 'ok.ru',
]);

/** The most common top-level domains, which a host may end in written in any case. */
const COMMON_ENDINGS = /^(?:com|net|org|ru|jp|kr|vn|io)$/i;

/**
 * Decides whether a bare host (no scheme, no www, no path) found in prose is a web address. `h`: `host` in lower
 * case; `named`: the text calls it a site just before it ("сайт vladmakarov.pro"), so that a top-level domain that
 * is a word needs nothing more.
 */
export function plausibleBareHost(host: string, withPath = false, h = host.toLowerCase(), named = false): boolean {
  if (MESSENGER_HOSTS.has(h)) return true;
  if (NOT_DOMAINS.has(h)) return false;
  const suffix = icannSuffixOfLower(h);
  if (!suffix) return false;
  const labels = h.split('.');
  const tld = labels[labels.length - 1];
  // with a path, a country's domain that is also an extension is a site's ("taplink.cc/name", "notion.so/page")
  if (withPath) return !FILE_ONLY.has(tld);
  if (FILE_EXTENSIONS.has(tld)) return false;
  const first = labels[0];
  // "Mr.Kim", "Hello.How", "done.OK": a capitalised word on both sides of a missing space, or a word in
  // capitals after one in lower case; not one of the most common domains ("example.Com", "えいご塾.COM").
  const lastLabel = host.slice(host.lastIndexOf('.') + 1);
  if (!COMMON_ENDINGS.test(lastLabel)) {
    if (/^[A-Z][a-z]+$/.test(lastLabel)) return false;
    if (/^[A-Z]+$/.test(lastLabel) && !/^[A-Z0-9.-]+$/.test(host)) return false;
  }
  if (WORD_TLDS.has(tld)) {
    // Word-like endings need a host that does not read as two words: a digit, a hyphen, a
    // registrable second-level suffix, or three labels.
    // (or, where the text calls it a site, one of the endings sites are given under, after a first label of four
    // letters or more, none a capital: a sentence's word has one after a missing space)
    if (labels.length < 3 && !/[\d-]/.test(first) && suffix === tld && !(named && SITE_TLDS.has(tld) && first.length >= 4 && !/[A-Z]/.test(host))) return false;
  }
  if (labels.length === 2 && first.length < 2) return false;
  if (labels.length === 2 && FIELD_LABELS.has(first) && FIELD_TLDS.has(tld)) return false;
  return true;
}
