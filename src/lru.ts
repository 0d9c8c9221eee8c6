/**
 * A bounded map that forgets the least recently used key, in constant time: a Map from each key to its
 * entry, and the entries in a list from the most to the least recently used. A key read or written again
 * moves to the front of the list; the Map itself changes only when a key comes or goes.
 *
 * Two ways that look simpler are not. Evicting through `map.keys().next()` walks past every deleted entry
 * still a hole at the front of the Map's table (20-80 µs per insert in a full cache of 50,000 keys). Keeping
 * one Map iterator open instead, with each use a delete and a set, pins memory: V8 links every table the
 * Map is rebuilt into to the one before while an iterator may still follow, so a cache read over and over
 * below its limit held on to each old table (about 350 bytes per audited read in the access monitor).
 */
interface Entry<V> {
  key: string;
  value: V;
  /** The entry used just after this one (null: this is the most recent). */
  newer: Entry<V> | null;
  /** The entry used just before this one (null: this is the least recent). */
  older: Entry<V> | null;
}

export class Lru<V> {
  private readonly map = new Map<string, Entry<V>>();
  private newest: Entry<V> | null = null;
  private oldest: Entry<V> | null = null;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  get(k: string): V | undefined {
    const e = this.map.get(k);
    if (e === undefined) return undefined;
    this.toFront(e);
    return e.value;
  }

  set(k: string, v: V): void {
    const e = this.map.get(k);
    if (e !== undefined) {
      e.value = v;
      this.toFront(e);
      return;
    }
    if (this.limit < 1) return;
    if (this.map.size >= this.limit) {
      // full: the least recently used entry goes, and its object holds the new key
      const reused = this.oldest!;
      this.map.delete(reused.key);
      reused.key = k;
      reused.value = v;
      this.toFront(reused);
      this.map.set(k, reused);
      return;
    }
    const added: Entry<V> = { key: k, value: v, newer: null, older: this.newest };
    if (this.newest !== null) this.newest.newer = added;
    else this.oldest = added;
    this.newest = added;
    this.map.set(k, added);
  }

  delete(k: string): void {
    const e = this.map.get(k);
    if (e === undefined) return;
    this.unlink(e);
    this.map.delete(k);
  }

  clear(): void {
    this.map.clear();
    this.newest = this.oldest = null;
  }

  private toFront(e: Entry<V>): void {
    if (e === this.newest) return;
    this.unlink(e);
    e.older = this.newest;
    e.newer = null;
    this.newest!.newer = e;
    this.newest = e;
  }

  private unlink(e: Entry<V>): void {
    if (e.older !== null) e.older.newer = e.newer;
    else this.oldest = e.newer;
    if (e.newer !== null) e.newer.older = e.older;
    else this.newest = e.older;
  }
}
