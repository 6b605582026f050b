// The played inbox: plain rows (no webmail's look), marked by the real content-script marker and
// row style (src/content/ui/marker.ts, src/content/marks-style.ts) as a webmail row would be.
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { MailRow, Verdict } from '../core/types.ts'
import { installMarksStyle } from '../content/ui/marks-style.ts'
import { placeMarker } from '../content/ui/marker.ts'
import { timeOf } from '../popup/format.ts'
import type { Translate } from '../popup/i18n.ts'

export function Inbox(props: {
  rows: readonly MailRow[]
  verdicts: ReadonlyMap<string, Verdict>
  hideRelay: boolean
  t: Translate
}) {
  const { rows, verdicts, t } = props
  const list = useRef<HTMLUListElement>(null)
  useLayoutEffect(() => {
    const root = list.current
    if (!root) return
    installMarksStyle(root.ownerDocument)
    for (const slot of root.querySelectorAll<HTMLElement>('[data-mark-slot]')) {
      const verdict = verdicts.get(slot.dataset.markSlot ?? '')
      if (verdict) placeMarker(slot, verdict, t)
    }
  }, [rows, verdicts, t])
  return (
    // Scrolls: focusable, so keyboard users can scroll it too.
    <ul class="tour-inbox" ref={list} aria-label={t('tourInbox')} tabIndex={0}>
      {[...rows].reverse().map((row) => {
        const verdict = verdicts.get(row.id)?.verdict ?? 'clean'
        return (
          <li
            key={row.id}
            data-relay-shield={verdict}
            data-relay-shield-hidden={props.hideRelay && verdict === 'relay' ? '' : undefined}
            hidden={props.hideRelay && verdict === 'relay'}
          >
            <span class="from">{row.senderName}</span>
            <span class="subject">
              <span data-mark-slot={row.id} />
              {row.subject}
            </span>
            <time>{row.date === null ? '' : timeOf(row.date)}</time>
          </li>
        )
      })}
    </ul>
  )
}
