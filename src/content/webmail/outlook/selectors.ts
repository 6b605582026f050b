// Every Outlook on the web selector, named by meaning. Outlook's class names are hashed and churn
// every few months (Trocker, Osso `4f65fdc`), so only roles, data-* attributes and title patterns
// are used. Sources: docs/webmail-pages.md section 4 (outlook-web-skill live capture 2026-04,
// monet CLAUDE.md, Osso/outlook-web list.rs 2025-12).
export const OUTLOOK_SELECTORS = {
  /** The message list widget (outlook-web-skill; fperezdev `[aria-activedescendant][role=listbox]`). */
  messageList: '[role="listbox"]',
  /**
   * A conversation row; `data-convid` is the stable conversation id (docs/webmail-pages.md 4.2).
   */
  row: 'div[role="option"][data-convid]',
  /** Any option of the message list: options without `data-convid` mean Outlook changed. */
  anyListRow: '[role="listbox"] [role="option"]',
  /** Sender: title holds the address, text the display name (Osso list.rs). */
  senderWithAddress: 'span[title*="@"]',
  /** Subject and other titled spans; the subject is the first that is not a time or recipient list. */
  titledSpan: 'span[title]',
  /** Text spans, for the name-only sender fallback and the preview. */
  span: 'span',
  /** The reading pane, also when the mail fills the page or a pop-out window (4.5 captures). */
  readingPane: '[data-app-section="MailReadCompose"]',
  /** Weaker: its English name (localised) and the container id of older builds (monet). */
  readingPaneByName: '[role="main"][aria-label="Reading Pane"], #ReadingPaneContainerId',
  /** The conversation open in the reading pane: the one selected row (docs/webmail-pages.md 4.2). */
  openRow: 'div[role="option"][data-convid][aria-selected="true"]',
  /** The subject: a visible level-2 heading holding a titled span; no id (4.5 captures). */
  subjectHeading: '[role="heading"][aria-level="2"]',
  /** Weaker: the `…_SUBJECT` heading older notes describe, then any heading of the pane. */
  subjectHeadingOlder: '[role="heading"][id$="_SUBJECT"], [role="heading"]',
  /** Screen-reader-only headings share the subject's role and level (4.5 captures). */
  screenReaderOnly: '.screenReaderOnly',
  /** Message bodies: `UniqueMessageBody_N` inside an element of role document (4.5 captures). */
  messageBody: '[role="document"] > div[id^="UniqueMessageBody"]',
  /** Weaker: the body id or its name, wherever they sit. */
  messageBodyLoose: 'div[id^="UniqueMessageBody"], [aria-label="Message body"]',
  /** The body's container by role alone: a best guess when no body hook matches. */
  bodyDocument: '[role="document"]',
  /** The sender, "From: Name", its child text `Name<address>` (4.5 captures). */
  sender: 'span[role="button"][aria-label^="From:"]',
  /** Weaker, language-independent: a button whose text is `Name<address>`. */
  senderButton: 'span[role="button"]',
  /** When each message was sent or received, "Wed 4/30/2025 3:03 PM" (4.5 captures). */
  sentTime: '[data-testid="SentReceivedSavedTime"]',
  /** A row's selection checkbox, "Select a conversation" / "Select a message" (docs/webmail-pages.md 4.2). */
  rowCheckbox: 'div[role="checkbox"]',
  /** The ribbon region (monet's data-app-section list, docs/webmail-pages.md 4.1). */
  ribbon: '[data-app-section="Ribbon"]',
  /**
   * Ribbon buttons, found by accessible name (docs/webmail-pages.md 4.4; the ids of 4.5 unused).
   */
  ribbonButton: 'button, [role="button"], [role="menuitem"]',
  /**
   * Open menus and their items, matched by text as Osso's menu.rs does (docs/webmail-pages.md 4.4).
   */
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"], [role="menuitemcheckbox"]',
  /** Folders of the folder pane, named by `data-folder-name` (see outlookFolder). */
  folderItem: '[role="treeitem"][data-folder-name]',
  /** The folder the list shows now. */
  currentFolder: '[role="treeitem"][data-folder-name][aria-selected="true"]',
  /**
   * The Focused Inbox's two tabs above the inbox list, "Focused" then "Other", the one shown with
   * `aria-selected="true"`; absent when Focused Inbox is off and in other folders
   * (docs/webmail-pages.md 4.6).
   */
  viewTab: '[role="tab"]',
  /** A dialog Outlook opens (new category), with its text field (docs/webmail-pages.md 4.4). */
  dialog: '[role="dialog"], [aria-modal="true"]',
} as const

/**
 * A folder of the folder pane by its well-known name, lowercase and language-independent: "inbox",
 * "junkemail", "archive", "deleteditems" (docs/webmail-pages.md 4.1, `[data-folder-name="inbox"]`
 * after monet; Osso opens `/mail/0/junkemail` by the same name).
 */
export function outlookFolder(name: string): string {
  return `${OUTLOOK_SELECTORS.folderItem.slice(0, -']'.length)}="${CSS.escape(name)}"]`
}
