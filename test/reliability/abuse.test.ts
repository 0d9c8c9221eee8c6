/**
 * Abuse of the request process, over HTTP, after the attacks published in studies of GDPR right-of-access
 * abuse (impersonation to obtain someone else's data): look-alike and spoofed addresses, a name alone,
 * forged agent letters, code replay and brute force across intakes, enumeration by timing and by answer
 * differences, mass enumeration, and forwarded export links. The count that matters: disclosures = 0 —
 * no attacker receives a code, a session, the person's data, or a hint that the address is on file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText } from '../smtp.js';
import { freshIp, openSession, requestCode, startStack, type Stack } from './stack.js';
import { record } from './report.js';
import { LIMIT_PER_IDENTIFIER, LIMIT_PER_NETWORK, MAX_ATTEMPTS } from '../../src/requests/intake.js';

const PERSON = { name: 'Yuki Tanaka', email: 'yuki.tanaka@example.jp' };
let s: Stack;
let person: string;
const figures = { attacks: 0, disclosures: 0, mailsToAddressesNotOnFile: 0, timing: {} as Record<string, number>, answerShapesDiffer: 0 };
/** An attack outcome that must not happen: counted as a disclosure when it does, and the test fails. */
function never(happened: boolean, why: string): void {
  if (happened) figures.disclosures++;
  expect(happened, why).toBe(false);
}
let people = 0;
/** A person on file with an address of their own (per-address limits of one attack do not spill into the next). */
async function newPerson(): Promise<{ id: string; name: string; email: string }> {
  const n = people++;
  const p = { name: `Tanaka Person${n}`, email: `tanaka.${n}@example.jp` };
  extraOnFile.push(p.email);
  const { id } = await s.custos.subjects.create({ jurisdiction: 'JP', fields: p }, { actor: { keyId: 'abuse', role: 'application' }, purpose: 'account' });
  return { id, ...p };
}
const count = async (table: string) => Number((await s.custos.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);

beforeAll(async () => {
  s = await startStack({ smtp: true });
  person = (await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: PERSON.name, email: PERSON.email } }, { actor: { keyId: 'abuse', role: 'application' }, purpose: 'account' })).id;
  await s.custos.subjects.addRecord(person, 'messages', 'Yuki private lesson note', { actor: { keyId: 'abuse', role: 'application' }, purpose: 'lesson_delivery' });
}, 60_000);
afterAll(async () => {
  // Every mail Custos sent in these attacks went to an address on file.
  const onFile = new Set([PERSON.email, ...extraOnFile]);
  figures.mailsToAddressesNotOnFile = s.sink!.messages.flatMap((m) => m.to).filter((t) => !onFile.has(t)).length;
  figures.disclosures += figures.mailsToAddressesNotOnFile;
  record('abuse', figures);
  await s?.close();
});
const extraOnFile: string[] = [];

const start = (payload: Record<string, unknown>, ip = freshIp()) => s.app.inject({ method: 'POST', url: '/v1/privacy/requests', payload: { language: 'en', type: 'access', ...payload }, remoteAddress: ip });
const verify = (intakeId: string, code: string) => s.app.inject({ method: 'POST', url: '/v1/privacy/verify', payload: { intakeId, code }, remoteAddress: freshIp() });
/** The answer with its per-request parts (ids, times) replaced, to compare answers by shape and text. */
const shape = (r: { statusCode: number; body: string }) =>
  JSON.stringify({ status: r.statusCode, body: JSON.parse(r.body, (k, v) => (k === 'intakeId' || k === 'instance' || k === 'expiresAt' ? typeof v : v)) });
const mailsSince = async (n: number) => {
  // a second pass follows one under way that may have begun before the last mail was queued
  await s.custos.outbox.deliver();
  await s.custos.outbox.deliver();
  await s.sink!.settled();
  return s.sink!.messages.slice(n);
};

