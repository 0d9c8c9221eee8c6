import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';
import { collectGarbage } from '../test/gc.js';

describe('Lru', () => {
  it('keeps the most recently used keys up to its limit: a key read or written again is kept longer', () => {
    const c = new Lru<number>(3);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3);
    expect(c.get('a')).toBe(1);
    c.set('d', 4); // b is the least recently used
    expect([c.get('b'), c.size]).toEqual([undefined, 3]);
    c.set('c', 30); // written again: now the most recent
    c.set('e', 5); // a goes
    c.set('f', 6); // d goes
    expect(['a', 'c', 'd', 'e', 'f'].map((k) => c.get(k))).toEqual([undefined, 30, undefined, 5, 6]);
  });

  it('a deleted key is gone, and a key set again after it was evicted or deleted counts as new', () => {
    const c = new Lru<string>(2);
    c.set('x', 'x1');
    c.set('y', 'y1');
    c.delete('x');
    c.set('z', 'z1');
    expect([c.get('x'), c.get('y'), c.get('z'), c.size]).toEqual([undefined, 'y1', 'z1', 2]);
    c.set('x', 'x2'); // y is now the oldest
    expect([c.get('y'), c.get('x'), c.get('z')]).toEqual([undefined, 'x2', 'z1']);
  });

  it('cleared, it is empty and evicts again from the keys set since', () => {
    const c = new Lru<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.clear();
    expect([c.get('a'), c.get('b'), c.size]).toEqual([undefined, undefined, 0]);
    c.set('c', 3);
    c.set('d', 4);
    c.set('e', 5); // c goes
    expect([c.get('c'), c.get('d'), c.get('e'), c.size]).toEqual([undefined, 4, 5, 2]);
  });

  it('over many evictions, with keys read again and deleted between them, it holds exactly the limit most recently used', () => {
    const limit = 50;
    const c = new Lru<number>(limit);
    const order: string[] = []; // the reference: least recently used first
    const use = (k: string) => {
      const i = order.indexOf(k);
      if (i >= 0) order.splice(i, 1);
      order.push(k);
      if (order.length > limit) order.shift();
    };
    for (let i = 0; i < 2_000; i++) {
      c.set(`k${i}`, i);
      use(`k${i}`);
      if (i % 3 === 0 && c.get(`k${i - 20}`) !== undefined) use(`k${i - 20}`);
      if (i % 7 === 0) {
        c.delete(`k${i - 5}`);
        const j = order.indexOf(`k${i - 5}`);
        if (j >= 0) order.splice(j, 1);
      }
    }
    expect(c.size).toBe(order.length);
    for (const k of order) expect(c.get(k)).toBe(Number(k.slice(1)));
  });
});

describe('Lru memory', () => {
  // A Map iterator kept open pins every table the Map is rebuilt into after it (V8 links each old table to
  // the next so that the iterator can follow): a cache read over and over, below its limit, grew without end.
  it('holds no more memory however often its keys are read and written again', () => {
    const c = new Lru<number>(1000);
    for (let i = 0; i < 10; i++) c.set(`k${i}`, i);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 500_000; i++) {
      c.get(`k${i % 10}`);
      if (i % 5 === 0) c.set(`k${i % 7}`, i);
    }
    collectGarbage();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(4 * 1024 * 1024);
    expect(c.size).toBe(10);
  });
});

describe('Lru limits', () => {
  it('a limit of one keeps the last key set; a limit of zero keeps none', () => {
    const one = new Lru<number>(1);
    one.set('a', 1);
    one.set('b', 2);
    expect([one.get('a'), one.get('b'), one.size]).toEqual([undefined, 2, 1]);
    const none = new Lru<number>(0);
    none.set('a', 1);
    expect([none.get('a'), none.size]).toEqual([undefined, 0]);
  });
});
