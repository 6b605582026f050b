// Synthetic input the webmail's own controls accept. Gmail's toolbar buttons act on mousedown
// followed by mouseup; a bare click() often does nothing (docs/webmail-pages.md 3.3: gmail.js issue
// #629, InboxSDK simulate-mouse-event.ts, InboxWhiz browser_email_service.ts).

export function pressButton(element: Element): void {
  const view = element.ownerDocument.defaultView
  if (!view) return
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    element.dispatchEvent(
      new view.MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }),
    )
  }
}

/** Sets an input's value the way typing does, so the page's own filter reacts to it. */
export function typeText(input: HTMLInputElement, text: string): void {
  const view = input.ownerDocument.defaultView
  if (!view) return
  input.focus()
  input.value = text
  input.dispatchEvent(new view.Event('input', { bubbles: true }))
  input.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, key: 'a' }))
}

/** True when the element is rendered: not display:none itself or through an ancestor. */
export function isShown(element: Element): boolean {
  const html = element as HTMLElement
  if (html.hidden) return false
  const view = element.ownerDocument.defaultView
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (view?.getComputedStyle(node).display === 'none') return false
  }
  return true
}

/**
 * Clicks like a user in Outlook (React/Fluent UI), which listens to pointer events: the sequence
 * from the unattributed code quoted in docs/webmail-pages.md 4.4 (pointer and mouse over, down,
 * up, then click), with the primary button held on the way down.
 */
export function pressLikeUser(element: Element): void {
  const view = element.ownerDocument.defaultView
  if (!view) return
  const Pointer = view.PointerEvent ?? view.MouseEvent
  const init = { bubbles: true, cancelable: true, view, button: 0 }
  const down = { ...init, buttons: 1 }
  element.dispatchEvent(new Pointer('pointerover', init))
  element.dispatchEvent(new view.MouseEvent('mouseover', init))
  element.dispatchEvent(new Pointer('pointerdown', down))
  element.dispatchEvent(new view.MouseEvent('mousedown', down))
  element.dispatchEvent(new Pointer('pointerup', init))
  element.dispatchEvent(new view.MouseEvent('mouseup', init))
  element.dispatchEvent(new view.MouseEvent('click', init))
}
