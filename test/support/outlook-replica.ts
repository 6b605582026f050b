// Outlook on the web pages RECONSTRUCTED (not saved pages) with the nesting of five real saved
// outlook.live.com pages (docs/webmail-pages.md 4.5; the captures carry no licence and are not in
// the repository), and the hooks of section 4 where the captures say nothing (ribbon and folder
// names: outlook-web-skill's live capture and monet's notes). The list, as captured:
// `[role=complementary][data-app-section=MessageList]` → `#MailList.customScrollBar` →
// `div[role=listbox][aria-multiselectable]` → absolutely positioned wrappers of fixed height →
// `div[role=option][data-convid]` rows with `aria-setsize`/`aria-posinset` and a base64 `id`; the
// subject span has an empty `title`. One difference, for the virtualiser script below: the listbox
// scrolls here, where the real page scrolls `#MailList`. The opened message is in outlook-pane.ts.
// The hashed class names are made up, as Outlook's own are, and the adapter never reads them.
import type { MailSpec } from './mail-specs.ts'
import { escapeHtml as escape, readingPaneHtml, type OutlookView } from './outlook-pane.ts'

export { OUTLOOK_OPEN_SUBJECT } from './outlook-pane.ts'

/** A wrapper's height in the captures. */
const ROW_HEIGHT = 72.78

function listTime(date: Date): string {
  const hour = date.getHours() % 12 || 12
  return `${hour}:${String(date.getMinutes()).padStart(2, '0')} ${date.getHours() < 12 ? 'AM' : 'PM'}`
}

export function outlookConvid(mail: MailSpec): string {
  return `AAQkADAw${mail.threadId.toString(36)}`
}

/** The row's DOM id: a base64 item id (4.5), here made from its conversation id. */
export function outlookItemId(mail: MailSpec): string {
  return Buffer.from(outlookConvid(mail)).toString('base64')
}

/** A Defender Safe Links address wrapping `url`, as OWA renders links in protected tenants. */
export function safeLink(url: string): string {
  return `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02&reserved=0`
}

export interface RowState {
  /** Open in the reading pane, or ticked: Outlook marks both with aria-selected. */
  selected?: boolean
  ticked?: boolean
  view?: OutlookView
  position?: { index: number; count: number }
  /** Ends the focused row's name while several rows are ticked (4.2). */
  selectedCount?: number
}

export function outlookRowHtml(mail: MailSpec, state: RowState = {}): string {
  const time = listTime(mail.date)
  const count = state.selectedCount ? ` ${state.selectedCount} conversations selected` : ''
  const label = `${mail.unread ? 'Unread ' : ''}${mail.senderName} ${mail.subject} ${time} ${mail.snippet}${count}`
  const convid = outlookConvid(mail)
  const select = state.view === 'message' ? 'Select a message' : 'Select a conversation'
  const position = state.position
    ? ` aria-setsize="${state.position.count}" aria-posinset="${state.position.index + 1}"`
    : ''
  return `<div role="option" class="hcptT" data-convid="${convid}" id="${outlookItemId(mail)}" aria-selected="${Boolean(state.selected || state.ticked)}" data-focusable-row="true"${position} tabindex="-1" aria-label="${escape(label)}">
  <div role="checkbox" aria-label="${select}" aria-checked="${Boolean(state.ticked)}" class="Gj4bK"></div>
  <div class="XG5Jd"><span class="OZZZK" title="${escape(mail.email)}">${escape(mail.senderName)}</span></div>
  <div class="IjzWp"><span class="TtcXM" title="">${escape(mail.subject)}</span><span class="_rWRU" title="${escape(mail.date.toString())}">${time}</span></div>
  <div class="ZrDTK"><span class="FqgPc">${escape(mail.snippet)}</span></div>
  <button type="button" class="qjAi2" title="${mail.unread ? 'Mark as read' : 'Mark as unread'}" aria-label="${mail.unread ? 'Mark as read' : 'Mark as unread'}"></button>
</div>`
}

/**
 * Rows fill their fixed-height wrapper (4.5) and show each line once, cut with an ellipsis, as
 * Outlook's stylesheet lays them out. The stylesheet itself is not in the notes: these rules are
 * this reconstruction's assumption, and the class names its own.
 */
const ROW_STYLE =
  '.hcptT{height:100%;box-sizing:border-box;overflow:hidden}.XG5Jd,.IjzWp,.ZrDTK{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}'

/** A row in its absolutely positioned wrapper, as the virtualised list holds it (4.5). */
export function wrappedRowHtml(html: string, index: number): string {
  return `<div class="Wr4pR" style="position:absolute;left:0;right:0;top:${(index * ROW_HEIGHT).toFixed(2)}px;height:${ROW_HEIGHT}px">${html}</div>`
}

/**
 * The ribbon's Home commands (docs/webmail-pages.md 4.1 "Ribbon" region; 4.4: found by accessible
 * name, the names being unverified). The class names are made up, as Outlook's hashed ones would
 * be.
 */
const RIBBON = `<div data-app-section="Ribbon" role="region" aria-label="Ribbon"><div role="toolbar" aria-label="Home" class="mK2wB">
<button type="button" class="rB0x" aria-label="Delete">Delete</button>
<button type="button" class="rB0x" aria-label="Archive">Archive</button>
<button type="button" class="rB0x" aria-label="Report" aria-haspopup="menu">Report</button>
<button type="button" class="rB0x" aria-label="Move to" aria-haspopup="menu">Move to</button>
<button type="button" class="rB0x" aria-label="Categorize" aria-haspopup="menu">Categorize</button>
</div></div>`

