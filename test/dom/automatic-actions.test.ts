// The automatic label waits until the user is neither selecting nor typing in the tab: keys,
// presses on rows, a focused field or compose body and ticked rows each hold it, only the user's
// own (trusted) input counts, and it is never dropped: the background gets an answer in bounded
// time and the label follows once the user is idle. Fake timers: no test waits in real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProgressReport } from '../../src/content/actions/action-progress.ts'
import { ANSWER_WITHIN_MS } from '../../src/content/actions/automatic-actions.ts'
import { createPageActions } from '../../src/content/actions/page-actions.ts'
import type { RowView } from '../../src/content/list/row-view.ts'
import { IDLE_MS, watchUserActivity } from '../../src/content/actions/user-activity.ts'
import {
  ACTION_CHUNK,
  ACTION_PACE_MS,
  type ActionRequest,
  type WebmailAdapter,
} from '../../src/content/webmail/adapter.ts'
import type { ActionResults, ContentProtocol } from '../../src/messaging/protocol.ts'
import { userClick, userKey } from '../support/user-input.ts'

let life: AbortController

beforeEach(() => {
  vi.useFakeTimers()
  life = new AbortController()
  document.body.innerHTML = `
    <div class="row" id="r1"><div role="checkbox" aria-checked="false"></div><span>Mail</span></div>
    <div class="row" id="r2"><div role="checkbox" aria-checked="false"></div><span>Mail</span></div>
    <input id="search" type="text">
    <div id="compose" contenteditable="true"></div>`
  // Row checkboxes tick on click, as the webmails' do.
  for (const box of document.querySelectorAll('[role=checkbox]'))
    box.addEventListener('click', () =>
      box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')),
    )
})

afterEach(() => {
  life.abort()
  vi.useRealTimers()
})

function setup(act: (request: ActionRequest) => void = () => {}) {
  const runAction = vi.fn(async (_doc: Document, request: ActionRequest) => {
    act(request)
    return Object.fromEntries(request.ids.map((id) => [id, 'done'])) as ActionResults
  })
  const adapter = { account: () => 'gmail:me', runAction } as unknown as WebmailAdapter
  const rows: RowView = { decorate: vi.fn(), hide: vi.fn(), unhide: vi.fn() }
  const activity = watchUserActivity(
    document,
    {
      inRow: (element) => element.closest('.row') !== null,
      ticked: () => document.querySelector('[role=checkbox][aria-checked=true]') !== null,
    },
    life.signal,
  )
  const reports: ProgressReport[] = []
  const progress = (report: ProgressReport) => void reports.push(structuredClone(report))
  const run = createPageActions({
    doc: document,
    adapter,
    rows,
    texts: (k) => k,
    activity,
    progress,
  })
  return { run, runAction, reports }
}

function label(ids: string[], actionId = 'auto-1'): ContentProtocol['actions.run'] {
  return { account: 'gmail:me', actionId, action: 'label', ids, confirmed: true, automatic: true }
}

const done = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'done']))
const box = (id: string) => document.querySelector(`#${id} [role=checkbox]`)!

