// The popup's first words: what happened, that the real mail is safe, and what to do about it.
import type { PopupSummary } from '../core/views/popup-summary.ts'
import { headline } from './headline.ts'
import type { Translate } from './i18n.ts'

export function Headline(props: {
  summary: PopupSummary
  now: number
  /** Takes the user to the cleanup buttons; absent until they are on screen. */
  onCleanUp?: () => void
  t: Translate
}) {
  const { t } = props
  const { status, story, safety, cleanable } = headline(props.summary, props.now, t)
  return (
    <section class={`status-card ${status}`} aria-labelledby="status-title">
      <h2 id="status-title">{t(`status_${status.replace('-', '_')}`)}</h2>
      <p class="headline">
        {story}
        {safety && ` ${safety}`}
      </p>
      {cleanable && props.onCleanUp && (
        <button type="button" class="primary" onClick={props.onCleanUp}>
          {t('headlineCleanUp')}
        </button>
      )}
    </section>
  )
}
