// "Important mail during this wave": the password, sign-in, purchase and payment mails that
// arrived inside the wave, pinned above everything else (floods are sent to bury them), each one
// click from being opened in the webmail tab.
import { useState } from 'preact/hooks'
import type { ImportantMail } from '../messaging/protocol.ts'
import { timeOf } from './format.ts'
import type { Translate } from './i18n.ts'

export function ImportantList(props: {
  mails: readonly ImportantMail[]
  open: (id: string) => Promise<boolean>
  t: Translate
}) {
  const { mails, t } = props
  const [missed, setMissed] = useState(false)
  if (mails.length === 0) return null
  return (
    <section class="important" aria-labelledby="important-title">
      <h2 id="important-title">{t('importantTitle', [String(mails.length)])}</h2>
      <ul>
        {mails.map((mail) => (
          <li key={mail.id}>
            <strong>{t(`important_${mail.kind.replaceAll('-', '_')}`)}</strong> {mail.senderDomain}
            {' · '}
            {mail.payload} <span class="muted">{timeOf(mail.date)}</span>{' '}
            <button
              type="button"
              aria-label={t('importantOpenMail', [mail.payload])}
              onClick={() =>
                void props.open(mail.id).then(
                  (opened) => setMissed(!opened),
                  () => setMissed(true),
                )
              }
            >
              {t('importantOpen')}
            </button>
          </li>
        ))}
      </ul>
      <p class="status" role="status">
        {missed && t('importantNoTab')}
      </p>
    </section>
  )
}
