// Cleanup of a wave in Outlook on the web, the same steps in both browsers, pressed through the
// popup's own buttons on the interactive virtualised reconstruction (only the rows in view
// exist): the folder is scanned, the pinned important mail opened from the popup, the wave
// categorised, one company archived, the rest moved to Junk Email through "Move to" (no sender
// blocked), and each undone from the log; the user's scroll position
// is back after each. Each browser's test file names the Outlook host it is served at.
import { expect } from 'vitest'
import { outlookConvid, outlookVirtualReplica } from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
import {
  blockedSenders,
  categorized,
  inFolder,
  scrollListTo,
  shownFolder,
} from '../support/outlook-probe.ts'
import { button, done, undoFromLog } from './steps.ts'

const WAVE = 60 // five from each of twelve companies, at the top of a 300-conversation inbox
const ORDINARY = 240
/** The user's position in the list, in pixels: far below the wave's rows. */
const SCROLL = 2_000
const PASSWORD = 'Your password was changed'

export function outlookActionsTests(host: string): ScenarioTest[] {
  return [
    {
      name: 'scans, opens the pinned mail, categorises, archives one company, moves the rest to Junk without blocking, and undoes',
      timeout: 150_000,
      run: (driver) => outlookActions(driver, host),
    },
  ]
}

async function outlookActions(driver: BrowserDriver, host: string): Promise<void> {
  const now = Date.now()
  const wave = waveMails(WAVE, new Date(now - 40 * 60_000), 20_000)
  // A password change arrived during the wave; its row is far above the user's position.
  const password: MailSpec = {
    threadId: 1_955_000_000_000_000_001n,
    senderName: 'Example Accounts',
    email: 'no-reply@accounts.example.com',
    subject: PASSWORD,
    snippet: 'If this was not you, secure your account',
    date: new Date(now - 30 * 60_000),
    unread: true,
  }
  const mails = [password, ...wave, ...ordinaryMails(ORDINARY - 1, new Date(now - 3 * 86_400_000))]
  driver.serve(host, outlookVirtualReplica(mails))
  const inbox = await driver.openMail(`https://${host}/mail/0/inbox`)
  await inbox.waitFor(() => document.querySelector('div[role=option][data-relay-shield]'), null)
  await inbox.evaluate(scrollListTo, SCROLL)

  let popup = await driver.openPopup()
  // A real popup floats over the visible inbox; here it is a tab, so after each press the inbox
  // is brought to the front, where the browser draws (and scrolls) it at full rate.
  const press = async (name: string) => {
    await popup.click(button(name))
    await inbox.bringToFront()
  }
  await press('Scan this folder')
  await popup.text('[role=status]', `Read ${WAVE + ORDINARY} conversations.`)
  expect(await inbox.evaluate(listScroll, null)).toBe(SCROLL)
  // A fresh popup shows the wave the scan found (Firefox never finishes reloading an extension
  // page, docs/toolchain.md, "Real Firefox ESR").
  await popup.close()
  popup = await driver.openPopup()
  await popup.text('li[aria-setsize]', 'mails')

  // The pinned password mail opens in the reading pane although its row was out of view.
  await press(`Open “${PASSWORD}”`)
  await inbox.waitFor(readingPaneShows, PASSWORD)
  expect(await inbox.evaluate(listScroll, null)).toBe(SCROLL)

  const waveIds = wave.map(outlookConvid).sort()
  await press('Categorize “Relay spam”')
  await done(popup, WAVE)
  expect((await inbox.evaluate(categorized, 'Relay spam')).sort()).toEqual(waveIds)
  expect(await inbox.evaluate(listScroll, null)).toBe(SCROLL)

  // One company archived: its five mails.
  await popup.check('li[aria-setsize]:first-of-type input[type=checkbox]')
  await popup.check({ role: 'checkbox', name: /Only the selected companies \(1\)/u })
  await press('Archive')
  await done(popup, 5)
  const archived = await inbox.evaluate(inFolder, 'archive')
  expect(archived).toHaveLength(5)

  // The rest to Junk Email, after the confirmation that says why it is not "Report".
  await popup.check({ role: 'checkbox', name: /Only the selected companies/u }, false)
  await popup.click(button('Move to Junk'))
  await popup.text('.confirm', 'would also block each sender')
  await press('Move to Junk')
  await done(popup, WAVE - 5)
  const junk = await inbox.evaluate(inFolder, 'junkemail')
  expect([...junk, ...archived].sort()).toEqual(waveIds)
  expect(await inbox.evaluate(blockedSenders, null)).toEqual([])
  expect(await inbox.evaluate(inFolder, 'inbox')).toHaveLength(ORDINARY)
  expect(await inbox.evaluate(listScroll, null)).toBe(SCROLL)
  expect(await popup.evaluate(logActions, null)).toEqual([
    'Move to Junk',
    'Archive',
    'Categorize “Relay spam”',
  ])

  // Undo from the log: the move (back from Junk Email to the inbox, which is shown again), the
  // archive, then the category comes off every mail that got it.
  await undoFromLog(popup, inbox, 'Move to Junk', WAVE - 5)
  expect(await inbox.evaluate(inFolder, 'junkemail')).toEqual([])
  expect(await inbox.evaluate(inFolder, 'inbox')).toHaveLength(ORDINARY + WAVE - 5)
  expect(await inbox.evaluate(shownFolder, null)).toBe('inbox')
  await undoFromLog(popup, inbox, 'Archive', 5)
  expect(await inbox.evaluate(inFolder, 'archive')).toEqual([])
  expect(await inbox.evaluate(inFolder, 'inbox')).toHaveLength(ORDINARY + WAVE)
  expect(await inbox.evaluate(listScroll, null)).toBe(SCROLL)
  await undoFromLog(popup, inbox, 'Categorize “Relay spam”', WAVE)
  expect(await inbox.evaluate(categorized, 'Relay spam')).toEqual([])
  expect(await inbox.evaluate(blockedSenders, null)).toEqual([])
  // Privacy: the page, the popup and the worker made no request of their own.
  expect(driver.extensionRequests()).toEqual([])
  await popup.close()
  await inbox.close()
}

// ---- page functions ----

function listScroll(): number {
  return document.querySelector('[role=listbox]')!.scrollTop
}
function readingPaneShows(subject: string): boolean {
  const heading = document.querySelector('[data-app-section=MailReadCompose] [role=heading]')
  return heading?.textContent === subject
}
function logActions(): string[] {
  return [...document.querySelectorAll('ul.log li')].map(
    (line) => line.textContent?.split(':')[0] ?? '',
  )
}
