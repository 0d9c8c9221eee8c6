/**
 * A small User-Agent parser: browser family and major version, operating-system family and major
 * version. Only what the visit log and consent evidence need; the raw string is never stored.
 * Order matters: many browsers carry "Chrome" and "Safari" tokens, so the specific ones come first.
 */
export interface UserAgentInfo {
  browser: string;
  browserMajor: string | null;
  os: string;
  osMajor: string | null;
}

const BROWSERS: [string, RegExp][] = [
  ['Bot', /(bot|crawler|spider|slurp)\b/i],
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|Opera|OPT)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Yandex Browser', /\bYaBrowser\/(\d+)/],
  ['UC Browser', /\bUCBrowser\/(\d+)/],
  ['Whale', /\bWhale\/(\d+)/],
  ['Coc Coc', /\bcoc_coc_browser\/(\d+)/],
  ['Vivaldi', /\bVivaldi\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Chromium', /\bChromium\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
  ['Internet Explorer', /\b(?:MSIE (\d+)|Trident\/.*rv:(\d+))/],
];

const SYSTEMS: [string, RegExp][] = [
  ['Windows', /\bWindows NT (\d+)/],
  ['iOS', /\b(?:iPhone|iPad|iPod).*? OS (\d+)_/],
  ['Android', /\bAndroid (\d+)/],
  ['Chrome OS', /\bCrOS\b/],
  ['macOS', /\bMac OS X (\d+)[_.]/],
  ['Linux', /\bLinux\b/],
];

export function parseUserAgent(ua: string | undefined | null): UserAgentInfo {
  const s = (ua ?? '').slice(0, 1000);
  let browser = 'Other';
  let browserMajor: string | null = null;
  for (const [name, re] of BROWSERS) {
    const m = re.exec(s);
    if (m) {
      browser = name;
      browserMajor = name === 'Bot' ? null : (m.slice(1).find((g) => g !== undefined) ?? null);
      break;
    }
  }
  let os = 'Other';
  let osMajor: string | null = null;
  for (const [name, re] of SYSTEMS) {
    const m = re.exec(s);
    if (m) {
      os = name;
      osMajor = m[1] ?? null;
      break;
    }
  }
  // Windows NT 10.0 is Windows 10 and 11 alike; NT 6.x are 7/8/8.1: report the NT major as given.
  return { browser, browserMajor, os, osMajor };
}
