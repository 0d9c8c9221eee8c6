import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEnv, type Env } from '../../test/backends.js';
import { createBackup, resolveStores } from '../backup/backup.js';
import { toBuffer } from '../store/db.js';
import type { Custos } from '../custos.js';

/** Every byte of a SQLite store as it lies on disk: the file and its write-ahead log. */
const onDisk = (file: string) => Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);

describe('crypto-shredding on SQLite leaves no copy of the key on disk', () => {
  let env: Env;
  let custos: Custos;
  beforeEach(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('the wrapped data key is gone from the key store files (free pages and WAL included) and from a backup taken after', async () => {
    const actor = { keyId: 'app', role: 'application' };
    const { id } = await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Shred Person', email: 'shred@example.jp' } }, { actor, purpose: 'account' });
    // the key as it was stored (and so as a disk or a backup would show it); the ciphertext in the data
    // store may stay in its free pages or WAL for a while: without the key it is noise
    const wrapped = toBuffer((await custos.keyDb.get<{ wrapped: unknown }>('SELECT wrapped FROM data_keys WHERE subject_id = ?', [id]))!.wrapped);
    const keysFile = join(env.dataDir, 'keys.db');
    expect(onDisk(keysFile).includes(wrapped)).toBe(true);

    await custos.subjects.erase(id, { actor, reason: 'account deleted' });
    expect(onDisk(keysFile).includes(wrapped)).toBe(false);

    const out = join(env.dataDir, 'backup-after');
    await createBackup(resolveStores({ dataDir: env.dataDir, database: env.database, schema: env.schema }), out);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.some((f) => f.name.endsWith('.db'))).toBe(true);
    for (const f of files) expect(readFileSync(join(f.parentPath, f.name)).includes(wrapped), f.name).toBe(false);
  });
});
