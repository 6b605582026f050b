// Problems met while reading, written to stderr so a person can act on them: the first few of each
// input in full, the rest counted, so a binary file fed as .jsonl or a mailbox of broken messages
// gives a short report instead of thousands of lines. Everything quoted from the input is escaped.
import { displaySafe } from './display.ts'
import type { SourceEvent, Unit } from './events.ts'

/** Problems shown in full per input; the rest are counted. */
export const SHOWN_PER_INPUT = 5

type Problem = Exclude<SourceEvent, { kind: 'record' | 'records' }>

export class ProblemReport {
  private source: string | null = null
  private shown = 0
  private hidden = 0
  private hiddenUnit: Unit = 'line'

  constructor(private readonly write: (line: string) => void) {}

  add(problem: Problem): void {
    if (problem.source !== this.source) {
      this.flush()
      this.source = problem.source
    }
    if (problem.kind === 'warning') {
      this.write(`warning: ${displaySafe(problem.position)}: ${displaySafe(problem.message)}`)
      return
    }
    if (this.shown < SHOWN_PER_INPUT) {
      this.shown++
      this.write(`skipped ${displaySafe(problem.position)}: ${displaySafe(problem.message)}`)
      return
    }
    this.hidden++
    this.hiddenUnit = problem.unit
  }

  /** Writes the count of what was not shown for the current input. */
  flush(): void {
    if (this.hidden > 0 && this.source !== null) {
      const noun = this.hidden === 1 ? this.hiddenUnit : `${this.hiddenUnit}s`
      this.write(`… and ${this.hidden} more bad ${noun} skipped in ${displaySafe(this.source)}`)
    }
    this.shown = 0
    this.hidden = 0
  }
}
