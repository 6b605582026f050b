// Acting on every conversation a search matches at once, for large waves: tick the page with the
// toolbar's checkbox, take Gmail's offer to "Select all N conversations that match this search",
// press the action and confirm Gmail's bulk-action dialog (its buttons are named ok / cancel, as
// in Gmail's other dialogs). Used only when every row the search lists is one of the wave's: the
// selection then holds nothing else.
import { isShown, pressButton } from '../../dom/events.ts'
import { waitFor } from '../../dom/wait.ts'
import type { ActionRequest } from '../adapter.ts'
import { setGmailLabel } from './label.ts'
import { shownIds, type GmailRowFinder } from './list-state.ts'
import { GMAIL_ACT, GMAIL_SELECTORS as S } from './selectors.ts'

const STEP_DEADLINE_MS = 3_000

/** Acts on all the search's results; rejects (DeadlineError) when a step did not come. */
export async function actOnAllMatching(
  doc: Document,
  request: ActionRequest,
  listed: readonly string[],
  finder: GmailRowFinder,
  deadlineMs: number,
): Promise<void> {
  const shown = (selector: string) => [...doc.querySelectorAll(selector)].find(isShown)
  const box = await waitFor(doc, () => shown(S.selectPage), STEP_DEADLINE_MS, 'select page')
  pressButton(box)
  const offer = await waitFor(doc, () => shown(S.selectAllMatching), STEP_DEADLINE_MS, 'offer')
  const asked = offer.textContent
  pressButton(offer)
  // Gmail rewrites the banner: every result is selected.
  await waitFor(
    doc,
    () => !offer.isConnected || offer.textContent !== asked,
    STEP_DEADLINE_MS,
    'all selected',
  )
  const moves = request.action !== 'label' && request.action !== 'unlabel'
  if (moves) pressAct(doc, request.action)
  else await setGmailLabel(doc, request.label, request.action === 'label')
  const ok = await waitFor(
    doc,
    () =>
      [...doc.querySelectorAll(S.dialog)]
        .filter(isShown)
        .map((dialog) => dialog.querySelector('button[name=ok]'))
        .find(Boolean),
    STEP_DEADLINE_MS,
    'bulk confirmation',
  )
  pressButton(ok)
  await waitFor(
    doc,
    () =>
      ![...doc.querySelectorAll(S.dialog)].some(isShown) &&
      (!moves || shownIds(finder.rows(doc), listed).length === 0),
    deadlineMs,
    'bulk action done',
  )
}

function pressAct(doc: Document, action: ActionRequest['action']): void {
  const act = GMAIL_ACT[action as keyof typeof GMAIL_ACT]
  const button = [
    ...doc.querySelectorAll(`${S.toolbar} div[act="${CSS.escape(act)}"][role=button]`),
  ].find((node) => node.getAttribute('aria-disabled') !== 'true' && isShown(node))
  if (!button) throw new Error(`toolbar button act=${act} not shown`)
  pressButton(button)
}
