// wave.*: the banner's figures about a message's wave, and a cleanup action on a wave's mails.
import { brandLabel } from '../../core/sender/sender.ts'
import type { WaveFacts } from '../../messaging/protocol.ts'
import type { Handlers } from '../../messaging/router.ts'
import { getMessage, waveMessages } from '../../storage/messages-repo.ts'
import { getWave } from '../../storage/waves-repo.ts'
import { runLoggedAction } from '../logged-action.ts'
import type { HandlerContext } from './context.ts'
import { MINUTE_MS } from '../../core/time.ts'

export function waveHandlers({
  getDb,
  clock,
  getSettings,
}: HandlerContext): Pick<Handlers, 'wave.describe' | 'wave.act'> {
  return {
    'wave.describe': async ({ account, id }) => {
      const db = await getDb()
      const message = await getMessage(db, account, id)
      const wave = message?.waveId ? await getWave(db, account, message.waveId) : undefined
      if (!message || !wave) return { wave: null }
      const facts: WaveFacts = {
        mails: wave.mails,
        brands: Object.keys(wave.brands).length,
        minutes: (wave.end - wave.start) / MINUTE_MS,
        brand: brandLabel(message.brand),
      }
      return { wave: facts }
    },
    'wave.act': async ({ account, waveId, action, confirmed, brands }) => {
      const db = await getDb()
      const wave = await getWave(db, account, waveId)
      const only = brands ? new Set(brands) : null
      const mails = wave ? await waveMessages(db, wave) : []
      const chosen = mails.filter((mail) => !only || only.has(mail.brand))
      const ids = chosen.map((mail) => mail.id)
      // Dates and sender domains let the page find every mail of the wave, wherever it is listed.
      const dates = Object.fromEntries(
        chosen.flatMap((mail) => (mail.date === null ? [] : [[mail.id, mail.date] as const])),
      )
      const senders = [...new Set(chosen.map((mail) => mail.senderDomain))]
      // An administrator may have turned reporting off: the log says the reports were not sent.
      const refused = action === 'spam' && !(await getSettings()).reportingAllowed
      const run = { account, action, ids, waveId, confirmed, dates, senders }
      return runLoggedAction(db, clock, run, refused)
    },
  }
}
