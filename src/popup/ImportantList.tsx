// "Important mail during this wave": the password, sign-in, purchase and payment mails that
// arrived inside the wave, pinned above everything else; floods are sent to bury them.
import type { ImportantMail } from '../messaging/protocol.ts'
import { timeOf } from './format.ts'
import type { Translate } from './i18n.ts'

export function ImportantList({ mails, t }: { mails: readonly ImportantMail[]; t: Translate }) {
  if (mails.length === 0) return null
  return (
    <section class="important" aria-labelledby="important-title">
      <h2 id="important-title">{t('importantTitle', [String(mails.length)])}</h2>
      <ul>
        {mails.map((mail) => (
          <li key={mail.id}>
            <strong>{t(`important_${mail.kind.replaceAll('-', '_')}`)}</strong> {mail.senderDomain}
            {' · '}
            {mail.payload} <span class="muted">{timeOf(mail.date)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
