// Judges the rows that arrived so far with the real detection (src/core), as the background does
// for a batch, and builds the popup's view of them. Nothing is stored: the play lives in the page.
import { classify } from '../core/wave/classify.ts'
import { extractFeatures, type MailFeatures } from '../core/mail/features.ts'
import { popupView, type PopupView, type ViewRow } from '../core/views/popup-view.ts'
import type { MailRow, Verdict } from '../core/types.ts'
import type { WaveFacts } from '../messaging/protocol.ts'
import { TOUR_ACCOUNT } from './scenario.ts'
import { MINUTE_MS } from '../core/time.ts'

export interface Judged {
  verdicts: Map<string, Verdict>
  view: PopupView
  /** The banner's figures for a mail of the latest wave. */
  facts: (id: string) => WaveFacts | null
}

export function judge(rows: readonly MailRow[], now: number): Judged {
  const features = rows.map(extractFeatures)
  const { verdicts, waves } = classify(features)
  const latest = [...waves].sort((a, b) => b.end - a.end)[0] ?? null
  const wave = latest && {
    id: latest.id,
    start: latest.start,
    end: latest.end,
    mails: latest.members.length,
    rules: [...latest.rules],
  }
  const viewRows = rows.map((row, i) => viewRow(row, features[i]!, verdicts.get(row.id)))
  const byId = new Map(features.map((feature) => [feature.id, feature]))
  return {
    verdicts,
    view: popupView(TOUR_ACCOUNT, wave, viewRows, now),
    facts: (id) =>
      latest && latest.members.includes(id)
        ? {
            mails: latest.members.length,
            brands: latest.brands.size,
            minutes: (latest.end - latest.start) / MINUTE_MS,
            brand: byId.get(id)?.brand ?? '',
          }
        : null,
  }
}

function viewRow(row: MailRow, features: MailFeatures, verdict: Verdict | undefined): ViewRow {
  return {
    id: row.id,
    brand: features.brand,
    senderDomain: row.senderAddress.split('@')[1] ?? '',
    payload: row.subject.slice(0, 160),
    helpdesk: features.helpdesk,
    important: features.important,
    date: row.date,
    verdict: verdict?.verdict ?? 'clean',
    reasons: verdict?.reasons ?? [],
    waveId: verdict?.waveId ?? null,
  }
}
