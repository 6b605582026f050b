// User Timing marks (local only) the popup's first-render measurements read: when the popup asked
// the worker, when its answer arrived, when the headline and chart were drawn (from the kept
// summary or the answer, whichever came first) and when the lists below them were drawn.
export const VIEW_ASKED = 'relay-shield:view-asked'
export const VIEW_ANSWERED = 'relay-shield:view-answered'
export const VIEW_DRAWN = 'relay-shield:view-drawn'
export const LISTS_DRAWN = 'relay-shield:lists-drawn'
