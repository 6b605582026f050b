import type { BackgroundClient } from '../messaging/client.ts'
import { DomainTable } from './DomainTable.tsx'
import type { Translate } from './i18n.ts'
import { useDomainStats } from './useDomainStats.ts'

export function App({ request, t }: { request: BackgroundClient; t: Translate }) {
  const state = useDomainStats(request)
  return (
    <main aria-busy={state.status === 'loading'}>
      <h1>{t('popupTitle')}</h1>
      {state.status === 'loading' && <p>{t('popupLoading')}</p>}
      {state.status === 'error' && <p role="alert">{t('popupError', [state.message])}</p>}
      {state.status === 'ready' && state.stats.total === 0 && <p>{t('popupEmpty')}</p>}
      {state.status === 'ready' && state.stats.total > 0 && (
        <>
          <p data-testid="total">{t('popupTotal', [String(state.stats.total)])}</p>
          <DomainTable domains={state.stats.domains} t={t} />
        </>
      )}
    </main>
  )
}
