// A small modal question in the page (link warning, report confirmation). Keyboard first: the
// safe choice has focus, Escape cancels, Tab stays inside, focus returns where it was.
import { UI_BASE_CSS, createShadowUi, el } from './shadow-host.ts'
import { onUserEvent } from './user-events.ts'

export interface DialogSpec {
  attribute: string
  title: string
  /**
   * Paragraphs; a paragraph given as [label, value] shows a labelled value (a URL, a domain), in
   * large type when marked 'prominent'.
   */
  lines: (string | [string, string] | [string, string, 'prominent'])[]
  /** A paragraph after the values, always present so the structure never depends on it. */
  note?: string
  confirm: string
  cancel: string
  /** The confirm button is shown but cannot be pressed (the note says why). */
  confirmDisabled?: boolean
  /**
   * A labelled value still being found (by its index in `lines`): the line shows "…" until it
   * is known, and the confirm button waits for it, so nobody confirms before reading it.
   */
  pending?: { line: number; value: Promise<string> }
}

const DIALOG_CSS = `${UI_BASE_CSS}
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: grid; place-items: center; z-index: 2147483647; }
.box { max-width: 36rem; margin: 1rem; box-shadow: 0 8px 32px rgba(0,0,0,.35); }
dt { font-weight: 600; margin-top: 8px; }
dd { margin: 0; }
dd.prominent { font-size: 1.5em; font-weight: 700; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
`

/** Shows the dialog; resolves true for the confirm button, false for cancel or Escape. */
export function askInPage(doc: Document, spec: DialogSpec): Promise<boolean> {
  const { host, root } = createShadowUi(doc, spec.attribute, DIALOG_CSS)
  const previous = doc.activeElement as HTMLElement | null
  const backdrop = el(doc, 'div', { class: 'backdrop' })
  const box = el(doc, 'div', {
    class: 'box',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': 'title',
  })
  const list = el(doc, 'dl')
  const values: HTMLElement[] = []
  for (const [index, line] of spec.lines.entries()) {
    if (typeof line === 'string') box.append(el(doc, 'p', {}, line))
    else {
      const value = el(doc, 'dd', { class: line[2] ? 'url prominent' : 'url', dir: 'ltr' }, line[1])
      values[index] = value
      list.append(el(doc, 'dt', {}, line[0]), value)
    }
  }
  const note = spec.note === undefined ? null : el(doc, 'p', { class: 'note' }, spec.note)
  if (note && !spec.note) note.hidden = true
  const cancel = el(doc, 'button', { type: 'button', 'data-choice': 'cancel' }, spec.cancel)
  const confirm = el(doc, 'button', { type: 'button', class: 'primary', 'data-choice': 'confirm' })
  confirm.textContent = spec.confirm
  confirm.disabled = spec.confirmDisabled === true
  const waiting = spec.pending ? values[spec.pending.line] : undefined
  if (spec.pending && waiting) {
    waiting.textContent = '…'
    waiting.setAttribute('aria-busy', 'true')
    confirm.disabled = true
    void spec.pending.value.then((text) => {
      waiting.textContent = text
      waiting.removeAttribute('aria-busy')
      confirm.disabled = spec.confirmDisabled === true
    })
  }
  box.prepend(el(doc, 'strong', { id: 'title' }, spec.title))
  box.append(list, ...(note ? [note] : []), el(doc, 'div', {}), cancel, confirm)
  backdrop.append(box)
  root.append(backdrop)
  ;(doc.body ?? doc.documentElement).append(host)
  cancel.focus()
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      host.remove()
      previous?.focus?.()
      resolve(answer)
    }
    onUserEvent(cancel, 'click', () => close(false))
    // Only the user confirms: a scripted click on "Open anyway" or "Report" does nothing.
    onUserEvent(confirm, 'click', () => !confirm.disabled && close(true))
    box.addEventListener('keydown', (event) => {
      // The page's own shortcuts must not see keys typed into the dialog.
      event.stopPropagation()
      if (!event.isTrusted) return
      if (event.key === 'Escape') close(false)
      if (event.key === 'Tab') {
        event.preventDefault()
        ;(root.activeElement === cancel ? confirm : cancel).focus()
      }
    })
  })
}
