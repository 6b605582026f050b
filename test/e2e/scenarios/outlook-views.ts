// Outlook's Focused Inbox, the same steps in both browsers (docs/webmail-pages.md 4.6), on the
// interactive virtualised reconstruction: a 60-mail wave from twelve companies split over Focused
// and Other (a third in Focused), a payment received during the wave and ordinary mail in both
// views, and one company the user trusted from the popup. The user reads Other, scrolled down. The
// popup's "Scan this folder" reads both views and shows the wave's counts per view; Archive and
// Move to Junk act on every wave mail in both views and nothing else, the counts follow the move,
// undo from the log brings each mail back to its view, and the user's view and position are back
// after each. Then the Other tab stops answering: a cleanup acts on Focused and the popup says
// Other could not be opened. Each browser's test file names the Outlook host it is served at.
import { expect } from 'vitest'
import { outlookConvid, outlookVirtualReplica } from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, DriverPage, ScenarioTest } from '../support/driver.ts'
import {
  blockedSenders,
  positionIs,
  replicaPlaces,
  rowsInViewJudged,
  scrollListTo,
  userPosition,
  viewListed,
  type UserPosition,
} from '../support/outlook-probe.ts'
import { button, firstBrand, inFirstBrand, undoFromLog } from './steps.ts'

const WAVE = 60 // five from each of twelve companies
const ORDINARY = 100
/** The user's position in the list of the view they read, in pixels. */
const SCROLL = 700
/** How long a scan or a cleanup of both views may take on a busy machine. */
const LONG = { timeout: 120_000 }
const UNREACHED_OTHER =
  "Outlook's Other view could not be opened: its mails were not cleaned up. Open it and try again."

export function outlookViewsTests(host: string): ScenarioTest[] {
  return [
    {
      name: 'acts on the wave in both views, keeps the rest in its view, and reports a stuck view',
      timeout: 300_000,
      run: (driver) => outlookViews(driver, `https://${host}/mail/0/inbox`, host),
    },
  ]
}

interface ViewsInbox {
  /** The page; with `stuck`, the Other tab ignores presses. */
  html(stuck: boolean): string
  mails: number
  /** Each wave mail's conversation id and sender address. */
  wave: Record<string, string>
}

function viewsInbox(now: number): ViewsInbox {
  const wave = waveMails(WAVE, new Date(now - 40 * 60_000), 20_000)
  const payment: MailSpec = {
    threadId: 1_950_000_000_000_000_000n,
    senderName: 'Northbank',
    email: 'alerts@northbank.example',
    // Worded like a confirmation ("received"): only its being a payment keeps it out of the wave.
    subject: 'Your payment of €52.10 has been received',
    snippet: 'Thank you. We received your payment of €52.10 for order 48812.',
    date: new Date(now - 30 * 60_000),
    unread: true,
  }
  const ordinary = ordinaryMails(ORDINARY, new Date(now - 3 * 86_400_000))
  // Automated mail lands mostly in Other: two wave mails in three, the payment, some colleagues.
  // Each company's five mails (one every twelve) are split over both views.
  const other = new Set([
    ...wave.filter((_, i) => (i + Math.floor(i / 12)) % 3 !== 0),
    payment,
    ...ordinary.filter((_, i) => i % 4 === 0),
  ])
  const mails = [payment, ...wave, ...ordinary]
  return {
    html: (stuck) =>
      outlookVirtualReplica(mails, {
        inOther: (mail) => other.has(mail),
        ...(stuck ? { stuckTab: 'other' as const } : {}),
      }),
    mails: mails.length,
    wave: Object.fromEntries(wave.map((mail) => [outlookConvid(mail), mail.email])),
  }
}

const ACTIONS = [
  { button: 'Archive', folder: 'archive', place: 'Archive', confirm: false },
  { button: 'Move to Junk', folder: 'junkemail', place: 'Junk Email', confirm: true },
] as const

