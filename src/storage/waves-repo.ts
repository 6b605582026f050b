// Stored wave summaries. One transaction per call.
import type { Database } from './db.ts'
import type { StoredWave } from './schema.ts'

/** Stores the latest view of each wave; a wave keeps the time the user was told about it. */
export async function putWaves(db: Database, waves: readonly StoredWave[]): Promise<StoredWave[]> {
  if (waves.length === 0) return []
  const tx = db.transaction('waves', 'readwrite')
  const stored = await Promise.all(
    waves.map(async (wave) => {
      const existing = await tx.store.get([wave.account, wave.id])
      const merged = { ...wave, notifiedAt: existing?.notifiedAt ?? wave.notifiedAt }
      await tx.store.put(merged)
      return merged
    }),
  )
  await tx.done
  return stored
}

export async function markNotified(
  db: Database,
  account: string,
  id: string,
  at: number,
): Promise<void> {
  const tx = db.transaction('waves', 'readwrite')
  const wave = await tx.store.get([account, id])
  if (wave) await tx.store.put({ ...wave, notifiedAt: at })
  await tx.done
}

/** Waves that ended at or after `since`, latest first. */
export async function wavesEndingSince(db: Database, since: number): Promise<StoredWave[]> {
  const waves = await db.getAllFromIndex('waves', 'by-end', IDBKeyRange.lowerBound(since))
  return waves.sort((a, b) => b.end - a.end)
}

export function getWave(
  db: Database,
  account: string,
  id: string,
): Promise<StoredWave | undefined> {
  return db.get('waves', [account, id])
}