/** The folder pane's well-known folders (docs/webmail-pages.md 4.1), the inbox shown. */
const FOLDERS = [
  ['inbox', 'Inbox'],
  ['junkemail', 'Junk Email'],
  ['archive', 'Archive'],
  ['deleteditems', 'Deleted Items'],
]
  .map(
    ([name, label], i) =>
      `<div role="treeitem" data-folder-name="${name}" aria-selected="${i === 0}" aria-label="${label}${i === 0 ? ' selected' : ''}">${label}</div>`,
  )
  .join('')

/**
 * Where the mail is read: the reading pane right of the list or below it; with the reading pane
 * off, the mail fills the page in place of the list; a pop-out window shows the mail alone.
 */
export type OutlookLayout = 'right' | 'bottom' | 'off' | 'popout'

export interface OutlookPageOptions {
  /** The mail open in the reading pane (its row selected, unless other rows are ticked). */
  opened?: MailSpec
  link?: string
  layout?: OutlookLayout
  view?: OutlookView
  /** Rows ticked with their checkboxes: with them, no single selected row names the open mail. */
  ticked?: readonly MailSpec[]
  /** More markup at the end of the opened mail's body (image maps, SVG links). */
  bodyExtras?: string
  /** The Focused Inbox's tabs above the list, this one shown; no tabs when absent (turned off). */
  inboxView?: 'focused' | 'other'
}

/**
 * The Focused Inbox's two tabs above the list (docs/webmail-pages.md 4.6): `[role=tab]` elements
 * named "Focused" and "Other" with `aria-selected` (a 2024 test script drives them as tabs by
 * those names; the WAI-ARIA tab pattern gives the tablist and `aria-selected`). Where they sit in
 * the list pane and their element type were not captured: a `button` in a `[role=tablist]`
 * before `#MailList` is this reconstruction's assumption, the class names its own.
 */
export function viewTabsHtml(shown: 'focused' | 'other'): string {
  const tab = (view: 'focused' | 'other', name: string) =>
    `<button type="button" role="tab" class="Pv7tB" data-view="${view}" aria-selected="${view === shown}" name="${name}">${name}</button>`
  return `<div role="tablist" class="Tb9xL" aria-label="Message list views">${tab('focused', 'Focused')}${tab('other', 'Other')}</div>`
}

function messageList(mails: readonly MailSpec[], options: OutlookPageOptions): string {
  const ticked = new Set(options.ticked ?? [])
  const count = ticked.size > 0 ? ticked.size + (options.opened ? 1 : 0) : 0
  const rows = mails.map((mail, index) =>
    wrappedRowHtml(
      outlookRowHtml(mail, {
        selected: mail === options.opened,
        ticked: ticked.has(mail),
        view: options.view ?? 'conversation',
        position: { index, count: mails.length },
        ...(count > 1 && mail === options.opened ? { selectedCount: count } : {}),
      }),
      index,
    ),
  )
  const active = options.opened ? ` aria-activedescendant="${outlookItemId(options.opened)}"` : ''
  const tabs = options.inboxView ? `${viewTabsHtml(options.inboxView)}\n` : ''
  return `<div role="complementary" aria-label="Message list" data-app-section="MessageList" class="Ml2Ps" style="flex:0 0 420px;min-width:0">
${tabs}<div id="MailList" class="customScrollBar">
<div role="listbox" aria-label="Message list" aria-multiselectable="true"${active} style="height:600px;overflow:auto;position:relative">
<div class="Sp4cR" style="position:relative;height:${(mails.length * ROW_HEIGHT).toFixed(2)}px">
${rows.join('\n')}
</div></div></div></div>`
}

export function outlookReplica(
  mails: readonly MailSpec[],
  options: OutlookPageOptions = {},
): string {
  const layout = options.layout ?? 'right'
  const pane = readingPaneHtml(options.opened, {
    link: options.link ?? safeLink('https://nitro-claim.example/redeem'),
    view: options.view ?? 'conversation',
    ...(options.bodyExtras ? { bodyExtras: options.bodyExtras } : {}),
  })
  const direction = layout === 'bottom' ? 'column' : 'row'
  const content =
    layout === 'popout'
      ? pane
      : `${RIBBON}
<div style="display:flex">
<div data-app-section="NavigationPane" role="navigation"><div role="tree" aria-label="Folders">${FOLDERS}</div></div>
<div class="Mn5Ar" style="display:flex;flex:1;flex-direction:${direction}">
${layout === 'off' ? pane : `${messageList(mails, options)}\n${pane}`}
</div></div>`
  return `<!DOCTYPE html>
<!-- RECONSTRUCTION of an Outlook on the web page with the nesting of real saved pages (docs/webmail-pages.md 4.5); not a saved page. -->
<html lang="en"><head><meta charset="utf-8"><title>Mail - Person One - Outlook</title><style>${ROW_STYLE}</style></head>
<body><div id="app">
${content}
</div></body></html>`
}

export { outlookVirtualReplica, type OutlookProbe } from './outlook-virtual.ts'
