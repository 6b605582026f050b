// The popup's trust controls, the same steps in both browsers: "Not relay spam" on a company
// clears its mails in the open inbox, and "I opened a ticket here" keeps the company's next
// acknowledgement from being flagged while another company's still is. Only page functions are
// used, so Playwright (Chromium) and Puppeteer (Firefox) pages both run it.
import { expect } from 'vitest'
import { gmailInteractiveReplica, gmailRowHtml } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import { pressButton, textOf } from './popup-ui.ts'

const WAVE = 36 // three mails from each of twelve companies

/** The one method both libraries' pages share, as the scenario uses it. */
export interface ScenarioPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>
}

export function trustInbox(now: number): { html: string; mails: MailSpec[] } {
  const start = new Date(Math.floor(now / 600_000) * 600_000 - 30 * 60_000)
  const mails = [...waveMails(WAVE, start, 20_000), ...ordinaryMails(6, new Date(now - 86_400_000))]
  return { html: gmailInteractiveReplica(mails), mails }
}

export async function trustScenario(
  inbox: ScenarioPage,
  openPopup: () => Promise<ScenarioPage & { close(): Promise<void> }>,
  mails: readonly MailSpec[],
): Promise<void> {
  await inbox.evaluate(rowsMarked, ['tr.zA[data-relay-shield]', mails.length] as const)
  const popup = await openPopup()
  await popup.evaluate(textOf, ['li[aria-setsize]', 'mails'] as [string, string])
  const trusted = await popup.evaluate(firstBrand, null)
  await popup.evaluate(pressInFirstBrand, 'Not relay spam')
  // Its three mails turn clean in the open inbox; the popup lists one company fewer.
  await inbox.evaluate(rowsMarked, ['tr.zA[data-relay-shield="relay"]', WAVE - 3] as const)
  expect(await inbox.evaluate(verdictsOf, trusted)).toEqual(['clean', 'clean', 'clean'])
  await popup.evaluate(setSize, 11)

  const expected = await popup.evaluate(firstBrand, null)
  expect(expected).not.toBe(trusted)
  await popup.evaluate(pressInFirstBrand, 'I opened a ticket here')
  await popup.evaluate(pressButton, 'Expect them')
  await popup.evaluate(textOf, ['.expect [role=status]', 'is expected until'] as [string, string])

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
  await inbox.evaluate(rowsMarked, ['tr.zA[data-relay-shield]', mails.length + 2] as const)
  expect(await inbox.evaluate(verdictOfThread, String(ticketMail.threadId))).not.toBe('relay')
  expect(await inbox.evaluate(verdictOfThread, String(otherMail.threadId))).toBe('relay')
  await popup.close()
}

/** The first listed company's name (its sender domain or helpdesk subdomain). */
export function firstBrand(): string {
  return document.querySelector('li[aria-setsize] .brand-name strong')?.textContent ?? ''
}

export async function pressInFirstBrand(name: string): Promise<void> {
  const button = [...document.querySelectorAll('li[aria-setsize] button')].find(
    (node) => node.textContent?.trim() === name,
  )
  if (!button) throw new Error(`no "${name}" on the first company`)
  ;(button as HTMLButtonElement).click()
}

/** Waits up to 20 s until `selector` matches exactly `count` rows. */
async function rowsMarked([selector, count]: readonly [string, number]): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (document.querySelectorAll(selector).length === count) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${selector}: ${document.querySelectorAll(selector).length}, not ${count}`)
}

/** Waits up to 10 s until the popup lists `count` companies. */
async function setSize(count: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const size = document.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize')
    if (size === String(count)) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`the popup does not list ${count} companies`)
}

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
