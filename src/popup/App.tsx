// The popup: where a flooded user sees the wave and takes the inbox back. The headline and the
// chart come first, from the summary the background keeps in session storage (given at the first
// render, so they are in its first frame) or else from the 'popup.view' answer; the lists below
// them are drawn once the full view is in. It acts only through the typed protocol.
import { useLayoutEffect } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import { summaryOf, type PopupSummary } from '../core/views/popup-summary.ts'
import { DomainTable } from './DomainTable.tsx'
import { Headline } from './Headline.tsx'
import type { Translate } from './i18n.ts'
import { VIEW_DRAWN } from './marks.ts'
import { Timeline } from './Timeline.tsx'
import { useDomainStats } from './useDomainStats.ts'
import { useResolved } from './useResolved.ts'
import { usePopupView, type ViewData } from './usePopupView.ts'
import { WaveDetails as WaveDetailsComponent } from './WaveDetails.tsx'

export interface AppProps {
  request: BackgroundClient
  t: Translate
  now?: () => number
  reportingAllowed?: boolean
  /** The first 'popup.view' answer, when it was asked for before the popup rendered. */
  firstView?: Promise<ViewData>
  /** What the background kept for the first screen (session storage), read before rendering. */
  kept?: PopupSummary | null
  /** The lists below the chart, given once the headline and chart are painted. */
  details?: Promise<typeof WaveDetailsComponent>
  /** Called when the headline and chart were first committed (before the browser paints). */
  onFirstDraw?: () => void
}

// The lists are in the popup's one script: a separate chunk would need a module loader, which the
// no-network check would have to allow. They still render after the headline and chart.
const loadDetails = () => Promise.resolve(WaveDetailsComponent)

export function App(props: AppProps) {
  const { request, t, now = Date.now, reportingAllowed = true } = props
  const { state, reload, setAccount } = usePopupView(request, props.firstView)
  const WaveDetails = useResolved(props.details ?? loadDetails)
  const data = state.status === 'ready' ? state.data : null
  const summary: PopupSummary | null = data
    ? data.view && summaryOf(data.view)
    : (props.kept ?? null)
  const cleanUp = () => {
    const section = document.getElementById('cleanup')
    section?.scrollIntoView({ block: 'nearest' })
    section?.querySelector<HTMLElement>('[data-action]')?.focus()
  }
  return (
    <main aria-busy={state.status === 'loading'}>
      <h1>{t('popupTitle')}</h1>
      {state.status === 'loading' && !summary && <p>{t('popupLoading')}</p>}
      {state.status === 'error' && <p role="alert">{t('popupError', [state.message])}</p>}
      {data && data.accounts.length > 1 && data.view && (
        <label class="account">
          {t('popupAccount')}{' '}
          <select
            value={data.view.account}
            onChange={(event) => setAccount((event.target as HTMLSelectElement).value)}
          >
            {data.accounts.map((account) => (
              <option key={account} value={account}>
                {account}
              </option>
            ))}
          </select>
        </label>
      )}
      {summary && (
        <FirstScreen
          summary={summary}
          now={now()}
          onCleanUp={data?.view && WaveDetails ? cleanUp : undefined}
          onDraw={props.onFirstDraw}
          t={t}
        />
      )}
      {data?.view && WaveDetails && (
        <WaveDetails
          view={data.view}
          actions={data.actions}
          request={request}
          reload={reload}
          now={now}
          reportingAllowed={reportingAllowed}
          t={t}
        />
      )}
      {/* Asked once the wave is on screen: counting every stored mail must not delay it. */}
      {state.status !== 'loading' && <StoredMail request={request} t={t} />}
    </main>
  )
}

/** The headline and the chart: what the popup must show at once. */
function FirstScreen(props: {
  summary: PopupSummary
  now: number
  onCleanUp: (() => void) | undefined
  onDraw: (() => void) | undefined
  t: Translate
}) {
  // After each commit of a new summary, before the browser paints it.
  useLayoutEffect(() => {
    performance.mark(VIEW_DRAWN)
    props.onDraw?.()
  }, [props.summary])
  return (
    <>
      <Headline summary={props.summary} now={props.now} onCleanUp={props.onCleanUp} t={props.t} />
      <Timeline timeline={props.summary.timeline} t={props.t} />
    </>
  )
}

/** Every stored mail by sender domain, folded away below the wave. */
function StoredMail({ request, t }: { request: BackgroundClient; t: Translate }) {
  const state = useDomainStats(request)
  if (state.status !== 'ready') return null
  if (state.stats.total === 0) return <p>{t('popupEmpty')}</p>
  return (
    <details>
      <summary data-testid="total">{t('popupTotal', [String(state.stats.total)])}</summary>
      <DomainTable domains={state.stats.domains} t={t} />
    </details>
  )
}
