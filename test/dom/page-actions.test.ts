// Actions the popup asks a page to run: reporting as spam asks first; other accounts' tabs decline.
import { describe, expect, it, vi } from 'vitest'
import { userClick } from '../support/user-input.ts'
import { createPageActions } from '../../src/content/actions/page-actions.ts'
import type { RowView } from '../../src/content/list/row-view.ts'
import type { ActionRequest, WebmailAdapter } from '../../src/content/webmail/adapter.ts'
import type { ProgressReport } from '../../src/content/actions/action-progress.ts'
import type { ActionResults } from '../../src/messaging/protocol.ts'

const texts = (key: string) => key

function setup() {
  document.body.replaceChildren()
  // Acts in chunks of two, reporting each chunk as Gmail's paced runner does.
  const runAction = vi.fn(async (_doc: Document, request: ActionRequest) => {
    const results: ActionResults = {}
    for (let start = 0; start < request.ids.length; start += 2) {
      for (const id of request.ids.slice(start, start + 2)) results[id] = 'done'
      request.onProgress?.({ ...results })
    }
    return results
  })
  const adapter = { account: () => 'gmail:me', runAction } as unknown as WebmailAdapter
  const rows: RowView = { decorate: vi.fn(), hide: vi.fn(), unhide: vi.fn() }
  const reports: ProgressReport[] = []
  const progress = (report: ProgressReport) => void reports.push(structuredClone(report))
  // Actions the user asks for never wait on their activity; a user always idle shows that.
  const activity = {
    busy: () => false,
    idle: async () => {},
    thenLeaveField: <T>(work: () => Promise<T>) => work(),
  }
  const run = createPageActions({ doc: document, adapter, rows, texts, activity, progress })
  return { run, runAction, rows, reports }
}

const confirmHost = () => document.querySelector('[data-relay-shield-confirm]')
const choose = (choice: string) =>
  userClick(confirmHost()!.shadowRoot!.querySelector(`[data-choice="${CSS.escape(choice)}"]`)!)

describe('page actions', () => {
  it('asks before reporting as spam, and reports nothing when the user cancels', async () => {
    const { run, runAction } = setup()
    const answer = run({
      account: 'gmail:me',
      actionId: 'a1',
      action: 'spam',
      ids: ['a', 'b'],
      confirmed: false,
    })
    await vi.waitFor(() => expect(confirmHost()).not.toBeNull())
    expect(confirmHost()!.shadowRoot!.textContent).toContain('reportConfirmHarm')
    choose('cancel')
    expect(await answer).toEqual({ a: 'cancelled', b: 'cancelled' })
    expect(runAction).not.toHaveBeenCalled()
  })

  it('reports after the user confirms, and without asking when the popup already asked', async () => {
    const { run, runAction } = setup()
    const answer = run({
      account: 'gmail:me',
      actionId: 'a2',
      action: 'spam',
      ids: ['a'],
      confirmed: false,
    })
    await vi.waitFor(() => expect(confirmHost()).not.toBeNull())
    choose('confirm')
    expect(await answer).toEqual({ a: 'done' })
    await run({ account: 'gmail:me', actionId: 'a3', action: 'spam', ids: ['b'], confirmed: true })
    expect(runAction).toHaveBeenCalledTimes(2)
  })

  it("declines another account's action and hides without touching the webmail", async () => {
    const { run, runAction, rows } = setup()
    expect(
      await run({
        account: 'gmail:other',
        actionId: 'a4',
        action: 'archive',
        ids: ['a'],
        confirmed: true,
      }),
    ).toBeNull()
    expect(
      await run({
        account: 'gmail:me',
        actionId: 'a5',
        action: 'hide',
        ids: ['a'],
        confirmed: false,
      }),
    ).toEqual({ a: 'done' })
    expect(rows.hide).toHaveBeenCalledWith(['a'])
    expect(runAction).not.toHaveBeenCalled()
  })

  it('reports progress after each chunk and at the end, and never acts twice for one action', async () => {
    const { run, runAction, reports } = setup()
    const request = {
      account: 'gmail:me',
      actionId: 'archive-1',
      action: 'archive' as const,
      ids: ['a', 'b', 'c', 'd', 'e'],
      confirmed: true,
    }
    const first = run(request)
    // Asked again while it runs (a worker restarted and asking once more): one run, one answer.
    const again = run(request)
    expect(await first).toEqual({ a: 'done', b: 'done', c: 'done', d: 'done', e: 'done' })
    expect(await again).toEqual(await first)
    expect(runAction).toHaveBeenCalledTimes(1)
    expect(reports.map((report) => [Object.keys(report.results).length, report.finished])).toEqual([
      [2, false],
      [4, false],
      [5, false],
      [5, true],
      [5, true],
    ])
    // A later request of the same action with one more id acts on that id alone.
    expect(await run({ ...request, ids: ['e', 'f'] })).toEqual({ e: 'done', f: 'done' })
    expect(runAction).toHaveBeenLastCalledWith(document, expect.objectContaining({ ids: ['f'] }))
  })
})
