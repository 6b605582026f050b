// Bulk actions through Outlook on the web's own controls: tick the rows' checkboxes, press the
// ribbon command (Archive, Delete, Move to > Junk Email, Categorize > the category), and wait until
// Outlook has done it. The list is virtualised (docs/webmail-pages.md 4.2), so rows in view are
// done first and the rest are found by walking the list, whose scroll position is put back after.
// Junk goes through "Move to", never "Report": reporting as junk also blocks the sender
// (docs/webmail-pages.md 4.4), which here is an abused company's real support address.
import { SELECTED_TOTAL } from './locale.ts'
import { pressLikeUser } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { walkList } from '../../list/list-walk.ts'
import { MARKER_TAG } from '../../ui/marker.ts'
import type { ActionResults } from '../../../messaging/protocol.ts'
import type { ActionRequest } from '../adapter.ts'
import { pacedChunks, pause } from '../paced-chunks.ts'
import { inOutlookFolder } from './folders.ts'
import { actInEachView } from './each-view.ts'
import { categorize } from './categorize.ts'
import { CONTROL_DEADLINE_MS, closeMenus, menuItem, ribbonControl } from './controls.ts'
import { SelectionChanged, checkExactlyTicked, notConfirmed, tickedIds } from '../selection.ts'
import { outlookRows } from './scope.ts'
import { unrenderedNotFound } from './unrendered.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

const ACT_DEADLINE_MS = 10_000

export interface OutlookRowFinder {
  rows: (doc: Document) => Map<string, Element>
  list: (doc: Document) => HTMLElement | null
}

/** Thrown when Outlook's own count of selected conversations is not the count Relay Shield ticked. */
class SelectionMismatch extends SelectionChanged {}

export async function runOutlookAction(
  doc: Document,
  request: ActionRequest,
  finder: OutlookRowFinder,
): Promise<ActionResults> {
  // Undoing a move looks in the folder the move put the mails in, then comes back.
  const folder = FOLDER_OF_UNDO[request.action]
  if (folder) {
    const inFolder = () => actOnList(doc, request, finder)
    return (await inOutlookFolder(doc, folder, request.ids, finder, inFolder)) ?? notFound(request)
  }
  // The inbox's Focused and Other views each list part of a wave: both are visited.
  return actInEachView(doc, request, finder.list, (inView) => actOnList(doc, inView, finder))
}

/** Where each undone move put the mails (the folder pane's well-known names). */
const FOLDER_OF_UNDO: Partial<Record<ActionRequest['action'], string>> = {
  unarchive: 'archive',
  unspam: 'junkemail',
  undelete: 'deleteditems',
}

function notFound(request: ActionRequest): ActionResults {
  return Object.fromEntries(request.ids.map((id) => [id, 'not-found']))
}

/** Acts on the mails of the list shown now: rows in view first, then walking the list. */
async function actOnList(
  doc: Document,
  request: ActionRequest,
  finder: OutlookRowFinder,
): Promise<ActionResults> {
  const run = pacedChunks(doc, request, (chunk) => runChunk(doc, request, chunk, finder))
  // Acts on the pending rows rendered now; true when rows were moved out of the list.
  const actHere = async (): Promise<boolean> => {
    const rows = finder.rows(doc)
    const outcome = await run.next((todo) => todo.filter((id) => rows.has(id)))
    return outcome !== null && movesRows(request) && Object.values(outcome).includes('done')
  }
  while (await actHere()) await pause(doc, 0)
  if (run.todo().length > 0)
    await walkList(
      {
        list: finder.list(doc),
        renderedIds: () => [...finder.rows(doc).keys()],
      },
      async () => {
        if (run.todo().length === 0) return false
        let moved = false
        while (await actHere()) moved = true
        return moved
      },
    )
  const results: ActionResults = { ...run.results }
  for (const id of run.todo()) results[id] = 'not-found'
  return results
}

