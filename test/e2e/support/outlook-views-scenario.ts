// Outlook's Focused Inbox in either browser (docs/webmail-pages.md 4.6), on the interactive
// virtualised reconstruction: a 60-mail wave from twelve companies split over Focused and Other
// (a third in Focused), a payment received during the wave and ordinary mail in both views, and
// one company the user trusted from the popup. The user reads Other, scrolled down. The popup's
// "Scan this folder" reads both views and shows the wave's counts per view; Archive and Move to
// Junk act on every wave mail in both views and nothing else, the counts follow the move, undo
// from the log brings each mail back to its view, and the user's view and position are back after
// each. Then the Other tab stops answering: a cleanup acts on Focused and the popup says Other
// could not be opened. Only page functions are used, so Playwright (Chromium) and Puppeteer
// (Firefox) pages both run it.
import { expect } from 'vitest'
import { outlookConvid, outlookVirtualReplica } from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import {
  blockedSenders,
  replicaPlaces,
  rowsInViewJudged,
  userPosition,
  userShows,
} from './outlook-probe.ts'
import {
  firstBrand,
  pressButton,
  pressInFirstBrand,
  textOf,
  undoInLog,
  waitText,
  type ScenarioPage,
} from './popup-ui.ts'

const WAVE = 60 // five from each of twelve companies
const ORDINARY = 100
/** The user's position in the Other view's list, in pixels. */
const SCROLL = 700
const UNREACHED_OTHER =
  "Outlook's Other view could not be opened: its mails were not cleaned up. Open it and try again."

export interface ViewsInbox {
  /** The page; with `stuck`, the Other tab ignores presses. */
  html(stuck: boolean): string
  mails: number
  /** Each wave mail's conversation id and sender address. */
  wave: Record<string, string>
}

