// The content-script loop on a replica page, with the background replaced by a fake client.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { gmailReplica, gmailRowHtml } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'

const relay: Verdict = { verdict: 'relay', score: 0.9, reasons: [], waveId: 'w', important: false }
const clean: Verdict = { verdict: 'clean', score: 0, reasons: [], waveId: null, important: false }

function fakeBackground(failFirst = 0) {
  const seen: MailRow[][] = []
  let failures = failFirst
  const request = vi.fn(async (_type: string, payload: { rows: MailRow[] }) => {
    if (failures-- > 0)
      throw new Error('Could not establish connection. Receiving end does not exist.')
    seen.push(payload.rows)
    const verdicts = Object.fromEntries(
      payload.rows.map((row) => [row.id, /Request|Ticket/u.test(row.subject) ? relay : clean]),
    )
    return { verdicts, stored: payload.rows.length, rejected: 0 }
  })
  return { request: request as unknown as BackgroundClient, seen, calls: request }
}

let controller = new AbortController()
afterEach(() => {
  vi.restoreAllMocks()
  controller.abort()
  controller = new AbortController()
})

function runner(request: BackgroundClient, signal = controller.signal) {
  return startRunner({
    adapter: gmailAdapter,
    doc: document,
    request,
    clock: () => 0,
    alive: () => true,
    signal,
  })
}

const verdictsInPage = () =>
  [...document.querySelectorAll('tr.zA')].map((row) => row.getAttribute('data-relay-shield'))

