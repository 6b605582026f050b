import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { waveMails } from '../../support/mail-specs.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

const marks = () =>
  [...document.querySelectorAll('tr.zA')].map((row) => row.getAttribute('data-relay-shield'))

describe('Chromium: a wave recognised in one tab re-marks the rows of another tab', () => {
  it('turns the first mails of a wave, shown as suspect in tab A, to relay when tab B completes it', async () => {
    const wave = waveMails(6, new Date(2026, 10, 10, 9, 0), 60_000, 1_990_000_000_000_000_000n)
    // Same account (the fixture's title names it) in both tabs: A shows the first two mails, B the rest.
    session.serve('mail.google.com', (url) =>
      gmailReplica(url.pathname.includes('/u/0/') ? wave.slice(0, 2) : wave.slice(2)),
    )
    const tabA = await session.context.newPage()
    await tabA.goto('https://mail.google.com/mail/u/0/#inbox')
    await tabA.waitForFunction(
      () => document.querySelectorAll('tr.zA[data-relay-shield]').length === 2,
    )
    expect(await tabA.evaluate(marks)).toEqual(['suspect', 'suspect'])

    const tabB = await session.context.newPage()
    await tabB.goto('https://mail.google.com/mail/u/1/#inbox')
    await tabB.waitForFunction(
      () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === 4,
    )
    await tabA.waitForFunction(
      () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === 2,
    )
    expect(await tabA.evaluate(marks)).toEqual(['relay', 'relay'])
  })
})
