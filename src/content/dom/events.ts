// Synthetic input the webmail's own controls accept. Gmail's toolbar buttons act on mousedown
// followed by mouseup; a bare click() often does nothing (WEBMAIL-DOM 3.3: gmail.js issue #629,
// InboxSDK simulate-mouse-event.ts, InboxWhiz browser_email_service.ts).

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
