// A held link has no destination the browser can follow. While its message is guarded (relay or
// suspect) or held (verdict not known yet), its href moves into a data attribute: the browser's
// own ways to follow a link, which no page event can stop for certain (the context menu's "Open
// link in new tab", which Firefox shows on Shift+right-click whatever the page does; dragging the
// link to the tab strip or the address bar), then have nothing to open. The original stays in
// the page rather than in memory, so a newer instance of the content script (after an update)
// can still put it back. A link without href is out of the Tab order and no longer a link to
// assistive technology: tabindex and role give both back while it is held.
import {
  ADDED_ATTRIBUTE,
  HELD_HREF_ATTRIBUTE,
  HELD_XLINK_HREF_ATTRIBUTE,
  LINK_SELECTOR,
} from './attributes.ts'

const XLINK = 'http://www.w3.org/1999/xlink'

export function holdLink(link: Element): void {
  const href = link.getAttribute('href')
  if (href !== null) {
    // The first value is the mail's own; one the page sets later (Gmail puts its redirector in
    // on mousedown) is dropped.
    if (!link.hasAttribute(HELD_HREF_ATTRIBUTE)) link.setAttribute(HELD_HREF_ATTRIBUTE, href)
    link.removeAttribute('href')
  }
  const xlink = link.getAttributeNS(XLINK, 'href')
  if (xlink !== null) {
    if (!link.hasAttribute(HELD_XLINK_HREF_ATTRIBUTE))
      link.setAttribute(HELD_XLINK_HREF_ATTRIBUTE, xlink)
    link.removeAttributeNS(XLINK, 'href')
  }
  if (!isHeld(link) || link.hasAttribute(ADDED_ATTRIBUTE)) return
  const added = (['tabindex', 'role'] as const).filter((name) => !link.hasAttribute(name))
  if (added.includes('tabindex')) link.setAttribute('tabindex', '0')
  if (added.includes('role')) link.setAttribute('role', 'link')
  link.setAttribute(ADDED_ATTRIBUTE, added.join(' '))
}

export function releaseLink(link: Element): void {
  const href = link.getAttribute(HELD_HREF_ATTRIBUTE)
  if (href !== null) link.setAttribute('href', href)
  const xlink = link.getAttribute(HELD_XLINK_HREF_ATTRIBUTE)
  if (xlink !== null) link.setAttributeNS(XLINK, 'xlink:href', xlink)
  for (const name of (link.getAttribute(ADDED_ATTRIBUTE) ?? '').split(' '))
    if (name) link.removeAttribute(name)
  for (const name of [HELD_HREF_ATTRIBUTE, HELD_XLINK_HREF_ATTRIBUTE, ADDED_ATTRIBUTE])
    link.removeAttribute(name)
}

/** Holds every link in `root` (and `root` itself when it is one). */
export function holdLinksIn(root: Element): void {
  if (root.matches(LINK_SELECTOR)) holdLink(root)
  for (const link of root.querySelectorAll(LINK_SELECTOR)) holdLink(link)
}

export function releaseLinksIn(root: ParentNode): void {
  for (const link of root.querySelectorAll(HELD_LINKS)) releaseLink(link)
}

export const HELD_LINKS = `[${HELD_HREF_ATTRIBUTE}], [${HELD_XLINK_HREF_ATTRIBUTE}]`

export function isHeld(link: Element): boolean {
  return link.hasAttribute(HELD_HREF_ATTRIBUTE) || link.hasAttribute(HELD_XLINK_HREF_ATTRIBUTE)
}

/** The link's own address, held or not: href first, then SVG's xlink:href. */
export function ownHref(link: Element): string | null {
  return (
    link.getAttribute(HELD_HREF_ATTRIBUTE) ??
    link.getAttribute('href') ??
    link.getAttribute(HELD_XLINK_HREF_ATTRIBUTE) ??
    link.getAttributeNS(XLINK, 'href')
  )
}
