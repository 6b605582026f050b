// Links inside a relay or suspect message never reach their destination without the warning
// first, whatever the gesture: a click with any button or modifier (left, middle, Ctrl, Cmd,
// Shift) and Enter show the warning; the native context menu and dragging find no href to
// follow, because a guarded message's links are held (links/hold.ts). Links of an opened message
// whose verdict has not arrived are held too: a click then waits for the verdict and shows the
// warning if it is relay or suspect; a clean verdict releases the links.
import {
  GUARD_ATTRIBUTE,
  GUARDED_SELECTOR,
  HOLD_ATTRIBUTE,
  LINK_SELECTOR,
} from './links/attributes.ts'
import { ownHref } from './links/hold.ts'
import { watchGuardedBodies } from './links/watch.ts'
import { showLinkWarning, type NameDomain } from '../ui/link-warning.ts'
import type { Translate } from '../ui/texts.ts'

export { GUARD_ATTRIBUTE, HOLD_ATTRIBUTE }
export { LINK_WARNING_ATTRIBUTE, type NameDomain } from '../ui/link-warning.ts'

const MIDDLE_BUTTON = 1

export function installLinkGuard(
  doc: Document,
  texts: Translate,
  signal: AbortSignal,
  nameDomain: NameDomain,
  /** Another instance ran in this page before (an extension update): its leftovers are taken over. */
  afterEarlierInstance = true,
): void {
  const warn = (link: Element) => void showLinkWarning(doc, link, texts, nameDomain)
  // The link clicked while its message waited for a verdict; only the latest one counts.
  let waiting: { link: Element; body: Element } | null = null
  const released = (body: Element) => {
    if (!waiting || waiting.body !== body || body.hasAttribute(HOLD_ATTRIBUTE)) return
    const { link } = waiting
    waiting = null
    if (body.hasAttribute(GUARD_ATTRIBUTE)) warn(link)
  }
  watchGuardedBodies(doc, signal, released, afterEarlierInstance)

  const guarded = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.(LINK_SELECTOR)
    if (!link || ownHref(link) === null) return null
    const body = link.closest(GUARDED_SELECTOR)
    return body ? { link, body } : null
  }
  const stop = (event: Event) => {
    const found = guarded(event)
    if (!found) return
    event.preventDefault()
    event.stopImmediatePropagation()
    if (found.body.hasAttribute(GUARD_ATTRIBUTE)) warn(found.link)
    else waiting = found
  }
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
  ) => doc.addEventListener(type, listener, { capture: true, signal })

  // Browsers fire click for the primary button, with or without modifiers.
  on('click', stop)
  // The middle button fires auxclick instead; the right button's auxclick follows its menu.
  on('auxclick', (event) => event.button === MIDDLE_BUTTON && stop(event))
  // A held link is no link to the browser, so Enter on it would do nothing: it warns here.
  on('keydown', (event) => event.key === 'Enter' && !event.isComposing && stop(event))
  // Both are covered by holding the href; these catch a link the page gave an href again
  // before the observer took it away.
  on('contextmenu', (event) => {
    const found = guarded(event)
    if (found?.link.hasAttribute('href')) event.preventDefault()
  })
  on('dragstart', (event) => guarded(event) && event.preventDefault())
}
