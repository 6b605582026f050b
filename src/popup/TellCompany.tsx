// Tell the abused company, one brand at a time: a prepared message with the evidence and the
// hardening steps for its helpdesk admin, to copy or open in the mail app. Nothing is sent.
import { useState } from 'preact/hooks'
import type { BrandGroup, PopupView } from '../messaging/protocol.ts'
import { companyMessage } from './evidence.ts'
import type { Translate } from './i18n.ts'

export function TellCompany(props: {
  brand: BrandGroup
  wave: NonNullable<PopupView['wave']>
  close: () => void
  t: Translate
}) {
  const { brand, wave, t } = props
  const [copied, setCopied] = useState<boolean | null>(null)
  const text = companyMessage(brand, wave, t)
  const subject = t('tellSubject', [brand.brand])
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`
  return (
    <section class="tell" aria-labelledby="tell-title">
      <h2 id="tell-title">{t('tellTitle', [brand.brand])}</h2>
      <p class="hint">{t('tellHint')}</p>
      <textarea readOnly rows={8} aria-labelledby="tell-title" value={text} />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('tellCopy')}
        </button>{' '}
        <a class="button" href={mailto}>
          {t('tellOpenMail')}
        </a>{' '}
        <button type="button" onClick={props.close}>
          {t('tellClose')}
        </button>
      </div>
      <p class="status" role="status">
        {copied === true && t('tellCopied')}
        {copied === false && t('tellCopyFailed')}
      </p>
    </section>
  )
}