describe('the automatic label and the user', () => {
  it('waits while the user types, and runs once they have been quiet for a moment', async () => {
    const { run, runAction } = setup()
    userKey(document.body, 'j')
    const answer = run(label(['a', 'b']))
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100)
    userKey(document.body, 'k') // still typing: the quiet time starts again
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100)
    expect(runAction).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(runAction).toHaveBeenCalledTimes(1)
    expect(await answer).toEqual(done(['a', 'b']))
  })

  it('waits while a field or a compose body has the focus, and while the user ticks rows', async () => {
    const { run, runAction, reports } = setup()
    ;(document.getElementById('compose') as HTMLElement).focus()
    void run(label(['a']))
    await vi.advanceTimersByTimeAsync(10 * IDLE_MS)
    ;(document.getElementById('search') as HTMLElement).focus()
    await vi.advanceTimersByTimeAsync(10 * IDLE_MS)
    expect(runAction).not.toHaveBeenCalled()
    ;(document.activeElement as HTMLElement).blur()
    userClick(box('r1')) // the user's own selection
    await vi.advanceTimersByTimeAsync(10 * IDLE_MS)
    expect(runAction).not.toHaveBeenCalled()
    userClick(box('r1'))
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(runAction).toHaveBeenCalledTimes(1)
    expect(reports.at(-1)).toMatchObject({ results: done(['a']), finished: true })
  })

  it('a press on a row counts as selecting; scripted input counts for nothing', async () => {
    const { run, runAction } = setup()
    userClick(document.querySelector('#r2 span')!)
    void run(label(['a']))
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100)
    expect(runAction).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(runAction).toHaveBeenCalledTimes(1)
    // A page script's keys and clicks are not the user's.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }))
    document.querySelector('#r1 span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    void run(label(['b'], 'auto-2'))
    await vi.advanceTimersByTimeAsync(0)
    expect(runAction).toHaveBeenCalledTimes(2)
  })

  it('answers the background in bounded time and labels later, never dropping the mails', async () => {
    const { run, runAction, reports } = setup()
    ;(document.getElementById('compose') as HTMLElement).focus()
    const answer = run(label(['a', 'b']))
    await vi.advanceTimersByTimeAsync(ANSWER_WITHIN_MS)
    // Nothing done yet, and the answer says so: the action stays open in the log.
    expect(await answer).toEqual({})
    expect(reports.some((report) => report.finished)).toBe(false)
    // Asked again (a restarted worker): the same waiting action, not a second one.
    const again = run(label(['a', 'b']))
    ;(document.activeElement as HTMLElement).blur()
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(await again).toEqual(done(['a', 'b']))
    expect(runAction).toHaveBeenCalledTimes(1)
    expect(reports.at(-1)).toMatchObject({ actionId: 'auto-1', finished: true })
    expect(reports.at(-1)!.results).toEqual(done(['a', 'b']))
  })

  it('never holds the queue: an action the user asks for runs while the label waits', async () => {
    const { run, runAction } = setup()
    ;(document.getElementById('search') as HTMLElement).focus()
    void run(label(['a']))
    const asked = { ...label(['z'], 'archive-1'), action: 'archive' as const, automatic: false }
    expect(await run(asked)).toEqual(done(['z']))
    expect(runAction.mock.calls.map(([, request]) => request.action)).toEqual(['archive'])
  })

  it('looks again before each chunk: the user typing during one holds the next', async () => {
    const ids = Array.from({ length: ACTION_CHUNK + 5 }, (_, i) => `m${i}`)
    // The label's own menu filter takes the focus, as Gmail's does; the user presses a key
    // while the first chunk runs.
    const { run, runAction } = setup((request) => {
      ;(document.getElementById('search') as HTMLElement).focus()
      if (request.ids[0] === 'm0') userKey(document.body, 'a')
    })
    const answer = run(label(ids))
    await vi.advanceTimersByTimeAsync(0)
    expect(runAction).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(IDLE_MS - 100)
    expect(runAction).toHaveBeenCalledTimes(1)
    // The field the chunk focused was the user's, as they pressed a key meanwhile: it keeps the
    // focus, and holds the label until it is left.
    expect(document.activeElement?.id).toBe('search')
    ;(document.activeElement as HTMLElement).blur()
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(runAction).toHaveBeenCalledTimes(2)
    expect(await answer).toEqual(done(ids))
    // No key this time: the field the action left focused is let go, and holds nothing.
    document.body.focus()
    const next = run(
      label(
        ids.map((id) => `${id}-2`),
        'auto-2',
      ),
    )
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(runAction).toHaveBeenCalledTimes(4)
    expect(await next).toEqual(done(ids.map((id) => `${id}-2`)))
  })

  it('paces its chunks as every bulk action is paced, with the user idle throughout', async () => {
    const ids = Array.from({ length: 2 * ACTION_CHUNK + 1 }, (_, i) => `m${i}`)
    const { run, runAction } = setup()
    const answer = run(label(ids))
    await vi.advanceTimersByTimeAsync(0)
    expect(runAction.mock.calls.map(([, request]) => request.ids.length)).toEqual([ACTION_CHUNK])
    await vi.advanceTimersByTimeAsync(ACTION_PACE_MS - 1)
    expect(runAction).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(runAction).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(ACTION_PACE_MS)
    expect(runAction.mock.calls.map(([, request]) => request.ids.length)).toEqual([
      ACTION_CHUNK,
      ACTION_CHUNK,
      1,
    ])
    expect(await answer).toEqual(done(ids))
  })
})
