// The options page: how relay rows look, notifications, wave thresholds, accounts, retention,
// and clearing stored data. Fields an administrator set by policy are shown locked.
import { useEffect, useState } from 'preact/hooks'
import {
  emptyPolicy,
  RETENTION_DAY_CHOICES,
  type RelayRows,
  type Settings,
} from '../core/settings.ts'
import type { BackgroundClient } from '../messaging/client.ts'
import { AccountsField } from './AccountsField.tsx'
import { ClearData } from './ClearData.tsx'
import type { Translate } from './i18n.ts'
import { ThresholdFields } from './ThresholdFields.tsx'
import { useOptions, type Loaded } from './useOptions.ts'

const ROW_MODES: RelayRows[] = ['mark', 'dim', 'hide']

export function OptionsApp(props: {
  load: () => Promise<Loaded>
  save: (own: Settings) => Promise<void>
  request: BackgroundClient
  t: Translate
}) {
  const { request, t } = props
  const { state, change } = useOptions(props.load, props.save)
  const accounts = useAccounts(request)
  if (state.status === 'loading')
    return (
      <main aria-busy="true">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('popupLoading')}</p>
      </main>
    )
  if (state.status === 'error')
    return (
      <main>
        <h1>{t('optionsTitle')}</h1>
        <p role="alert">{t('optionsLoadError', [state.message])}</p>
      </main>
    )
  const { own, policy } = state
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    change((current) => ({ ...current, [key]: value }))
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {!emptyPolicy(policy) && <PolicyNote policy={policy} t={t} />}
      <fieldset>
        <legend>{t('optionsRows')}</legend>
        {ROW_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="relayRows"
              value={mode}
              checked={own.relayRows === mode}
              onChange={() => set('relayRows', mode)}
            />{' '}
            {t(`optionsRows_${mode}`)}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={own.autoLabel}
            aria-describedby="auto-label-hint"
            onChange={(event) => set('autoLabel', (event.target as HTMLInputElement).checked)}
          />{' '}
          {t('optionsAutoLabel')}
        </label>
        <p class="hint" id="auto-label-hint">
          {t('optionsAutoLabelHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsNotifications')}</legend>
        <label>
          <input
            type="checkbox"
            checked={policy.notifications ?? own.notifications}
            disabled={policy.notifications !== null}
            onChange={(event) => set('notifications', (event.target as HTMLInputElement).checked)}
          />{' '}
          {t('optionsNotify')}
        </label>
        {policy.notifications !== null && <p class="locked">{t('optionsLocked')}</p>}
      </fieldset>
      <ThresholdFields
        thresholds={{ ...own.thresholds, ...policy.thresholds }}
        locked={policy.thresholds}
        onChange={(thresholds) => set('thresholds', thresholds)}
        t={t}
      />
      <AccountsField
        accounts={accounts}
        disabled={own.disabledAccounts}
        onChange={(disabled) => set('disabledAccounts', disabled)}
        t={t}
      />
      <fieldset>
        <legend>{t('optionsRetention')}</legend>
        <label for="retention">
          {t('optionsRetentionLabel')}{' '}
          <select
            id="retention"
            value={String(policy.retentionDays ?? own.retentionDays)}
            disabled={policy.retentionDays !== null}
            onChange={(event) =>
              set('retentionDays', Number((event.target as HTMLSelectElement).value))
            }
          >
            {RETENTION_DAY_CHOICES.map((days) => (
              <option key={days} value={String(days)}>
                {t('optionsDays', [String(days)])}
              </option>
            ))}
          </select>
        </label>
        {policy.retentionDays !== null && <p class="locked">{t('optionsLocked')}</p>}
      </fieldset>
      <ClearData clear={() => request('data.clear', {})} t={t} />
      <p class="status" role="status">
        {state.saved === 'saved' && t('optionsSaved')}
      </p>
      {state.saved === 'failed' && <p role="alert">{t('optionsSaveFailed')}</p>}
    </main>
  )
}

function PolicyNote({ policy, t }: { policy: Loaded['policy']; t: Translate }) {
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('optionsPolicyTitle')}</h2>
      <p>{t('optionsPolicyHint')}</p>
      {policy.reportingAllowed === false && <p>{t('optionsPolicyNoReports')}</p>}
      {policy.allowedBrands && policy.allowedBrands.length > 0 && (
        <p>{t('optionsPolicyBrands', [policy.allowedBrands.join(', ')])}</p>
      )}
    </section>
  )
}

/** The accounts Relay Shield has stored mail of; empty until the background answers. */
function useAccounts(request: BackgroundClient): string[] {
  const [accounts, setAccounts] = useState<string[]>([])
  useEffect(() => {
    let live = true
    request('stats.domains', {})
      .then((stats) => live && setAccounts(stats.accounts))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [request])
  return accounts
}