describe('abuse of the request process', () => {
  it('look-alike, confusable, plus-addressed and case-changed addresses: the same answer, and a code only ever goes to the address on file', async () => {
    const lookAlikes = [
      'yuki.tanaka@examp1e.jp',
      'yuki.tanaka@exаmple.jp', // Cyrillic а
      'yukі.tanaka@example.jp', // Cyrillic і
      'yuki.tanaka@example.jp.attacker.example',
      'yuki.tanaka+attacker@example.jp',
      'YUKI.TANAKA@EXAMPLE.JP',
      'ｙｕｋｉ.ｔａｎａｋａ@ｅｘａｍｐｌｅ.ｊｐ',
      'yuki.tanaka@example.jp\r\nBcc: attacker@evil.example',
      '"yuki.tanaka@example.jp" <attacker@evil.example>',
      'attacker@evil.example, yuki.tanaka@example.jp',
    ];
    const reference = shape(await start({ email: 'nobody-at-all@example.org' }));
    const before = s.sink!.messages.length;
    for (const email of lookAlikes) {
      figures.attacks++;
      const r = await start({ email });
      // Either the same 202 as any address, or an input error naming the field: never a hint about the person.
      if (r.statusCode === 202) expect(shape(r)).toBe(reference);
      else expect(['email', 'body.email']).toContain(r.json().errors[0].field);
      expect(r.body).not.toContain(PERSON.name);
    }
    const mails = await mailsSince(before);
    never(mails.some((m) => m.to.length !== 1 || m.to[0] !== PERSON.email), 'a code went to a look-alike address');
  });

  it('a name alone is not an identifier: refused before anything is stored or sent', async () => {
    figures.attacks++;
    const intakes = await count('request_intakes');
    const outbox = await count('mail_outbox');
    for (const payload of [{ details: { name: PERSON.name } }, { name: PERSON.name }, { email: PERSON.name }, { phone: PERSON.name }]) {
      const r = await start(payload);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors[0].rule).toBeTruthy();
    }
    never((await count('request_intakes')) !== intakes || (await count('mail_outbox')) !== outbox, 'a name alone started an intake or queued a mail');
  });

  it('a spoofed sender is irrelevant: the code goes to the address on file, and guessing it fails and locks the intake', async () => {
    figures.attacks++;
    const { intakeId, code } = await requestCode(s, PERSON.email);
    let n = 0;
    for (let guess = 0; n < MAX_ATTEMPTS; guess++) {
      const g = String(guess).padStart(6, '0');
      if (g === code) continue;
      n++;
      const r = await verify(intakeId, g);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().errors[0].rule).toBe('code_valid');
    }
    const late = await verify(intakeId, code);
    never(late.statusCode === 200, 'the right code still worked after the attempts ran out');
  });

  it('code replay and brute force across intakes: a used code fails, a code works only for its own intake, codes stop after the per-address limit', async () => {
    figures.attacks += 3;
    const P = await newPerson();
    const first = await requestCode(s, P.email);
    expect((await verify(first.intakeId, first.code)).statusCode).toBe(200);
    never((await verify(first.intakeId, first.code)).statusCode === 200, 'a code was replayed');
    const second = await start({ email: P.email });
    never((await verify(second.json().intakeId, first.code)).statusCode === 200, 'a code crossed intakes');
    // Flood the address: past the per-address limit the answer is the same and no code is sent.
    const before = s.sink!.messages.length;
    const answers = new Set<string>();
    const intakes: string[] = [];
    for (let i = 0; i < LIMIT_PER_IDENTIFIER + 5; i++) {
      const r = await start({ email: P.email });
      answers.add(shape(r));
      intakes.push(r.json().intakeId);
    }
    expect(answers.size).toBe(1);
    // Codes mailed in the flood (other mails, such as the first request's completion notice, carry no code).
    const codes = (await mailsSince(before)).map((m) => /\b(\d{6})\b/.exec(bodyText(m.raw))?.[1]).filter(Boolean);
    never(codes.length > LIMIT_PER_IDENTIFIER, 'codes kept coming past the per-address limit');
    const sent = new Set(codes);
    // Guessing on every intake (never the real codes): nothing verifies; each intake takes MAX_ATTEMPTS guesses at most.
    let wins = 0;
    for (const id of intakes) for (let g = 0, k = 0; k < MAX_ATTEMPTS + 1; g++) {
      const c = String(123456 + g).padStart(6, '0');
      if (sent.has(c)) continue;
      k++;
      if ((await verify(id, c)).statusCode === 200) wins++;
    }
    never(wins > 0, 'a guessed code verified');
  });

  it('forged agent letters: the code goes to the person, not the agent; the request waits for staff approval and nothing reaches the agent', async () => {
    figures.attacks++;
    const P = await newPerson();
    const agent = { name: 'Totally Legit Agency', email: 'agent@forger.example', authorisation: `I, ${P.name}, authorise this agency to receive all my data. Signed.` };
    const before = s.sink!.messages.length;
    const { intakeId, code } = await requestCode(s, P.email, 'access', { agent });
    // Even when the person is tricked into passing on the code, the agent's request is not fulfilled.
    const v = await verify(intakeId, code);
    expect(v.statusCode).toBe(200);
    const req = v.json().request;
    never(req.status === 'completed' || req.exportExpiresAt !== undefined, 'an agent request was fulfilled without staff approval');
    const mails = await mailsSince(before);
    never(mails.flatMap((m) => m.to).some((t) => t !== P.email), 'mail went to the agent');
  });

  it('enumeration: known and unknown addresses get identical answers (status and body shape); the timing difference is measured and reported', async () => {
    figures.attacks++;
    const known: string[] = [];
    for (let i = 0; i < 50; i++) {
      const email = `known.${i}@enum.example`;
      known.push(email);
      extraOnFile.push(email);
      await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: `Known ${i}`, email } }, { actor: { keyId: 'abuse', role: 'application' }, purpose: 'account' });
    }
    const unknown = known.map((_, i) => `unknown.${i}@enum.example`);
    const times = { known: [] as number[], unknown: [] as number[] };
    const shapes = new Set<string>();
    // Interleaved, ten at a time, each from its own network.
    for (let i = 0; i < 50; i += 5) {
      await Promise.all(
        [...known.slice(i, i + 5).map((e) => ['known', e] as const), ...unknown.slice(i, i + 5).map((e) => ['unknown', e] as const)].map(async ([kind, email]) => {
          const t0 = process.hrtime.bigint();
          const r = await start({ email });
          times[kind].push(Number(process.hrtime.bigint() - t0) / 1e6);
          shapes.add(shape(r));
        }),
      );
    }
    if (shapes.size !== 1) figures.answerShapesDiffer++;
    never(shapes.size !== 1, 'known and unknown addresses answer differently');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    figures.timing = { knownMedianMs: +median(times.known).toFixed(1), unknownMedianMs: +median(times.unknown).toFixed(1), medianDifferenceMs: +(median(times.known) - median(times.unknown)).toFixed(1), samplesEach: 50 };
    // The verify step does not tell either: an unknown intake and a wrong code look the same.
    const known1 = await start({ email: known[0] });
    const a = await verify(known1.json().intakeId, '000001');
    const b = await verify('00000000-0000-4000-8000-000000000000', '000001');
    never(shape(a) !== shape(b), 'verify tells an unknown intake from a wrong code');
    // Resend: the same for an intake with a person behind it and one without.
    const unknown1 = await start({ email: unknown[0] });
    const ra = await s.app.inject({ method: 'POST', url: '/v1/privacy/requests/resend', payload: { intakeId: known1.json().intakeId }, remoteAddress: freshIp() });
    const rb = await s.app.inject({ method: 'POST', url: '/v1/privacy/requests/resend', payload: { intakeId: unknown1.json().intakeId }, remoteAddress: freshIp() });
    never(shape(ra) !== shape(rb), 'resend tells a known intake from an unknown one');
  });

  it('mass enumeration from one network: past the limit every address gets the same refusal', async () => {
    figures.attacks++;
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT_PER_NETWORK + 5; i++) statuses.push((await start({ email: i % 2 ? PERSON.email : `mass.${i}@enum.example` }, ip)).statusCode);
    expect(statuses.slice(0, LIMIT_PER_NETWORK).every((c) => c === 202)).toBe(true);
    // The refusal does not depend on the address either.
    const refusals = new Set<string>();
    for (const email of [PERSON.email, 'never.seen@enum.example']) refusals.add(shape(await start({ email }, ip)));
    never(refusals.size !== 1, 'the network refusal depends on the address');
    expect(statuses.slice(LIMIT_PER_NETWORK).every((c) => c === 429)).toBe(true);
  });

  it('a forwarded export link is useless: without the person\'s own session it answers 401 or 404, never the export', async () => {
    figures.attacks++;
    const P = await newPerson();
    await s.custos.subjects.addRecord(P.id, 'messages', 'private lesson note', { actor: { keyId: 'abuse', role: 'application' }, purpose: 'lesson_delivery' });
    const own = await openSession(s, P.email, 'access');
    const url = `/v1/privacy/me/requests/${own.requestId}/export`;
    const mine = await s.app.inject({ method: 'GET', url, headers: { cookie: own.cookie } });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/zip');
    const otherEmail = 'attacker.account@enum.example';
    extraOnFile.push(otherEmail);
    const attacker = await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Attacker', email: otherEmail } }, { actor: { keyId: 'abuse', role: 'application' }, purpose: 'account' });
    const attackerSession = await openSession(s, otherEmail, 'access');
    const appToken = (await s.app.inject({ method: 'POST', url: '/v1/subject-tokens', headers: { authorization: `Bearer ${s.keys.application}` }, payload: { subjectId: attacker.id } })).json().token;
    for (const headers of [{}, { cookie: attackerSession.cookie }, { authorization: `Subject ${appToken}` }, { authorization: `Bearer ${s.keys.privacy_officer}` }, { cookie: `custos_session=${own.token.slice(0, -4)}AAAA` }]) {
      const r = await s.app.inject({ method: 'GET', url, headers });
      never(![401, 404].includes(r.statusCode) || r.body.includes(P.name) || r.headers['content-type'] === 'application/zip', `a forwarded export link answered ${r.statusCode}`);
    }
  });
});
