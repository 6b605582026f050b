// The scan: every inbox mail reduced to its features as it is read (bodies are dropped at once),
// then replayed in date order through the same engine the extension runs.
import { replay } from '../core/wave/classify.ts'
import type { Wave } from '../core/wave/engine.ts'
import { extractFeaturesWith, type MailFeatures } from '../core/mail/features.ts'
import { FULL_CATALOGUE, type TemplateCatalogue } from '../core/mail/templates/fingerprint.ts'
import { brandKey } from '../core/sender/sender.ts'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/wave/thresholds.ts'
import type { Verdict } from '../core/types.ts'
import { recipients, toMailInput, type MailRecord } from './records.ts'
import type { MailInput } from '../core/mail/features.ts'
import { waveAt } from './wave-at.ts'

export interface ScanResult {
  id: string
  verdict: Verdict
  verdictAtArrival: Verdict
}

export interface ScanOutput {
  /** In input order. */
  results: ScanResult[]
  waves: readonly Wave[]
  /** Important mail whose date falls inside a wave. */
  importantInWaves: { id: string; date: number; waveId: string }[]
}

export class Scanner {
  private readonly mails: MailFeatures[] = []
  private readonly outgoing: {
    brand: string
    date: number
    subject: string
    recipients: number
  }[] = []

  /** `catalogue`: the templates the fingerprint knows (all of them unless an evaluation says). */
  constructor(private readonly catalogue: TemplateCatalogue = FULL_CATALOGUE) {}

  add(record: MailRecord): void {
    if (record.folder === 'sent') {
      const addresses = recipients(record.to)
      for (const address of addresses)
        this.outgoing.push({
          brand: brandKey(address),
          date: record.date ?? 0,
          subject: record.subject,
          recipients: addresses.length,
        })
      return
    }
    this.mails.push(extractFeaturesWith(senderOf(record), this.catalogue))
  }

  get count(): number {
    return this.mails.length
  }

  finish(thresholds: Thresholds = DEFAULT_THRESHOLDS): ScanOutput {
    const { arrival, final, waves } = replay(this.mails, { thresholds, outgoing: this.outgoing })
    const results = this.mails.map((mail, i) => ({
      id: mail.id,
      verdictAtArrival: arrival[i]!,
      verdict: final[i]!,
    }))
    return {
      results,
      waves,
      importantInWaves: this.importantInside(waves, final),
    }
  }

  /** Mail judged important (not the wave's echo) dated inside a wave. */
  private importantInside(
    waves: readonly Wave[],
    final: readonly Verdict[],
  ): ScanOutput['importantInWaves'] {
    const found: ScanOutput['importantInWaves'] = []
    const holding = waveAt(waves)
    for (const [i, mail] of this.mails.entries()) {
      if (!final[i]!.important || mail.date === null) continue
      const wave = holding(mail.date)
      if (wave) found.push({ id: mail.id, date: mail.date, waveId: wave.id })
    }
    return found
  }
}

/**
 * A record whose "from" holds no address ("Discord", an Outlook row showing "Discord Support") is
 * a display name: the brand comes from it.
 */
function senderOf(record: MailRecord): MailInput {
  const input = toMailInput(record)
  if (input.senderAddress || input.senderName) return input
  return { ...input, senderName: record.from.replace(/^\s*"|"\s*$/gu, '').trim() }
}
