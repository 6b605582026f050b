// Outlook on the web's opened message, RECONSTRUCTED (not a saved page) with the nesting that five
// real saved outlook.live.com pages show (docs/webmail-pages.md 4.3 and 4.5; the captures carry no
// licence and are not in the repository). Where each shape comes from:
// - pane `div[role=main][aria-label="Reading Pane"][data-app-section=MailReadCompose]`: captures;
// - message view `[data-app-section=ItemContainer]`, no "Email message" container: captures;
// - conversation view `[data-app-section=ConversationContainer]`: monet's list of sections (4.1);
//   the messages inside it are laid out like the message view's, which is inferred;
// - subject `div.allowTextSelection[role=heading][aria-level="2"] > span[title]`, and a
//   `span.screenReaderOnly[role=heading][aria-level="2"]` beside it: captures (that heading's
//   text was not recorded; it is placed first so that "the first level-2 heading" would be wrong);
// - sender `span[role=button][aria-label^="From:"]` with a child `Name<address>`, date
//   `[data-testid=SentReceivedSavedTime]`, recipients `[data-testid=RecipientWell]`, actions
//   `[role=toolbar][aria-label="Message actions"]`: captures;
// - body `[role=document] > div#UniqueMessageBody_N[aria-label="Message body"]`: captures; its
//   links as Outlook renders them (`data-auth`, `data-linkindex`; 4.3);
// - the same pane with the reading pane off or in a pop-out window: inferred (4.5 names those cases
//   but the captures hold none). Class names other than `allowTextSelection` and `screenReaderOnly`
//   are made up, as Outlook's hashed ones would be.
import type { MailSpec } from './mail-specs.ts'

export type OutlookView = 'conversation' | 'message'

/** Selector of the subject heading of the reconstruction's open message, for tests. */
export const OUTLOOK_OPEN_SUBJECT =
  '[data-app-section="MailReadCompose"] div.allowTextSelection[role="heading"][aria-level="2"]'

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** "Fri 4/10/2026 8:00 AM", as the pane writes a message's date. */
export function paneDate(date: Date): string {
  const day = date.toLocaleDateString('en-US', { weekday: 'short' })
  const hour = date.getHours() % 12 || 12
  const minutes = String(date.getMinutes()).padStart(2, '0')
  const half = date.getHours() < 12 ? 'AM' : 'PM'
  return `${day} ${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()} ${hour}:${minutes} ${half}`
}

/** One message: its header (sender, date, recipients, actions) and its body with one link. */
function messageHtml(mail: MailSpec, index: number, link: string, extras = ''): string {
  const name = escapeHtml(mail.senderName)
  return `<div class="Hd5Ms">
<span role="button" tabindex="0" aria-label="From: ${name}" class="Fr0mB"><span class="Fr0mT">${name}&lt;${escapeHtml(mail.email)}&gt;</span></span>
<div data-testid="SentReceivedSavedTime" class="Dt7Qx">${paneDate(mail.date)}</div>
<div data-testid="RecipientWell" class="Rc2Wl">To: Person One</div>
<div role="toolbar" aria-label="Message actions" class="Tb4Ac"><button type="button" aria-label="Reply">Reply</button><button type="button" aria-label="Forward">Forward</button></div>
</div>
<div class="infoBarDivClass">Links in this message are checked by your organisation.</div>
<div role="document" class="Dc9Bd"><div id="UniqueMessageBody_${index}" aria-label="Message body" class="Bd1Zz"><div class="rps_1a2b"><p class="x_MsoNormal">${escapeHtml(mail.snippet)}</p>
<p><a href="${escapeHtml(link)}" data-auth="NotApplicable" data-linkindex="0" rel="noopener noreferrer" target="_blank">View your request</a></p>${extras}</div></div></div>`
}

function subjectHtml(mail: MailSpec): string {
  const subject = escapeHtml(mail.subject)
  return `<span class="screenReaderOnly" role="heading" aria-level="2">Summary</span>
<div class="allowTextSelection Sb3Jk" role="heading" aria-level="2"><span title="${subject}">${subject}</span></div>`
}

/** The reading pane; empty ("select an item to read") when no mail is open. */
export function readingPaneHtml(
  mail: MailSpec | undefined,
  options: { link: string; view: OutlookView; bodyExtras?: string },
): string {
  const inner = !mail
    ? ''
    : options.view === 'message'
      ? `<div data-app-section="ItemContainer" class="It3Cn">${subjectHtml(mail)}\n${messageHtml(mail, 1, options.link, options.bodyExtras)}</div>`
      : `<div data-app-section="ConversationContainer" class="Cv8Ct">${subjectHtml(mail)}\n<div class="It3Cn">${messageHtml(mail, 1, options.link, options.bodyExtras)}</div></div>`
  return `<div role="main" aria-label="Reading Pane" data-app-section="MailReadCompose" class="Rp6Ln">${inner}</div>`
}
