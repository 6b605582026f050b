// Steps and page functions the shared scenarios have in common. Page functions are serialised
// into the browser, so each stands alone.
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import type { Control, DriverPage } from '../support/driver.ts'

export const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox'

export function button(name: string | RegExp): Control {
  return { role: 'button', name }
}

/** A button of the first company the popup lists. */
export function inFirstBrand(name: string): Control {
  return { role: 'button', name, within: { css: 'li[aria-setsize]' } }
}

/** The first listed company's name (its sender domain or helpdesk subdomain). */
export function firstBrand(popup: DriverPage): Promise<string> {
  return popup.text('li[aria-setsize] .brand-name strong')
}

/** Waits until the popup's status line says the action finished on `mails` mails. */
export function done(popup: DriverPage, mails: number): Promise<string> {
  return popup.text('[role=status]', `Done: ${mails} mails`)
}

/**
 * Presses Undo on the action log's line for `action` (its name as the log writes it), brings the
 * mail tab to the front, and waits until the log says all its `mails` are back.
 */
export async function undoFromLog(
  popup: DriverPage,
  inbox: DriverPage,
  action: string,
  mails: number,
): Promise<void> {
  await popup.click({
    role: 'button',
    name: 'Undo',
    within: { css: 'ul.log li', hasText: new RegExp(`^${action}:`, 'u') },
  })
  await inbox.bringToFront()
  await popup.text('ul.log', `Undo “${action}”: ${mails} of ${mails} mails`, { timeout: 120_000 })
}

/** axe-core's violations on the page as it is now, colour contrast included. */
export async function axeViolations(page: DriverPage): Promise<string[]> {
  await page.evaluateSource(AXE_SOURCE)
  return page.evaluate(runAxe, null)
}

// ---- page functions ----

/** Whether exactly `count` elements match `selector`. */
export function countIs([selector, count]: readonly [string, number]): boolean {
  return document.querySelectorAll(selector).length === count
}

/** Whether the Gmail list shows rows and every one carries a verdict. */
export function allRowsJudged(): boolean {
  const rows = document.querySelectorAll('tr.zA').length
  return rows > 0 && document.querySelectorAll('tr.zA[data-relay-shield]').length === rows
}

/** Whether the popup drew the lists below its chart (its own User Timing mark). */
export function listsDrawn(): boolean {
  return performance.getEntriesByName('relay-shield:lists-drawn').length > 0
}

/** How many company rows the popup says it lists. */
export function setSizeIs(count: number): boolean {
  return document.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') === String(count)
}
