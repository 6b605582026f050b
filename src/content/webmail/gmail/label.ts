// Applies a label to the selected conversations through Gmail's "Labels" menu (`div.mw`,
// docs/webmail-pages.md 3.1): type the name into the menu's filter, tick the label, press the item
// that appears to apply the change; when no label matches, press the "create new" item and confirm
// Gmail's dialog. Taking the label off is the same with the tick removed. The menu's inner markup
// is not documented by any source (docs/webmail-pages.md 3.1 lists only the button), so this works
// by ARIA roles and by which items appear, never by localized text or generated classes.
import { isShown, pressButton, typeText } from '../../dom/events.ts'
import { waitFor } from '../../dom/wait.ts'
import { GMAIL_SELECTORS as S } from './selectors.ts'

const MENU_DEADLINE_MS = 3_000

/**
 * Puts the label on the selected conversations (`on`), or takes it off. `confirm` runs right
 * before each press that changes mail (Apply, the new label's OK) and throws to stop it.
 */
export async function setGmailLabel(
  doc: Document,
  name: string,
  on: boolean,
  confirm: () => void = () => {},
): Promise<void> {
  const button = await waitFor(
    doc,
    () => [...doc.querySelectorAll(S.labelsButton)].find(isShown),
    MENU_DEADLINE_MS,
    'labels button',
  )
  pressButton(button)
  const menu = await waitFor(
    doc,
    () =>
      [...doc.querySelectorAll(S.menu)].find(
        (node) => isShown(node) && node.querySelector('input'),
      ),
    MENU_DEADLINE_MS,
    'labels menu',
  )
  typeText(menu.querySelector('input')!, name)
  const item = await waitFor(
    doc,
    () => labelItem(menu, name) ?? createItem(menu, name),
    MENU_DEADLINE_MS,
    'label item',
  )
  if (item.getAttribute('role') === 'menuitemcheckbox') await setTick(doc, menu, item, on, confirm)
  else if (on) await createLabel(doc, item, name, confirm)
  else pressButton(menu) // no such label: nothing to take off, close the menu
}

function visibleItems(menu: Element, role: string): Element[] {
  return [...menu.querySelectorAll(`[role="${CSS.escape(role)}"]`)].filter(isShown)
}

function labelItem(menu: Element, name: string): Element | undefined {
  const wanted = name.toLowerCase()
  return visibleItems(menu, 'menuitemcheckbox').find(
    (item) =>
      (item.getAttribute('title') ?? item.textContent ?? '').trim().toLowerCase() === wanted,
  )
}

/** Gmail offers to create a label when the filter matches none: the item quoting the name. */
function createItem(menu: Element, name: string): Element | undefined {
  if (visibleItems(menu, 'menuitemcheckbox').length > 0) return undefined
  return visibleItems(menu, 'menuitem').find((item) => (item.textContent ?? '').includes(name))
}

async function setTick(
  doc: Document,
  menu: Element,
  item: Element,
  on: boolean,
  confirm: () => void,
): Promise<void> {
  if ((item.getAttribute('aria-checked') === 'true') === on) {
    pressButton(menu) // already as wanted: nothing to change, close the menu
    return
  }
  const before = new Set(visibleItems(menu, 'menuitem'))
  pressButton(item)
  const apply = await waitFor(
    doc,
    () => visibleItems(menu, 'menuitem').find((node) => !before.has(node)),
    MENU_DEADLINE_MS,
    'apply item',
  )
  confirm()
  pressButton(apply)
  await waitFor(doc, () => !isShown(menu) || !menu.isConnected, MENU_DEADLINE_MS, 'menu closed')
}

async function createLabel(
  doc: Document,
  item: Element,
  name: string,
  confirm: () => void,
): Promise<void> {
  pressButton(item)
  const dialog = await waitFor(
    doc,
    () =>
      [...doc.querySelectorAll(S.dialog)].find(
        (node) => isShown(node) && node.querySelector('input'),
      ),
    MENU_DEADLINE_MS,
    'new label dialog',
  )
  const input = dialog.querySelector('input')!
  if (input.value.trim() !== name) typeText(input, name)
  // Gmail's dialogs name their buttons "ok" and "cancel"; the confirming one comes first otherwise.
  const ok = dialog.querySelector('button[name=ok]') ?? dialog.querySelector('button')
  if (!ok) throw new Error('new label dialog has no button')
  confirm()
  pressButton(ok)
  await waitFor(
    doc,
    () => !dialog.isConnected || !isShown(dialog),
    MENU_DEADLINE_MS,
    'dialog closed',
  )
}