describe('content runner', () => {
  it('visits only the rows a change touched, and none for its own elements', async () => {
    loadPage(gmailReplica(ordinaryMails(40, new Date(2026, 0, 17))))
    const rowIds = vi.fn(gmailAdapter.rowId)
    const run = startRunner({
      adapter: { ...gmailAdapter, rowId: rowIds },
      doc: document,
      request: fakeBackground().request,
      clock: () => 0,
      alive: () => true,
      signal: controller.signal,
    })
    // Scans run in a task of their own, after the mutation's callback: two tasks later is after it.
    const task = () => new Promise((resolve) => setTimeout(resolve, 0))
    const settle = () => task().then(task)
    await run.flushed()
    expect(rowIds.mock.calls.length).toBeGreaterThanOrEqual(40)
    const visits = () => {
      const count = rowIds.mock.calls.length
      rowIds.mockClear()
      return count
    }
    visits()
    document.body.append(document.createElement('relay-shield-ui'))
    document.body.append(document.createElement('div'))
    await settle()
    expect(visits()).toBe(0)
    const [newMail] = waveMails(1, new Date(2026, 0, 18))
    const parsed = document.createElement('template')
    parsed.innerHTML = `<table><tbody>${gmailRowHtml(newMail!, 40)}</tbody></table>`
    document.querySelector('tbody')!.append(parsed.content.querySelector('tr')!)
    // Its id is read when the row is read and again when its verdict is put on it.
    await vi.waitFor(() => expect(verdictsInPage().at(-1)).not.toBeNull())
    await settle()
    expect(visits()).toBe(2)
    expect(verdictsInPage()).toHaveLength(41)
    document.querySelector('tr.zA .y6 > span')!.textContent = 'Subject re-rendered'
    await vi.waitFor(() => expect(rowIds.mock.calls.length).toBeGreaterThan(0))
    await settle()
    expect(visits()).toBe(1)
  })

  it('marks every row with the verdict the background gives for its id', async () => {
    loadPage(
      gmailReplica([
        ...waveMails(3, new Date(2026, 0, 18)),
        ...ordinaryMails(2, new Date(2026, 0, 17)),
      ]),
    )
    const background = fakeBackground()
    await runner(background.request).flushed()
    expect(verdictsInPage()).toEqual(['relay', 'relay', 'relay', 'clean', 'clean'])
  })

  it('is flushed only once every row of an answer is marked, however many slices that takes', async () => {
    loadPage(gmailReplica(waveMails(60, new Date(2026, 0, 18))))
    // Each clock read is 10 ms later: marking the answer's rows yields to the page every few rows.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10))
    const run = runner(fakeBackground().request)
    await run.flushed()
    expect(verdictsInPage()).toEqual(Array(60).fill('relay'))
    // Verdicts pushed later are marked in slices too.
    const ids = [...document.querySelectorAll('span[data-thread-id]')].map((span) =>
      span.getAttribute('data-thread-id')!.slice(1),
    )
    run.apply(gmailAdapter.account(document)!, Object.fromEntries(ids.map((id) => [id, clean])))
    await run.flushed()
    expect(verdictsInPage()).toEqual(Array(60).fill('clean'))
  })

  it('keeps rows pending until the background answers, retrying after failures', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    const background = fakeBackground(2)
    await runner(background.request).flushed()
    expect(background.calls).toHaveBeenCalledTimes(3)
    expect(background.seen.flat()).toHaveLength(2)
    expect(verdictsInPage()).toEqual(['relay', 'relay'])
  })

  it('follows the id when the webmail recycles a row element for another message', async () => {
    const [wave] = waveMails(1, new Date(2026, 0, 18))
    const [plain] = ordinaryMails(1, new Date(2026, 0, 17))
    loadPage(gmailReplica([wave!, plain!]))
    const background = fakeBackground()
    const run = runner(background.request)
    await run.flushed()
    const [first, second] = document.querySelectorAll('tr.zA')
    // Swap the id-bearing cells, as a list re-render that reuses the elements would.
    const a = first!.querySelector('td.a4W')!
    const b = second!.querySelector('td.a4W')!
    const marker = document.createElement('td')
    a.replaceWith(marker)
    b.replaceWith(a)
    marker.replaceWith(b)
    run.scan()
    await run.flushed()
    expect(verdictsInPage()).toEqual(['clean', 'relay'])
    expect(background.seen.flat()).toHaveLength(2)
  })

  it('sends rows added later in one more batch, never the same row twice', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    const background = fakeBackground()
    const run = runner(background.request)
    await run.flushed()
    const extra = gmailReplica(ordinaryMails(1, new Date(2026, 0, 17), 1_700_000_000_000_000_000n))
    const parsed = new DOMParser().parseFromString(extra, 'text/html').querySelector('tr.zA')!
    document.querySelector('tr.zA')!.parentElement!.append(document.importNode(parsed, true))
    await new Promise((resolve) => setTimeout(resolve, 0))
    await run.flushed()
    expect(background.seen.map((batch) => batch.length)).toEqual([2, 1])
    expect(verdictsInPage()).toEqual(['relay', 'relay', 'clean'])
  })

  it('re-marks rows an answer re-labels, even rows of earlier batches', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    let call = 0
    const request = (async (_type: string, payload: { rows: MailRow[] }) => {
      call++
      const label = call === 1 ? { ...relay, verdict: 'suspect' as const } : relay
      const ids =
        call === 1
          ? payload.rows.map((row) => row.id)
          : [...document.querySelectorAll('span[data-thread-id]')].map((span) =>
              span.getAttribute('data-thread-id')!.slice(1),
            )
      return {
        verdicts: Object.fromEntries(ids.map((id) => [id, label])),
        stored: payload.rows.length,
        rejected: 0,
      }
    }) as unknown as BackgroundClient
    const run = runner(request)
    await run.flushed()
    expect(verdictsInPage()).toEqual(['suspect', 'suspect'])
    const extra = gmailReplica(
      waveMails(1, new Date(2026, 0, 18, 1), 1_000, 1_950_000_000_000_000_000n),
    )
    const parsed = new DOMParser().parseFromString(extra, 'text/html').querySelector('tr.zA')!
    document.querySelector('tr.zA')!.parentElement!.append(document.importNode(parsed, true))
    await new Promise((resolve) => setTimeout(resolve, 0))
    await run.flushed()
    expect(verdictsInPage()).toEqual(['relay', 'relay', 'relay'])
  })

  it('sends a row the background answers without a verdict only once, however often the page changes', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    let calls = 0
    const request = (async (_type: string, payload: { rows: MailRow[] }) => {
      calls++
      return { verdicts: {}, stored: 0, rejected: payload.rows.length }
    }) as unknown as BackgroundClient
    const run = runner(request)
    await run.flushed()
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div'))
      await new Promise((resolve) => setTimeout(resolve, 0))
      await run.flushed()
    }
    expect(calls).toBe(1)
    expect(verdictsInPage()).toEqual([null, null])
  })

  it('stops observing once aborted', async () => {
    loadPage(gmailReplica(waveMails(1, new Date(2026, 0, 18))))
    const stop = new AbortController()
    const background = fakeBackground()
    const run = runner(background.request, stop.signal)
    await run.flushed()
    stop.abort()
    document.querySelector('tr.zA')!.removeAttribute('data-relay-shield')
    run.scan()
    expect(verdictsInPage()).toEqual([null])
  })
})

describe('verdict updates pushed by the background', () => {
  it('re-mark rows of the page account and ignore other accounts and malformed messages as a whole', async () => {
    const { parseVerdictUpdate } = await import('../../src/content/messages/background-messages.ts')
    loadPage(gmailReplica(waveMails(1, new Date(2026, 0, 18))))
    const background = fakeBackground()
    const run = runner(background.request)
    await run.flushed()
    const id = document
      .querySelector('span[data-thread-id]')!
      .getAttribute('data-thread-id')!
      .slice(1)
    run.apply('gmail:someone-else', { [id]: clean })
    expect(verdictsInPage()).toEqual(['relay'])
    const update = parseVerdictUpdate({
      type: 'verdicts.update',
      payload: {
        account: gmailAdapter.account(document),
        verdicts: { [id]: { ...clean, verdict: 'suspect' } },
      },
    })
    expect(update?.verdicts).toEqual({ [id]: { ...clean, verdict: 'suspect' } })
    const malformed = { ...clean, verdict: '<b>' }
    const payload = { account: update!.account, verdicts: { [id]: clean, x: malformed } }
    expect(parseVerdictUpdate({ type: 'verdicts.update', payload })).toBeNull()
    run.apply(update!.account, update!.verdicts)
    expect(verdictsInPage()).toEqual(['suspect'])
    expect(parseVerdictUpdate({ type: 'rows.ingest' })).toBeNull()
  })
})
