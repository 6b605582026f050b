// Everything below the headline and the chart: folder scan, pinned mail, the wave by company,
// cleanup, the action log and the evidence export. Drawn once the first screen was painted and the
// full view is in (first-screen.ts).
import { useLayoutEffect, useState } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import type { BrandGroup, CleanupAction, PopupView } from '../messaging/protocol.ts'
import { ActionLog } from './ActionLog.tsx'
import { BrandList } from './BrandList.tsx'
import { Cleanup, webmailOf } from './Cleanup.tsx'
import { ExpectTicket } from './ExpectTicket.tsx'
import { Export } from './Export.tsx'
import { FolderScan } from './FolderScan.tsx'
import type { Translate } from './i18n.ts'
import { ImportantList } from './ImportantList.tsx'
import { TellCompany } from './TellCompany.tsx'
import { LISTS_DRAWN } from './marks.ts'
import { WavePlaces } from './WavePlaces.tsx'
import { HOUR_MS } from '../core/time.ts'

export interface WaveDetailsProps {
  view: PopupView
  actions: Parameters<typeof ActionLog>[0]['entries']
  request: BackgroundClient
  reload: () => void
  now: () => number
  reportingAllowed: boolean
  t: Translate
}

export function WaveDetails(props: WaveDetailsProps) {
  const { view, request, t } = props
  useLayoutEffect(() => void performance.mark(LISTS_DRAWN), [view])
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
      {webmailOf(view.account) === 'outlook' && (
        <FolderScan
          kind="folder"
          scan={() => request('folder.scan', { account: view.account }).finally(props.reload)}
          t={t}
        />
      )}
      {webmailOf(view.account) === 'gmail' && wave && (
        <FolderScan
          kind="wave"
          scan={() =>
            request('folder.scan', {
              account: view.account,
              window: scanWindowOf(wave, view.status, props.now()),
            }).finally(props.reload)
          }
          t={t}
        />
      )}
      <ImportantList
        mails={view.important}
        open={async (id) => (await request('message.open', { account: view.account, id })).opened}
        t={t}
      />
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
              void request('message.trustMany', { account: view.account, ids: brand.ids }).finally(
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
      {wave && webmailOf(view.account) === 'outlook' && <WavePlaces places={wave.places} t={t} />}
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

/**
 * How far before its first known mail a scan looks: the wave's older mails are on pages not read
 * yet, so the first one known is rarely the first one sent.
 */
const SCAN_LOOKBACK_MS = 6 * HOUR_MS

/** The wave's span with the look back; a wave under way may have grown since: up to now. */
function scanWindowOf(
  wave: { start: number; end: number },
  status: PopupView['status'],
  now: number,
): { from: number; to: number } {
  const to = status === 'under-way' ? Math.max(wave.end, now) : wave.end
  return { from: wave.start - SCAN_LOOKBACK_MS, to }
}
