// "Scan this folder" for Outlook, whose list keeps only the rows on screen: the account's tab
// scrolls its list through once, reading every row, and puts the user's position back.
import { useState } from 'preact/hooks'
import type { Translate } from './i18n.ts'

export function FolderScan(props: { scan: () => Promise<{ rows: number }>; t: Translate }) {
  const { t } = props
  const [state, setState] = useState<
    { step: 'idle' | 'running' | 'failed' } | { step: 'done'; rows: number }
  >({ step: 'idle' })
  const run = () => {
    setState({ step: 'running' })
    props.scan().then(
      ({ rows }) => setState(rows > 0 ? { step: 'done', rows } : { step: 'failed' }),
      () => setState({ step: 'failed' }),
    )
  }
  return (
    <section aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scanTitle')}</h2>
      <p class="hint">{t('scanHint')}</p>
      <button type="button" disabled={state.step === 'running'} onClick={run}>
        {t('scanButton')}
      </button>
      <p class="status" role="status">
        {state.step === 'running' && t('scanRunning')}
        {state.step === 'done' && t('scanDone', [String(state.rows)])}
      </p>
      {state.step === 'failed' && <p role="alert">{t('scanFailed')}</p>}
    </section>
  )
}
