// Every word of every company name the earlier sets can produce, found by walking each
// companies.ts module's exports (values, and the listing functions called for every language),
// so the nineteenth set's test can refuse a stem that equals or begins one of them.
import type { Random } from '../eval/prng.ts'
import { LANGUAGES } from '../eval/types.ts'

function collect(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 5 || value === null || value === undefined) return
  if (typeof value === 'string') {
    for (const word of value.toLowerCase().split(/[^a-z0-9]+/u)) if (word.length >= 3) out.add(word)
    return
  }
  if (Array.isArray(value)) for (const item of value) collect(item, out, depth + 1)
  else if (typeof value === 'object')
    for (const item of Object.values(value)) collect(item, out, depth + 1)
}

/** Calls a listing function with each argument shape the earlier sets use; ignores refusals. */
function tryCall(fn: (...args: unknown[]) => unknown, rng: Random, out: Set<string>): void {
  const attempts: unknown[][] = []
  for (const lang of LANGUAGES)
    attempts.push(
      [lang],
      [rng, lang, 40, new Set()],
      [rng, [lang], 40],
      [rng, [lang]],
      [rng, 40, () => lang],
    )
  for (const args of attempts) {
    try {
      collect(fn(...args), out)
    } catch {
      // a shape this function does not take
    }
  }
}

export function earlierNames(modules: readonly object[], rng: Random): Set<string> {
  const out = new Set<string>()
  for (const module of modules)
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') {
        if (/compan|sister/iu.test(name))
          tryCall(value as (...args: unknown[]) => unknown, rng, out)
      } else collect(value, out)
    }
  return out
}
