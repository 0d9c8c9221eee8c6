import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { CustosError } from '../errors.js';
import { loadPolicyFile } from '../policy/load.js';
import { clonesAsIs, PrepareThread, type Prepared } from './prepare.js';
import type { CreateSubjectInput } from './vault.js';

/** Inputs each refused for its own reason, by every check of preparation. */
const BAD: unknown[] = [
  { externalId: 'b-email', jurisdiction: 'JP', fields: { name: 'A', email: 'not-an-email' } },
  { externalId: 'b-phone', jurisdiction: 'JP', fields: { name: 'B', phone: '12' } },
  { externalId: 'b-date', jurisdiction: 'JP', fields: { name: 'C', birth_date: '1990-02-31' } },
  { externalId: 'b-unknown', jurisdiction: 'JP', fields: { name: 'D', shoe_size: 42 } },
  { externalId: 'b-multiple', jurisdiction: 'JP', fields: { messages: 'hi' } },
  { externalId: 'b-jurisdiction', jurisdiction: 'XX', fields: { name: 'E' } },
  { externalId: 'x'.repeat(201), jurisdiction: 'JP', fields: { name: 'F' } },
  { externalId: 'b-nul\u0000', jurisdiction: 'JP', fields: { name: 'G' } },
  { externalId: 'b-surrogate', jurisdiction: 'JP', fields: { name: 'H\ud800' } },
  { externalId: 'b-country', jurisdiction: 'JP', fields: { name: 'I', country: 'ZZ' } },
  { externalId: 'b-fields', jurisdiction: 'JP', fields: ['name'] },
  { externalId: 'b-special', jurisdiction: 'JP', fields: { name: 'J', voluntary_profile: 'I was in hospital for depression last year.' } },
  { externalId: 'b-json', jurisdiction: 'JP', fields: { name: 'K', device_data: 'text' } },
  null,
];

const person = (i: number): CreateSubjectInput => ({
  externalId: `p-${i}`,
  jurisdiction: 'JP',
  fields: { name: `Person ${i}`, email: `P${i}@Example.COM`, phone: `090-${String(1000 + i).padStart(4, '0')}-5678`, birth_date: '1990-02-03', voluntary_profile: 'I teach piano.', device_data: { os: 'Linux', n: i } },
});

/** A batch large enough for the prepare thread: good inputs with the bad ones among them. */
function batch(): CreateSubjectInput[] {
  const out: unknown[] = Array.from({ length: 300 }, (_, i) => person(i));
  BAD.forEach((b, k) => out.splice(7 + k * 20, 0, b));
  return out as CreateSubjectInput[];
}

const errorOf = (r: unknown) => {
  const e = (r as { error: unknown }).error;
  expect(e).toBeInstanceOf(CustosError);
  const c = e as CustosError;
  return { code: c.code, message: c.message, details: c.details, name: c.name, status: c.status };
};

const threadOf = (c: Custos) => (c.vault as unknown as { thread?: { answered: number; worker?: { terminate(): Promise<number> } } }).thread;

