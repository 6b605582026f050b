// Every Gmail selector, named by meaning. Attribute and ARIA hooks first; Gmail's generated class
// names only where nothing else exists, each with a comment. Sources: docs/webmail-pages.md
// sections 1-3, checked against test/fixtures/gmail (saved 2025-04-08 and 2025-04-09).
export const GMAIL_SELECTORS = {
  /** Thread list container; several in sectioned inboxes (InboxSDK gmail-element-getter.ts). */
  threadList: '[gh="tl"]',
  /** A thread row. `zA` is Gmail's row class, stable since 2014 (docs/webmail-pages.md 1.2). */
  row: 'tr.zA',
  /** Any row of a list table, whatever its class: a list with these and no `row` has changed. */
  anyListRow: 'table tr[role=row], table tr[draggable]',
  /** Ad rows in Promotions/Social: `am0`, `bvA` (InboxSDK thread-row-parser.ts L25). */
  adMarker: '.am0, .bvA',
  /** Stable thread ids live on a span in the subject cell (docs/webmail-pages.md 1.3). */
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
  /** Where a row's marker goes: the subject line `y6` (docs/webmail-pages.md 1.3)... */
  markerSlot: '.y6',
  /** ...else the subject-and-snippet line `xT` of the subject cell. */
  markerSlotFallback: 'td[role=gridcell] .xT',
  /**
   * The row's own checkbox `oZ-jc` in `td.oZ-x3`; state in aria-checked (docs/webmail-pages.md
   * 3.2).
   */
  rowCheckbox: 'div[role=checkbox]',

  /** Opened conversation: the subject heading carries the thread's perm and legacy ids (2.1). */
  threadHeading: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]',
  /** The subject's container `ha`; InboxSDK puts notice bars right after it (docs/webmail-pages.md 2.4). */
  threadHeader: '.ha',
  /** The conversation view: `a98 iY` since the 2023-11-16 markup (InboxSDK PR #1073). */
  threadView: '.a98, [role=main]',
  /** One message of the conversation (InboxSDK gmail-message-view.ts; fixture). */
  message: 'div.adn[data-message-id]',
  messageSender: 'span.gD[email]',
  messageDate: 'span.g3[title]',
  /** Message body `a3s` inside `ii gt` (docs/webmail-pages.md 2.4, every source agrees). */
  messageBody: 'div.a3s',

  /**
   * The main toolbar; actions by Gmail's language-independent `act` codes (docs/webmail-pages.md
   * 3.1).
   */
  toolbar: '[gh="tm"]',
  /**
   * "Labels" has no act code; `mw` is its class in every 2025 capture (docs/webmail-pages.md 3.1).
   */
  labelsButton: '[gh="tm"] div.mw[role=button]',
  /**
   * The range of the list shown ("1–50 of 312"): Gmail's count `span.Dj` holding `span.ts`
   * numbers, as it counts an inbox section in the 2025-04-08 fixture; the list's own sits in the
   * toolbar beside Newer / Older [unverified: no fixture captured a paged list].
   */
  pageRange: '[gh="tm"] span.Dj',
  /** The toolbar's "select all on this page" checkbox `T-Jo` (docs/webmail-pages.md 3.2, fixture). */
  selectPage: '[gh="tm"] span.T-Jo[role=checkbox]',
  /**
   * The offer to select every conversation that matches a search, above the list; docs/webmail-pages.md
   * 3.2 found no selector for it [unverified]: Gmail's notice bar `ya` holding one link.
   */
  selectAllMatching: '.ya [role=link]',
  /** "No messages matched your search" (`td.TC`, InboxWhiz waits for it, docs/webmail-pages.md 3.3). */
  noResults: 'td.TC',
  /** Open menus and dialogs, by ARIA role only; their inner markup is in no source [unverified]. */
  menu: '[role=menu]',
  dialog: '[role=dialog], [role=alertdialog]',
} as const

/**
 * Gmail's action codes on the toolbar buttons: archive, spam and delete as docs/webmail-pages.md
 * 3.1 verified in the fixtures. The codes that move mail back are shown only in All Mail, Spam and
 * Bin, which no fixture captured: "Move to Inbox" is `act="8"` (Simplify for Gmail's toolbar map,
 * leggett/simplify) and "Not spam" `act="18"` (public Gmail clean-up scripts, with its
 * aria-label) [unverified against a saved page].
 */
export const GMAIL_ACT = {
  archive: '7',
  spam: '9',
  delete: '10',
  unarchive: '8',
  undelete: '8',
  unspam: '18',
} as const

/** Row class of an unread thread (`zE`); read rows carry `yO` (docs/webmail-pages.md 1.3). */
export const GMAIL_UNREAD_CLASS = 'zE'
