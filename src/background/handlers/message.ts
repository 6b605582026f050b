// message.*: one stored mail: which one an opened message is, "trust this ticket" (one mail or a
// company's mails), and opening a mail in the account's webmail tab.
import type { Verdict } from '../../core/types.ts'
import type { Handlers } from '../../messaging/router.ts'
import { trustStoredMessage, trustStoredMessages } from '../../storage/messages-repo.ts'
import { findStoredMail } from '../find-mail.ts'
import { openInTabs, pushVerdicts } from '../tabs.ts'
import type { HandlerContext } from './context.ts'

export function messageHandlers({
  getDb,
  clock,
}: HandlerContext): Pick<
  Handlers,
  'message.find' | 'message.trust' | 'message.trustMany' | 'message.open'
> {
  return {
    'message.find': async (request) => findStoredMail(await getDb(), request, clock()),
    'message.trust': async ({ account, id }, sender) => {
      const trusted = await trustStoredMessage(await getDb(), account, id)
      if (!trusted) return { verdict: null }
      const verdict = trustedVerdict(trusted.important !== null)
      // The asking tab applies the answer itself; the account's other tabs are told.
      await pushVerdicts(account, { [id]: verdict }, sender.tabId).catch(() => {})
      return { verdict }
    },
    'message.trustMany': async ({ account, ids }) => {
      const trusted = await trustStoredMessages(await getDb(), account, new Set(ids))
      const verdicts = Object.fromEntries(
        trusted.map((row) => [row.id, trustedVerdict(row.important !== null)]),
      )
      await pushVerdicts(account, verdicts, null).catch(() => {})
      return { trusted: trusted.length }
    },
    'message.open': async ({ account, id }) => ({ opened: await openInTabs(account, id) }),
  }
}

function trustedVerdict(important: boolean): Verdict {
  return { verdict: 'clean', score: 0, reasons: ['user-trusted'], waveId: null, important }
}