async function runChunk(
  doc: Document,
  request: ActionRequest,
  ids: string[],
  finder: OutlookRowFinder,
): Promise<ActionResults> {
  const all = (outcome: 'done' | 'failed') =>
    Object.fromEntries(ids.map((id) => [id, outcome])) as ActionResults
  const userTicks = new Set(tickedIds(finder.rows(doc), S.rowCheckbox))
  const list = finder.list(doc)
  const top = list?.scrollTop
  let results: ActionResults
  try {
    await selectOnly(doc, new Set(ids), finder)
    // By each row's aria-checked (any UI language) and Outlook's own count: exactly these rows.
    // Checked again right before the press that acts, after menus opened: a tick lost meanwhile
    // (the list redrawn, the user's click) must not leave Outlook acting on another selection.
    const confirm = () => {
      checkExactlyTicked(finder.rows(doc), S.rowCheckbox, ids)
      checkSelectedCount(doc, ids.length)
    }
    confirm()
    await pressCommand(doc, request, confirm)
    await waitFor(
      doc,
      () => ids.every((id) => acted(finder.rows(doc).get(id), request)),
      request.actDeadlineMs ?? ACT_DEADLINE_MS,
      'action shown in the list',
    )
    results = unrenderedNotFound(all('done'), finder.rows(doc), list, top)
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    closeMenus(doc)
    // Nothing was pressed: a row still rendered failed, one no longer rendered is not found.
    if (error instanceof SelectionChanged)
      results = notConfirmed(ids, new Set([...finder.rows(doc).keys()]))
    else {
      // Rows that show the action were done; the rest were not.
      const rows = finder.rows(doc)
      results = Object.fromEntries(
        ids.map((id) => [id, acted(rows.get(id), request) ? 'done' : 'failed']),
      ) as ActionResults
      results = unrenderedNotFound(results, rows, list, top)
    }
  }
  // The user's own ticks come back, with any made meanwhile; the action's go.
  for (const id of tickedIds(finder.rows(doc), S.rowCheckbox))
    if (!ids.includes(id)) userTicks.add(id)
  await selectOnly(doc, userTicks, finder).catch(() => {})
  return results
}

/** Moved rows have left the list; categorised rows show the category's name, uncategorised not. */
function acted(row: Element | undefined, request: ActionRequest): boolean {
  if (movesRows(request)) return row === undefined
  return row !== undefined && showsCategory(row, request.label) === (request.action === 'label')
}

/** Every action but the category's moves the rows out of the list. */
function movesRows(request: ActionRequest): boolean {
  return request.action !== 'label' && request.action !== 'unlabel'
}

/**
 * A row shows a category as an element of its own holding just the name. Relay Shield's marker
 * may read the same words ("Relay spam") and is not a category.
 */
function showsCategory(row: Element, name: string): boolean {
  return [...row.querySelectorAll('*')].some(
    (node) =>
      node.children.length === 0 &&
      !node.closest(MARKER_TAG) &&
      (node.textContent ?? '').trim() === name,
  )
}

/**
 * Ticks exactly `wanted` among the rendered rows: a row the user had ticked is not acted on. One
 * box at a time, each time found afresh: the list may redraw its rows after every tick.
 */
async function selectOnly(
  doc: Document,
  wanted: ReadonlySet<string>,
  finder: OutlookRowFinder,
): Promise<void> {
  const wrongBox = (id?: string) => {
    for (const [rowId, row] of finder.rows(doc)) {
      if (id !== undefined && rowId !== id) continue
      const box = row.querySelector(S.rowCheckbox)
      if (box && (box.getAttribute('aria-checked') === 'true') !== wanted.has(rowId))
        return { id: rowId, box }
    }
    return undefined
  }
  for (let tick = 0, wrong = wrongBox(); wrong && tick < MAX_TICKS; tick++, wrong = wrongBox()) {
    pressLikeUser(wrong.box)
    await waitFor(doc, () => !wrongBox(wrong.id), CONTROL_DEADLINE_MS, 'row selected')
  }
  if (wrongBox()) throw new DeadlineError('rows selected: selection kept changing')
}

/** Ticks at most: a screenful of rows, each ticked or unticked once, and more. */
const MAX_TICKS = 200

/**
 * While several conversations are selected, the focused row's name ends with "N conversations
 * selected", the only place Outlook shows the total (docs/webmail-pages.md 4.2). A total other than
 * the rows ticked here means rows scrolled out of view are still selected: acting would touch them.
 */
function checkSelectedCount(doc: Document, ticked: number): void {
  for (const row of outlookRows(doc)) {
    const total = SELECTED_TOTAL.exec(row.getAttribute('aria-label') ?? '')?.[1]
    if (total !== undefined && Number(total) !== ticked) throw new SelectionMismatch()
  }
}

/**
 * Presses the command; `confirm` runs right before the press that acts on the selection (not
 * before one that only opens a menu or a dialog) and throws to stop it.
 */
async function pressCommand(
  doc: Document,
  request: ActionRequest,
  confirm: () => void,
): Promise<void> {
  const act = (control: Element) => {
    confirm()
    pressLikeUser(control)
  }
  switch (request.action) {
    case 'archive':
    case 'delete':
      return act(await ribbonControl(doc, request.action))
    case 'spam':
      pressLikeUser(await ribbonControl(doc, 'moveTo'))
      return act(await menuItem(doc, 'junkFolder'))
    case 'unarchive':
    case 'unspam':
    case 'undelete':
      pressLikeUser(await ribbonControl(doc, 'moveTo'))
      return act(await menuItem(doc, 'inboxFolder'))
    case 'label':
    case 'unlabel':
      return categorize(doc, request.label, request.action === 'label', act)
  }
}
