// What the fortieth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-eight through eval-thirty-ninth-earlier.ts, the thirty-ninth walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtyNinth from '../eval/thirty-ninth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtyEighth } from './eval-thirty-ninth-earlier.ts'

export function earlierNameWordsToThirtyNinth(): Set<string> {
  return new Set([...earlierNameWordsToThirtyEighth(), ...earlierWords([thirtyNinth])])
}

/**
 * The names that equal or begin an earlier word, or that an earlier word (3 letters or more)
 * begins. Sorted words put the words a name begins right after it, found by binary search: a
 * plain scan of every pair took over a second.
 */
export function clashesWith(earlier: readonly string[], names: readonly string[]): string[] {
  const sorted = [...earlier].sort()
  const set = new Set(earlier)
  const bound = (name: string) => {
    let lo = 0
    for (let hi = sorted.length; lo < hi;) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < name) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return names.filter(
    (name) =>
      (sorted[bound(name)] ?? '').startsWith(name) ||
      [...name].some((_, i) => i >= 2 && set.has(name.slice(0, i + 1))),
  )
}
