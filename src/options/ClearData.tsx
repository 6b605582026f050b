// "Clear all data", in two steps: the first press asks, the second clears.
import { useState } from 'preact/hooks'
import type { Translate } from './i18n.ts'

type Step = 'idle' | 'asking' | 'clearing' | 'cleared' | 'failed'

export function ClearData({ clear, t }: { clear: () => Promise<unknown>; t: Translate }) {
  const [step, setStep] = useState<Step>('idle')
  const run = () => {
    setStep('clearing')
    clear().then(
      () => setStep('cleared'),
      () => setStep('failed'),
    )
  }
  return (
    <fieldset>
      <legend>{t('optionsData')}</legend>
      <p class="hint">{t('optionsDataHint')}</p>
      {step === 'asking' ? (
        <div role="group" aria-labelledby="clear-question">
          <p id="clear-question">{t('optionsClearQuestion')}</p>
          <button type="button" class="danger" onClick={run}>
            {t('optionsClearYes')}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            {t('optionsClearNo')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="danger"
          disabled={step === 'clearing'}
          onClick={() => setStep('asking')}
        >
          {t('optionsClear')}
        </button>
      )}
      <p class="status" role="status">
        {step === 'cleared' && t('optionsCleared')}
      </p>
      {step === 'failed' && <p role="alert">{t('optionsClearFailed')}</p>}
    </fieldset>
  )
}
