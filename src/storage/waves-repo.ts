// Stored wave summaries. One transaction per call.
import type { IDBPObjectStore, StoreNames } from 'idb'
import type { Database } from './db.ts'
import type { RelayShieldDB, StoredWave } from './schema.ts'

export type WavesStore = IDBPObjectStore<
  RelayShieldDB,
  ArrayLike<StoreNames<RelayShieldDB>>,
  'waves',
  'readwrite'
>

/** Stores the latest view of each wave; a wave keeps the time the user was told about it. */
export async function putWaves(db: Database, waves: readonly StoredWave[]): Promise<StoredWave[]> {
  if (waves.length === 0) return []
  const tx = db.transaction('waves', 'readwrite')
  const stored = await mergeWaves(tx.store, waves)
  await tx.done
  return stored
}

/** putWaves inside the caller's transaction. */
export function mergeWaves(store: WavesStore, waves: readonly StoredWave[]): Promise<StoredWave[]> {
  return Promise.all(
    waves.map(async (wave) => {
      const existing = await store.get([wave.account, wave.id])
      const merged = { ...wave, notifiedAt: existing?.notifiedAt ?? wave.notifiedAt }
      await store.put(merged)
      return merged
    }),
  )
}

/** Deletes the account's stored waves `ids` inside the caller's transaction; absent ids are fine. */
export async function withdrawWaves(
  store: Pick<WavesStore, 'delete'>,
  account: string,
  ids: readonly string[],
): Promise<void> {
  await Promise.all(ids.map((id) => store.delete([account, id])))
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

/**
 * The brands of every wave stored for the account, inside the caller's transaction: companies an
 * earlier judgement put in a wave are never senders the inbox knows (core known-sender.ts), even
 * when the rows of that wave lie outside the span a batch is judged against. Waves are few (one
 * record per wave, kept for the waves' own retention, longer than rows), so all are read.
 */
export async function companiesInWaves(
  store: Pick<WavesStore, 'getAll'>,
  account: string,
): Promise<string[]> {
  return companiesOf(await wavesOf(store, account))
}

/** Every stored wave of the account. */
export function wavesOf(store: Pick<WavesStore, 'getAll'>, account: string): Promise<StoredWave[]> {
  return store.getAll(IDBKeyRange.bound([account, ''], [account, '\uffff']))
}

/** The brands of `waves`, each once. */
export function companiesOf(waves: readonly StoredWave[]): string[] {
  return [...new Set(waves.flatMap((wave) => Object.keys(wave.brands)))]
}

/** companiesInWaves in a transaction of its own (the worker's answer from memory on a full disk). */
export async function storedWaveCompanies(db: Database, account: string): Promise<string[]> {
  const tx = db.transaction('waves', 'readonly')
  const brands = await companiesInWaves(tx.store, account)
  await tx.done
  return brands
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
