// Stored message rows. One transaction per call; nothing but IndexedDB is awaited inside it.
import type { MailFeatures } from '../core/features.ts'
import type { Database } from './db.ts'
import type { StoredMessage } from './schema.ts'

/** Stores a batch in one transaction. A row already stored keeps its first-seen time. */
export async function putMessages(
  db: Database,
  messages: readonly StoredMessage[],
): Promise<number> {
  const tx = db.transaction('messages', 'readwrite')
  const added = await Promise.all(
    messages.map(async (message) => {
      const existing = await tx.store.get([message.account, message.id])
      await tx.store.put(existing ? { ...message, seenAt: existing.seenAt } : message)
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
