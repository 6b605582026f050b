// "I opened a ticket with this company": the brand's acknowledgements are expected, not relay
// spam, until the date the user gave. One row per (account, brand); the later date wins.
import type { IDBPObjectStore, StoreNames } from 'idb'
import type { Database } from './db.ts'
import type { ExpectedTicket, RelayShieldDB } from './schema.ts'

export type TicketsStore = IDBPObjectStore<
  RelayShieldDB,
  ArrayLike<StoreNames<RelayShieldDB>>,
  'expectedTickets',
  IDBTransactionMode
>

export async function expectTicket(db: Database, ticket: ExpectedTicket): Promise<void> {
  const tx = db.transaction('expectedTickets', 'readwrite')
  const existing = await tx.store.get([ticket.account, ticket.brand])
  await tx.store.put(existing && existing.until > ticket.until ? existing : ticket)
  await tx.done
}

/** The account's expected tickets still running at `now`. */
export function openTickets(db: Database, account: string, now: number): Promise<ExpectedTicket[]> {
  return ticketsRunning(db.transaction('expectedTickets').store, account, now)
}

/** openTickets inside the caller's transaction. */
export async function ticketsRunning(
  store: TicketsStore,
  account: string,
  now: number,
): Promise<ExpectedTicket[]> {
  const running = await store.index('by-until').getAll(IDBKeyRange.lowerBound(now))
  return running.filter((ticket) => ticket.account === account)
}
