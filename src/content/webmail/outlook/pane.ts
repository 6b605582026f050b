// The parts of Outlook's opened message, each found by its strongest hook first, then a weaker one,
// then a best guess that says so (docs/webmail-pages.md 4.3, as real saved pages show it in 4.5).
// A best guess is reported as drift by the caller: the warning still shows, and the user is told
// the page was not fully recognised.
import { censoredStructure, SelectorError } from '../../dom/selector-error.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

export interface Found<T> {
  value: T
  /** Set when `value` is a best guess: the hook that should have matched did not. */
  drift?: SelectorError
}

/** The reading pane, the full-page view or a pop-out window's message: one element holds it. */
export function findPane(doc: Document): Found<Element> | null {
  const pane = doc.querySelector(S.readingPane) ?? doc.querySelector(S.readingPaneByName)
  if (pane) return { value: pane }
  // No pane hook, yet a message body on the page: Outlook changed around it.
  const body = doc.querySelector(S.messageBodyLoose)
  if (!body) return null
  const value = body.closest('[role="main"]') ?? doc.body
  return { value, drift: drift('readingPane', value) }
}

/** The subject heading: the visible level-2 heading holding a titled span, then older forms. */
export function findSubjectHeading(pane: Element): Element | null {
  const visible = (heading: Element) => !heading.matches(S.screenReaderOnly)
  const headings = [...pane.querySelectorAll(S.subjectHeading)].filter(visible)
  return (
    headings.find((heading) => heading.querySelector('span[title]:not([title=""])')) ??
    headings[0] ??
    [...pane.querySelectorAll(S.subjectHeadingOlder)].find(visible) ??
    null
  )
}

/**
 * The message bodies. With no body hook but an element of role document, those are guarded as a
 * best guess; with neither, the message is still loading and there is nothing to guard yet.
 */
export function findBodies(pane: Element): Found<Element[]> {
  const strong = [...pane.querySelectorAll(S.messageBody)]
  if (strong.length > 0) return { value: strong }
  const loose = [...pane.querySelectorAll(S.messageBodyLoose)]
  if (loose.length > 0) return { value: loose }
  const documents = [...pane.querySelectorAll(S.bodyDocument)]
  if (documents.length === 0) return { value: [] }
  return { value: documents, drift: drift('messageBody', pane) }
}

/** Where the banner goes without a subject heading: just before the first message body. */
export function guessAnchor(pane: Element, bodies: readonly Element[]): Found<Element> {
  const first = bodies[0]
  const container = first?.closest(S.bodyDocument) ?? first
  const value = container?.previousElementSibling ?? container ?? pane
  return { value, drift: drift('subjectHeading', pane) }
}

function drift(selectorName: string, where: Element): SelectorError {
  return new SelectorError(selectorName, censoredStructure(where))
}
