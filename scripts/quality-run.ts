// Scans labelled mail through the CLI's Scanner and measures it (shared by the quality benchmark).
import type { TemplateCatalogue } from '../src/core/mail/templates/fingerprint.ts'
import { fromJsonLine } from '../src/cli/records.ts'
import { Scanner } from '../src/cli/scan.ts'
import type { LabelledMail } from '../test/corpus/synthetic/splits.ts'
import { qualityOf, type Quality } from './quality.ts'

export interface Measured extends Quality {
  /** Inbox mails marked suspect or relay, and those called relay. */
  flagged: number
  calledRelay: number
  /** Important mails inside a wave, and those the scan pinned. */
  importantInside: number
  pinned: number
}

export function scanLabelled(
  mails: readonly LabelledMail[],
  catalogue: TemplateCatalogue,
): Measured {
  const scanner = new Scanner(catalogue)
  for (const mail of mails) scanner.add(fromJsonLine(JSON.stringify(mail.record)))
  const output = scanner.finish()
  const inbox = mails.filter((mail) => mail.record.folder !== 'sent')
  const pinnedIds = new Set(output.importantInWaves.map((entry) => entry.id))
  const verdicts = new Map(output.results.map((result) => [result.id, result.verdict]))
  const inside = inbox.filter((mail) => mail.label === 'important' && mail.wave)
  return {
    ...qualityOf(inbox, output.results),
    flagged: output.results.filter((r) => r.verdict.verdict !== 'clean').length,
    calledRelay: output.results.filter((r) => r.verdict.verdict === 'relay').length,
    importantInside: inside.length,
    pinned: inside.filter(
      (mail) => pinnedIds.has(mail.record.id) && verdicts.get(mail.record.id)?.important,
    ).length,
  }
}
