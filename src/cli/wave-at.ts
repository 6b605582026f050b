// Which wave a date falls in, for every important mail of a scan. The waves of a long export
// number in the hundreds; looking through all of them for each important mail grew with both.

/** A wave's span: first and last member's date (engine.ts Wave). */
export interface Span {
  start: number
  end: number
}

/**
 * A function giving the first wave, in the order given, whose span holds a date. Spans that do
 * not overlap (what the engine makes) are searched by halving; overlapping ones one by one, which
 * gives the same first wave.
 */
export function waveAt<T extends Span>(waves: readonly T[]): (date: number) => T | undefined {
  const sorted = [...waves].sort((a, b) => a.start - b.start)
  const disjoint = sorted.every((wave, i) => i === 0 || sorted[i - 1]!.end < wave.start)
  if (!disjoint) return (date) => waves.find((w) => date >= w.start && date <= w.end)
  return (date) => {
    // The last span starting at or before the date is the only one that can hold it.
    let low = 0
    let high = sorted.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (sorted[middle]!.start <= date) low = middle + 1
      else high = middle - 1
    }
    const wave = sorted[high]
    return wave && date <= wave.end ? wave : undefined
  }
}
