import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { toInt } from '../store/db.js';

describeBackends('key rotation while reads go on', (backend) => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('every data key is rewrapped under a new version while another instance reads; no read fails; old versions retired', async () => {
    const writer = await env.open();
    const n = backend === 'sqlite' ? 5000 : 3000;
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1000) {
      const batch = await writer.vault.createMany(Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({ fields: { name: `Person ${i + k}` } })));
      for (const r of batch) ids.push((r as { id: string }).id);
    }
    // a second instance (another server process in production): its key cache is empty, so each read unwraps from the key store
    const reader = await env.open();
    let rotating = true;
    let progressSeen = 0;
    let readsDuringRotation = 0;
    let reads = 0;
    const failures: unknown[] = [];
    const readers = Array.from({ length: 8 }, async (_, w) => {
      for (let k = w; rotating || k < ids.length; k += 8) {
        const i = k % ids.length;
        try {
          const s = await reader.vault.read(ids[i], ['name']);
          if (s.fields.name !== `Person ${i}`) failures.push(new Error(`wrong value for ${i}`));
        } catch (e) {
          failures.push(e);
        }
        reads++;
        // first reads of a subject (k < n) unwrap its key from the key store, mid-rotation
        if (rotating && progressSeen > 0 && k < ids.length) readsDuringRotation++;
        if (k >= ids.length * 4) break;
      }
    });
    const result = await writer.keyring.rotate((done) => {
      progressSeen = done;
    });
    rotating = false;
    await Promise.all(readers);

    expect(failures).toEqual([]);
    expect(result).toEqual({ version: 2, rewrapped: n });
    expect(readsDuringRotation, 'key-store reads overlapped the rotation').toBeGreaterThan(0);
    expect(reads).toBeGreaterThanOrEqual(n);

    const versions = await writer.keyDb.all<{ version: number; retired_at: unknown }>('SELECT version, retired_at FROM kek_versions ORDER BY version');
    expect(versions.map((v) => [toInt(v.version), v.retired_at !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    const left = await writer.keyDb.get<{ n: number }>('SELECT COUNT(*) AS n FROM data_keys WHERE kek_version <> 2');
    expect(toInt(left!.n)).toBe(0);
    await reader.close();
    await writer.close();

    // a fresh instance reads everything under the new version only
    const fresh = await env.open();
    expect(fresh.keyring.kekVersion).toBe(2);
    for (const i of [0, 1, n >> 1, n - 1]) expect((await fresh.vault.read(ids[i])).fields.name).toBe(`Person ${i}`);
  });

  it('an instance opened before another one rotated wraps its new keys under the new version', async () => {
    const server = await env.open();
    const before = (await server.vault.create({ fields: { name: 'Before' } })).id;
    const operator = await env.open(); // `custos keys rotate`, another process
    expect(await operator.keyring.rotate()).toEqual({ version: 2, rewrapped: 1 });
    await operator.close();
    const after = (await server.vault.create({ fields: { name: 'After' } })).id;
    const rows = await server.keyDb.all<{ subject_id: string; kek_version: number }>('SELECT subject_id, kek_version FROM data_keys');
    expect(rows.map((r) => [r.subject_id, toInt(r.kek_version)]).sort()).toEqual([[before, 2], [after, 2]].sort());
    expect(server.keyring.kekVersion).toBe(2);
    expect((await server.vault.read(after)).fields.name).toBe('After');
    await server.close();
  });
});
