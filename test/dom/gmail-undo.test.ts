// Undo from the action log on the interactive Gmail replica: the mails are looked up with a Gmail
// search (where the action put them, within their own dates) and moved back, or unlabelled.
import { beforeEach, describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { gmailAdapter, gmailRowId } from '../../src/content/webmail/gmail/adapter.ts'
import { searchQuery } from '../../src/content/webmail/gmail/restore.ts'
import type { WebmailAction } from '../../src/core/actions.ts'
import { installGmailPage } from '../support/gmail-behaviour.ts'
import { gmailInteractiveReplica } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'

const wave = waveMails(25, new Date(2026, 0, 18, 9), 30_000)
const ordinary = ordinaryMails(3, new Date(2026, 0, 17))
const waveIds = wave.map((mail) => `thread-f:${mail.threadId}`)
const dates = Object.fromEntries(wave.map((mail, i) => [waveIds[i]!, mail.date.getTime()]))

beforeEach(() => {
  loadPage(
    gmailInteractiveReplica([...wave, ...ordinary]).replace(
      /<script>var __name[\s\S]*?<\/script>/u,
      '',
    ),
  )
  window.location.hash = '#inbox'
  installGmailPage(window as unknown as Window)
})

/** Ids of the rows in the inbox list, in order. */
function inboxIds(): string[] {
  const inbox = document.querySelector('[gh="tl"]:not([data-replica-search])')!
  return [...inbox.querySelectorAll('tr.zA')].map((row) => gmailRowId(row)!)
}

function run(action: WebmailAction, ids: string[], withDates = true) {
  return gmailAdapter.runAction(document, {
    action,
    ids,
    label: 'Relay spam',
    ...(withDates ? { dates } : {}),
  })
}

const outcomes = (results: Record<string, string>) =>
  Object.values(results).reduce<Record<string, number>>(
    (counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }),
    {},
  )

// Each test runs the action and its undo, each through Gmail's search: a loaded machine needs time.
describe('Gmail undo', { timeout: 20_000 }, () => {
  const before = () => [...waveIds, ...ordinary.map((mail) => `thread-f:${mail.threadId}`)]

  for (const [action, undo] of [
    ['archive', 'unarchive'],
    ['spam', 'unspam'],
    ['delete', 'undelete'],
  ] as const) {
    it(`${undo}: finds the mails where ${action} put them and brings them back`, async () => {
      expect(outcomes(await run(action, waveIds))).toEqual({ done: 25 })
      expect(inboxIds()).toHaveLength(3)
      const progress: number[] = []
      const results = await gmailAdapter.runAction(document, {
        action: undo,
        ids: waveIds,
        label: 'Relay spam',
        dates,
        onProgress: (so) => progress.push(Object.keys(so).length),
      })
      expect(outcomes(results)).toEqual({ done: 25 })
      expect(progress).toEqual([20, 25]) // one search, acted on in paced chunks of 20
      expect(inboxIds()).toEqual(before())
      expect(window.location.hash).toBe('#inbox') // the user's list is shown again
    })
  }

  it('unarchive brings back only the mails that were archived, not others found', async () => {
    await run('archive', waveIds)
    const results = await run('unarchive', waveIds.slice(0, 5))
    expect(outcomes(results)).toEqual({ done: 5 })
    expect(inboxIds()).toEqual([...waveIds.slice(0, 5), ...before().slice(25)])
  })

  it('finds mails without a known date by where they are alone', async () => {
    await run('spam', waveIds.slice(0, 4))
    expect(outcomes(await run('unspam', waveIds.slice(0, 4), false))).toEqual({ done: 4 })
    expect(inboxIds()).toEqual(before())
  })

  // The search lists nothing: Gmail says so, and the mails are not found.
  it(
    'says not found for mails no longer where the action put them',
    { timeout: 15_000 },
    async () => {
      await run('archive', waveIds.slice(0, 2))
      const results = await run('undelete', waveIds.slice(0, 2))
      expect(outcomes(results)).toEqual({ 'not-found': 2 })
      expect(window.location.hash).toBe('#inbox')
    },
  )

  it('unlabel takes the label off the labelled mails and leaves them in place', async () => {
    await run('label', waveIds.slice(0, 6))
    expect(document.querySelectorAll('[data-replica-label="Relay spam"]')).toHaveLength(6)
    const results = await run('unlabel', waveIds.slice(0, 6))
    expect(outcomes(results)).toEqual({ done: 6 })
    expect(document.querySelectorAll('[data-replica-label="Relay spam"]')).toHaveLength(0)
    expect(inboxIds()).toEqual(before())
  })
})

describe('Gmail undo searches', () => {
  it('narrows each search to where the mails went and to their own dates', () => {
    const chunk = waveIds.slice(0, 3)
    const from = Math.floor(dates[chunk[0]!]! / 1000) - 120
    const to = Math.ceil(dates[chunk[2]!]! / 1000) + 120
    expect(searchQuery({ action: 'unspam', label: '', dates }, chunk)).toBe(
      `in:spam after:${from} before:${to}`,
    )
    expect(searchQuery({ action: 'unarchive', label: '', dates }, chunk)).toMatch(/^-in:inbox /u)
    expect(searchQuery({ action: 'undelete', label: '', dates }, chunk)).toMatch(/^in:trash /u)
    expect(searchQuery({ action: 'unlabel', label: ' Relay  Spam ', dates }, chunk)).toMatch(
      /^label:relay-spam after:/u,
    )
    // One undated mail: the chunk is searched without dates rather than missing it.
    expect(searchQuery({ action: 'unspam', label: '', dates }, [...chunk, 'x'])).toBe('in:spam')
  })
})
