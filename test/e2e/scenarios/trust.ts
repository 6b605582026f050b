// The popup's trust controls, the same steps in both browsers: "Not relay spam" on a company
// clears its mails in the open inbox, and "I opened a ticket here" keeps the company's next
// acknowledgement from being flagged while another company's still is. It runs through the
// scenario driver (support/driver.ts) in both browsers.
import { expect } from 'vitest'
import { gmailInteractiveReplica, gmailRowHtml } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
import { button, countIs, firstBrand, GMAIL_INBOX, inFirstBrand, setSizeIs } from './steps.ts'

const WAVE = 36 // three mails from each of twelve companies
/** Rows are judged in batches on a loaded machine. */
const ROWS = { timeout: 20_000 }

export function trustInbox(now: number): { html: string; mails: MailSpec[] } {
  const start = new Date(Math.floor(now / 600_000) * 600_000 - 30 * 60_000)
  const mails = [...waveMails(WAVE, start, 20_000), ...ordinaryMails(6, new Date(now - 86_400_000))]
  return { html: gmailInteractiveReplica(mails), mails }
}

export const trustTests: ScenarioTest[] = [
  {
    name: 'clears a company the user trusts and expects the ticket the user opened',
    timeout: 90_000,
    run: trustScenario,
  },
]

async function trustScenario(driver: BrowserDriver): Promise<void> {
  const { html, mails } = trustInbox(Date.now())
  driver.serve('mail.google.com', html)
  const inbox = await driver.openMail(GMAIL_INBOX)
  await inbox.waitFor(countIs, ['tr.zA[data-relay-shield]', mails.length], ROWS)
  const popup = await driver.openPopup()
  await popup.text('li[aria-setsize]', 'mails')
  const trusted = await firstBrand(popup)
  await popup.click(inFirstBrand('Not relay spam'))
  // Its three mails turn clean in the open inbox; the popup lists one company fewer.
  await inbox.waitFor(countIs, ['tr.zA[data-relay-shield="relay"]', WAVE - 3], ROWS)
  expect(await inbox.evaluate(verdictsOf, trusted)).toEqual(['clean', 'clean', 'clean'])
  await popup.waitFor(setSizeIs, 11)

  const expected = await firstBrand(popup)
  expect(expected).not.toBe(trusted)
  await popup.click(inFirstBrand('I opened a ticket here'))
  await popup.click(button('Expect them'))
  await popup.text('.expect [role=status]', 'is expected until')

  // A new acknowledgement from the expected company and one from another arrive.
  const other = mails.find(
    (mail) => !mail.email.includes(expected) && !mail.email.includes(trusted),
  )!
  const from = (email: string, i: number): MailSpec => ({
    ...mails.find((mail) => mail.email === email)!,
    threadId: 1_980_000_000_000_000_000n + BigInt(i),
    subject: `Request received: my ticket ${i}`,
    date: new Date(),
  })
  const ticketMail = from(mails.find((mail) => mail.email.includes(expected))!.email, 1)
  const otherMail = from(other.email, 2)
  await inbox.evaluate(addRows, [gmailRowHtml(ticketMail, 901), gmailRowHtml(otherMail, 902)])
  await inbox.waitFor(countIs, ['tr.zA[data-relay-shield]', mails.length + 2], ROWS)
  expect(await inbox.evaluate(verdictOfThread, String(ticketMail.threadId))).not.toBe('relay')
  expect(await inbox.evaluate(verdictOfThread, String(otherMail.threadId))).toBe('relay')
  await popup.close()
  await inbox.close()
}

// ---- page functions ----

function verdictsOf(brand: string): string[] {
  return [...document.querySelectorAll('tr.zA')]
    .filter((row) => row.querySelector('span[email]')?.getAttribute('email')?.includes(brand))
    .map((row) => row.getAttribute('data-relay-shield') ?? '')
}

function verdictOfThread(threadId: string): string {
  const id = document.querySelector(`span[data-thread-id="#thread-f:${threadId}"]`)
  return id?.closest('tr')?.getAttribute('data-relay-shield') ?? ''
}

function addRows(rows: string[]): void {
  document.querySelector('tr.zA')?.insertAdjacentHTML('beforebegin', rows.join(''))
}
