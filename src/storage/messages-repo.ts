// Stored message rows. One transaction per call; nothing but IndexedDB is awaited inside it.
import type { MailFeatures } from '../core/features.ts'
import type { Database } from './db.ts'
import type { StoredMessage, StoredWave } from './schema.ts'

/** Stores a batch in one transaction. A row already stored keeps its first-seen time. */
export async function putMessages(
  db: Database,
  messages: readonly StoredMessage[],
): Promise<number> {
  const tx = db.transaction('messages', 'readwrite')
  const added = await Promise.all(
    messages.map(async (message) => {
      const existing = await tx.store.get([message.account, message.id])
      const kept = existing
        ? { ...message, seenAt: existing.seenAt, trusted: existing.trusted || message.trusted }
        : message
      await tx.store.put(kept)
      return existing ? 0 : 1
    }),
  )
  await tx.done
  return added.reduce<number>((sum, one) => sum + one, 0)
}

/** Stored mail of one account whose own date lies in [from, to]. */
export async function messagesBetween(
  db: Database,
  account: string,
  from: number,
  to: number,
): Promise<StoredMessage[]> {
  return db.getAllFromIndex(
    'messages',
    'by-account-date',
    IDBKeyRange.bound([account, from], [account, to]),
  )
}

export function getMessage(
  db: Database,
  account: string,
  id: string,
): Promise<StoredMessage | undefined> {
  return db.get('messages', [account, id])
}

/** Marks a stored mail as trusted by the user: clean from now on, in no wave. */
export async function trustStoredMessage(
  db: Database,
  account: string,
  id: string,
): Promise<StoredMessage | null> {
  const tx = db.transaction('messages', 'readwrite')
  const existing = await tx.store.get([account, id])
  const trusted: StoredMessage | null = existing
    ? { ...existing, trusted: true, verdict: 'clean', reasons: ['user-trusted'], waveId: null }
    : null
  if (trusted) await tx.store.put(trusted)
  await tx.done
  return trusted
}

/** The relay mails of one wave, from the account's mail dated within the wave. */
export async function waveMessages(db: Database, wave: StoredWave): Promise<StoredMessage[]> {
  const mails = await messagesBetween(db, wave.account, wave.start, wave.end)
  return mails.filter((mail) => mail.waveId === wave.id && mail.verdict === 'relay')
}

export function storedFeatures(row: StoredMessage): MailFeatures {
  const reasons = row.reasons.filter((reason) => reason.startsWith('helpdesk-'))
  return {
    id: row.id,
    date: row.date,
    brand: row.brand,
    platform: null,
    kind: row.kind,
    helpdesk: row.helpdesk,
    payload: row.payloadKey,
    reasons,
    indicatorCount: row.indicatorCount,
    important: row.important,
  }
}

export interface DomainCounts {
  total: number
  accounts: string[]
  byDomain: Map<string, number>
}

export async function countByDomain(db: Database, account?: string): Promise<DomainCounts> {
  const byDomain = new Map<string, number>()
  const accounts = new Set<string>()
  let total = 0
  let cursor = await db.transaction('messages', 'readonly').store.openCursor()
  while (cursor) {
    const row = cursor.value
    accounts.add(row.account)
    if (account === undefined || row.account === account) {
      total++
      const domain = row.senderDomain || '(none)'
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1)
    }
    cursor = await cursor.continue()
  }
  return { total, accounts: [...accounts].sort(), byDomain }
}
