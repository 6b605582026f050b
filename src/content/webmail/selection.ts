// The user's ticks are theirs. An action ticks exactly its own rows, checks right before every
// press that acts (a tick the user added meanwhile would otherwise be acted on too, and a row whose
// tick was lost would be skipped), and afterwards ticks again what the user had ticked, so the
// user's next Delete never hits Relay Shield's rows without its confirmation. State is read from
// each row checkbox's aria-checked, the same in every UI language.
import type { ActionResults } from '../../messaging/protocol.ts'
import { DeadlineError } from '../dom/wait.ts'

/** The selection changed under the action before its final press: nothing was pressed. */
export class SelectionChanged extends DeadlineError {
  override name = 'SelectionChanged'
  constructor() {
    super('selection changed before the action was pressed')
  }
}

/** Ids of rows whose checkbox is ticked. */
export function tickedIds(rows: ReadonlyMap<string, Element>, checkbox: string): string[] {
  return [...rows]
    .filter(([, row]) => row.querySelector(checkbox)?.getAttribute('aria-checked') === 'true')
    .map(([id]) => id)
}

/** Throws SelectionChanged unless exactly `wanted` are ticked among `rows`. */
export function checkExactlyTicked(
  rows: ReadonlyMap<string, Element>,
  checkbox: string,
  wanted: readonly string[],
): void {
  const ticked = tickedIds(rows, checkbox)
  const expected = new Set(wanted)
  if (ticked.length !== expected.size || ticked.some((id) => !expected.has(id)))
    throw new SelectionChanged()
}

/**
 * Outcomes of rows the action could not see acted on: a row still shown was not acted on
 * ('failed'); a row no longer shown cannot be told from one the list dropped or redrew elsewhere,
 * so it is 'not-found', never 'done'.
 */
export function notConfirmed(ids: readonly string[], shown: ReadonlySet<string>): ActionResults {
  return Object.fromEntries(ids.map((id) => [id, shown.has(id) ? 'failed' : 'not-found']))
}
