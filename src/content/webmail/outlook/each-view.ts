// A cleanup in Outlook's inbox acts in both views of the Focused Inbox (inbox-views.ts): the
// mails not found in the view shown now are looked for in the other one. A mail counts as not
// found only once every view was looked at; progress meanwhile reports what was acted on, so the
// popup's "N of M" does not jump ahead with mails still to be looked for.
import type { ActionResults } from '../../../messaging/protocol.ts'
import type { ActionRequest } from '../adapter.ts'
import { inEachView } from './inbox-views.ts'

export type ListAction = (request: ActionRequest) => Promise<ActionResults>

export async function actInEachView(
  doc: Document,
  request: ActionRequest,
  list: (doc: Document) => HTMLElement | null,
  actOnList: ListAction,
): Promise<ActionResults> {
  const results: ActionResults = {}
  const reported = (partial: ActionResults) =>
    Object.fromEntries(
      Object.entries({ ...results, ...partial }).filter(([, outcome]) => outcome !== 'not-found'),
    ) as ActionResults
  const work = async () => {
    const todo = request.ids.filter((id) => (results[id] ?? 'not-found') === 'not-found')
    if (todo.length === 0) return
    const onProgress = (partial: ActionResults) => request.onProgress?.(reported(partial))
    Object.assign(results, await actOnList({ ...request, ids: todo, onProgress }))
  }
  await inEachView(doc, {
    work,
    list,
    ...(request.unreached ? { unreached: request.unreached } : {}),
    ...(request.drift ? { drift: request.drift } : {}),
  })
  return Object.fromEntries(request.ids.map((id) => [id, results[id] ?? 'not-found']))
}
