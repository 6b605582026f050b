// Helpdesk mail against other mail per bucket over a window zoomed to the wave (core/views/timeline.ts),
// the wave shaded and each pinned important mail marked. One tab stop: the chart is a slider over
// its bars, so hovering a bar or moving to it with the arrow keys shows its counts, in words that
// a screen reader also announces.
import { useState } from 'preact/hooks'
import type { Timeline as TimelineData } from '../messaging/protocol.ts'
import { counted } from './headline.ts'
import { dayTimeOf, timeOf } from './format.ts'
import type { Translate } from './i18n.ts'
import { HOUR_MS, MINUTE_MS } from '../core/time.ts'

const HEIGHT = 64
/** Keys that move the active bar, by how many bars (Home and End are handled apart). */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -5, PageDown: 5 }

export function Timeline({ timeline, t }: { timeline: TimelineData; t: Translate }) {
  const { start, bucketMs, helpdesk, other, wave, pinned } = timeline
  const bars = helpdesk.length
  const [active, setActive] = useState<number | null>(null)
  if (bars === 0) return null
  const end = start + bucketMs * bars
  // A quiet day's chart ends at the same clock time it starts: its ends carry the weekday.
  const endTime = end - start >= 12 * HOUR_MS ? dayTimeOf : timeOf
  const peak = Math.max(1, ...helpdesk.map((count, i) => count + (other[i] ?? 0)))
  const height = (count: number) => (count / peak) * (HEIGHT - 4)
  const share = (time: number) => ((time - start) / (end - start)) * 100
  const barOf = (time: number) => clamp(Math.floor((time - start) / bucketMs), bars)
  const describe = (i: number) => {
    const pins = pinned.filter((date) => barOf(date) === i).length
    const counts = [
      counted(t, 'timelineBarHelpdesk', helpdesk[i] ?? 0),
      counted(t, 'timelineBarOther', other[i] ?? 0),
      ...(pins > 0 ? [counted(t, 'timelineBarPinned', pins)] : []),
    ]
    const from = start + i * bucketMs
    return t('timelineBar', [timeOf(from), timeOf(from + bucketMs), counts.join(', ')])
  }
  const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0)
  const summary = t('timelineSummary', [
    endTime(start),
    endTime(end),
    counted(t, 'timelineBarHelpdesk', sum(helpdesk)),
    counted(t, 'timelineBarOther', sum(other)),
    counted(t, 'timelinePer', bucketMs / MINUTE_MS),
  ])
  const busiest = helpdesk.indexOf(Math.max(...helpdesk))
  const onKeyDown = (event: KeyboardEvent) => {
    const current = active ?? busiest
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? bars - 1
          : STEPS[event.key] === undefined
            ? null
            : clamp(current + STEPS[event.key]!, bars)
    if (next === null) return
    event.preventDefault()
    setActive(next)
  }
  const onPointerMove = (event: PointerEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    if (box.width > 0)
      setActive(clamp(Math.floor(((event.clientX - box.left) / box.width) * bars), bars))
  }
  return (
    <figure class="timeline">
      <div
        class="chart"
        role="slider"
        tabIndex={0}
        aria-label={t('timelineLabel')}
        aria-valuemin={0}
        aria-valuemax={bars - 1}
        aria-valuenow={active ?? busiest}
        aria-valuetext={active === null ? summary : describe(active)}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((current) => current ?? busiest)}
        onBlur={() => setActive(null)}
        onPointerMove={onPointerMove}
        onPointerLeave={(event) =>
          document.activeElement !== event.currentTarget && setActive(null)
        }
      >
        <svg viewBox={`0 0 ${bars} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
          {wave && (
            <rect
              class="wave"
              x={(share(wave.from) / 100) * bars}
              width={Math.max(0.5, ((share(wave.to) - share(wave.from)) / 100) * bars)}
              y={0}
              height={HEIGHT}
            />
          )}
          {active !== null && <rect class="active" x={active} width={1} y={0} height={HEIGHT} />}
          {helpdesk.map((count, i) => {
            const others = other[i] ?? 0
            const bottom = height(others)
            return (
              <g key={i}>
                {others > 0 && (
                  <rect class="other" x={i + 0.1} width={0.8} y={HEIGHT - bottom} height={bottom} />
                )}
                {count > 0 && (
                  <rect
                    class="helpdesk"
                    x={i + 0.1}
                    width={0.8}
                    y={HEIGHT - bottom - height(count)}
                    height={height(count)}
                  />
                )}
              </g>
            )
          })}
        </svg>
        {pinned.map((date) => (
          <span key={date} class="pin" style={{ left: `${share(date)}%` }} aria-hidden="true" />
        ))}
      </div>
      <p class="readout" aria-hidden="true">
        {active === null ? summary : describe(active)}
      </p>
      <figcaption>
        <span>{endTime(start)}</span>
        <span class="legend">
          <span class="swatch helpdesk" aria-hidden="true" /> {t('timelineHelpdesk')}{' '}
          <span class="swatch other" aria-hidden="true" /> {t('timelineOther')}
          {wave && (
            <>
              {' '}
              <span class="swatch wave" aria-hidden="true" /> {t('timelineWave')}
            </>
          )}
          {pinned.length > 0 && (
            <>
              {' '}
              <span class="swatch pin" aria-hidden="true" /> {t('timelinePinned')}
            </>
          )}
        </span>
        <span>{endTime(end)}</span>
      </figcaption>
    </figure>
  )
}

function clamp(index: number, bars: number): number {
  return Math.min(bars - 1, Math.max(0, index))
}
