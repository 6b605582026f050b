// message.find: which stored mail a page shows without naming it (an Outlook pop-out window, the
// reading pane turned off, several rows ticked; docs/webmail-pages.md 4.3). Stored rows keep the
// subject's start, the sender's domain and the date, and core/mail/same-mail.ts compares those.
import { findSameMail } from '../core/mail/same-mail.ts'
import type { Verdict } from '../core/types.ts'
import { cleanVerdict, relayVerdict, suspectVerdict } from '../core/wave/verdicts.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { messagesBetween } from '../storage/messages-repo.ts'
import { DAY_MS } from '../core/time.ts'
import type { StoredMessage } from '../storage/schema.ts'

/** Without a date the page could read, the last week's mail is searched. */
const UNDATED_SEARCH_DAYS = 7

export async function findStoredMail(
  db: Database,
  request: RequestOf<'message.find'>,
  now: number,
): Promise<ResponseOf<'message.find'>> {
  const { account, ...shown } = request
  const [from, to] =
    shown.date === null
      ? [now - UNDATED_SEARCH_DAYS * DAY_MS, now]
      : [shown.date - DAY_MS, shown.date + DAY_MS]
  const stored = await messagesBetween(db, account, from, to)
  const id = findSameMail(
    shown,
    stored.map((mail) => ({
      id: mail.id,
      subject: mail.payload,
      senderDomain: mail.senderDomain,
      date: mail.date,
    })),
  )
  const found = stored.find((mail) => mail.id === id)
  return found ? { id: found.id, verdict: storedVerdict(found) } : { id: null, verdict: null }
}

/** The verdict a stored row was given (its score is not kept, so it is computed again). */
function storedVerdict(mail: StoredMessage): Verdict {
  if (mail.verdict === 'relay' && mail.waveId)
    return relayVerdict(mail.reasons, mail.indicatorCount, mail.waveId)
  if (mail.verdict === 'clean') return cleanVerdict(mail.reasons, mail.important !== null)
  return suspectVerdict(mail.reasons, mail.indicatorCount)
}
