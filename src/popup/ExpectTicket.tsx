// "I opened a ticket with this company": its acknowledgements are expected, not flagged, until
// the date the user picks (a week by default).
import { useState } from 'preact/hooks'
import type { Translate } from './i18n.ts'
import { DAY_MS } from '../core/time.ts'

const WEEK_MS = 7 * DAY_MS

export function ExpectTicket(props: {
  brand: string
  now: number
  expect: (until: number) => Promise<unknown>
  close: () => void
  t: Translate
}) {
  const { brand, t } = props
  const [until, setUntil] = useState(new Date(props.now + WEEK_MS).toISOString().slice(0, 10))
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle')
  const save = () => {
    // The end of the chosen day, in the user's time zone.
    const end = new Date(`${until}T23:59:59`).getTime()
    if (!Number.isFinite(end) || end <= props.now) return setState('failed')
    props.expect(end).then(
      () => setState('saved'),
      () => setState('failed'),
    )
  }
  return (
    <section class="expect" aria-labelledby="expect-title">
      <h2 id="expect-title">{t('expectTitle', [brand])}</h2>
      <label for="expect-until">
        {t('expectUntil')}{' '}
        <input
          id="expect-until"
          type="date"
          value={until}
          onInput={(event) => setUntil((event.target as HTMLInputElement).value)}
        />
      </label>
      <div class="actions">
        <button type="button" onClick={save}>
          {t('expectSave')}
        </button>{' '}
        <button type="button" onClick={props.close}>
          {t('tellClose')}
        </button>
      </div>
      <p class="status" role="status">
        {state === 'saved' && t('expectSaved', [brand, until])}
      </p>
      {state === 'failed' && <p role="alert">{t('expectFailed')}</p>}
    </section>
  )
}
