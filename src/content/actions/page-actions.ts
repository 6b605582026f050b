// Actions the popup asks this page to run on a wave ('actions.run'), one at a time. Reporting as
// spam asks first unless the popup already did: the mails are real messages from an abused
// company's helpdesk, and mass reports hurt that company's sending reputation. Automatic actions
// (the automatic label) wait for the user to be idle in this tab (automatic-actions.ts).
import type { ActionResults, ContentProtocol, PageAction } from '../../messaging/protocol.ts'
import { spamConfirmKeys } from '../../core/actions.ts'
import type { ProgressReport } from './action-progress.ts'
import { withDeadline } from '../../messaging/deadline.ts'
import { ANSWER_WITHIN_MS, inIdleChunks, type InTurn } from './automatic-actions.ts'
import type { UserActivity } from './user-activity.ts'
import type { RowView } from '../list/row-view.ts'
import { askInPage } from '../ui/dialog.ts'
import type { Translate } from '../ui/texts.ts'
import type { WebmailAdapter } from '../webmail/adapter.ts'
import type { InboxView } from '../../core/types.ts'
import type { SelectorError } from '../dom/selector-error.ts'

export const REPORT_CONFIRM_ATTRIBUTE = 'data-relay-shield-confirm'

export interface PageActionDeps {
  doc: Document
  adapter: WebmailAdapter
  rows: RowView
  texts: Translate
  /** Whether the user is selecting or typing here: automatic actions wait for them. */
  activity: UserActivity
  /** Where progress goes (the background's action log); nowhere when absent. */
  progress?: (report: ProgressReport) => void
  /** A view of the list (Outlook's Other) the action could not show: its mails were not reached. */
  unreached?: (actionId: string, view: InboxView) => void
  /** The page's markup changed where an action needed it (the drift notice). */
  drift?: (error: SelectorError) => void
}

export type PageActionRunner = (
  request: ContentProtocol['actions.run'],
) => Promise<ActionResults | null>

/** Actions whose results this page keeps, so a repeated request is answered, not acted again. */
const REMEMBERED_ACTIONS = 20

export function createPageActions(deps: PageActionDeps): PageActionRunner {
  let queue: Promise<unknown> = Promise.resolve()
  const inTurn: InTurn = (work) => {
    const run = queue.then(work)
    queue = run.catch(() => {})
    return run
  }
  // Per action id, what this page did so far. A worker stopped while waiting for the answer asks
  // again once restarted: messages already done are answered from here, not archived twice.
  const known = new Map<string, ActionResults>()
  // Automatic actions still waiting or running, by action id: asked again, they are not started
  // twice.
  const automatic = new Map<string, Promise<ActionResults>>()
  return (request) => {
    // Another account's tab answers null, so the background tries the next tab.
    // A page that shows no list (Gmail's print view) leaves the action to a tab that does.
    if (
      request.account !== deps.adapter.account(deps.doc) ||
      deps.adapter.showsLists?.(deps.doc) === false
    )
      return Promise.resolve(null)
    if (request.automatic) {
      let run = automatic.get(request.actionId)
      if (!run) {
        run = runWhenIdle(deps, request, known, inTurn)
        automatic.set(request.actionId, run)
        const forget = () => void automatic.delete(request.actionId)
        run.then(forget, forget)
      }
      const soFar = () => resultsOf(request.ids, known.get(request.actionId) ?? {})
      return withDeadline(run, ANSWER_WITHIN_MS, soFar)
    }
    // One action at a time; what is left to do is decided when this request's turn comes.
    return inTurn(() => runRemaining(deps, request, known, true))
  }
}

/** An automatic action: chunk by chunk, each while the user is idle; then it is finished. */
async function runWhenIdle(
  deps: PageActionDeps,
  request: ContentProtocol['actions.run'],
  known: Map<string, ActionResults>,
  inTurn: InTurn,
): Promise<ActionResults> {
  const record = known.get(request.actionId) ?? {}
  const todo = request.ids.filter((id) => !(id in record))
  await inIdleChunks(deps.doc, todo, deps.activity, inTurn, async (chunk) => {
    await runRemaining(deps, { ...request, ids: chunk }, known, false)
  })
  await runRemaining(deps, { ...request, ids: [] }, known, true)
  return resultsOf(request.ids, known.get(request.actionId) ?? {})
}

/** Acts on the ids without a result yet; `finished` reports the whole action done. */
async function runRemaining(
  deps: PageActionDeps,
  request: ContentProtocol['actions.run'],
  known: Map<string, ActionResults>,
  finished: boolean,
): Promise<ActionResults> {
  const results = known.get(request.actionId) ?? {}
  remember(known, request.actionId, results)
  const report = (finished: boolean) =>
    deps.progress?.({ account: request.account, actionId: request.actionId, results, finished })
  const todo = request.ids.filter((id) => !(id in results))
  if (todo.length > 0) {
    const done = await runOne(deps, { ...request, ids: todo }, (partial) => {
      Object.assign(results, partial)
      report(false)
    })
    Object.assign(results, done)
  }
  report(finished)
  return resultsOf(request.ids, results)
}

function resultsOf(ids: readonly string[], results: ActionResults): ActionResults {
  return Object.fromEntries(ids.flatMap((id) => (results[id] ? [[id, results[id]]] : [])))
}

function remember(known: Map<string, ActionResults>, id: string, results: ActionResults): void {
  known.delete(id)
  known.set(id, results)
  for (const oldest of known.keys()) {
    if (known.size <= REMEMBERED_ACTIONS) break
    known.delete(oldest)
  }
}

async function runOne(
  deps: PageActionDeps,
  { actionId, action, ids, confirmed, dates, senders }: ContentProtocol['actions.run'],
  onProgress: (results: ActionResults) => void,
): Promise<ActionResults> {
  const all = (outcome: ActionResults[string]) =>
    Object.fromEntries(ids.map((id) => [id, outcome])) as ActionResults
  if (action === 'hide' || action === 'unhide') {
    if (action === 'hide') deps.rows.hide(ids)
    else deps.rows.unhide(ids)
    return all('done')
  }
  if (action === 'spam' && !confirmed && !(await confirmReport(deps, ids.length)))
    return all('cancelled')
  return deps.adapter.runAction(deps.doc, {
    action: action satisfies Exclude<PageAction, 'hide' | 'unhide'>,
    ids,
    label: deps.texts('labelName'),
    ...(dates ? { dates } : {}),
    ...(senders ? { senders } : {}),
    onProgress,
    unreached: (view) => deps.unreached?.(actionId, view),
    ...(deps.drift ? { drift: deps.drift } : {}),
  })
}

export function confirmReport(
  deps: Pick<PageActionDeps, 'doc' | 'texts' | 'adapter'>,
  count: number,
) {
  const keys = spamConfirmKeys(deps.adapter.name)
  return askInPage(deps.doc, {
    attribute: REPORT_CONFIRM_ATTRIBUTE,
    title: deps.texts(keys.title, [String(count)]),
    lines: [deps.texts(keys.why), deps.texts('reportConfirmAlternative')],
    confirm: deps.texts(keys.yes),
    cancel: deps.texts('reportConfirmNo'),
  })
}
