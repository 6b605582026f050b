// Every Gmail selector, named by meaning. Attribute and ARIA hooks first; Gmail's generated class
// names only where nothing else exists, each with a comment. Sources: ../shared/WEBMAIL-DOM.md
// sections 1-3, checked against test/fixtures/gmail (saved 2025-04-08 and 2025-04-09).
export const GMAIL_SELECTORS = {
  /** Thread list container; several in sectioned inboxes (InboxSDK gmail-element-getter.ts). */
  threadList: '[gh="tl"]',
  /** A thread row. `zA` is Gmail's row class, stable since 2014 (WEBMAIL-DOM 1.2). */
  row: 'tr.zA',
  /** Ad rows in Promotions/Social: `am0`, `bvA` (InboxSDK thread-row-parser.ts L25). */
  adMarker: '.am0, .bvA',
  /** Stable thread ids live on a span in the subject cell (WEBMAIL-DOM 1.3). */
  threadId: 'span[data-thread-id]',
  /** Senders: `yW` is the sender cell; `span[email]` carries address and name. */
  sender: '.yW span[email], span[email]',
  /** Subject text: `bog` (InboxSDK reads `div.y6 > span`). */
  subject: 'span.bog, .y6 > span',
  /** Snippet: `y2`, starting with a " - " separator in `Zt`. */
  snippet: 'span.y2',
  snippetSeparator: 'span.Zt',
  /** Full localized date in the date cell's title; `xW` is the date cell. */
  date: 'td.xW span[title], td.apt span[title]',
} as const

/** Row class of an unread thread (`zE`); read rows carry `yO` (WEBMAIL-DOM 1.3). */
export const GMAIL_UNREAD_CLASS = 'zE'
