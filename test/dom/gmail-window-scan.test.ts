// "Scan the wave" in Gmail, on the interactive replica (50 rows a page, category tabs, search by
// after:/before:): every mail dated in the wave's window is read, on whatever page or tab Gmail
// files it, and the user's list is put back. Mail outside the window is not listed.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import { windowQuery } from '../../src/content/webmail/gmail/window-scan.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { MailRow } from '../../src/core/types.ts'
import { installGmailPage } from '../support/gmail-behaviour.ts'
import { gmailInteractiveReplica } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../support/mail-specs.ts'

const start = new Date(2026, 0, 18, 9)
// 150 wave mails, two thirds in the Updates tab; 70 ordinary mails the day before.
const wave: MailSpec[] = waveMails(150, start, 5_000).map((mail, i) => ({
  ...mail,
  category: i % 3 === 0 ? 'primary' : 'updates',
}))
const before = ordinaryMails(70, new Date(2026, 0, 17))
const waveIds = wave.map((mail) => `thread-f:${mail.threadId}`)
const window = {
  from: Math.min(...wave.map((mail) => mail.date.getTime())),
  to: Math.max(...wave.map((mail) => mail.date.getTime())),
}

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})
beforeEach(() => {
  loadPage(
    gmailInteractiveReplica([...wave, ...before]).replace(
      /<script>var __name[\s\S]*?<\/script>/u,
      '',
    ),
  )
  document.defaultView!.location.hash = '#inbox'
  installGmailPage(document.defaultView as unknown as Window)
})

it('searches the window in epoch seconds with slack', () => {
  expect(windowQuery({ from: 1_768_726_800_000, to: 1_768_727_400_500 })).toBe(
    'after:1768726680 before:1768727521',
  )
})

it('reads every mail of the window on every page and tab, and puts the inbox back', async () => {
  const stored = new Set<string>()
  const request = (async (_type: string, payload: { rows: MailRow[] }) => {
    for (const row of payload.rows) stored.add(row.id)
    return { verdicts: {}, stored: payload.rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
  const runner = startRunner({
    adapter: gmailAdapter,
    doc: document,
    request,
    clock: () => start.getTime(),
    alive: () => true,
    signal: controller.signal,
  })
  await runner.flushed()
  // The inbox's first page: Primary only, 50 rows, most of the wave not among them.
  const unseen = waveIds.filter((id) => !stored.has(id))
  expect(unseen.length).toBeGreaterThanOrEqual(100)

  const scanned = await gmailAdapter.scanWindow!(
    document,
    window,
    () => runner.flushed(),
    controller.signal,
  )
  // Every mail dated inside the window (with its two minutes of slack) is listed, wave or not.
  const slackMs = 120_000
  const inWindow = [...wave, ...before].filter(
    (mail) =>
      mail.date.getTime() >= window.from - slackMs && mail.date.getTime() <= window.to + slackMs,
  )
  expect(inWindow.length).toBeLessThan(wave.length + before.length)
  expect(scanned.rows).toBe(inWindow.length)
  expect(waveIds.filter((id) => !stored.has(id))).toEqual([])
  expect(document.defaultView!.location.hash).toBe('#inbox')
  expect(document.querySelectorAll('tr.zA').length).toBeGreaterThan(0)
})
