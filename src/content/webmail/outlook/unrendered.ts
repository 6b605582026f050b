// Outlook's list is virtualised (docs/webmail-pages.md 4.2): rows out of view are not in the page.
import type { ActionResults } from '../../../messaging/protocol.ts'

/**
 * A moved row leaves the list; a row the list scrolled out of view leaves it too. When the list
 * scrolled during the action (the user, or Outlook), a row no longer rendered cannot be told
 * apart from a moved one: it is 'not-found', never 'done'.
 */
export function unrenderedNotFound(
  results: ActionResults,
  rows: Map<string, Element>,
  list: HTMLElement | null,
  top: number | undefined,
): ActionResults {
  if (!list || list.scrollTop === top) return results
  return Object.fromEntries(
    Object.entries(results).map(([id, outcome]) => [
      id,
      !rows.has(id) && outcome === 'done' ? 'not-found' : outcome,
    ]),
  ) as ActionResults
}
