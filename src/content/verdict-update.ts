// Checks a 'verdicts.update' message before the page acts on it: only known labels, bounded size.
import type { VerdictLabel } from '../core/types.ts'

const LABELS: ReadonlySet<string> = new Set(['clean', 'suspect', 'relay'])
const MAX_UPDATES = 5_000

export interface VerdictUpdate {
  account: string
  verdicts: Record<string, { verdict: VerdictLabel }>
}

export function parseVerdictUpdate(message: unknown): VerdictUpdate | null {
  const envelope = message as {
    type?: unknown
    payload?: { account?: unknown; verdicts?: unknown }
  } | null
  if (envelope?.type !== 'verdicts.update') return null
  const { account, verdicts } = envelope.payload ?? {}
  if (typeof account !== 'string' || typeof verdicts !== 'object' || verdicts === null) return null
  const clean: Record<string, { verdict: VerdictLabel }> = {}
  for (const [id, value] of Object.entries(verdicts).slice(0, MAX_UPDATES)) {
    const label = (value as { verdict?: unknown } | null)?.verdict
    if (typeof label === 'string' && LABELS.has(label))
      clean[id] = { verdict: label as VerdictLabel }
  }
  return { account, verdicts: clean }
}
