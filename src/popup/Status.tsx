// Status at a glance: quiet, a wave under way, or the last wave over; its figures; the account.
import type { PopupView } from '../messaging/protocol.ts'
import { dateTimeOf, minutesBetween } from './format.ts'
import type { Translate } from './i18n.ts'

export function Status({ view, t }: { view: PopupView; t: Translate }) {
  const { wave, status } = view
  const figures = wave
    ? t('statusFigures', [
        String(wave.mails),
        String(wave.brands.length),
        String(minutesBetween(wave.start, wave.end)),
      ])
    : ''
  return (
    <section class={`status-card ${status}`} aria-labelledby="status-title">
      <h2 id="status-title">{t(`status_${status.replace('-', '_')}`)}</h2>
      {wave && <p>{figures}</p>}
      {wave && status === 'over' && <p class="muted">{t('statusEnded', [dateTimeOf(wave.end)])}</p>}
    </section>
  )
}
