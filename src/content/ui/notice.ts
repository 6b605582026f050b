// A small, non-blocking note at the bottom of the page: "N mails hidden · Undo", or that Relay
// Shield cannot read this page. It never covers the mail list's controls for long.
import { UI_BASE_CSS, createShadowUi, el } from './shadow-host.ts'
import { onUserEvent } from './user-events.ts'

export const NOTICE_ATTRIBUTE = 'data-relay-shield-notice'

const NOTICE_CSS = `${UI_BASE_CSS}
.box { position: fixed; bottom: 16px; left: 16px; z-index: 2147483646; max-width: 28rem;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); }
`

export interface NoticeAction {
  label: string
  run: () => void
}

/** Replaces any earlier notice of the same kind. */
export function showNotice(
  doc: Document,
  kind: string,
  text: string,
  actions: NoticeAction[],
): HTMLElement {
  doc.querySelector(`[${NOTICE_ATTRIBUTE}="${CSS.escape(kind)}"]`)?.remove()
  const { host, root } = createShadowUi(doc, NOTICE_ATTRIBUTE, NOTICE_CSS)
  host.setAttribute(NOTICE_ATTRIBUTE, kind)
  const box = el(doc, 'div', { class: 'box', role: 'status' }, text)
  const line = el(doc, 'div')
  for (const action of actions) {
    const button = el(doc, 'button', { type: 'button' }, action.label)
    onUserEvent(button, 'click', () => {
      host.remove()
      action.run()
    })
    line.append(button)
  }
  box.append(line)
  root.append(box)
  ;(doc.body ?? doc.documentElement).append(host)
  return host
}
