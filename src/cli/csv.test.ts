import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvRecord, readCsv, readJsonl, type SourceRecord } from './csv.js';

async function all(gen: AsyncGenerator<SourceRecord>): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

function file(name: string, content: string | Buffer): string {
  const f = join(mkdtempSync(join(tmpdir(), 'custos-csv-')), name);
  writeFileSync(f, content);
  return f;
}

describe('CSV reader for imports', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, CRLF lines, a BOM and UTF-8 text', async () => {
    const f = file('a.csv', '\ufeffid,name,note\r\n1,"Tanaka, Sakura","said ""hi""\r\nand left"\r\n\r\n2,김민준,\n3,"",last');
    const recs = await all(readCsv(f));
    expect(recs.map((r) => r.cells)).toEqual([
      ['id', 'name', 'note'],
      ['1', 'Tanaka, Sakura', 'said "hi"\r\nand left'],
      ['2', '김민준', ''],
      ['3', '', 'last'],
    ]);
    // line numbers are where each record starts; the quoted newline and the blank line count
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(recs.map((r) => r.nextLine)).toEqual([2, 4, 6, 6]);
  });

  it('resumes exactly at a byte offset a previous read reported', async () => {
    const f = file('b.csv', 'id,v\n1,"a\nb"\n2,"ü"\n3,c\n');
    const first = await all(readCsv(f));
    const second = await all(readCsv(f, first[1].end, first[1].nextLine));
    expect(second.map((r) => [r.line, r.cells])).toEqual([
      [4, ['2', 'ü']],
      [5, ['3', 'c']],
    ]);
  });

  it('reports a malformed record with its line and goes on with the next one', async () => {
    const f = file('c.csv', 'id,v\n1,"ok"x\n2,fine\n3,"never closed\n');
    const recs = await all(readCsv(f));
    expect(recs.map((r) => [r.line, r.error?.rule ?? r.cells])).toEqual([
      [1, ['id', 'v']],
      [2, 'csv_quote'],
      [3, ['2', 'fine']],
      [4, 'csv_unterminated_quote'],
    ]);
  });

  it('a record cut by the end of a buffer is read again once more bytes come', () => {
    const b = Buffer.from('1,"par');
    expect(parseCsvRecord(b, 0, false)).toBeNull();
    expect(parseCsvRecord(Buffer.from('1,"par"'), 0, false)).toBeNull();
    expect(parseCsvRecord(Buffer.from('1,"par"\n'), 0, false)).toMatchObject({ cells: ['1', 'par'], next: 8 });
  });

  it('reads across chunk boundaries the same as whole (multi-line quoted fields in a file of several read chunks)', async () => {
    const rows: string[][] = [];
    let text = 'id,text\n';
    for (let i = 0; i < 100_000; i++) {
      const t = i % 7 === 0 ? `line one ${i}\nline "two", ü` : `plain ${i}`;
      rows.push([String(i), t]);
      text += `${i},${i % 7 === 0 ? `"${t.replace(/"/g, '""')}"` : t}\n`;
    }
    const f = file('big.csv', text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    const recs = await all(readCsv(f));
    expect(recs.length).toBe(100_001);
    expect(recs.slice(1).map((r) => r.cells)).toEqual(rows);
  });

  it('a record holding bytes that are not UTF-8 is reported (utf8), never read with replacement characters', async () => {
    // U\xff1 and U\xfe1 would both read as U\ufffd1: two people made one
    const csv = file('u.csv', Buffer.concat([Buffer.from('id,name\nU'), Buffer.from([0xff]), Buffer.from('1,Alice\nU'), Buffer.from([0xfe]), Buffer.from('1,Bob\n"Car\nol",Car'), Buffer.from([0xc3]), Buffer.from('\nU2,Zoë\n')]));
    expect((await all(readCsv(csv))).map((r) => [r.line, r.error?.rule ?? r.cells])).toEqual([
      [1, ['id', 'name']],
      [2, 'utf8'],
      [3, 'utf8'],
      [4, 'utf8'],
      [6, ['U2', 'Zoë']],
    ]);
    const jsonl = file('u.jsonl', Buffer.concat([Buffer.from('{"id":"U'), Buffer.from([0xff]), Buffer.from('1"}\n{"id":"U\u00e92"}\n')]));
    expect((await all(readJsonl(jsonl))).map((r) => [r.line, r.error?.rule ?? r.value])).toEqual([
      [1, 'utf8'],
      [2, { id: 'Ué2' }],
    ]);
  });

  it('JSON Lines: one object per line, bad lines reported by number', async () => {
    const f = file('d.jsonl', '{"a":1}\n\n{"a":\n{"a":"ü"}');
    const recs = await all(readJsonl(f));
    expect(recs.map((r) => [r.line, r.error?.rule ?? r.value])).toEqual([
      [1, { a: 1 }],
      [3, 'json_syntax'],
      [4, { a: 'ü' }],
    ]);
  });
});
