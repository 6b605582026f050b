// The user's ticks are theirs. An action ticks exactly its own rows, checks just before the final
// press that exactly those are ticked (a tick the user added meanwhile would otherwise be acted
// on too, and a row unticked would be skipped), and afterwards ticks again what the user had
// ticked, so the user's next Delete never hits Relay Shield's rows without its confirmation.
// State is read from each row checkbox's aria-checked, the same in every UI language.
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
