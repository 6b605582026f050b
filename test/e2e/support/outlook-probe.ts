// Page functions that drive and read the interactive Outlook reconstruction (outlook-virtual.ts)
// in either browser, through its `__outlook` probe. Each is serialised into the page, so each
// stands alone.
import type { OutlookProbe } from '../../support/outlook-replica.ts'

/** Where the user is: the folder shown, the inbox view shown and the list's scroll position. */
export interface UserPosition {
  shown: string
  view: string | null
  scroll: number
}

/** Where each conversation is: "inbox/focused", "inbox/other", or the folder it was moved to. */
export function replicaPlaces(): Record<string, string> {
  const outlook = (window as unknown as { __outlook: OutlookProbe }).__outlook
  const places: Record<string, string> = {}
  for (const folder of ['archive', 'junkemail', 'deleteditems'])
    for (const id of outlook.folder(folder)) places[id] = folder
  for (const view of ['focused', 'other'])
    for (const id of outlook.inView(view)) places[id] = `inbox/${view}`
  return places
}

export function userPosition(): UserPosition {
  const outlook = (window as unknown as { __outlook: OutlookProbe }).__outlook
  return {
    shown: outlook.shown(),
    view: outlook.view(),
    scroll: document.querySelector('[role=listbox]')?.scrollTop ?? -1,
  }
}

/**
 * The user presses a view's tab (a click, as a user would), waits up to 10 s for its rows, and
 * scrolls the list to `scroll`.
 */
export async function userShows([view, scroll]: readonly [string, number]): Promise<void> {
  const outlook = (window as unknown as { __outlook: OutlookProbe }).__outlook
  const list = document.querySelector('[role=listbox]')!
  document.querySelector<HTMLElement>(`[role=tab][data-view=${view}]`)?.click()
  const listed = () => {
    const first = list.querySelector('[role=option]')?.getAttribute('data-convid') ?? ''
    return outlook.view() === view && outlook.inView(view).includes(first)
  }
  for (let i = 0; i < 400 && !listed(); i++) await new Promise((resolve) => setTimeout(resolve, 25))
  if (!listed()) throw new Error(`the ${view} view was never listed`)
  list.scrollTop = scroll
}

/** Waits up to 30 s until the rows in view exist and every one of them is judged. */
export async function rowsInViewJudged(): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    const rows = document.querySelectorAll('div[role=option]').length
    const judged = document.querySelectorAll('div[role=option][data-relay-shield]').length
    if (rows > 0 && rows === judged) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('the rows in view were never all judged')
}

/** Senders blocked by the page (Outlook's Report junk blocks them; Relay Shield never does). */
export function blockedSenders(): string[] {
  return (window as unknown as { __outlook: OutlookProbe }).__outlook.blocked()
}
