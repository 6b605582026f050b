// Outlook's Focused Inbox splits the inbox into two views, "Focused" and "Other", shown one at a
// time through two tabs above the list (docs/webmail-pages.md 4.6). A wave's mails land in both,
// so bulk work visits each view in turn and then shows the user's view again. When the tabs are
// missing (Focused Inbox off, another folder) the one list is all there is; when a tab does not
// answer, the view is reported as not reached, never skipped in silence.
import { VIEW_NAMES } from './locale.ts'
import type { InboxView } from '../../../core/types.ts'
import { pressLikeUser } from '../../dom/events.ts'
import { censoredStructure, SelectorError } from '../../dom/selector-error.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { relisted, renderedKey } from './relisted.ts'
import { outlookControls } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

const SWITCH_DEADLINE_MS = 3_000
/** How long the list may take to show the new view's rows once its tab is selected. */
const LIST_DEADLINE_MS = 3_000

/** The list pane (docs/webmail-pages.md 4.5), where the tabs sit above the list. */
const LIST_PANE = '[data-app-section="MessageList"]'

export type ViewTabs = Record<InboxView, Element>

/**
 * The Focused and Other tabs, or null when the inbox is not split. Named tabs are matched by
 * name; tabs whose names are not listed (a UI language not in locale.ts) are taken in Outlook's
 * order, Focused first, and the work over both views reports that best guess as drift.
 */
export function viewTabs(doc: Document): ViewTabs | null {
  return findTabs(doc)?.tabs ?? null
}

interface FoundTabs {
  tabs: ViewTabs
  /** False when a tab's name is not in locale.ts: the tabs were taken in order, a best guess. */
  named: boolean
}

function findTabs(doc: Document): FoundTabs | null {
  const pane = outlookControls(doc, LIST_PANE)[0]
  const tabs = pane ? outlookControls(pane, S.viewTab) : []
  if (tabs.length !== 2) return null
  const named = (view: InboxView) => tabs.find((tab) => VIEW_NAMES[view].includes(nameOf(tab)))
  const focused = named('focused')
  const other = named('other')
  if (focused && other) return { tabs: { focused, other }, named: true }
  // Outlook shows Focused first; a tab whose name is known keeps its view.
  const unnamed = tabs.filter((tab) => tab !== focused && tab !== other)
  return {
    tabs: { focused: focused ?? unnamed.shift()!, other: other ?? unnamed.shift()! },
    named: false,
  }
}

/** The view the inbox shows now, or null when it is not split. */
export function currentView(doc: Document): InboxView | null {
  const tabs = viewTabs(doc)
  if (!tabs) return null
  return tabs.other.getAttribute('aria-selected') === 'true' ? 'other' : 'focused'
}

/** Presses the view's tab and waits until it is the one shown; false when it does not answer. */
export async function showView(doc: Document, view: InboxView): Promise<boolean> {
  if (currentView(doc) === view) return true
  const tab = viewTabs(doc)?.[view]
  if (!tab) return false
  const before = renderedKey(doc)
  pressLikeUser(tab)
  try {
    await waitFor(doc, () => currentView(doc) === view, SWITCH_DEADLINE_MS, `view ${view}`)
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    return false
  }
  // The tab is selected at once; the list empties and then shows the view's rows. An empty view
  // shows none: the deadline bounds that wait.
  if (before !== '') await relisted(doc, before, LIST_DEADLINE_MS, `${view} listed`)
  return true
}

export interface ViewVisit {
  /** Runs once per view (null: the list is not split); the list shows that view meanwhile. */
  work: (view: InboxView | null) => Promise<void>
  /** A view whose tab did not answer: its mails were not reached. */
  unreached?: (view: InboxView) => void
  /** A tab that did not answer (also the user's own, not shown again): the page changed. */
  drift?: (error: SelectorError) => void
  /** The list's scroll box, whose position is put back with the user's view. */
  list?: (doc: Document) => HTMLElement | null
}

/**
 * Runs `work` in the view shown now, then in the other one, and shows the user's view and scroll
 * position again. Without tabs, `work` runs once on the one list.
 */
export async function inEachView(doc: Document, visit: ViewVisit): Promise<void> {
  const start = currentView(doc)
  if (start === null) return visit.work(null)
  // Tabs taken in order are a best guess: it is used, and reported like any changed markup.
  if (findTabs(doc)?.named === false) visit.drift?.(driftAt(doc, start, 'viewTabNames'))
  const scroll = visit.list?.(doc)?.scrollTop ?? 0
  try {
    await visit.work(start)
    const next: InboxView = start === 'focused' ? 'other' : 'focused'
    if (await showView(doc, next)) await visit.work(next)
    else {
      visit.unreached?.(next)
      visit.drift?.(driftAt(doc, next))
    }
  } finally {
    if (currentView(doc) !== start && !(await showView(doc, start)))
      visit.drift?.(driftAt(doc, start))
    const list = visit.list?.(doc)
    if (list) list.scrollTop = scroll
  }
}

/** What the drift notice and the console get: the tabs' structure, every value blanked. */
function driftAt(doc: Document, view: InboxView, selectorName = `viewTab:${view}`): SelectorError {
  const tab = viewTabs(doc)?.[view]
  const around = tab?.parentElement ?? outlookControls(doc, LIST_PANE)[0] ?? doc.body
  return new SelectorError(selectorName, censoredStructure(around))
}

function nameOf(tab: Element): string {
  return (tab.getAttribute('aria-label') ?? tab.textContent ?? '').replace(/\s+/gu, ' ').trim()
}
