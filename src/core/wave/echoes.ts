// The texts important-looking confirmations echoed, per company, over a sliding window: relay
// spam carries the same typed-in text through every company's form, while a company's own notice
// is worded by that company alone. The engine asks it whether an important-looking confirmation
// repeats what other companies' such confirmations said (engine.ts echoesOthers).
import type { Thresholds } from './thresholds.ts'
import { shinglesOf } from './wave-text.ts'
import { GroupedLog } from './window.ts'

type EchoThresholds = Pick<Thresholds, 'payloadWindowMs' | 'payloadMinBrands' | 'payloadMinChars'>

export interface Echo {
  date: number
  /** The normalised echoed text (core normalisePayload). */
  text: string
  /** The company (sender.ts brandIdentity). */
  identity: string
}

export class EchoWindow {
  private readonly log: GroupedLog<Echo>

  /**
   * Echoes count for the payload window; a text is the wave's once as many companies as the
   * same-payload rule asks for carried it, this mail's included; payloads too short to compare
   * never are.
   */
  constructor(private readonly t: EchoThresholds) {
    this.log = new GroupedLog(
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
    // The whole text, and its runs of words (wave-text.ts): each company wraps the typed-in text
    // in its own tag, greeting or emoji ("[Acme] <text>", "🎫 Re: <text>").
    const keys = new Set([echo.text, ...shinglesOf(echo.text)])
    for (const text of keys) this.log.add({ ...echo, text })
    const others = this.t.payloadMinBrands - 1
    return [...keys].some((text) => this.log.othersIn(text, echo.identity) >= others)
  }
}
