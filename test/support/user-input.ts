// Input as the user gives it. The test DOM marks no event trusted, and Relay Shield's own buttons
// ignore scripted ones, so the tests make the browser's mark themselves.

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true })
  return event
}

/** A click by the user's hand. */
export function userClick(element: Element): void {
  const view = element.ownerDocument.defaultView!
  element.dispatchEvent(trusted(new view.MouseEvent('click', { bubbles: true, composed: true })))
}

/** A key the user pressed on `element`. */
export function userKey(element: Element, key: string): void {
  const view = element.ownerDocument.defaultView!
  element.dispatchEvent(trusted(new view.KeyboardEvent('keydown', { key, bubbles: true })))
}
