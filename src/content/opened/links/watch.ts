// Keeps the links of guarded and held message bodies held: those there when the body was marked,
// those the webmail adds later (a quoted part expanded, a message re-rendered) and an href it
// sets again. Releases them when the body is neither any more (a clean verdict, a trusted
// sender). One observer per marked body; the page-wide one only watches the two attributes.
import { GUARD_ATTRIBUTE, GUARDED_SELECTOR, HOLD_ATTRIBUTE, LINK_SELECTOR } from './attributes.ts'
import { HELD_LINKS, holdLink, holdLinksIn, releaseLink, releaseLinksIn } from './hold.ts'

/** Calls `changed` with a body whose guard or hold attribute changed, after its links follow. */
export function watchGuardedBodies(
  doc: Document,
  signal: AbortSignal,
  changed: (body: Element) => void,
  afterEarlierInstance: boolean,
): void {
  const watched = new Map<Element, MutationObserver>()
  const hold = (body: Element) => {
    holdLinksIn(body)
    if (watched.has(body)) return
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          const target = record.target as Element
          if (record.attributeName === 'href' && target.matches(LINK_SELECTOR)) holdLink(target)
        } else {
          for (const node of record.addedNodes)
            if (node.nodeType === Node.ELEMENT_NODE) holdLinksIn(node as Element)
        }
      }
    })
    // No attributeFilter: a filter never matches namespaced attributes such as xlink:href.
    observer.observe(body, { childList: true, subtree: true, attributes: true })
    watched.set(body, observer)
  }
  const release = (body: Element) => {
    watched.get(body)?.disconnect()
    watched.delete(body)
    releaseLinksIn(body)
  }
  const bodies = new MutationObserver((records) => {
    for (const [body, observer] of watched) {
      if (body.isConnected) continue
      observer.disconnect()
      watched.delete(body)
    }
    for (const body of new Set(records.map((record) => record.target as Element))) {
      if (body.matches(GUARDED_SELECTOR)) hold(body)
      else release(body)
      changed(body)
    }
  })
  bodies.observe(doc, {
    subtree: true,
    attributes: true,
    attributeFilter: [GUARD_ATTRIBUTE, HOLD_ATTRIBUTE],
  })
  // An earlier instance of the content script may have stopped without putting hrefs back, or
  // left bodies guarded. One walk over the page finds both; a page no instance ran in before has
  // neither, and is not walked (thousands of rows make the walk a long task on the page's thread).
  if (afterEarlierInstance)
    for (const element of doc.querySelectorAll(`${HELD_LINKS}, ${GUARDED_SELECTOR}`)) {
      if (element.matches(GUARDED_SELECTOR)) hold(element)
      else if (!element.closest(GUARDED_SELECTOR)) releaseLink(element)
    }
  signal.addEventListener(
    'abort',
    () => {
      bodies.disconnect()
      for (const body of [...watched.keys()]) release(body)
    },
    { once: true },
  )
}
