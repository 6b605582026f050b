// Stored records for storage tests, with every field filled; tests override what they test.
import type { StoredMessage, StoredWave } from '../../src/storage/schema.ts'

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
