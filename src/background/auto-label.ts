// The automatic label (settings.autoLabel): relay mails get the "Relay spam" label (an Outlook
// category) in the account's open tab as they are recognised, each one once. The mails are
// claimed in storage before the page is asked, so a repeated batch, a second tab or a restarted
// worker never applies the label again, which in Gmail and Outlook would take it off. The ids this
// worker has seen labelled are remembered, so a page sending its list again (every list change)
// opens no write transaction over the account's stored days.
import type { Verdict } from '../core/types.ts'
import type { Database } from '../storage/db.ts'
import { claimForAutoLabel } from '../storage/auto-label-repo.ts'
import { runLoggedAction } from './logged-action.ts'

/** Per account, the mails known to carry the automatic label (for this worker's lifetime). */
export type AutoLabelled = Map<string, Set<string>>

export async function autoLabelRelay(
  db: Database,
  clock: () => number,
  account: string,
  verdicts: Record<string, Verdict>,
  known: AutoLabelled,
): Promise<number> {
  const labelled = known.get(account) ?? new Set<string>()
  known.set(account, labelled)
  const relay = Object.entries(verdicts).flatMap(([id, verdict]) =>
    verdict.verdict === 'relay' && !labelled.has(id) ? [id] : [],
  )
  if (relay.length === 0) return 0
  const { claimed: ids, earlier } = await claimForAutoLabel(db, account, new Set(relay), clock())
  for (const id of [...ids, ...earlier]) labelled.add(id)
  if (ids.length === 0) return 0
  const waveId = verdicts[ids[0]!]?.waveId ?? null
  // Automatic: the page labels only while the user is not selecting or typing in that tab.
  const run = { account, action: 'label' as const, ids, waveId, confirmed: true, automatic: true }
  await runLoggedAction(db, clock, run)
  return ids.length
}
