// Stored records for storage tests, with every field filled; tests override what they test.
import { storeJudgedBatch } from '../../src/storage/batch-repo.ts'
import type { Database } from '../../src/storage/db.ts'
import type { StoredMessage, StoredWave } from '../../src/storage/schema.ts'

/**
 * Stores rows as they are through the write the ingest path makes (src/storage/batch-repo.ts),
 * one transaction per account, deciding nothing: rows, day buckets and brand statistics are
 * written as for a judged batch. Returns how many rows were new.
 */
export async function storeMessages(
  db: Database,
  messages: readonly StoredMessage[],
): Promise<number> {
  let added = 0
  for (const account of new Set(messages.map((message) => message.account))) {
    const own = messages.filter((message) => message.account === account)
    const ask = { account, span: null, earliest: 0 }
    added += (await storeJudgedBatch(db, ask, () => ({ messages: own, waves: [] }))).added
  }
  return added
}

export function storedMessage(id: string, over: Partial<StoredMessage> = {}): StoredMessage {
  return {
    account: 'gmail:me',
    id,
    senderDomain: 'discord.zendesk.com',
    brand: 'discord.zendesk.com',
    payload: 'TAKE DOWN ORDERS',
    payloadKey: 'take down orders',
    helpdesk: true,
    kind: 'ack',
    indicatorCount: 2,
    important: null,
    date: Date.UTC(2026, 0, 18, 9, 0),
    seenAt: 1,
    verdict: 'suspect',
    reasons: ['helpdesk-subject'],
    waveId: null,
    place: null,
    ...over,
  }
}

export function storedWave(id: string, over: Partial<StoredWave> = {}): StoredWave {
  return {
    account: 'gmail:me',
    id,
    start: 1,
    end: 2,
    mails: 5,
    brands: { a: 5 },
    topPayloads: [],
    rules: ['cross-brand-wave'],
    notifiedAt: 3,
    updatedAt: 4,
    ...over,
  }
}
