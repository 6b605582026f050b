// Every string the page UI shows comes from _locales through this one function type, so the
// content modules stay testable without a browser (tests pass their own lookup).
import type { ReasonCode, Verdict } from '../../core/types.ts'
import type { Translate } from '../../platform/browser.ts'

export type { Translate }

/** Message key of a reason code: "cross-brand-wave" -> "reason_cross_brand_wave". */
function reasonKey(reason: ReasonCode): string {
  return `reason_${reason.replaceAll('-', '_')}`
}

// The reason that explains a verdict best comes first: a wave says more than a template match.
const REASON_ORDER: readonly ReasonCode[] = [
  // A settled small burst keeps its other reasons; why it is no wave's says most.
  'small-burst',
  'cross-brand-wave',
  'slow-wave',
  'same-payload',
  'domain-burst',
  'wave-trail',
  'helpdesk-verification',
  'legal-threat',
  'giveaway-crypto',
  'styled-unicode',
  'invisible-controls',
  'mixed-script',
  'link-in-subject',
  'phone-in-subject',
  'invite-code',
  'urgency',
  'all-caps',
  'language-mismatch',
  'helpdesk-subject',
  'helpdesk-sender',
  'helpdesk-body',
  'first-time-sender',
]

/** The plain-words reasons of a verdict, best first. */
export function reasonTexts(verdict: Verdict, texts: Translate, limit = 3): string[] {
  const ranked = REASON_ORDER.filter((reason) => verdict.reasons.includes(reason))
  return ranked.slice(0, limit).map((reason) => texts(reasonKey(reason)))
}
