// popup.*: the popup's whole view, answered from the view cache while nothing was written since.
import { summaryOf, type PopupSummary } from '../../core/views/popup-summary.ts'
import type { Handlers } from '../../messaging/router.ts'
import { computePopupView } from '../popup-view.ts'
import type { HandlerContext } from './context.ts'

/** The summary of "no mail stored yet": the popup opens quiet. */
const NOTHING_STORED: PopupSummary = {
  account: '',
  wave: null,
  pinned: 0,
  timeline: { start: 0, bucketMs: 1, helpdesk: [], other: [], wave: null, pinned: [] },
}

export function popupHandlers({
  getDb,
  clock,
  views,
  publish,
}: HandlerContext): Pick<Handlers, 'popup.view'> {
  return {
    'popup.view': async ({ account: asked }) => {
      const now = clock()
      const key = asked ?? ''
      const kept = views.get(key, now)
      if (kept) return kept
      const generation = views.generation
      const answer = await computePopupView(await getDb(), asked, now)
      views.set(key, answer, now, generation)
      // Only a view still current is published; never fatal for the answer.
      if (asked === undefined && generation === views.generation)
        await publish(answer.view ? summaryOf(answer.view) : NOTHING_STORED).catch(() => {})
      return answer
    },
  }
}
