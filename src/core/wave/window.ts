// Sliding windows over date-ordered items: add at the right, evict from the left what is older
// than the window. Amortised O(1) per item. Subclasses say what an item counts towards.

export interface Dated {
  date: number
}

abstract class SlidingWindow<T extends Dated> {
  private start = 0

  constructor(private readonly widthMs: number) {}

  /** Takes in items[end] (the newest) and evicts what fell out of the window. */
  advance(items: readonly T[], end: number): void {
    const entering = items[end]!
    this.bump(entering, 1)
    while (this.start < end && entering.date - items[this.start]!.date > this.widthMs) {
      this.bump(items[this.start]!, -1)
      this.start++
    }
  }

  /** Index of the oldest item still inside the window. */
  get first(): number {
    return this.start
  }

  /** Called when the owner drops items from the front of its array. */
  shift(by: number): void {
    this.start = Math.max(0, this.start - by)
  }

  protected abstract bump(item: T, delta: number): void
}

/** Adds `delta` to `key` in `counts`, removing keys that reach zero. */
function tally(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta
  if (next > 0) counts.set(key, next)
  else counts.delete(key)
}

/** Distinct keys inside the window (e.g. brands sending helpdesk mail). */
export class DistinctWindow<T extends Dated> extends SlidingWindow<T> {
  private readonly counts = new Map<string, number>()

  constructor(
    widthMs: number,
    private readonly keyOf: (item: T) => string | null,
  ) {
    super(widthMs)
  }

  get distinct(): number {
    return this.counts.size
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0
  }

  /** Distinct keys inside the window other than `excluded` (each key listed once). */
  distinctExcept(excluded: readonly string[]): number {
    return this.counts.size - excluded.filter((key) => this.counts.has(key)).length
  }

  protected bump(item: T, delta: number): void {
    const key = this.keyOf(item)
    if (key !== null) tally(this.counts, key, delta)
  }
}

/** Distinct keys per group inside the window (e.g. brands per relayed payload). */
export class GroupedWindow<T extends Dated> extends SlidingWindow<T> {
  private readonly groups = new Map<string, Map<string, number>>()

  constructor(
    widthMs: number,
    private readonly groupOf: (item: T) => string | null,
    private readonly keyOf: (item: T) => string,
  ) {
    super(widthMs)
  }

  distinctIn(group: string): number {
    return this.groups.get(group)?.size ?? 0
  }

  /** Distinct keys in the group other than `key`. */
  othersIn(group: string, key: string): number {
    const keys = this.groups.get(group)
    return keys ? keys.size - (keys.has(key) ? 1 : 0) : 0
  }

  protected bump(item: T, delta: number): void {
    const group = this.groupOf(item)
    if (group === null) return
    const keys = this.groups.get(group) ?? new Map<string, number>()
    tally(keys, this.keyOf(item), delta)
    if (keys.size > 0) this.groups.set(group, keys)
    else this.groups.delete(group)
  }
}

/** Trimming the log costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 4_096

/**
 * A date-ordered log of items counted by a GroupedWindow: the log keeps only what the window
 * still holds. Used for texts companies repeat (echoes.ts, wave-text.ts).
 */
export class GroupedLog<T extends Dated> {
  private items: T[] = []
  private readonly window: GroupedWindow<T>

  constructor(widthMs: number, groupOf: (item: T) => string | null, keyOf: (item: T) => string) {
    this.window = new GroupedWindow(widthMs, groupOf, keyOf)
  }

  /** Adds the newest item (items come in date order) and forgets what left the window. */
  add(item: T): void {
    this.items.push(item)
    this.window.advance(this.items, this.items.length - 1)
    const first = this.window.first
    if (first < TRIM_CHUNK) return
    this.items = this.items.slice(first)
    this.window.shift(first)
  }

  /** Distinct keys in the group other than `key`, within the window. */
  othersIn(group: string, key: string): number {
    return this.window.othersIn(group, key)
  }
}
