// The shape of every wave of the set (arrival, size, one per company), by wave id, for the
// per-shape report lines.
import { WAVE_KINDS } from '../types.ts'
import { WAVE_LANGS, waveScenarioWithShape } from './scenarios.ts'

export function waveShapes(): Map<string, string> {
  const out = new Map<string, string>()
  for (let k = 0; k < WAVE_KINDS.length; k++)
    for (let l = 0; l < WAVE_LANGS.length; l++) {
      const { shape } = waveScenarioWithShape([], k, l)
      out.set(shape.plan.waveId, shape.plan.shape)
    }
  return out
}
