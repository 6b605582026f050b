// The texts important-looking confirmations echoed, per company, over a sliding window: relay
// spam carries the same typed-in text through every company's form, while a company's own notice
// is worded by that company alone. The engine asks it whether an important-looking confirmation
// repeats what other companies' such confirmations said (engine.ts echoesOthers).
import type { Thresholds } from './thresholds.ts'
import { GroupedWindow } from './window.ts'

type EchoThresholds = Pick<Thresholds, 'payloadWindowMs' | 'payloadMinBrands' | 'payloadMinChars'>

export interface Echo {
  date: number
  /** The normalised echoed text (core normalisePayload). */
  text: string
  /** The company (sender.ts brandIdentity). */
  identity: string
}

/** Trimming the array costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 4_096

export class EchoWindow {
  private items: Echo[] = []
  private readonly window: GroupedWindow<Echo>

  /**
   * Echoes count for the payload window; a text is the wave's once as many companies as the
   * same-payload rule asks for carried it, this mail's included; payloads too short to compare
   * never are.
   */
  constructor(private readonly t: EchoThresholds) {
    this.window = new GroupedWindow(
      t.payloadWindowMs,
      (echo) => echo.text,
      (echo) => echo.identity,
    )
  }

  /**
   * Records an important-looking candidate's echoed text (echoes come in date order); true when
   * enough other companies' important-looking candidates echoed the same text.
   */
  echoedByOthers(echo: Echo): boolean {
    if (echo.text.length < this.t.payloadMinChars) return false
    this.record(echo)
    return this.othersWith(echo.text, echo.identity) >= this.t.payloadMinBrands - 1
  }

  private record(echo: Echo): void {
    this.items.push(echo)
    this.window.advance(this.items, this.items.length - 1)
    const first = this.window.first
    if (first < TRIM_CHUNK) return
    this.items = this.items.slice(first)
    this.window.shift(first)
  }

  /** How many companies other than `identity` echoed `text` within the window. */
  private othersWith(text: string, identity: string): number {
    return this.window.othersIn(text, identity)
  }
}
