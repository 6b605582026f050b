// The automatic label (settings.autoLabel): relay mails get the "Relay spam" label (an Outlook
// category) in the account's open tab as they are recognised, each one once. The mails are
// claimed in storage before the page is asked, so a repeated batch, a second tab or a restarted
// worker never applies the label again, which in Gmail and Outlook would take it off.
import type { Verdict } from '../core/types.ts'
import type { Database } from '../storage/db.ts'
import { claimForAutoLabel } from '../storage/auto-label-repo.ts'
import { runLoggedAction } from './wave-handlers.ts'

export async function autoLabelRelay(
  db: Database,
  clock: () => number,
  account: string,
  verdicts: Record<string, Verdict>,
): Promise<number> {
  const relay = Object.entries(verdicts).filter(([, verdict]) => verdict.verdict === 'relay')
  const ids = await claimForAutoLabel(db, account, new Set(relay.map(([id]) => id)), clock())
  if (ids.length === 0) return 0
  const waveId = verdicts[ids[0]!]?.waveId ?? null
  await runLoggedAction(db, clock, { account, action: 'label', ids, waveId, confirmed: true })
  return ids.length
}
