// ticket.*: "I opened a ticket with this company" until a date.
import type { Handlers } from '../../messaging/router.ts'
import { expectTicket } from '../../storage/tickets-repo.ts'
import type { HandlerContext } from './context.ts'

export function ticketHandlers({ getDb, clock }: HandlerContext): Pick<Handlers, 'ticket.expect'> {
  return {
    'ticket.expect': async ({ account, brand, until }) => {
      await expectTicket(await getDb(), { account, brand, until, createdAt: clock() })
      return { ok: true }
    },
  }
}