describeBackends('vault: batches prepared on the thread', (backend) => {
  let env: Env;
  let custos: Custos;
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open({ monitor: false });
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('each bad input gets the same CustosError as on the main thread; the good ones are stored and read back the same', async () => {
    const inputs = batch();
    const onThread = await custos.vault.createMany(inputs);
    // prepared on the thread indeed, not on the main thread after a failure of it
    expect(threadOf(custos)?.answered).toBe(1);
    // the same inputs one by one (too few for the thread), in another store
    const env2 = await makeEnv(backend);
    try {
      const other = await env2.open({ monitor: false });
      const onMain: Awaited<ReturnType<Custos['vault']['createMany']>> = [];
      for (const input of inputs) onMain.push(...(await other.vault.createMany([input])));
      expect(threadOf(other)).toBeUndefined();
      const bad = inputs.map((x, i) => ('error' in onMain[i] ? i : -1)).filter((i) => i >= 0);
      expect(bad.length).toBe(BAD.length);
      expect(onThread.map((r) => 'error' in r)).toEqual(onMain.map((r) => 'error' in r));
      for (const i of bad) expect(errorOf(onThread[i]), `input ${i}`).toEqual(errorOf(onMain[i]));
      expect(bad.map((i) => errorOf(onThread[i]).details[0]?.rule)).toEqual([
        'email_syntax',
        'phone_valid',
        'date_valid',
        'category_declared',
        'multiple_category',
        'jurisdiction_declared',
        'external_id',
        'well_formed_text',
        'well_formed_text',
        'country_code',
        'object',
        'special_care_refused',
        'json_type',
        'object',
      ]);
      // nothing of a refused input was written; every good one reads back as on the main thread
      const count = async (c: Custos) => (await c.vault.count()).active;
      expect(await count(custos)).toBe(300);
      for (const i of [0, 150, 299]) {
        const a = await custos.vault.read((await custos.vault.findByExternalId(`p-${i}`))!);
        const b = await other.vault.read((await other.vault.findByExternalId(`p-${i}`))!);
        expect(a.fields).toEqual(b.fields);
        expect(await custos.vault.findByEmail(`p${i}@example.com`)).toEqual([a.id]);
        expect(await custos.vault.findByPhone(`090-${String(1000 + i).padStart(4, '0')}-5678`, 'JP')).toEqual([a.id]);
      }
      // the same batch again: every good input is the subject on file
      const again = await custos.vault.createMany(inputs);
      expect(again.filter((r) => 'id' in r && !r.created).length).toBe(300);
      expect(await count(custos)).toBe(300);
    } finally {
      await env2.cleanup();
    }
  });

  it('an application special-care check (a function, which cannot go to the thread) still refuses in a large batch', async () => {
    const checked: string[] = [];
    const own = await env.open({ monitor: false, specialCare: (t) => (checked.push(t), t.includes('secret club') ? ['custom'] : []) });
    const inputs = Array.from({ length: 300 }, (_, i) => ({ ...person(i), fields: { name: `Own ${i}`, voluntary_profile: i % 100 === 5 ? 'I am in a secret club.' : 'I teach piano.' } }));
    const results = await own.vault.createMany(inputs);
    expect(threadOf(own)).toBeUndefined();
    expect(checked.length).toBe(300);
    const refused = results.flatMap((r, i) => ('error' in r ? [[i, errorOf(r).code, errorOf(r).details[0].rule, errorOf(r).message]] : []));
    expect(refused).toEqual([5, 105, 205].map((i) => [i, 'CUSTOS_SPECIAL_CARE', 'special_care_refused', 'fields.voluntary_profile: special-care data (custom) is never collected']));
  });

  it('when the thread has stopped, batches are prepared on the main thread', async () => {
    await custos.vault.createMany(Array.from({ length: 300 }, (_, i) => person(i)));
    await threadOf(custos)!.worker!.terminate();
    const results = await custos.vault.createMany(Array.from({ length: 300 }, (_, i) => person(1000 + i)));
    expect(results.every((r) => 'created' in r && r.created)).toBe(true);
    const refused = await custos.vault.createMany(batch());
    expect(refused.filter((r) => 'error' in r).map((r) => errorOf(r).details[0]?.rule)).toContain('special_care_refused');
    expect((await custos.vault.count()).active).toBe(600);
    // only the first batch went to the thread
    expect(threadOf(custos)!.answered).toBe(1);
  });

  it('a batch keeps its turn while it is prepared on the thread: a smaller batch sent after it is stored after it', async () => {
    const big = Array.from({ length: 300 }, (_, i) => person(i));
    const [first, second] = await Promise.all([custos.vault.createMany(big), custos.vault.createMany([{ ...person(7), fields: { name: 'Later Row' } }])]);
    expect(first[7]).toMatchObject({ created: true });
    expect(second[0]).toEqual({ id: (first[7] as { id: string }).id, created: false });
    expect((await custos.vault.read((first[7] as { id: string }).id)).fields.name).toBe('Person 7');
  });

  it('inputs that a structured clone would change (objects of a class) are prepared on the main thread', async () => {
    class Fields {
      name = 'Classy';
    }
    expect(clonesAsIs([{ fields: { name: 'x', device_data: { a: [1, { b: null }] } } }])).toBe(true);
    expect(clonesAsIs([{ fields: new Fields() }])).toBe(false);
    expect(clonesAsIs([{ fields: { device_data: new Date() } }])).toBe(false);
    const inputs = Array.from({ length: 300 }, (_, i) => (i === 3 ? { externalId: 'classy', fields: new Fields() as unknown as Record<string, unknown> } : person(i)));
    const results = await custos.vault.createMany(inputs);
    expect(threadOf(custos)).toBeUndefined();
    expect(results.every((r) => 'created' in r)).toBe(true);
    expect((await custos.vault.read((await custos.vault.findByExternalId('classy'))!)).fields).toEqual({ name: 'Classy' });
  });
});

describe('the prepare thread', () => {
  it('stops when it has been idle, and starts again for the next batch, with the policy sent again', async () => {
    const { policy } = loadPolicyFile(new URL('../../examples/tutoring-marketplace.policy.yaml', import.meta.url).pathname);
    const thread = new PrepareThread(randomBytes(32), 50);
    try {
      const first = await thread.prepare(policy, true, [person(1), person(2)]);
      expect(thread.running).toBe(true);
      await new Promise((r) => setTimeout(r, 300)); // (the idle timer, set when the job was answered, fires first)
      expect(thread.running).toBe(false);
      const again = await thread.prepare(policy, true, [person(3)]);
      expect(thread.answered).toBe(2);
      for (const o of [...first, ...again]) expect((o as Prepared).sealed?.get('name')).toBeInstanceOf(Buffer);
    } finally {
      await thread.close();
    }
  });
});
