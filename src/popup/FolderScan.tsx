// "Scan this folder" for Outlook, whose list keeps only the rows on screen: the account's tab
// scrolls its list through once, reading every row, and puts the user's position back.
// "Scan the wave" for Gmail, which pages its list and files mail in category tabs: the account's
// tab searches the wave's time span, reads every page of it, and puts the user's list back.
import { useState } from 'preact/hooks'
import type { Translate } from './i18n.ts'

const TEXTS = {
  folder: {
    title: 'scanTitle',
    hint: 'scanHint',
    button: 'scanButton',
    running: 'scanRunning',
    failed: 'scanFailed',
  },
  wave: {
    title: 'scanWaveTitle',
    hint: 'scanWaveHint',
    button: 'scanWaveButton',
    running: 'scanWaveRunning',
    failed: 'scanWaveFailed',
  },
} as const

export function FolderScan(props: {
  kind: keyof typeof TEXTS
  scan: () => Promise<{ rows: number }>
  t: Translate
}) {
  const { t } = props
  const texts = TEXTS[props.kind]
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
      <h2 id="scan-title">{t(texts.title)}</h2>
      <p class="hint">{t(texts.hint)}</p>
      <button type="button" disabled={state.step === 'running'} onClick={run}>
        {t(texts.button)}
      </button>
      <p class="status" role="status">
        {state.step === 'running' && t(texts.running)}
        {state.step === 'done' && t('scanDone', [String(state.rows)])}
      </p>
      {state.step === 'failed' && <p role="alert">{t(texts.failed)}</p>}
    </section>
  )
}
