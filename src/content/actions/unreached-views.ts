// Views of the list an action could not show (Outlook's Focused or Other, when its tab did not
// answer), kept per action until the page answers the worker: the popup then says which view's
// mails were not cleaned, instead of a partial cleanup passing for a whole one.
import type { InboxView } from '../../core/types.ts'

/** Actions remembered at most: answers are taken within the action's own request. */
const MOST = 20

export function unreachedViews() {
  const byAction = new Map<string, Set<InboxView>>()
  return {
    add(actionId: string, view: InboxView): void {
      const views = byAction.get(actionId) ?? new Set()
      views.add(view)
      byAction.set(actionId, views)
      for (const oldest of byAction.keys()) {
        if (byAction.size <= MOST) break
        byAction.delete(oldest)
      }
    },
    /** The action's unreached views for its answer (nothing when all were reached). */
    take(actionId: string): { unreached?: InboxView[] } {
      const views = byAction.get(actionId)
      byAction.delete(actionId)
      return views ? { unreached: [...views] } : {}
    },
  }
}
