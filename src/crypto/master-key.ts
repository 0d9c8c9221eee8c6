/**
 * The master key: from CUSTOS_MASTER_KEY (32 bytes, base64 or hex), or from a key file with mode 0600
 * that `custos init` creates. Never from the database, never logged.
 */
import { randomBytes } from 'node:crypto';
import { openSync, writeSync, closeSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CustosError } from '../errors.js';

export function parseMasterKey(text: string, source: string): Buffer {
  const t = text.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(t)) key = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!key || key.length !== 32)
    throw new CustosError('CUSTOS_CONFIG', `${source} must hold a 32-byte key, base64 or hex (custos init makes one)`, [
      { field: source, rule: 'master_key_format', message: 'must be 32 bytes, base64 or hex' },
    ]);
  return key;
}

export function readKeyFile(file: string): Buffer {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new CustosError('CUSTOS_KEY_MISSING', `no master key: set CUSTOS_MASTER_KEY or run "custos init" to create ${file}`, [
      { field: 'CUSTOS_MASTER_KEY', rule: 'master_key_required', message: 'no master key configured' },
    ]);
  }
  if ((st.mode & 0o077) !== 0)
    throw new CustosError('CUSTOS_CONFIG', `key file ${file} is readable by others: chmod 600 it`, [
      { field: 'key_file', rule: 'key_file_mode_0600', message: 'key file must have mode 0600' },
    ]);
  return parseMasterKey(readFileSync(file, 'utf8'), 'key file');
}

/** Creates a new key file with mode 0600; refuses to overwrite one. */
export function createKeyFile(file: string): Buffer {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CustosError('CUSTOS_CONFLICT', `key file ${file} exists already; it is never overwritten`);
    throw e;
  }
  writeSync(fd, key.toString('base64') + '\n');
  closeSync(fd);
  return key;
}

export function resolveMasterKey(opts: { env?: string; file: string; create?: boolean }): { key: Buffer; source: 'env' | 'file'; created: boolean } {
  if (opts.env) return { key: parseMasterKey(opts.env, 'CUSTOS_MASTER_KEY'), source: 'env', created: false };
  try {
    return { key: readKeyFile(opts.file), source: 'file', created: false };
  } catch (e) {
    if (opts.create && e instanceof CustosError && e.code === 'CUSTOS_KEY_MISSING') {
      return { key: createKeyFile(opts.file), source: 'file', created: true };
    }
    throw e;
  }
}
