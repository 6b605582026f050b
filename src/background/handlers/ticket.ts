// ticket.*: "I opened a ticket with this company" until a date.
import type { Handlers } from '../../messaging/router.ts'
import { expectTicket } from '../../storage/tickets-repo.ts'
import type { HandlerContext } from './context.ts'

export function ticketHandlers({ getDb, clock }: HandlerContext): Pick<Handlers, 'ticket.expect'> {
  return {
    'ticket.expect': async ({ account, brand, until }) => {
      // Brands are stored as lower-case domains; the popup may show one capitalised.
      const ticket = { account, brand: brand.toLowerCase(), until, createdAt: clock() }
      await expectTicket(await getDb(), ticket)
      return { ok: true }
    },
  }
}
