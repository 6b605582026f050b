// What the worker tells the user: the badge and the once-per-wave notification after rows were
// stored, and the notices that storage ran full or cannot be used at all.
import {
  localizedMessage,
  readSession,
  setBadgeText,
  showNotification,
  writeSession,
} from '../platform/browser.ts'
import type { Database } from '../storage/db.ts'
import type { Pruned } from '../storage/retention.ts'
import { markNotified, wavesEndingSince } from '../storage/waves-repo.ts'
import { CURRENT_WAVE_MS, NOTIFY_MIN_GAP_MS, badgeText, waveToNotify } from './alerts.ts'
import { HOUR_MS } from '../core/time.ts'

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

const UNAVAILABLE_TOLD_KEY = 'storageUnavailableToldAt'
/** How often the user hears that nothing is being remembered, at most. */
export const UNAVAILABLE_NOTICE_GAP_MS = HOUR_MS

/**
 * Tells the user, at most once an hour (kept in storage.session, which survives the worker), that
 * rows are marked but nothing is remembered because browser storage cannot be used.
 */
export async function tellStorageUnavailable(now: number): Promise<void> {
  const toldAt = await readSession(UNAVAILABLE_TOLD_KEY).catch(() => undefined)
  if (typeof toldAt === 'number' && now - toldAt < UNAVAILABLE_NOTICE_GAP_MS) return
  await writeSession(UNAVAILABLE_TOLD_KEY, now).catch(() => {})
  await showNotification(
    'relay-shield-storage',
    localizedMessage('storageUnavailableTitle'),
    localizedMessage('storageUnavailableMessage'),
  ).catch(() => {})
}
