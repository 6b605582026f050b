// The wave's evidence as CSV and JSON files for a security team: made in the popup as local
// blobs and saved by the browser, no request involved.
import type { PopupView } from '../messaging/protocol.ts'
import { evidenceCsv, evidenceJson } from './evidence.ts'
import type { Translate } from './i18n.ts'

export function Export(props: {
  account: string
  wave: NonNullable<PopupView['wave']>
  t: Translate
}) {
  const { account, wave, t } = props
  const day = new Date(wave.start).toISOString().slice(0, 10)
  const save = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }))
    const link = document.createElement('a')
    link.href = url
    link.download = `relay-shield-wave-${day}.${extension}`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1_000)
  }
  return (
    <div class="actions" role="group" aria-label={t('exportLabel')}>
      <button type="button" onClick={() => save(evidenceCsv(wave), 'text/csv', 'csv')}>
        {t('exportCsv')}
      </button>{' '}
      <button
        type="button"
        onClick={() => save(evidenceJson(account, wave), 'application/json', 'json')}
      >
        {t('exportJson')}
      </button>
    </div>
  )
}
