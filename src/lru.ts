/**
 * A bounded map that forgets the least recently used key, in constant time. Evicting through
 * `map.keys().next()` is not: every deleted entry stays a hole at the front of the Map's table until the
 * table is rebuilt, and each eviction walks past all of them (20-80 µs per insert in a full cache of
 * 50,000 keys, in a micro-benchmark; paid for every new subject of a bulk import). One iterator kept open walks past each hole once: a Map
 * iterator is live, it yields the entries in insertion order as they are when it moves, skipping deleted
 * ones and reaching entries inserted since; a key used again is re-inserted at the end.
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  private oldest = this.map.keys();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }

  set(k: string, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    while (this.map.size > this.limit) {
      let next = this.oldest.next();
      // (every key the iterator passed was evicted, so it is never done while the map holds keys: kept as a guard)
      if (next.done) next = (this.oldest = this.map.keys()).next();
      this.map.delete(next.value as string);
    }
  }

  delete(k: string): void {
    this.map.delete(k);
  }

  /** (the iterator stays valid: a live Map iterator goes on to the keys set after a clear) */
  clear(): void {
    this.map.clear();
  }
}
