import { describe, expect, it } from 'vitest';
import { PassThrough, Readable, Writable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles, scanJsonl } from '../cli/scan.js';
import { messageStream } from './corpus/build.js';
import { BATCH, detect } from './detect.js';
import { collectGarbage } from '../../test/gc.js';

/** More messages than two batches of `custos scan`, so a stream spans several. */
function manyMessages(): string[] {
  const out: string[] = [];
  for (const m of messageStream(13)) if (out.push(m) >= 2 * BATCH + 300) break;
  return out;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        cb();
      },
    }),
    text: () => chunks.join(''),
  };
}

describe('custos scan --jsonl', () => {
  it('writes one {"id", "findings"} line per input line', async () => {
    const input = Readable.from(['{"id": 1, "text": "mail tanaka@gmail.com"}\n', '{"id": "b", "text": "no contact here"}\n']);
    const out = sink();
    const r = await scanJsonl(input, out.stream);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 1, findings: [{ type: 'EMAIL', start: 5, end: 21, score: expect.any(Number), rule: 'email.address' }] },
      { id: 'b', findings: [] },
    ]);
    expect(r).toMatchObject({ lines: 2, scanned: 2, malformed: 0, findings: 1 });
  });

  it('reports malformed lines by number and rule, and still scans the others', async () => {
    const input = Readable.from(['{"id":1,"text":"call 090-1234-5678"}\n', 'not json\n', '{"id":3}\n', '[1,2]\n', '{"id":5,"text":"ok"}\n']);
    const out = sink();
    const errors: string[] = [];
    const r = await scanJsonl(input, out.stream, { onError: (m) => errors.push(m) });
    expect(errors).toEqual(['line 2: not valid JSON [jsonl_syntax]', 'line 3: "text" must be a string [jsonl_text]', 'line 4: must be a JSON object with "id" and "text" [jsonl_object]']);
    expect(r.malformed).toBe(3);
    expect(out.text().trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 5]);
  });

  it('keeps the order of the input across batches, with malformed lines between, and finds what detect finds', async () => {
    const messages = manyMessages();
    const lines = messages.map((text, k) => (k % 500 === 7 ? 'not json' : JSON.stringify({ id: k, text })) + '\n');
    const out = sink();
    const errors: string[] = [];
    const r = await scanJsonl(Readable.from(lines), out.stream, { onError: (m) => errors.push(m) });
    const got = out.text().trim().split('\n').map((l) => JSON.parse(l) as { id: number; findings: unknown });
    const want = messages.flatMap((text, k) => (k % 500 === 7 ? [] : [{ id: k, findings: detect(text) }]));
    expect(got).toEqual(want);
    expect(errors).toHaveLength(messages.length - want.length);
    expect(errors[0]).toBe('line 8: not valid JSON [jsonl_syntax]');
    expect(r).toMatchObject({ lines: messages.length, scanned: want.length, malformed: errors.length });
  });

  it('answers the lines of a live stream as they come, not once a batch is full or the input ends', async () => {
    const input = new PassThrough();
    const out = sink();
    const done = scanJsonl(input, out.stream);
    const answered = async (n: number) => {
      // the answers come within a few turns of the event loop; 2,000 turns is far more than that
      for (let i = 0; i < 2000 && out.text().split('\n').length - 1 < n; i++) await new Promise((r) => setImmediate(r));
      return out.text().trim().split('\n').map((l) => JSON.parse(l).id);
    };
    input.write('{"id": 1, "text": "mail tanaka@gmail.com"}\n{"id": 2, "text": "no contact here"}\n');
    expect(await answered(2)).toEqual([1, 2]);
    input.write('{"id": 3, "text": "LINE ID: tanaka_88"}\n');
    expect(await answered(3)).toEqual([1, 2, 3]);
    input.end('{"id": 4, "text": "bye"}\n');
    expect(await done).toMatchObject({ lines: 4, scanned: 4, findings: 2 });
    expect(await answered(4)).toEqual([1, 2, 3, 4]);
  });

  it('adds the masked text with a style', async () => {
    const out = sink();
    await scanJsonl(Readable.from(['{"id":1,"text":"LINE ID: tanaka_88"}\n']), out.stream, { style: 'label' });
    expect(JSON.parse(out.text()).masked).toBe('LINE ID: [MESSENGER_ID]');
  });

  it('streams a large input in bounded memory, waiting for a slow reader', async () => {
    // About 16 MB of JSONL, produced lazily; the reader is slow so backpressure must hold the writer.
    // Bounded means what the scan holds on to does not grow with the input: the heap after a full
    // collection, looked at after every megabyte, stays within a few megabytes of where it started
    // (about 4 MB here; holding the lines took about 48 MB). The process's RSS is not looked at:
    // the test worker keeps the heap of the files it ran before, and RSS follows its collections.
    const target = 16e6;
    const messages = messageStream(11);
    let produced = 0;
    let n = 0;
    let nextLook = 1e6;
    let peak = 0;
    // the scanner's tables and the libraries it loads on first use are in the heap before it is measured
    await scanJsonl(Readable.from(manyMessages().map((text, i) => JSON.stringify({ id: i, text }) + '\n')), sink().stream);
    collectGarbage();
    const base = process.memoryUsage().heapUsed;
    const input = Readable.from(
      (function* () {
        while (produced < target) {
          const line = JSON.stringify({ id: ++n, text: messages.next().value }) + '\n';
          produced += line.length;
          if (produced >= nextLook) {
            nextLook += 1e6;
            collectGarbage();
            peak = Math.max(peak, process.memoryUsage().heapUsed - base);
          }
          yield line;
        }
      })(),
    );
    let written = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk, _enc, cb) {
        written += chunk.length;
        setImmediate(cb);
      },
    });
    const r = await scanJsonl(input, slow);
    expect(r.scanned).toBe(n);
    expect(written).toBeGreaterThan(0);
    expect(nextLook).toBeGreaterThan(target);
    expect(peak).toBeLessThan(8 * 2 ** 20);
  }, 180_000);
});

describe('custos scan FILE', () => {
  it('reports findings with offsets into each file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-scan-'));
    const file = join(dir, 'chat.txt');
    writeFileSync(file, 'hello\nmail tanaka@gmail.com\nLINE ID: tanaka_88\n');
    const [r] = await scanFiles([file], { style: 'label' });
    expect(r.findings.map((f) => [f.type, f.start, f.end])).toEqual([
      ['EMAIL', 11, 27],
      ['MESSENGER_ID', 37, 46],
    ]);
    expect(r.masked).toBe('hello\nmail [EMAIL]\nLINE ID: [MESSENGER_ID]\n');
  });

  it('scans a file of more lines than a batch, with offsets into the whole file', async () => {
    const messages = manyMessages();
    const dir = mkdtempSync(join(tmpdir(), 'custos-scan-'));
    const file = join(dir, 'many.txt');
    writeFileSync(file, messages.join('\n') + '\n');
    const [r] = await scanFiles([file]);
    let offset = 0;
    const want = messages.flatMap((m) => {
      const f = detect(m).map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }));
      offset += m.length + 1;
      return f;
    });
    expect(r.findings).toEqual(want);
    expect(want.length).toBeGreaterThan(messages.length / 2);
  });
});
