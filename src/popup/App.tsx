// The popup: where a flooded user sees the wave and takes the inbox back. It renders only from
// the background's answers ('popup.view') and acts only through the typed protocol.
import { useLayoutEffect, useState } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import type { BrandGroup, CleanupAction, PopupView } from '../messaging/protocol.ts'
import { ActionLog } from './ActionLog.tsx'
import { BrandList } from './BrandList.tsx'
import { Cleanup, webmailOf } from './Cleanup.tsx'
import { DomainTable } from './DomainTable.tsx'
import { ExpectTicket } from './ExpectTicket.tsx'
import { FolderScan } from './FolderScan.tsx'
import { Export } from './Export.tsx'
import type { Translate } from './i18n.ts'
import { ImportantList } from './ImportantList.tsx'
import { Status } from './Status.tsx'
import { TellCompany } from './TellCompany.tsx'
import { Timeline } from './Timeline.tsx'
import { useDomainStats } from './useDomainStats.ts'
import { usePopupView, VIEW_DRAWN, type ViewData } from './usePopupView.ts'

export interface AppProps {
  request: BackgroundClient
  t: Translate
  now?: () => number
  reportingAllowed?: boolean
  /** The first 'popup.view' answer, when it was asked for before the popup rendered. */
  firstView?: Promise<ViewData>
}

export function App(props: AppProps) {
  const { request, t, now = Date.now, reportingAllowed = true } = props
  const { state, reload, setAccount } = usePopupView(request, props.firstView)
  return (
    <main aria-busy={state.status === 'loading'}>
      <h1>{t('popupTitle')}</h1>
      {state.status === 'loading' && <p>{t('popupLoading')}</p>}
      {state.status === 'error' && <p role="alert">{t('popupError', [state.message])}</p>}
      {state.status === 'ready' && state.data.accounts.length > 1 && state.data.view && (
        <label>
          {t('popupAccount')}{' '}
          <select
            value={state.data.view.account}
            onChange={(event) => setAccount((event.target as HTMLSelectElement).value)}
          >
            {state.data.accounts.map((account) => (
              <option key={account} value={account}>
                {account}
              </option>
            ))}
          </select>
        </label>
      )}
      {state.status === 'ready' && state.data.view && (
        <WaveView
          view={state.data.view}
          actions={state.data.actions}
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

function WaveView(props: {
  view: PopupView
  actions: Parameters<typeof ActionLog>[0]['entries']
  request: BackgroundClient
  reload: () => void
  now: () => number
  reportingAllowed: boolean
  t: Translate
}) {
  const { view, request, t } = props
  // After each commit of a new view, before the browser paints it.
  useLayoutEffect(() => void performance.mark(VIEW_DRAWN), [view])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [panel, setPanel] = useState<{ tell: BrandGroup } | { expect: string } | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const wave = view.wave
  const toggle = (brand: string) => {
    const next = new Set(selected)
    if (!next.delete(brand)) next.add(brand)
    setSelected(next)
  }
  const run = async (action: CleanupAction, onlySelected: boolean) => {
    if (!wave) throw new Error('no wave')
    const brands = onlySelected ? [...selected] : undefined
    const poll = setInterval(() => {
      void request('actions.recent', { account: view.account }).then(({ entries }) => {
        const running = entries.find((entry) => entry.finishedAt === null)
        if (running) setProgress(Object.keys(running.results).length)
      })
    }, 500)
    try {
      const payload = { account: view.account, waveId: wave.id, action, confirmed: true }
      return await request('wave.act', brands ? { ...payload, brands } : payload)
    } finally {
      clearInterval(poll)
      setProgress(null)
      props.reload()
    }
  }
  return (
    <>
      <Status view={view} t={t} />
      {webmailOf(view.account) === 'outlook' && (
        <FolderScan
          scan={() => request('folder.scan', { account: view.account }).finally(props.reload)}
          t={t}
        />
      )}
      <ImportantList
        mails={view.important}
        open={async (id) => (await request('message.open', { account: view.account, id })).opened}
        t={t}
      />
      <Timeline timeline={view.timeline} t={t} />
      {wave && wave.brands.length > 0 && (
        <section aria-labelledby="brands-title">
          <h2 id="brands-title">{t('brandsTitle', [String(wave.brands.length)])}</h2>
          <BrandList
            brands={wave.brands}
            selected={selected}
            onToggle={toggle}
            onTell={(brand) => setPanel({ tell: brand })}
            onExpect={(brand) => setPanel({ expect: brand })}
            onTrust={(brand) =>
              void request('messages.trust', { account: view.account, ids: brand.ids }).finally(
                props.reload,
              )
            }
            t={t}
          />
        </section>
      )}
      {wave && panel && 'tell' in panel && (
        <TellCompany brand={panel.tell} wave={wave} close={() => setPanel(null)} t={t} />
      )}
      {panel && 'expect' in panel && (
        <ExpectTicket
          brand={panel.expect}
          now={props.now()}
          expect={(until) =>
            request('ticket.expect', { account: view.account, brand: panel.expect, until })
          }
          close={() => setPanel(null)}
          t={t}
        />
      )}
      {wave && wave.brands.length > 0 && (
        <Cleanup
          webmail={webmailOf(view.account)}
          mails={wave.mails}
          selectedBrands={selected.size}
          reportingAllowed={props.reportingAllowed}
          run={run}
          progress={progress}
          t={t}
        />
      )}
      <ActionLog
        entries={props.actions}
        undo={(entry) =>
          void request('actions.undo', { account: view.account, actionId: entry.id }).finally(
            props.reload,
          )
        }
        t={t}
      />
      {wave && <Export account={view.account} wave={wave} t={t} />}
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
