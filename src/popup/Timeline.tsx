// Helpdesk mail against other mail per 5 minutes over 24 hours, the wave shaded. The chart is
// an image to screen readers, described by a sentence with the same figures.
import type { Timeline as TimelineData } from '../messaging/protocol.ts'
import { dayTimeOf } from './format.ts'
import type { Translate } from './i18n.ts'

const WIDTH = 288
const HEIGHT = 64

export function Timeline({ timeline, t }: { timeline: TimelineData; t: Translate }) {
  const { start, bucketMs, helpdesk, other, wave } = timeline
  const end = start + bucketMs * helpdesk.length
  const peak = Math.max(1, ...helpdesk.map((count, i) => count + (other[i] ?? 0)))
  const x = (time: number) => ((time - start) / (end - start)) * WIDTH
  const height = (count: number) => (count / peak) * (HEIGHT - 4)
  const helpdeskTotal = helpdesk.reduce((sum, count) => sum + count, 0)
  const otherTotal = other.reduce((sum, count) => sum + count, 0)
  const summary = t('timelineSummary', [String(helpdeskTotal), String(otherTotal)])
  return (
    <figure class="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="none"
      >
        {wave && (
          <rect
            class="wave"
            x={x(wave.from)}
            width={Math.max(1, x(wave.to) - x(wave.from))}
            y={0}
            height={HEIGHT}
          />
        )}
        {helpdesk.map((count, i) => {
          const others = other[i] ?? 0
          if (count + others === 0) return null
          const bottom = height(others)
          return (
            <g key={i}>
              {others > 0 && (
                <rect class="other" x={i} width={1} y={HEIGHT - bottom} height={bottom} />
              )}
              {count > 0 && (
                <rect
                  class="helpdesk"
                  x={i}
                  width={1}
                  y={HEIGHT - bottom - height(count)}
                  height={height(count)}
                />
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <span>{dayTimeOf(start)}</span>
        <span class="legend">
          <span class="swatch helpdesk" aria-hidden="true" /> {t('timelineHelpdesk')}{' '}
          <span class="swatch other" aria-hidden="true" /> {t('timelineOther')}
          {wave && (
            <>
              {' '}
              <span class="swatch wave" aria-hidden="true" /> {t('timelineWave')}
            </>
          )}
        </span>
        <span>{dayTimeOf(end)}</span>
      </figcaption>
    </figure>
  )
}
