// Outlook's categories through its ribbon: Categorize opens a menu listing the categories, each
// checked when every selected row has it; "New category" opens a dialog asking for the name. The
// category is put on or taken off, never toggled the wrong way.
import { isShown, pressLikeUser, typeText } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import {
  CONTROL_DEADLINE_MS,
  closeMenus,
  control,
  findMenuItem,
  menuItem,
  ribbonControl,
} from './controls.ts'
import { namesFor } from './locale.ts'
import { outlookControls } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

/**
 * Puts the category on the selected rows (`on`) or takes it off. `act` presses the control that
 * changes mail (an existing category, or Save of a new one), after its last check.
 */
export async function categorize(
  doc: Document,
  label: string,
  on: boolean,
  act: (control: Element) => void,
): Promise<void> {
  pressLikeUser(await ribbonControl(doc, 'categorize'))
  // The menu is open once its last item, "New category", is there; then the categories are too.
  await menuItem(doc, 'newCategory')
  const existing = findMenuItem(doc, [label])
  // A category all selected rows already have shows checked; pressing it would take it off.
  const checked = existing?.getAttribute('aria-checked') === 'true'
  if (!on) return checked ? act(existing!) : closeMenus(doc)
  if (checked) return closeMenus(doc)
  if (existing) return act(existing)
  pressLikeUser(await menuItem(doc, 'newCategory'))
  const dialog = await waitFor(
    doc,
    () => outlookControls(doc, S.dialog).find(isShown),
    CONTROL_DEADLINE_MS,
    'new category dialog',
  )
  const field = dialog.querySelector('input')
  if (!field) throw new DeadlineError('new category dialog: no name field')
  typeText(field, label)
  const save = await control(doc, dialog, 'button', namesFor('save'), 'save button')
  // Keys the user pressed meanwhile may have landed in the field: the name is put back right
  // before Save, so their input never names (or renames) the category.
  if (field.value !== label) typeText(field, label)
  act(save)
}
