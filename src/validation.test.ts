import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findIllFormedText, textAsSent } from './validation.js';

describe('findIllFormedText', () => {
  const schema = z.strictObject({ note: z.string(), tags: z.array(z.string()), extra: z.record(z.string(), z.string()), message: textAsSent(z.string()) });

  it('finds nothing in well-formed input, and names where ill-formed text is', () => {
    expect(findIllFormedText({ note: 'ok', tags: ['a', 'b'], extra: { k: 'v' }, message: 'hi' }, schema)).toBeUndefined();
    expect(findIllFormedText({ note: 'ok', tags: ['a', 'b\u0000'], extra: {}, message: '' }, schema)).toEqual({ path: ['tags', 1], below: false, problem: 'nul' });
    expect(findIllFormedText({ note: '\uD800', tags: [], extra: {}, message: '' }, schema)).toEqual({ path: ['note'], below: false, problem: 'lone_surrogate' });
    // a key the caller chose is named by its parent
    expect(findIllFormedText({ note: 'ok', tags: [], extra: { 'a\uDC00': 'v' }, message: '' }, schema)).toEqual({ path: ['extra'], below: true, problem: 'lone_surrogate' });
  });

  it('takes text marked as sent as it is, ill-formed or not', () => {
    expect(findIllFormedText({ note: 'ok', tags: [], extra: {}, message: 'a\uD800b\u0000' }, schema)).toBeUndefined();
    expect(findIllFormedText({ note: 'ok\u0000', tags: [], extra: {}, message: 'a\uD800' }, schema)).toMatchObject({ path: ['note'], problem: 'nul' });
  });

  it('checks a value that shares one object many times, or holds a cycle, once per object', () => {
    // 60 levels, each holding the one below twice: 2^60 paths, 61 objects
    let shared: Record<string, unknown> = { leaf: 'fine' };
    for (let i = 0; i < 60; i++) shared = { a: shared, b: shared };
    expect(findIllFormedText(shared)).toBeUndefined();
    let bad: Record<string, unknown> = { leaf: 'bad\u0000' };
    for (let i = 0; i < 60; i++) bad = { a: bad, b: bad };
    expect(findIllFormedText(bad)).toMatchObject({ problem: 'nul' });
    const cycle: Record<string, unknown> = { name: 'fine' };
    cycle.self = cycle;
    expect(findIllFormedText(cycle)).toBeUndefined();
    cycle.other = '\uDBFF';
    expect(findIllFormedText(cycle)).toMatchObject({ problem: 'lone_surrogate' });
  });
});
