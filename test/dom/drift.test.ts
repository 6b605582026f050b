// DOM drift: the adapters run on mutated copies of the fixtures, as a webmail redesign would
// leave them (classes renamed, attributes removed, rows nested differently, an unknown language).
// Each either still reads the page correctly, or says it cannot read it (once, naming the
// selector) and marks nothing; it never gives a wrong verdict, and never changes the page.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { classify } from '../../src/core/wave/classify.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import type { SelectorError } from '../../src/content/dom/selector-error.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import type { WebmailAdapter } from '../../src/content/webmail/adapter.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { loadPage } from '../support/dom-page.ts'
import { GMAIL_LIST_FIXTURE, loadFixture } from '../support/gmail-replica.ts'

const OUTLOOK_FIXTURE = 'test/fixtures/outlook/2026-04-reconstruction-inbox.html'
const NOW = new Date(2026, 3, 10, 15, 0).getTime()

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

interface Outcome {
  /** Rows the background was asked about, by id. */
  judged: Map<string, MailRow>
  /** The verdict attribute of each row element the adapter finds, in order. */
  marks: (string | null)[]
  unreadable: string[]
}

/** Runs the real classification on whatever the adapter reads from the current page. */
async function run(adapter: WebmailAdapter): Promise<Outcome> {
  const judged = new Map<string, MailRow>()
  const request = (async (_type: string, payload: { rows: MailRow[] }) => {
    for (const row of payload.rows) judged.set(row.id, row)
    const result = classify(payload.rows.map(extractFeatures))
    const verdicts: Record<string, Verdict> = Object.fromEntries(result.verdicts)
    return { verdicts, stored: payload.rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
  const onUnreadable = vi.fn((_error: SelectorError) => {})
  const runner = startRunner({
    adapter,
    doc: document,
    request,
    clock: () => NOW,
    alive: () => true,
    signal: controller.signal,
    onUnreadable,
  })
  await runner.flushed()
  const marks = [...document.querySelectorAll('tr, [role="option"]')]
    .filter((element) => element.matches('tr.zA, tr[role=row], [role="option"]'))
    .map((element) => element.getAttribute('data-relay-shield'))
  return { judged, marks, unreadable: onUnreadable.mock.calls.map(([error]) => error.selectorName) }
}

/** Tag names of the page outside Relay Shield's own elements, in document order. */
function pageStructure(): string[] {
  return [...document.querySelectorAll('*')]
    .map((element) => element.tagName.toLowerCase())
    .filter((tag) => !tag.startsWith('relay-shield-'))
}

async function runMutated(
  html: string,
  adapter: WebmailAdapter,
  mutate: (doc: Document) => void,
): Promise<Outcome & { pageUnchanged: boolean }> {
  loadPage(html)
  mutate(document)
  const before = pageStructure()
  const outcome = await run(adapter)
  return { ...outcome, pageUnchanged: JSON.stringify(pageStructure()) === JSON.stringify(before) }
}

const each = (doc: Document, selector: string, change: (element: Element) => void) =>
  doc.querySelectorAll(selector).forEach(change)

describe('Gmail after a redesign', () => {
  const html = loadFixture(GMAIL_LIST_FIXTURE)

  it('reads the unchanged fixture (the baseline the mutations are compared with)', async () => {
    const outcome = await runMutated(html, gmailAdapter, () => {})
    expect(outcome.judged.size).toBe(14)
    expect(outcome.unreadable).toEqual([])
    expect(outcome.marks.every((mark) => mark !== null)).toBe(true)
  })

  it.each([
    [
      'the row class renamed',
      'row',
      (doc: Document) => each(doc, 'tr.zA', (r) => r.classList.replace('zA', 'zX')),
    ],
    [
      'thread ids removed',
      'threadId',
      (doc: Document) => each(doc, '[data-thread-id]', (s) => s.removeAttribute('data-thread-id')),
    ],
    [
      'sender markup changed',
      'sender',
      (doc: Document) => each(doc, 'span[email]', (s) => s.removeAttribute('email')),
    ],
    [
      'subject classes renamed',
      'subject',
      (doc: Document) => {
        each(doc, 'span.bog', (s) => s.classList.replace('bog', 'boX'))
        each(doc, '.y6', (s) => s.classList.replace('y6', 'yX'))
      },
    ],
  ])(
    '%s: says it cannot read the page, marks nothing, leaves the page alone',
    async (_name, selector, mutate) => {
      const outcome = await runMutated(html, gmailAdapter, mutate)
      expect(outcome.unreadable).toEqual([selector])
      expect(outcome.judged.size).toBe(0)
      expect(outcome.marks.every((mark) => mark === null)).toBe(true)
      expect(outcome.pageUnchanged).toBe(true)
    },
  )

  it('rows nested one level deeper: still reads every row the same', async () => {
    const baseline = await runMutated(html, gmailAdapter, () => {})
    const outcome = await runMutated(html, gmailAdapter, (doc) => {
      const table = doc.querySelector('[gh="tl"] table')!
      const wrapper = doc.createElement('div')
      table.replaceWith(wrapper)
      wrapper.append(table)
    })
    expect([...outcome.judged.values()]).toEqual([...baseline.judged.values()])
    expect(outcome.unreadable).toEqual([])
  })

  it('dates in a language it does not know: rows read without a date, none called relay', async () => {
    const outcome = await runMutated(html, gmailAdapter, (doc) =>
      each(doc, 'td.xW span[title]', (s) =>
        s.setAttribute('title', 'tiistai 8. huhtikuuta 2025 klo 11.26'),
      ),
    )
    expect(outcome.judged.size).toBe(14)
    expect(outcome.unreadable).toEqual([])
    expect(outcome.marks).not.toContain('relay')
  })
})

describe('Outlook after a redesign', () => {
  const html = readFileSync(OUTLOOK_FIXTURE, 'utf8')

  it('conversation ids removed: says it cannot read the page and marks nothing', async () => {
    const outcome = await runMutated(html, outlookAdapter, (doc) =>
      each(doc, '[data-convid]', (row) => row.removeAttribute('data-convid')),
    )
    expect(outcome.unreadable).toEqual(['row'])
    expect(outcome.judged.size).toBe(0)
    expect(outcome.marks.every((mark) => mark === null)).toBe(true)
    expect(outcome.pageUnchanged).toBe(true)
  })

  it('addresses no longer in titles, and an unknown language: names only, nothing called relay wrongly', async () => {
    const baseline = await runMutated(html, outlookAdapter, () => {})
    const outcome = await runMutated(html, outlookAdapter, (doc) => {
      each(doc, 'span[title*="@"]', (s) => s.removeAttribute('title'))
      each(doc, '[role="option"]', (row) =>
        row.setAttribute('aria-label', `Lukematon ${row.getAttribute('aria-label') ?? ''}`),
      )
    })
    expect(outcome.judged.size).toBe(baseline.judged.size)
    expect([...outcome.judged.values()].every((row) => row.senderAddress === '')).toBe(true)
    const relayBefore = baseline.marks.filter((mark) => mark === 'relay').length
    const relayAfter = outcome.marks.filter((mark) => mark === 'relay').length
    expect(relayAfter).toBeLessThanOrEqual(relayBefore)
    expect(outcome.pageUnchanged).toBe(true)
  })
})
