// Page functions that read the interactive Outlook reconstruction (outlook-virtual.ts) in either
// browser, through its `__outlook` probe; the scenarios wait on them with the driver's condition
// waits. Each is serialised into the page, so each stands alone.
import type { OutlookProbe } from '../../support/outlook-replica.ts'

/** The page's window with the reconstruction's probe. */
type ProbedWindow = typeof window & { __outlook: OutlookProbe }

/** Where the user is: the folder shown, the inbox view shown and the list's scroll position. */
export interface UserPosition {
  shown: string
  view: string | null
  scroll: number
}

/** Where each conversation is: "inbox/focused", "inbox/other", or the folder it was moved to. */
export function replicaPlaces(): Record<string, string> {
  const outlook = (window as ProbedWindow).__outlook
  const places: Record<string, string> = {}
  for (const folder of ['archive', 'junkemail', 'deleteditems'])
    for (const id of outlook.folder(folder)) places[id] = folder
  for (const view of ['focused', 'other'])
    for (const id of outlook.inView(view)) places[id] = `inbox/${view}`
  return places
}

export function userPosition(): UserPosition {
  const outlook = (window as ProbedWindow).__outlook
  return {
    shown: outlook.shown(),
    view: outlook.view(),
    scroll: document.querySelector('[role=listbox]')?.scrollTop ?? -1,
  }
}

/** Whether the page shows this position (folder, view and scroll); runs in the page. */
export function positionIs(wanted: UserPosition): boolean {
  const outlook = (window as ProbedWindow).__outlook
  const scroll = document.querySelector('[role=listbox]')?.scrollTop ?? -1
  return (
    outlook.shown() === wanted.shown && outlook.view() === wanted.view && scroll === wanted.scroll
  )
}

/** Whether the list shows this inbox view: the view is selected and its first row is listed. */
export function viewListed(view: string): boolean {
  const outlook = (window as ProbedWindow).__outlook
  const first = document.querySelector('[role=listbox] [role=option]')?.getAttribute('data-convid')
  return outlook.view() === view && outlook.inView(view).includes(first ?? '')
}

export function scrollListTo(top: number): void {
  document.querySelector('[role=listbox]')!.scrollTop = top
}

/** Whether the rows in view exist and every one of them is judged. */
export function rowsInViewJudged(): boolean {
  const rows = document.querySelectorAll('div[role=option]').length
  return (
    rows > 0 && document.querySelectorAll('div[role=option][data-relay-shield]').length === rows
  )
}

/** Senders blocked by the page (Outlook's Report junk blocks them; Relay Shield never does). */
export function blockedSenders(): string[] {
  return (window as ProbedWindow).__outlook.blocked()
}

/** Conversation ids in that folder (inbox, archive, junkemail, deleteditems). */
export function inFolder(name: string): string[] {
  return (window as ProbedWindow).__outlook.folder(name)
}

/** Conversation ids that carry this category. */
export function categorized(name: string): string[] {
  return (window as ProbedWindow).__outlook.categorized(name)
}

/** The folder the list shows. */
export function shownFolder(): string {
  return (window as ProbedWindow).__outlook.shown()
}
