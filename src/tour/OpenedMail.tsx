// One relay mail of the played wave, opened, with the real banner the content script puts under
// a relay mail's subject (src/content/ui/banner.ts) and the wave's figures in it.
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { MailRow, Verdict } from '../core/types.ts'
import { createBanner } from '../content/ui/banner.ts'
import type { WaveFacts } from '../messaging/protocol.ts'
import type { Translate } from '../popup/i18n.ts'

export function OpenedMail(props: {
  row: MailRow
  verdict: Verdict
  facts: WaveFacts | null
  onHideWave: () => void
  onTrust: () => void
  t: Translate
}) {
  const { row, verdict, facts, t } = props
  const slot = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const target = slot.current
    if (!target) return
    const banner = createBanner(target.ownerDocument, verdict, t, {
      hideWave: props.onHideWave,
      trust: props.onTrust,
    })
    if (facts) banner.showWave(facts)
    target.replaceChildren(banner.host)
  }, [row, verdict, facts])
  return (
    <article class="tour-opened" aria-labelledby="opened-subject">
      <h3 id="opened-subject">{row.subject}</h3>
      <div ref={slot} />
      <p class="muted">
        {row.senderName} &lt;{row.senderAddress}&gt;
      </p>
      <p>{row.snippet}</p>
    </article>
  )
}
