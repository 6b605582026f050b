// Every cleanup action pressed through the popup's own buttons, the same steps in both browsers,
// on the interactive Gmail replica whose toolbar behaves as Gmail's does: label, archive one
// company, report the rest after the confirmation, the evidence exported as CSV, then each action
// undone from the log; the whole wave deleted and brought back from the Bin; the evidence for a
// security team exported as JSON.
import { expect } from 'vitest'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import type { DriverPage, ScenarioTest, Target } from '../support/driver.ts'
import { button, countIs, done, GMAIL_INBOX } from './steps.ts'

const WAVE = 36 // three mails from each of the twelve companies
const RELAY = 'tr.zA[data-relay-shield="relay"]'
const LABELLED = '[data-replica-label="Relay spam"]'
const ONLY_SELECTED = /Only the selected companies/u

export const popupActionsTests: ScenarioTest[] = [
  {
    name: 'labels, archives one company, reports the rest after confirming, exports, and undoes each',
    timeout: 120_000,
    run: async (driver) => {
      const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 30 * 60_000)
      const mails = [
        ...waveMails(WAVE, start, 20_000),
        ...ordinaryMails(6, new Date(Date.now() - 86_400_000)),
      ]
      driver.serve('mail.google.com', gmailInteractiveReplica(mails))
      const inbox = await driver.openMail(GMAIL_INBOX)
      const relayLeft = (n: number) => inbox.waitFor(countIs, [RELAY, n])
      await inbox.waitFor(countIs, ['tr.zA[data-relay-shield]', mails.length])
      await relayLeft(WAVE)
      const popup = await driver.openPopup()
      await popup.text('#status-title', 'under way')
      await popup.text('li[aria-setsize]')
      await cleanUp(popup, inbox, relayLeft)
      await exportCsv(popup)
      await undoEach(popup, inbox, relayLeft)
      await deleteAndBringBack(popup, inbox, relayLeft)
      await exportJson(popup)
      await popup.close()
      await inbox.close()
    },
  },
]

type RelayLeft = (n: number) => Promise<void>

/**
 * Presses a popup button that makes the mail tab act. A real popup floats over the visible inbox;
 * here it is a tab, so the inbox is brought to the front, where the browser runs it at full rate.
 */
async function press(popup: DriverPage, inbox: DriverPage, target: Target): Promise<void> {
  await popup.click(target)
  await inbox.bringToFront()
}

async function cleanUp(popup: DriverPage, inbox: DriverPage, relayLeft: RelayLeft) {
  await press(popup, inbox, button('Label “Relay spam”'))
  await done(popup, WAVE)
  expect(await inbox.evaluate(countOf, RELAY)).toBe(WAVE) // labelled rows stay in the list

  await popup.check('li[aria-setsize] input[type=checkbox]')
  await popup.check({ role: 'checkbox', name: /Only the selected companies \(1\)/u })
  await press(popup, inbox, button('Archive'))
  await done(popup, 3)
  await relayLeft(WAVE - 3)

  // Untick "only the selected", then report the rest: the popup asks first.
  await popup.check({ role: 'checkbox', name: ONLY_SELECTED }, false)
  await popup.click(button('Report as spam'))
  await popup.text('.confirm', 'sending reputation')
  await press(popup, inbox, button('Report anyway'))
  await done(popup, WAVE - 3)
  await relayLeft(0)
  expect(await inbox.evaluate(countOf, 'tr.zA')).toBeGreaterThan(0)
}

async function exportCsv(popup: DriverPage) {
  const { file, text: csv } = await popup.download(button('Export CSV'))
  expect(file).toMatch(/^relay-shield-wave-\d{4}-\d{2}-\d{2}\.csv$/u)
  expect(csv.split('\r\n')[0]).toBe('brand,mails,first,last,samples,reasons')
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(13)
  expect(csv).not.toMatch(/(^|,)"[=+\-@]/mu)
  expect(await popup.evaluate(logActions, null)).toEqual([
    'Report as spam',
    'Archive',
    'Label “Relay spam”',
  ])
}

/** Presses Undo on the log's line for `action`; each mail is found where the action put it. */
async function undo(popup: DriverPage, inbox: DriverPage, action: string, mails: number) {
  const line = { css: 'ul.log li', hasText: new RegExp(`^${action}:`, 'u') }
  await press(popup, inbox, { role: 'button', name: 'Undo', within: line })
  await popup.text('ul.log', `Undo “${action}”: ${mails} of ${mails} mails`)
  await popup.waitFor(lineUndone, action)
}

async function undoEach(popup: DriverPage, inbox: DriverPage, relayLeft: RelayLeft) {
  // The reported mails come back from Spam, the archived from All Mail, the labels come off.
  await undo(popup, inbox, 'Report as spam', WAVE - 3)
  await relayLeft(WAVE - 3)
  await undo(popup, inbox, 'Archive', 3)
  await relayLeft(WAVE)
  expect(await inbox.evaluate(countOf, LABELLED)).toBe(WAVE)
  await undo(popup, inbox, 'Label “Relay spam”', WAVE)
  await inbox.waitFor(countIs, [LABELLED, 0])
  expect(await inbox.evaluate(() => window.location.hash, null)).toBe('#inbox')
  expect(await popup.evaluate(undoButtons, null)).toBe(0)
}

async function deleteAndBringBack(popup: DriverPage, inbox: DriverPage, relayLeft: RelayLeft) {
  await press(popup, inbox, button('Delete'))
  await done(popup, WAVE)
  await relayLeft(0)
  await undo(popup, inbox, 'Delete', WAVE)
  await relayLeft(WAVE)
}

async function exportJson(popup: DriverPage) {
  const { file, text } = await popup.download(button('Export JSON'))
  expect(file).toMatch(/^relay-shield-wave-\d{4}-\d{2}-\d{2}\.json$/u)
  const evidence = JSON.parse(text) as { account: string; mails: number; brands: unknown[] }
  expect(evidence).toMatchObject({ account: 'gmail:person1@example.com', mails: WAVE })
  expect(evidence.brands).toHaveLength(12)
}

// ---- page functions ----

function countOf(selector: string): number {
  return document.querySelectorAll(selector).length
}

/** The action each log line names, newest first. */
function logActions(): string[] {
  return [...document.querySelectorAll('ul.log li')].map(
    (line) => (line.textContent ?? '').split(':')[0] ?? '',
  )
}

function lineUndone(action: string): boolean {
  return [...document.querySelectorAll('ul.log li')].some(
    (line) => line.textContent?.startsWith(`${action}:`) && line.textContent.includes('undone'),
  )
}

function undoButtons(): number {
  return [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Undo')
    .length
}
