/**
 * The banner's two static assets, read once. They live beside this module in the source tree; a
 * compiled build (dist/) reads them from the package's src/ folder, which is shipped with it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

function read(name: string): string {
  const here = fileURLToPath(new URL(`./${name}`, import.meta.url));
  const fromDist = fileURLToPath(new URL(`../../../src/web/banner/${name}`, import.meta.url));
  return readFileSync(existsSync(here) ? here : fromDist, 'utf8');
}

export interface Asset {
  body: string;
  etag: string;
  type: string;
}

let cache: { js: Asset; css: Asset } | undefined;

export function bannerAssets(): { js: Asset; css: Asset } {
  if (!cache) {
    const js = read('banner.js');
    const css = read('banner.css');
    const etag = (s: string) => `"${createHash('sha256').update(s).digest('base64url').slice(0, 22)}"`;
    cache = {
      js: { body: js, etag: etag(js), type: 'text/javascript; charset=utf-8' },
      css: { body: css, etag: etag(css), type: 'text/css; charset=utf-8' },
    };
  }
  return cache;
}
