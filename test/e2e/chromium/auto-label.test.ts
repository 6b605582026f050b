// The automatic label in real Chromium on the interactive Gmail replica (whose Labels menu adds a
// chip per application): turned on in the options page, each relay row gets the label exactly
// once, ordinary rows none; the page loaded again applies nothing a second time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

const WAVE = 24

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

function chips(): { relay: number[]; clean: number } {
  const count = (row: Element) => row.querySelectorAll('[data-replica-label="Relay spam"]').length
  return {
    relay: [...document.querySelectorAll('tr.zA[data-relay-shield="relay"]')].map(count),
    clean: [...document.querySelectorAll('tr.zA[data-relay-shield="clean"]')]
      .map(count)
      .reduce((sum, n) => sum + n, 0),
  }
}

describe('Chromium: relay spam labelled automatically', () => {
  it('labels each relay mail once and never again', { timeout: 120_000 }, async () => {
    const options = await session.openOptions()
    await options.getByLabel(/Label relay spam automatically/u).check()
    await options.waitForSelector('text=Saved.')
    await options.close()

    const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 30 * 60_000)
    const mails = [
      ...waveMails(WAVE, start, 20_000),
      ...ordinaryMails(6, new Date(Date.now() - 86_400_000)),
    ]
    session.serve('mail.google.com', gmailInteractiveReplica(mails))
    const inbox = await session.context.newPage()
    await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
    await inbox.waitForFunction(
      (n) =>
        document.querySelectorAll('tr.zA[data-relay-shield="relay"] [data-replica-label]')
          .length === n,
      WAVE,
      { polling: 200, timeout: 60_000 },
    )
    await inbox.waitForTimeout(1_500) // time for a second application, if there were one
    const labelled = await inbox.evaluate(chips)
    expect(labelled.relay).toEqual(Array(WAVE).fill(1))
    expect(labelled.clean).toBe(0)

    await inbox.reload()
    await inbox.waitForFunction(
      (n) => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === n,
      WAVE,
    )
    await inbox.waitForTimeout(1_500)
    expect((await inbox.evaluate(chips)).relay).toEqual(Array(WAVE).fill(0))

    const popup = await session.openPopup()
    await popup.waitForSelector('ul.log li')
    const log = await popup.locator('ul.log li').allTextContents()
    expect(log.every((line) => line.startsWith('Label “Relay spam”'))).toBe(true)
    const labelledInLog = log.reduce((sum, line) => sum + Number(/: (\d+) of/u.exec(line)?.[1]), 0)
    expect(labelledInLog).toBe(WAVE)
    await popup.close()
    await inbox.close()
  })
})
