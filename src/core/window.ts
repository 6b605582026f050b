// A sliding window of distinct keys over date-ordered items: add at the right, evict from the
// left what is older than the window. Amortised O(1) per item.

export interface Dated {
  date: number
}

export class DistinctWindow<T extends Dated> {
  private readonly counts = new Map<string, number>()
  private start = 0

  constructor(
    private readonly widthMs: number,
    private readonly keyOf: (item: T) => string | null,
  ) {}

  /** Takes in items[end] (the newest) and evicts what fell out of the window. */
  advance(items: readonly T[], end: number): void {
    const entering = items[end]!
    this.bump(entering, 1)
    while (this.start < end && entering.date - items[this.start]!.date > this.widthMs) {
      this.bump(items[this.start]!, -1)
      this.start++
    }
  }

  get distinct(): number {
    return this.counts.size
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0
  }

  /** Index of the oldest item still inside the window. */
  get first(): number {
    return this.start
  }

  /** Called when the owner drops items from the front of its array. */
  shift(by: number): void {
    this.start = Math.max(0, this.start - by)
  }

  private bump(item: T, delta: number): void {
    const key = this.keyOf(item)
    if (key === null) return
    const next = (this.counts.get(key) ?? 0) + delta
    if (next > 0) this.counts.set(key, next)
    else this.counts.delete(key)
  }
}

/** Distinct keys per group inside a sliding window (e.g. brands per relayed payload). */
export class GroupedWindow<T extends Dated> {
  private readonly groups = new Map<string, Map<string, number>>()
  private start = 0

  constructor(
    private readonly widthMs: number,
    private readonly groupOf: (item: T) => string | null,
    private readonly keyOf: (item: T) => string,
  ) {}

  advance(items: readonly T[], end: number): void {
    const entering = items[end]!
    this.bump(entering, 1)
    while (this.start < end && entering.date - items[this.start]!.date > this.widthMs) {
      this.bump(items[this.start]!, -1)
      this.start++
    }
  }

  distinctIn(group: string): number {
    return this.groups.get(group)?.size ?? 0
  }

  get first(): number {
    return this.start
  }

  shift(by: number): void {
    this.start = Math.max(0, this.start - by)
  }

  private bump(item: T, delta: number): void {
    const group = this.groupOf(item)
    if (group === null) return
    const keys = this.groups.get(group) ?? new Map<string, number>()
    const key = this.keyOf(item)
    const next = (keys.get(key) ?? 0) + delta
    if (next > 0) keys.set(key, next)
    else keys.delete(key)
    if (keys.size > 0) this.groups.set(group, keys)
    else this.groups.delete(group)
  }
}
