// Long lists are worked through in slices of a few milliseconds, each its own task, so the page
// keeps painting and answering input while thousands of rows are read (a task of 50 ms or more is
// a "long task" that the user feels as a stuck page).

/** Time one slice may take before yielding to the page. */
export const SLICE_BUDGET_MS = 8
/** The clock is read once per this many items: reading it costs more than one cheap item. */
const ITEMS_PER_CLOCK_READ = 16

export interface SliceOptions {
  budgetMs?: number
  now?: () => number
  /** Schedules the next slice; a fresh macrotask by default, so rendering and input come first. */
  later?: (next: () => void) => void
  cancelled?: () => boolean
}

/**
 * Calls `handle` on every item, then `done`. The first slice runs synchronously, so a list that
 * fits in one slice is finished (and `done` called) before this returns.
 */
export function inSlices<T>(
  items: readonly T[],
  handle: (item: T) => void,
  done: () => void,
  options: SliceOptions = {},
): void {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS
  const now = options.now ?? (() => performance.now())
  const later = options.later ?? ((next) => void setTimeout(next, 0))
  let index = 0
  const slice = () => {
    const deadline = now() + budget
    while (index < items.length) {
      if (options.cancelled?.()) return done()
      handle(items[index++]!)
      if (index % ITEMS_PER_CLOCK_READ === 0 && now() >= deadline && index < items.length)
        return later(slice)
    }
    done()
  }
  slice()
}
