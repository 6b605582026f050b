// Bulk actions through Gmail's own toolbar: tick the rows' checkboxes, press the action button with
// the mouse-event sequence Gmail accepts, and wait for the rows to leave the list. Sources:
// docs/webmail-pages.md 3.1-3.3 (act codes verified in the 2025 fixtures; the sequence after
// InboxSDK's simulateClick and InboxWhiz). Paced in small chunks: InboxWhiz issue #7 warns that
// mass actions may make Google treat the user as a bot.
import { isShown, pressButton } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import type { ActionResults } from '../../../messaging/protocol.ts'
import type { ActionRequest } from '../adapter.ts'
import { pacedChunks } from '../paced-chunks.ts'
import { SelectionChanged, checkExactlyTicked, notConfirmed, tickedIds } from '../selection.ts'
import { setGmailLabel } from './label.ts'
import { shownIds, type GmailRowFinder } from './list-state.ts'
import { runGmailRestore } from './restore.ts'
import { waveSearchQuery } from './search-query.ts'
import { GMAIL_ACT, GMAIL_SELECTORS as S } from './selectors.ts'
import { runSearchedAction } from './wave-search.ts'
const SELECT_DEADLINE_MS = 3_000
const ACT_DEADLINE_MS = 10_000

export async function runGmailAction(
  doc: Document,
  request: ActionRequest,
  finder: GmailRowFinder,
): Promise<ActionResults> {
  if (isRestore(request.action)) return runGmailRestore(doc, request, finder, runChunk)
  // With the mails' dates, Gmail's search finds them on every page and in every category tab;
  // without, only the list shown now can be acted on.
  const query = waveSearchQuery(request)
  if (query) return runSearchedAction(doc, request, finder, query, runChunk)
  const run = pacedChunks(doc, request, (chunk) => runChunk(doc, request, chunk, finder))
  // Every chunk in turn; a chunk's mails that are not in the list shown now are 'not-found'.
  while ((await run.next((todo) => todo)) !== null) continue
  return run.results
}

/** Acts on one chunk of rows in the list shown now; rows not in it are 'not-found'. */
async function runChunk(
  doc: Document,
  request: ActionRequest,
  chunk: string[],
  finder: GmailRowFinder,
): Promise<ActionResults> {
  const results: ActionResults = {}
  const rows = finder.rows(doc)
  // Rows Relay Shield hid are still acted on; a list Gmail hides (conversation view) is not.
  const targets = shownIds(rows, chunk)
  for (const id of chunk) if (!targets.includes(id)) results[id] = 'not-found'
  const opened = chunk.find((id) => !targets.includes(id) && openedThread(doc, id))
  if (opened && !labels(request.action)) results[opened] = await actOnOpened(doc, request, opened)
  if (targets.length === 0) return results
  const userTicks = new Set(tickedIds(rows, S.rowCheckbox))
  try {
    await selectOnly(doc, new Set(targets), rows)
    // Right before every press that acts, not only once: the user's input meanwhile (a tick, a
    // conversation opened) would otherwise redirect the press.
    const confirm = () => confirmTargets(doc, finder, targets)
    confirm()
    if (labels(request.action))
      await setGmailLabel(doc, request.label, request.action === 'label', confirm)
    else await pressAction(doc, GMAIL_ACT[request.action as keyof typeof GMAIL_ACT], confirm)
    if (!labels(request.action))
      await waitGone(doc, targets, finder, request.actDeadlineMs ?? ACT_DEADLINE_MS)
    for (const id of targets) results[id] = 'done'
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    // Nothing was pressed, or Gmail did not finish in time. A row still shown was not acted on;
    // a row no longer shown may have left because Gmail redrew its list or the user moved on, so
    // it is not found, never done.
    Object.assign(results, notConfirmed(targets, new Set(shownIds(finder.rows(doc), targets))))
  }
  // The user's own ticks come back (those still in the list, and any made meanwhile); Relay
  // Shield's go.
  const after = finder.rows(doc)
  for (const id of tickedIds(after, S.rowCheckbox)) if (!targets.includes(id)) userTicks.add(id)
  await selectOnly(doc, userTicks, after).catch(() => {})
  return results
}

/** Ticks exactly `wanted`: a row the user had ticked must not be archived along with the wave. */
async function selectOnly(
  doc: Document,
  wanted: ReadonlySet<string>,
  rows: Map<string, Element>,
): Promise<void> {
  const boxes = [...rows].map(([id, row]) => ({ id, box: row.querySelector(S.rowCheckbox) }))
  const wrong = () =>
    boxes.filter(
      ({ id, box }) => box && (box.getAttribute('aria-checked') === 'true') !== wanted.has(id),
    )
  for (const { box } of wrong()) pressCheckbox(box!)
  await waitFor(doc, () => wrong().length === 0, SELECT_DEADLINE_MS, 'rows selected')
}

function pressCheckbox(box: Element): void {
  // A checkbox toggles on click; mousedown/mouseup are sent too, as a real click would.
  pressButton(box)
}

/**
 * Throws SelectionChanged unless exactly `targets` are ticked and their list is the one shown: with
 * a conversation opened, Gmail's toolbar acts on that conversation instead.
 */
function confirmTargets(doc: Document, finder: GmailRowFinder, targets: readonly string[]): void {
  const rows = finder.rows(doc)
  if (shownIds(rows, targets).length !== targets.length) throw new SelectionChanged()
  checkExactlyTicked(rows, S.rowCheckbox, targets)
}

async function pressAction(doc: Document, act: string, confirm = () => {}): Promise<void> {
  const button = await waitFor(
    doc,
    () =>
      [...doc.querySelectorAll(`${S.toolbar} div[act="${CSS.escape(act)}"][role=button]`)].find(
        (node) => node.getAttribute('aria-disabled') !== 'true' && isShown(node),
      ),
    SELECT_DEADLINE_MS,
    `toolbar button act=${act}`,
  )
  confirm()
  pressButton(button)
}

async function waitGone(
  doc: Document,
  ids: string[],
  finder: GmailRowFinder,
  deadlineMs: number,
): Promise<void> {
  await waitFor(
    doc,
    // A row moved back to the inbox may join Gmail's hidden inbox list: gone means not shown.
    () => shownIds(finder.rows(doc), ids).length === 0,
    deadlineMs,
    'rows removed',
  )
}

function openedThread(doc: Document, id: string): Element | undefined {
  return [...doc.querySelectorAll(S.threadHeading)].find(
    (heading) =>
      heading.getAttribute('data-thread-perm-id')?.replace(/^#/u, '') === id && isShown(heading),
  )
}

/** In the conversation view the toolbar acts on the open conversation; Gmail then leaves it. */
async function actOnOpened(
  doc: Document,
  request: ActionRequest,
  id: string,
): Promise<'done' | 'failed'> {
  if (labels(request.action)) return 'failed'
  try {
    await pressAction(doc, GMAIL_ACT[request.action as keyof typeof GMAIL_ACT])
    await waitFor(doc, () => !openedThread(doc, id), ACT_DEADLINE_MS, 'conversation closed')
    return 'done'
  } catch (error) {
    if (error instanceof DeadlineError) return 'failed'
    throw error
  }
}

/** Labelling and taking the label off leave the rows in the list. */
function labels(action: ActionRequest['action']): boolean {
  return action === 'label' || action === 'unlabel'
}

function isRestore(action: ActionRequest['action']): boolean {
  return (
    action === 'unarchive' || action === 'unspam' || action === 'undelete' || action === 'unlabel'
  )
}
