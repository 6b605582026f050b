// Work still going on, counted, with one shared promise for "none left": the runner marks the rows
// of every answer (many a second in a flood) and must know only whether any marking is still
// going through its slices, and wait until none is. Nothing is allocated per piece of work; the
// one promise is made only when someone waits.

export interface PendingWork {
  start(): void
  end(): void
  busy(): boolean
  /** Resolves once no work is left: at once when none is, else when the last one ends. */
  idle(): Promise<void>
}

export function pendingWork(): PendingWork {
  let count = 0
  let waiting: { promise: Promise<void>; resolve: () => void } | null = null
  return {
    start: () => void (count += 1),
    end() {
      count = Math.max(0, count - 1)
      if (count > 0 || !waiting) return
      const { resolve } = waiting
      waiting = null
      resolve()
    },
    busy: () => count > 0,
    idle() {
      if (count === 0) return Promise.resolve()
      if (!waiting) {
        let resolve = () => {}
        const promise = new Promise<void>((done) => (resolve = done))
        waiting = { promise, resolve }
      }
      return waiting.promise
    },
  }
}
