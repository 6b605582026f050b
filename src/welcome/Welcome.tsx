// The page opened once, after install: what Relay Shield does, what it keeps, what it never sends,
// and the way to a played-through wave ("See how it works").
import type { Translate } from '../popup/i18n.ts'

export const TOUR_PAGE = '../tour/index.html'
export const PRIVACY_PAGE = '../privacy/index.html'
export const OPTIONS_PAGE = '../options/index.html'

export function Welcome({ t }: { t: Translate }) {
  return (
    <main>
      <img class="logo" src="/icons/96.png" alt="" />
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeWhat')}</p>
      <p>{t('welcomeHow')}</p>
      <h2>{t('welcomeStoresTitle')}</h2>
      <p>{t('welcomeStores')}</p>
      <h2>{t('welcomeNeverTitle')}</h2>
      <p>{t('welcomeNever')}</p>
      <div class="actions">
        <a class="button primary" href={TOUR_PAGE} data-testid="tour">
          {t('welcomeTour')}
        </a>
        <a class="button" href={PRIVACY_PAGE}>
          {t('welcomePrivacy')}
        </a>
        <a class="button" href={OPTIONS_PAGE}>
          {t('welcomeSettings')}
        </a>
      </div>
    </main>
  )
}