export function viewsInbox(now: number): ViewsInbox {
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

export type ViewsPopup = ScenarioPage & { close(): Promise<void> }
/** The mail tab: in front while the webmail works, as it is behind the real popup's panel. */
export type ViewsMailTab = ScenarioPage & {
  bringToFront(): Promise<void>
  reload(): Promise<unknown>
}

const ACTIONS = [
  { button: 'Archive', log: 'Archive', folder: 'archive', place: 'Archive', confirm: false },
  {
    button: 'Move to Junk',
    log: 'Move to Junk',
    folder: 'junkemail',
    place: 'Junk Email',
    confirm: true,
  },
] as const

/** `serve` answers the mail address with new HTML, which `inbox.reload()` then shows. */
export async function viewsScenario(
  inbox: ViewsMailTab,
  openPopup: () => Promise<ViewsPopup>,
  serve: (html: string) => void,
  mailbox: ViewsInbox,
): Promise<void> {
  await inbox.evaluate(rowsInViewJudged, null)
  await inbox.evaluate(userShows, ['other', SCROLL] as const)
  await inbox.evaluate(rowsInViewJudged, null)
  const user = await inbox.evaluate(userPosition, null)
  expect(user).toEqual({ shown: 'inbox', view: 'other', scroll: SCROLL })
  const before = await inbox.evaluate(replicaPlaces, null)

  let popup = await openPopup()
  await popup.evaluate(pressButton, 'Scan this folder')
  await inbox.bringToFront()
  await popup.evaluate(waitText, [`Read ${mailbox.mails} conversations.`, 120] as const)
  expect(await inbox.evaluate(userPosition, null)).toEqual(user)
  // A fresh popup shows the wave the scan stored, with its mails counted per view.
  await popup.close()
  popup = await openPopup()
  const ids = Object.keys(mailbox.wave)
  expect(inboxCounts(ids, before)).toBe('Inbox · Focused 20 · Other 40')
  await popup.evaluate(textOf, ['.places', inboxCounts(ids, before)] as [string, string])
  expect(await popup.evaluate(placesLine, null)).toBe(inboxCounts(ids, before))

  const trusted = await popup.evaluate(firstBrand, null)
  await popup.evaluate(pressInFirstBrand, 'Not relay spam')
  const cleaned = ids.filter((id) => !mailbox.wave[id]!.includes(trusted))
  expect(cleaned).toHaveLength(WAVE - 5)
  // The trusted company has mail in both views: it must stay in each.
  const kept = ids.filter((id) => !cleaned.includes(id)).map((id) => before[id])
  expect(new Set(kept)).toEqual(new Set(['inbox/focused', 'inbox/other']))
  await popup.evaluate(textOf, ['.places', inboxCounts(cleaned, before)] as [string, string])
  expect(await popup.evaluate(placesLine, null)).toBe(inboxCounts(cleaned, before))
  const count = cleaned.length

  for (const action of ACTIONS) {
    await popup.evaluate(pressButton, action.button)
    if (action.confirm) await popup.evaluate(pressButton, action.button)
    await inbox.bringToFront()
    await popup.evaluate(waitText, [`${action.log}: ${count} of ${count} mails`, 120] as const)
    // Every wave mail of the cleanup moved, from both views; the rest stayed in its view.
    const moved = { ...before, ...Object.fromEntries(cleaned.map((id) => [id, action.folder])) }
    expect(await inbox.evaluate(replicaPlaces, null)).toEqual(moved)
    expect(await inbox.evaluate(blockedSenders, null)).toEqual([])
    expect(await inbox.evaluate(userPosition, null)).toEqual(user)
    await popup.evaluate(textOf, ['.places', `${action.place} ${count}`] as [string, string])
    expect(await popup.evaluate(placesLine, null)).toBe(`${action.place} ${count}`)

    await popup.evaluate(undoInLog, action.log)
    await inbox.bringToFront()
    await popup.evaluate(waitText, [
      `Undo “${action.log}”: ${count} of ${count} mails`,
      120,
    ] as const)
    expect(await inbox.evaluate(replicaPlaces, null)).toEqual(before)
    expect(await inbox.evaluate(userPosition, null)).toEqual(user)
    await popup.evaluate(textOf, ['.places', inboxCounts(cleaned, before)] as [string, string])
  }
  await popup.close()
  await stuckOther(inbox, openPopup, serve, mailbox, cleaned, before)
}

/**
 * The Other tab stops answering (a changed page): Delete acts on the Focused mails and the popup
 * says the Other view could not be opened, never a silent success.
 */
async function stuckOther(
  inbox: ViewsMailTab,
  openPopup: () => Promise<ViewsPopup>,
  serve: (html: string) => void,
  mailbox: ViewsInbox,
  cleaned: readonly string[],
  before: Record<string, string>,
): Promise<void> {
  serve(mailbox.html(true))
  await inbox.reload()
  await inbox.evaluate(rowsInViewJudged, null)
  await inbox.evaluate(userShows, ['focused', SCROLL] as const)
  const user = await inbox.evaluate(userPosition, null)
  expect(user).toEqual({ shown: 'inbox', view: 'focused', scroll: SCROLL })
  const focused = cleaned.filter((id) => before[id] === 'inbox/focused')
  const popup = await openPopup()
  await popup.evaluate(pressButton, 'Delete')
  await inbox.bringToFront()
  const line = `Delete: ${focused.length} of ${cleaned.length} mails`
  await popup.evaluate(waitText, [line, 120] as const)
  expect(
    await popup.evaluate(textOf, ['[data-unreached=other]', 'Other'] as [string, string]),
  ).toBe(UNREACHED_OTHER)
  const status = await popup.evaluate(textOf, ['#cleanup [role=status]', 'Done'] as [
    string,
    string,
  ])
  expect(status).toContain(`${cleaned.length - focused.length} not in the open page`)
  const deleted = { ...before, ...Object.fromEntries(focused.map((id) => [id, 'deleteditems'])) }
  expect(await inbox.evaluate(replicaPlaces, null)).toEqual(deleted)
  expect(await inbox.evaluate(userPosition, null)).toEqual(user)
  await popup.close()
}

/** The popup's line of places for these wave mails, all in the inbox as `places` says. */
function inboxCounts(ids: readonly string[], places: Record<string, string>): string {
  const inView = (view: string) => ids.filter((id) => places[id] === `inbox/${view}`).length
  return `Inbox · Focused ${inView('focused')} · Other ${inView('other')}`
}

function placesLine(): string {
  return document.querySelector('.places')?.textContent ?? ''
}
