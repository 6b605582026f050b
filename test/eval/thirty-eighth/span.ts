// Keeps a wave's span to a few important mails of the organisation's own: the first `max` inside
// carry the wave's id (they count as pinned mail inside the wave); the rest are moved to just
// after the wave, where a real inbox would have them had the campaign started a little later.
import type { Random } from '../prng.ts'
import type { Part } from '../nineteenth/records.ts'
import { iso, MINUTE } from './window.ts'

export function capImportant(
  rng: Random,
  part: Part,
  w: { start: number; end: number; waveId: string; max: number },
): number {
  let kept = 0
  for (const record of part.records) {
    const label = part.labels.get(record.id)!
    const at = Date.parse(record.date)
    if (label.label !== 'important' || at < w.start || at > w.end) continue
    if (kept < w.max) {
      kept++
      part.labels.set(record.id, { ...label, waveId: w.waveId })
      continue
    }
    record.date = iso(w.end + rng.int(5, 90) * MINUTE)
    part.labels.set(record.id, {
      ...label,
      source: label.source!.replace(':wave-inside', ':wave-around'),
    })
  }
  return kept
}
