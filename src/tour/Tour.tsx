// "See how it works": a made-up wave arrives in a plain inbox and goes through the real detection,
// the real row marker and banner, and the popup's own headline, chart and pinned mail. Nothing is
// stored and nothing leaves the page: the inbox, the clock and the mails are all simulated.
import { useMemo, useState } from 'preact/hooks'
import { summaryOf } from '../core/views/popup-summary.ts'
import { Headline } from '../popup/Headline.tsx'
import type { Translate } from '../popup/i18n.ts'
import { ImportantList } from '../popup/ImportantList.tsx'
import { Timeline } from '../popup/Timeline.tsx'
import { Inbox } from './Inbox.tsx'
import { judge } from './judge.ts'
import { OpenedMail } from './OpenedMail.tsx'
import { TOUR_MAILS, tourRows } from './scenario.ts'
import { usePlay } from './usePlay.ts'
import { MINUTE_MS } from '../core/time.ts'

/** The simulated clock: the play starts this long before the page opened. */
const LEAD_MS = 15 * MINUTE_MS

export function Tour({ t, instant }: { t: Translate; instant: boolean }) {
  const [start] = useState(() => Date.now() - LEAD_MS)
  const all = useMemo(() => tourRows(start), [start])
  const { arrived, replay } = usePlay(instant)
  const [hideRelay, setHideRelay] = useState(false)
  const [trusted, setTrusted] = useState(false)
  const rows = all.slice(0, arrived)
  const now = rows.at(-1)?.date ?? start
  const judged = useMemo(() => judge(rows, now), [arrived])
  const done = arrived === TOUR_MAILS.length
  const opened = done ? rows.find((row) => judged.verdicts.get(row.id)?.verdict === 'relay') : null
  const restart = () => {
    setHideRelay(false)
    setTrusted(false)
    replay()
  }
  return (
    <main class="tour">
      <h1>{t('tourTitle')}</h1>
      <p class="lead">{t('tourIntro')}</p>
      <p class="status" role="status">
        {t('tourProgress', [String(arrived), String(TOUR_MAILS.length)])}{' '}
        <button type="button" onClick={restart}>
          {t('tourReplay')}
        </button>
      </p>
      <div class="tour-stage">
        <section aria-labelledby="tour-inbox-title">
          <h2 id="tour-inbox-title">{t('tourInboxTitle')}</h2>
          <Inbox rows={rows} verdicts={judged.verdicts} hideRelay={hideRelay} t={t} />
        </section>
        <section class="tour-popup" aria-labelledby="tour-popup-title">
          <h2 id="tour-popup-title">{t('tourPopupTitle')}</h2>
          <Headline summary={summaryOf(judged.view)} now={now} t={t} />
          <Timeline timeline={judged.view.timeline} t={t} />
          <ImportantList mails={judged.view.important} open={async () => false} t={t} />
        </section>
      </div>
      {opened && (
        <section aria-labelledby="tour-opened-title">
          <h2 id="tour-opened-title">{t('tourOpenedTitle')}</h2>
          <OpenedMail
            row={opened}
            verdict={judged.verdicts.get(opened.id)!}
            facts={judged.facts(opened.id)}
            onHideWave={() => setHideRelay(true)}
            onTrust={() => setTrusted(true)}
            t={t}
          />
          {trusted && <p role="status">{t('tourTrusted')}</p>}
        </section>
      )}
    </main>
  )
}
