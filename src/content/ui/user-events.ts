// Relay Shield's own buttons in the page act only on the user's input. Their shadow roots are
// open, so the page's scripts can reach the buttons and call click() on "Trust", "Report" or "Open
// anyway"; such events carry isTrusted = false, the browser's mark of input a script made up.

/** Runs `handle` for `type` events on `node` that the user caused, never for scripted ones. */
export function onUserEvent<K extends keyof HTMLElementEventMap>(
  node: HTMLElement,
  type: K,
  handle: (event: HTMLElementEventMap[K]) => void,
): void {
  node.addEventListener(type, (event) => {
    if (event.isTrusted !== true) return
    handle(event)
  })
}
