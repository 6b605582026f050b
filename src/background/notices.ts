// What the worker tells the user: the badge and the once-per-wave notification after rows were
// stored, and the notice that storage ran full.
import { localizedMessage, setBadgeText, showNotification } from '../platform/browser.ts'
import type { Database } from '../storage/db.ts'
import type { Pruned } from '../storage/retention.ts'
import { markNotified, wavesEndingSince } from '../storage/waves-repo.ts'
import { CURRENT_WAVE_MS, NOTIFY_MIN_GAP_MS, badgeText, waveToNotify } from './alerts.ts'

export const WAVE_NOTIFICATION_PREFIX = 'relay-shield-wave:'

export async function updateWaveNotices(db: Database, now: number, notify = true): Promise<void> {
  const recent = await wavesEndingSince(db, now - CURRENT_WAVE_MS - NOTIFY_MIN_GAP_MS)
  await setBadgeText(badgeText(recent, now))
  const wave = notify ? waveToNotify(recent, now) : null
  if (!wave) return
  await markNotified(db, wave.account, wave.id, now)
  const brands = String(Object.keys(wave.brands).length)
  await showNotification(
    `${WAVE_NOTIFICATION_PREFIX}${wave.account}`,
    localizedMessage('waveNotificationTitle'),
    localizedMessage('waveNotificationMessage', [String(wave.mails), brands]),
  )
}

/** Tells the user that storage ran full: what was pruned, and whether rows are still remembered. */
export async function tellStorageFull(pruned: Pruned, stored: boolean): Promise<void> {
  await showNotification(
    'relay-shield-storage',
    localizedMessage('storageFullTitle'),
    localizedMessage(stored ? 'storageFullPruned' : 'storageFullNotRemembering', [
      String(pruned.messages),
    ]),
  ).catch(() => {})
}
