// Finding and pressing Outlook's own controls: ribbon buttons by their language-independent ids
// first (docs/webmail-pages.md 4.5) and by accessible name in every known language after, menu
// items and dialog buttons by name, always outside mail bodies (scope.ts). Menus and dialogs are
// closed the way a user closes them.
import { isShown } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { RIBBON_IDS, nameMatches, namesFor, type RibbonNames } from './locale.ts'
import { outlookControls } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

export const CONTROL_DEADLINE_MS = 3_000

export function ribbonControl(doc: Document, name: keyof RibbonNames): Promise<Element> {
  // Only Outlook's ribbon: without it there is no button to press (a mail's look-alike is none).
  const ribbon = outlookControls(doc, S.ribbon)[0]
  if (!ribbon) return Promise.reject(new DeadlineError(`ribbon ${name}: no ribbon`))
  const id = RIBBON_IDS[name]
  const byId = id
    ? outlookControls(ribbon, `[data-unique-id="${CSS.escape(id)}"]`).find(isShown)
    : undefined
  if (byId && byId.getAttribute('aria-disabled') !== 'true') return Promise.resolve(byId)
  return control(doc, ribbon, S.ribbonButton, namesFor(name), `ribbon ${name}`)
}

export function menuItem(doc: Document, name: keyof RibbonNames): Promise<Element> {
  return waitFor(doc, () => findMenuItem(doc, namesFor(name)), CONTROL_DEADLINE_MS, `menu ${name}`)
}

export function findMenuItem(doc: Document, names: readonly string[]): Element | undefined {
  return outlookControls(doc, `${S.menu} :is(${S.menuItem})`).find(
    (item) => nameMatches(accessibleName(item), names) && isShown(item),
  )
}

export function control(
  doc: Document,
  scope: Element,
  selector: string,
  names: readonly string[],
  what: string,
): Promise<Element> {
  return waitFor(
    doc,
    () =>
      outlookControls(scope, selector).find(
        (node) =>
          nameMatches(accessibleName(node), names) &&
          node.getAttribute('aria-disabled') !== 'true' &&
          !(node as HTMLButtonElement).disabled &&
          isShown(node),
      ),
    CONTROL_DEADLINE_MS,
    what,
  )
}

function accessibleName(node: Element): string {
  return node.getAttribute('aria-label') ?? node.textContent ?? ''
}

/** Closes an open menu or dialog the way a user would, with Escape. */
export function closeMenus(doc: Document): void {
  const view = doc.defaultView
  if (!view || !doc.querySelector(`${S.menu}, ${S.dialog}`)) return
  const target = doc.activeElement ?? doc.body
  target.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
}
