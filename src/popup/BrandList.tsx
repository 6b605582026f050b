// The wave grouped by brand, busiest first. Virtualised: only the rows in view (and a few
// around) are rendered, so a wave of thousands of mails from hundreds of brands opens at once.
// Each row says how many mails, when, what they said, and why they count as relay spam.
import { useState } from 'preact/hooks'
import type { BrandGroup } from '../messaging/protocol.ts'
import { reasonKey, timeOf } from './format.ts'
import type { Translate } from './i18n.ts'

export const ROW_HEIGHT = 92
const VIEW_HEIGHT = 276
const OVERSCAN = 3

export interface BrandListProps {
  brands: readonly BrandGroup[]
  selected: ReadonlySet<string>
  onToggle: (brand: string) => void
  onTell: (brand: BrandGroup) => void
  onExpect: (brand: string) => void
  /** "Not relay spam": trust every mail of this company in the wave. */
  onTrust: (brand: BrandGroup) => void
  t: Translate
}

export function BrandList(props: BrandListProps) {
  const { brands } = props
  const [top, setTop] = useState(0)
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(brands.length, Math.ceil((top + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN)
  return (
    <div
      class="brand-scroll"
      style={{ height: `${Math.min(VIEW_HEIGHT, brands.length * ROW_HEIGHT)}px` }}
      onScroll={(event) => setTop((event.target as HTMLElement).scrollTop)}
    >
      <ul
        aria-label={props.t('brandListLabel', [String(brands.length)])}
        style={{ height: `${brands.length * ROW_HEIGHT}px` }}
      >
        {brands.slice(first, last).map((brand, i) => (
          <BrandRow key={brand.brand} {...props} brand={brand} index={first + i} />
        ))}
      </ul>
    </div>
  )
}

function BrandRow(props: BrandListProps & { brand: BrandGroup; index: number }) {
  const { brand, index, t } = props
  const id = `brand-${index}`
  return (
    <li
      aria-setsize={props.brands.length}
      aria-posinset={index + 1}
      style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
    >
      <label class="brand-name">
        <input
          type="checkbox"
          checked={props.selected.has(brand.brand)}
          onChange={() => props.onToggle(brand.brand)}
          aria-describedby={id}
        />{' '}
        <strong>{brand.brand}</strong>{' '}
        <span class="count">{t('brandMails', [String(brand.mails)])}</span>
      </label>
      <p id={id} class="brand-detail">
        {t('brandTimes', [timeOf(brand.first), timeOf(brand.last)])}
        {brand.samples.map((sample) => ` · ${t('brandSample', [sample])}`).join('')}
        {' · '}
        {brand.reasons
          .slice(0, 3)
          .map((code) => t(reasonKey(code)))
          .join('; ')}
      </p>
      <div class="brand-actions">
        <button type="button" onClick={() => props.onExpect(brand.brand)}>
          {t('brandExpect')}
        </button>{' '}
        <button type="button" onClick={() => props.onTell(brand)}>
          {t('brandTell')}
        </button>{' '}
        <button type="button" onClick={() => props.onTrust(brand)}>
          {t('brandTrust')}
        </button>
      </div>
    </li>
  )
}
