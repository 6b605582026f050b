// "I opened a ticket with this company": the brand's acknowledgements are expected, not relay
// spam, until the date the user gave. One row per (account, brand); the later date wins.
import type { Database } from './db.ts'
import type { ExpectedTicket } from './schema.ts'

export async function expectTicket(db: Database, ticket: ExpectedTicket): Promise<void> {
  const tx = db.transaction('expectedTickets', 'readwrite')
  const existing = await tx.store.get([ticket.account, ticket.brand])
  await tx.store.put(existing && existing.until > ticket.until ? existing : ticket)
  await tx.done
}

/** The account's expected tickets still running at `now`. */
export async function openTickets(
  db: Database,
  account: string,
  now: number,
): Promise<ExpectedTicket[]> {
  const running = await db.getAllFromIndex(
    'expectedTickets',
    'by-until',
    IDBKeyRange.lowerBound(now),
  )
  return running.filter((ticket) => ticket.account === account)
}
