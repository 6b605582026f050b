// The small marker on a relay or suspect row: a custom element (never a span, so the adapters'
// own row selectors cannot mistake it for mail text) with its reason shown on hover and focus.
import type { Verdict } from '../../core/types.ts'
import { reasonTexts, type Translate } from './texts.ts'

export const MARKER_TAG = 'relay-shield-marker'

// Every scan re-checks every known row, so a verdict's words are looked up once, not per pass.
const wordsOf = new WeakMap<Verdict, { label: string; reason: string }>()

function words(verdict: Verdict, texts: Translate): { label: string; reason: string } {
  let known = wordsOf.get(verdict)
  if (!known) {
    known = {
      label: texts(verdict.verdict === 'relay' ? 'markerRelay' : 'markerSuspect'),
      reason: reasonTexts(verdict, texts).join(' · ') || texts('bannerGeneric'),
    }
    wordsOf.set(verdict, known)
  }
  return known
}

export function placeMarker(slot: Element, verdict: Verdict, texts: Translate): void {
  const existing = slot.querySelector(`:scope > ${MARKER_TAG}`)
  if (verdict.verdict === 'clean') return void existing?.remove()
  const { label, reason } = words(verdict, texts)
  const marker = existing ?? slot.ownerDocument.createElement(MARKER_TAG)
  if (marker.getAttribute('data-reason') === reason && marker.textContent === label) return
  marker.textContent = label
  marker.setAttribute('data-verdict', verdict.verdict)
  marker.setAttribute('data-reason', reason)
  marker.setAttribute('role', 'img')
  marker.setAttribute('aria-label', `${label}: ${reason}`)
  marker.setAttribute('title', reason)
  // Focusable by pointer but kept out of the Tab order, so a long wave adds no tab stops; keyboard
  // users get the reason when Gmail's j/k cursor focuses the row (marks-style.ts).
  marker.setAttribute('tabindex', '-1')
  if (!existing) slot.prepend(marker)
}
