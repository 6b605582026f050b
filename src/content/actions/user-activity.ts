// Whether the user is selecting or typing in this tab, read from the browser's own input events
// only (isTrusted): a page script's made-up events and Relay Shield's own presses do not count.
// Work no one asked for in this tab (the automatic label) waits for a quiet moment, as it ticks
// rows, opens menus and types into their fields: it would take over a selection being made or the
// keys being typed.
//
// The user is busy while any of these holds:
// - a key was pressed or text entered in the page less than IDLE_MS ago;
// - a list row was pressed (its checkbox ticks it; a click selects or opens it) less than IDLE_MS
//   ago;
// - the focus is in a text field, a text area or an editable area (a compose window's body);
// - rows are ticked: while no action runs, they are the user's selection, and acting would first
//   take it apart.

/** Quiet time after the user's last key or row press before they count as idle. */
export const IDLE_MS = 3_000
/** How often a wait looks again while the user stays busy without new input (a field, ticks). */
export const RECHECK_MS = 1_000

export interface ActivitySources {
  /** Whether a pressed element lies in a row of the message list. */
  inRow: (element: Element) => boolean
  /** Whether any row is ticked now. */
  ticked: () => boolean
}

export interface UserActivity {
  busy: () => boolean
  /** Resolves once the user is not busy (at once when they are not); never after `signal` aborted. */
  idle: () => Promise<void>
  /**
   * Runs `work` (an action's chunk), then takes the focus out of a text field it left focused (a
   * menu's filter): the next check must not take the action's own field for the user's typing.
   * When the user pressed anything meanwhile, the focus may be theirs and stays.
   */
  thenLeaveField: <T>(work: () => Promise<T>) => Promise<T>
}

export function watchUserActivity(
  doc: Document,
  sources: ActivitySources,
  signal: AbortSignal,
  clock: () => number = Date.now,
): UserActivity {
  let lastInput = -Infinity
  // Any trusted key or press, wherever it lands: a field clicked into may be the user's.
  let inputs = 0
  const listen = (type: string, counts: (event: Event) => boolean) =>
    doc.addEventListener(
      type,
      (event) => {
        if (event.isTrusted !== true) return
        inputs += 1
        if (counts(event)) lastInput = clock()
      },
      { capture: true, signal },
    )
  for (const type of ['keydown', 'input', 'compositionupdate']) listen(type, () => true)
  const pressedInRow = (event: Event) => {
    const target = event.target as Node | null
    return target?.nodeType === 1 && sources.inRow(target as Element)
  }
  for (const type of ['pointerdown', 'mousedown', 'click']) listen(type, pressedInRow)

  // How much longer the quiet after the last key or row press must last (at most IDLE_MS).
  const stillToWait = () => IDLE_MS - (clock() - lastInput)
  const busy = () => stillToWait() > 0 || editing(doc) || sources.ticked()
  return {
    busy,
    idle: () =>
      new Promise((resolve) => {
        const look = () => {
          if (signal.aborted) return
          if (!busy()) return resolve()
          const quiet = stillToWait()
          setTimeout(look, quiet > 0 ? quiet : RECHECK_MS)
        }
        look()
      }),
    async thenLeaveField(work) {
      const before = inputs
      try {
        return await work()
      } finally {
        if (inputs === before && editing(doc)) (doc.activeElement as HTMLElement | null)?.blur?.()
      }
    },
  }
}

/** Fields of the webmails' pages that take typed text (search boxes, recipients, subjects). */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'password', 'number'])
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox'])

/** Whether the focus is where typed keys become text: a field, a text area, an editable area. */
function editing(doc: Document): boolean {
  let focused = doc.activeElement
  // Focus inside an open shadow root shows as its host; the focused element is within.
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  if (!focused || focused === doc.body) return false
  if ((focused as HTMLElement).isContentEditable) return true
  if (focused.localName === 'textarea') return true
  if (focused.localName === 'input') return TEXT_INPUTS.has((focused as HTMLInputElement).type)
  return TEXT_ROLES.has(focused.getAttribute('role') ?? '')
}
