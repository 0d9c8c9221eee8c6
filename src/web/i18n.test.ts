import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, REQUEST_TYPES } from '../policy/schema.js';
import { REFUSAL_CODES, REQUEST_STATUSES } from '../requests/service.js';
import { WITHHELD_REASONS } from '../access/decision.js';

type Table = Record<string, Record<string, string>>;

async function strings(app: 'center' | 'admin'): Promise<Table> {
  const url = new URL(`./${app}/i18n.js`, import.meta.url).href;
  return ((await import(url)) as { STRINGS: Table }).STRINGS;
}

const source = (app: string) => readFileSync(fileURLToPath(new URL(`./${app}/app.js`, import.meta.url)), 'utf8');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(['center', 'admin'] as const)('the %s speaks five languages', (app) => {
  it('has every key in every language, none empty, with the same placeholders as English', async () => {
    const table = await strings(app);
    expect(Object.keys(table).sort()).toEqual([...LANGUAGES].sort());
    const keys = Object.keys(table.en);
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGUAGES) {
      const missing = keys.filter((k) => !(k in table[lang]));
      const extra = Object.keys(table[lang]).filter((k) => !(k in table.en));
      expect({ lang, missing, extra }).toEqual({ lang, missing: [], extra: [] });
      for (const k of keys) {
        expect(table[lang][k].trim(), `${lang} ${k}`).not.toBe('');
        expect(placeholders(table[lang][k]), `${lang} ${k}`).toEqual(placeholders(table.en[k]));
      }
    }
  });

  it('is translated, not copied: most strings differ from English in every other language', async () => {
    const table = await strings(app);
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const same = Object.keys(table.en).filter((k) => table[lang][k] === table.en[k] && !/^[\d{}\s()#.:/-]*$/.test(table.en[k]));
      expect(same.length / Object.keys(table.en).length, `${lang}: ${same.join(', ')}`).toBeLessThan(0.03);
    }
  });

  it('has a string for every key the page asks for', async () => {
    const table = await strings(app);
    const used = [...source(app).matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !(k in table.en))).toEqual([]);
  });
});

describe('keys built from the domain exist', () => {
  it('request types, statuses, refusal codes and withheld reasons have words in both front ends', async () => {
    const center = (await strings('center')).en;
    const admin = (await strings('admin')).en;
    for (const type of REQUEST_TYPES) {
      expect(center[`type.${type}`]).toBeTruthy();
      expect(center[`type.${type}.hint`]).toBeTruthy();
      expect(admin[`type.${type}`]).toBeTruthy();
    }
    for (const status of REQUEST_STATUSES) {
      expect(center[`status.${status}`]).toBeTruthy();
      expect(center[`status.${status}.text`]).toBeTruthy();
      expect(admin[`status.${status}`]).toBeTruthy();
    }
    for (const code of REFUSAL_CODES) {
      expect(center[`refusal.${code}`]).toBeTruthy();
      expect(admin[`refusal.${code}`]).toBeTruthy();
    }
    for (const reason of WITHHELD_REASONS) expect(admin[`withheld.${reason}`]).toBeTruthy();
  });
});

describe("the console's words for the server's findings", () => {
  /** The rule ids the server's sources raise: in error details, `invalidInput`, the zod issue mapping, refusals, and the access decision's reasons. */
  function raisedRules(): Set<string> {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('web/'));
    const raised = /(?:rule:\s*|invalidInput\([^,()]+,\s*|refused:\s*|return\s+)'([a-z_]+)'/g;
    return new Set([...files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(raised)].map((m) => m[1])), ...WITHHELD_REASONS]);
  }

  it("are for rules the server raises (a rule without them is shown in the server's words)", async () => {
    const table = await strings('admin');
    const rules = Object.keys(table.en)
      .filter((k) => k.startsWith('problem.'))
      .map((k) => k.slice('problem.'.length));
    // the rules of the forms: the zod mapping's, subject search's, the request actions', the notice texts'
    expect(rules).toEqual(expect.arrayContaining(['required', 'too_big', 'email_syntax', 'phone_valid', 'purpose_declared', 'reason_required', 'assignee', 'extended_once', 'notice_not_sent']));
    const raised = raisedRules();
    expect(rules.filter((r) => !raised.has(r))).toEqual([]);
  });
});
