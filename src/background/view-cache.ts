// The popup's view kept in memory for a moment, so the popup draws the wave without a worker round
// trip of IndexedDB reads: computed ahead after a batch of rows settles, answered while nothing was
// written since and it is recent (the view's times move with the clock). Any write empties it; a
// view computed while a write happened is not kept. A worker started cold begins empty.
export class ViewCache<T> {
  readonly #entries = new Map<string, { value: T; at: number }>()
  #generation = 0

  constructor(private readonly maxAgeMs: number) {}

  /** Changes with every write: a computation started before one must not be kept. */
  get generation(): number {
    return this.#generation
  }

  get(key: string, now: number): T | undefined {
    const entry = this.#entries.get(key)
    return entry && now - entry.at >= 0 && now - entry.at < this.maxAgeMs ? entry.value : undefined
  }

  /** Keeps `value` unless a write happened since `generation` was read. */
  set(key: string, value: T, now: number, generation: number): void {
    if (generation === this.#generation) this.#entries.set(key, { value, at: now })
  }

  clear(): void {
    this.#generation++
    this.#entries.clear()
  }
}
