// Actions the popup asks this page to run on a wave ('actions.run'), one at a time. Reporting as
// spam asks first unless the popup already did: the mails are real messages from an abused
// company's helpdesk, and mass reports hurt that company's sending reputation.
import type { ActionResults, ContentProtocol, PageAction } from '../messaging/protocol.ts'
import type { RowView } from './row-view.ts'
import { askInPage } from './ui/dialog.ts'
import type { Texts } from './ui/texts.ts'
import type { WebmailAdapter } from './webmail/adapter.ts'

export const REPORT_CONFIRM_ATTRIBUTE = 'data-relay-shield-confirm'

export interface PageActionDeps {
  doc: Document
  adapter: WebmailAdapter
  rows: RowView
  texts: Texts
}

export type PageActionRunner = (
  request: ContentProtocol['actions.run'],
) => Promise<ActionResults | null>

export function createPageActions(deps: PageActionDeps): PageActionRunner {
  let queue: Promise<unknown> = Promise.resolve()
  return (request) => {
    // Another account's tab answers null, so the background tries the next tab.
    if (request.account !== deps.adapter.account(deps.doc)) return Promise.resolve(null)
    const run = queue.then(() => runOne(deps, request))
    queue = run.catch(() => {})
    return run
  }
}

async function runOne(
  deps: PageActionDeps,
  { action, ids, confirmed }: ContentProtocol['actions.run'],
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
  })
}

export function confirmReport(deps: Pick<PageActionDeps, 'doc' | 'texts'>, count: number) {
  return askInPage(deps.doc, {
    attribute: REPORT_CONFIRM_ATTRIBUTE,
    title: deps.texts('reportConfirmTitle', [String(count)]),
    lines: [deps.texts('reportConfirmHarm'), deps.texts('reportConfirmAlternative')],
    confirm: deps.texts('reportConfirmYes'),
    cancel: deps.texts('reportConfirmNo'),
  })
}
