import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { exportBundle } from './export.js';
import { collectGarbage } from '../../test/gc.js';

const ENTRIES = 100_000;

describe('access export memory', () => {
  let env: Env;
  let custos: Custos;
  let id: string;
  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open({ monitor: false });
    id = (await custos.subjects.create({ fields: { name: 'Much Accessed', email: 'many@example.com' } }, { actor: { keyId: 'a', role: 'application' }, purpose: 'account' })).id;
    for (let i = 0; i < ENTRIES; i += 10_000)
      await custos.audit.appendMany(
        Array.from({ length: 10_000 }, () => ({ actor: { keyId: 'desk', role: 'support' }, action: 'subject.read', purpose: 'support', subjectId: id, fields: ['name', 'email'], outcome: 'allowed' as const })),
      );
  }, 120_000);
  afterAll(async () => {
    await env.cleanup();
  });

  it('a subject with 100,000 audit entries exports within a fixed memory bound', async () => {
    const file = join(env.dataDir, 'export.zip');
    collectGarbage();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let chunks = 0;
    const sample = new Transform({
      transform(chunk, _e, cb) {
        chunks++;
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        cb(null, chunk);
      },
    });
    await pipeline(await exportBundle(id, { vault: custos.vault, consents: custos.consents, restrictions: custos.restrictions, audit: custos.audit, policy: custos.policy, sections: custos.exportSections }), sample, createWriteStream(file));
    // every entry is in the export ...
    const lines = await new Promise<number>((resolve, reject) =>
      yauzl.fromBuffer(readFileSync(file), { lazyEntries: true }, (err, zip) => {
        if (err || !zip) return reject(err);
        zip.on('entry', (entry: yauzl.Entry) => {
          if (entry.fileName !== 'access_log.csv') return zip.readEntry();
          zip.openReadStream(entry, (e, s) => {
            if (e || !s) return reject(e);
            let n = 0;
            s.on('data', (d: Buffer) => (n += d.toString('utf8').split('\n').length - 1));
            s.on('end', () => resolve(n - 1));
          });
        });
        zip.readEntry();
      }),
    );
    expect(lines).toBe(ENTRIES + 1); // the reads above, plus the creation
    // ... and the export never held them all: what it kept alive grew by far less than 100,000 entries would
    // take (even as one CSV string, about 15 MiB; about 1 MiB is retained here)
    expect(chunks).toBeGreaterThan(5);
    expect(peak).toBeLessThan(8 * 2 ** 20);
    console.log(`export of ${ENTRIES} audit entries in ${chunks} chunks: peak retained heap growth ${(peak / 2 ** 20).toFixed(1)} MiB`);
  }, 120_000);
});
