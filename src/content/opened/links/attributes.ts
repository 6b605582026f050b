// The DOM contract of guarded links, shared by the code that sets it (opened-view.ts) and the
// code that acts on it (links/, ui/link-guard.ts).

/** Set on the body of a relay or suspect message: its links are guarded. */
export const GUARD_ATTRIBUTE = 'data-relay-shield-guard'
/** Set on the body of an opened message whose verdict has not arrived yet: its links wait. */
export const HOLD_ATTRIBUTE = 'data-relay-shield-hold'
/** A held link's own href, kept here while its message is guarded or held. */
export const HELD_HREF_ATTRIBUTE = 'data-relay-shield-href'
/** The same for an SVG link's xlink:href. */
export const HELD_XLINK_HREF_ATTRIBUTE = 'data-relay-shield-xlink-href'
/** Attributes Relay Shield added to a held link (space separated), taken off on release. */
export const ADDED_ATTRIBUTE = 'data-relay-shield-added'

/** HTML links, image-map areas and SVG links (an `a` selector matches SVG's `a` too). */
export const LINK_SELECTOR = 'a, area'
export const GUARDED_SELECTOR = `[${GUARD_ATTRIBUTE}], [${HOLD_ATTRIBUTE}]`