async function outlookViews(driver: BrowserDriver, url: string, host: string): Promise<void> {
  const mailbox = viewsInbox(Date.now())
  driver.serve(host, mailbox.html(false))
  const inbox = await driver.openMail(url)
  await inbox.waitFor(rowsInViewJudged, null, LONG)
  const user = await userShows(inbox, 'other')
  const before = await inbox.evaluate(replicaPlaces, null)

  let popup = await driver.openPopup()
  // A real popup floats over the visible inbox; here it is a tab, so after each press the inbox
  // is brought to the front, where the browser draws (and scrolls) it at full rate.
  const press = async (name: string) => {
    await popup.click(button(name))
    await inbox.bringToFront()
  }
  await press('Scan this folder')
  await popup.text('[role=status]', `Read ${mailbox.mails} conversations.`, LONG)
  await positionBack(inbox, user)
  // A fresh popup shows the wave the scan stored, with its mails counted per view.
  await popup.close()
  popup = await driver.openPopup()
  const ids = Object.keys(mailbox.wave)
  expect(inboxCounts(ids, before)).toBe('Inbox · Focused 20 · Other 40')
  expect(await placesLine(popup, inboxCounts(ids, before))).toBe(inboxCounts(ids, before))

  const trusted = await firstBrand(popup)
  await popup.click(inFirstBrand('Not relay spam'))
  const cleaned = ids.filter((id) => !mailbox.wave[id]!.includes(trusted))
  expect(cleaned).toHaveLength(WAVE - 5)
  // The trusted company has mail in both views: it must stay in each.
  const kept = ids.filter((id) => !cleaned.includes(id)).map((id) => before[id])
  expect(new Set(kept)).toEqual(new Set(['inbox/focused', 'inbox/other']))
  expect(await placesLine(popup, inboxCounts(cleaned, before))).toBe(inboxCounts(cleaned, before))
  const count = cleaned.length

  for (const action of ACTIONS) {
    if (action.confirm) await popup.click(button(action.button))
    await press(action.button)
    await popup.text('ul.log', `${action.button}: ${count} of ${count} mails`, LONG)
    // Every wave mail of the cleanup moved, from both views; the rest stayed in its view.
    const moved = { ...before, ...Object.fromEntries(cleaned.map((id) => [id, action.folder])) }
    expect(await inbox.evaluate(replicaPlaces, null)).toEqual(moved)
    expect(await inbox.evaluate(blockedSenders, null)).toEqual([])
    expect(await inbox.evaluate(userPosition, null)).toEqual(user)
    expect(await placesLine(popup, `${action.place} ${count}`)).toBe(`${action.place} ${count}`)

    await undoFromLog(popup, inbox, action.button, count)
    expect(await inbox.evaluate(replicaPlaces, null)).toEqual(before)
    expect(await inbox.evaluate(userPosition, null)).toEqual(user)
    expect(await placesLine(popup, inboxCounts(cleaned, before))).toBe(inboxCounts(cleaned, before))
  }
  await popup.close()
  await stuckOther(driver, inbox, url, host, mailbox, cleaned, before)
  // Privacy: the page, the popup and the worker (or background page) made no request of their own.
  expect(driver.extensionRequests()).toEqual([])
  await inbox.close()
}

/**
 * The Other tab stops answering (a changed page): Delete acts on the Focused mails and the popup
 * says the Other view could not be opened, never a silent success.
 */
async function stuckOther(
  driver: BrowserDriver,
  inbox: DriverPage,
  url: string,
  host: string,
  mailbox: ViewsInbox,
  cleaned: readonly string[],
  before: Record<string, string>,
): Promise<void> {
  driver.serve(host, mailbox.html(true))
  await inbox.goto(url)
  await inbox.waitFor(rowsInViewJudged, null, LONG)
  const user = await userShows(inbox, 'focused')
  const focused = cleaned.filter((id) => before[id] === 'inbox/focused')
  const popup = await driver.openPopup()
  await popup.click(button('Delete'))
  await inbox.bringToFront()
  await popup.text('ul.log', `Delete: ${focused.length} of ${cleaned.length} mails`, LONG)
  expect(await popup.text('[data-unreached=other]', 'Other')).toBe(UNREACHED_OTHER)
  const status = await popup.text('#cleanup [role=status]', 'Done')
  expect(status).toContain(`${cleaned.length - focused.length} not in the open page`)
  const deleted = { ...before, ...Object.fromEntries(focused.map((id) => [id, 'deleteditems'])) }
  expect(await inbox.evaluate(replicaPlaces, null)).toEqual(deleted)
  expect(await inbox.evaluate(userPosition, null)).toEqual(user)
  await popup.close()
}

/**
 * The user presses a view's tab, waits for its rows, scrolls its list to SCROLL and waits until
 * the rows then in view are judged; returns where the user now is.
 */
async function userShows(inbox: DriverPage, view: 'focused' | 'other'): Promise<UserPosition> {
  await inbox.click(`[role=tab][data-view=${view}]`)
  await inbox.waitFor(viewListed, view)
  await inbox.evaluate(scrollListTo, SCROLL)
  await inbox.waitFor(rowsInViewJudged, null, LONG)
  const user = await inbox.evaluate(userPosition, null)
  expect(user).toEqual({ shown: 'inbox', view, scroll: SCROLL })
  return user
}

/**
 * Waits until the list shows the user's view and scroll position again, then says so; a position
 * that never comes back fails with both positions written out whole.
 */
async function positionBack(inbox: DriverPage, user: UserPosition): Promise<void> {
  await inbox.waitFor(positionIs, user, { timeout: 5_000 }).catch(() => {})
  expect(JSON.stringify(await inbox.evaluate(userPosition, null))).toBe(JSON.stringify(user))
}

/** The popup's line of places once it says `text`, whole. */
function placesLine(popup: DriverPage, text: string): Promise<string> {
  return popup.text('.places', text)
}

/** The popup's line of places for these wave mails, all in the inbox as `places` says. */
function inboxCounts(ids: readonly string[], places: Record<string, string>): string {
  const inView = (view: string) => ids.filter((id) => places[id] === `inbox/${view}`).length
  return `Inbox · Focused ${inView('focused')} · Other ${inView('other')}`
}
