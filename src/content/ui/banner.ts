// The warning shown above an opened relay or suspect message. Its root carries
// data-relay-shield-banner (the DOM contract); everything else is in its shadow root.
import type { Verdict } from '../../core/types.ts'
import { onUserEvent } from './user-events.ts'
import type { WaveFacts } from '../../messaging/protocol.ts'
import { UI_BASE_CSS, createShadowUi, el } from './shadow-host.ts'
import { reasonTexts, type Translate } from './texts.ts'

export const BANNER_ATTRIBUTE = 'data-relay-shield-banner'

export interface BannerActions {
  hideWave: () => void
  trust: () => void
  /** Absent when an administrator turned reporting off. */
  report?: () => void
}

export interface Banner {
  host: HTMLElement
  /** Fills in the wave's figures once the worker has answered. */
  showWave: (facts: WaveFacts) => void
}

export function createBanner(
  doc: Document,
  verdict: Verdict,
  texts: Translate,
  actions: BannerActions,
): Banner {
  const { host, root } = createShadowUi(doc, BANNER_ATTRIBUTE, UI_BASE_CSS)
  host.dataset.verdict = verdict.verdict
  const box = el(doc, 'section', { class: 'box', role: 'region', 'aria-labelledby': 'title' })
  const title = el(doc, 'strong', { id: 'title' }, texts(`bannerTitle_${verdict.verdict}`))
  const why = el(doc, 'p', { 'data-part': 'why' }, explain(verdict, texts))
  const buttons = el(doc, 'div')
  const button = (key: string, run: () => void, name: string) => {
    const node = el(doc, 'button', { type: 'button', 'data-action': name }, texts(key))
    // The page never hears of clicks on the banner; a scripted click does nothing.
    node.addEventListener('click', (event) => event.stopPropagation())
    onUserEvent(node, 'click', () => run())
    buttons.append(node)
  }
  if (verdict.waveId) button('bannerHideWave', actions.hideWave, 'hide-wave')
  button('bannerTrust', actions.trust, 'trust')
  if (actions.report) button('bannerReport', actions.report, 'report')
  box.append(title, why, buttons)
  root.append(box)
  return {
    host,
    showWave: (facts) => {
      // A wave's trail came days after it: "one of N confirmations within M minutes" is untrue of
      // it, and its reasons say what it is.
      if (verdict.reasons.includes('wave-trail')) return
      why.textContent = texts('bannerWave', [
        String(facts.mails),
        String(facts.brands),
        String(Math.max(1, Math.round(facts.minutes))),
        facts.brand,
      ])
    },
  }
}

function explain(verdict: Verdict, texts: Translate): string {
  const reasons = reasonTexts(verdict, texts)
  return reasons.length > 0 ? reasons.join(' · ') : texts('bannerGeneric')
}
