// Outlook on the web pages RECONSTRUCTED from the hooks documented in ../shared/WEBMAIL-DOM.md
// section 4 (outlook-web-skill live ARIA capture 2026-04-10; monet CLAUDE.md; Osso/outlook-web
// list.rs 2025-12). No real Outlook page is public: the hashed class names below are made up,
// as Outlook's own are, and the adapter never reads them.
import type { MailSpec } from './mail-specs.ts'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function listTime(date: Date): string {
  const hour = date.getHours() % 12 || 12
  return `${hour}:${String(date.getMinutes()).padStart(2, '0')} ${date.getHours() < 12 ? 'AM' : 'PM'}`
}

export function outlookConvid(mail: MailSpec): string {
  return `AAQkADAw${mail.threadId.toString(36)}`
}

/** A Defender Safe Links address wrapping `url`, as OWA renders links in protected tenants. */
export function safeLink(url: string): string {
  return `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02&reserved=0`
}

export function outlookRowHtml(mail: MailSpec, selected = false): string {
  const time = listTime(mail.date)
  const label = `${mail.unread ? 'Unread ' : ''}${mail.senderName} ${mail.subject} ${time} ${mail.snippet}`
  const convid = outlookConvid(mail)
  return `<div role="option" class="hcptT" data-convid="${convid}" id="${Buffer.from(convid).toString('base64')}" aria-selected="${selected}" data-focusable-row="true" tabindex="-1" aria-label="${escape(label)}">
  <div role="checkbox" aria-label="Select a conversation" aria-checked="false" class="Gj4bK"></div>
  <div class="XG5Jd"><span class="OZZZK" title="${escape(mail.email)}">${escape(mail.senderName)}</span></div>
  <div class="IjzWp"><span class="TtcXM" title="${escape(mail.subject)}">${escape(mail.subject)}</span><span class="_rWRU" title="${escape(mail.date.toString())}">${time}</span></div>
  <div class="ZrDTK"><span class="FqgPc">${escape(mail.snippet)}</span></div>
  <button type="button" class="qjAi2" aria-label="${mail.unread ? 'Mark as read' : 'Mark as unread'}"></button>
</div>`
}

/** The reading pane with one message open (WEBMAIL-DOM 4.3 ids and names). */
function readingPane(mail: MailSpec | undefined, link: string): string {
  if (!mail) return ''
  return `<div data-app-section="ConversationContainer">
<div class="JgXhV"><span role="heading" aria-level="3" id="CONV_1_SUBJECT">${escape(mail.subject)}</span></div>
<div aria-label="Email message"><div role="heading" aria-level="3" id="MSG_1_FROM"><span aria-label="From: ${escape(mail.senderName)}">${escape(mail.senderName)}</span></div>
<div role="document" aria-label="Message body" id="UniqueMessageBody_1"><div class="rps_1a2b"><p>${escape(mail.snippet)}</p>
<p><a href="${escape(link)}" data-auth="NotApplicable" data-linkindex="0" rel="noopener noreferrer" target="_blank">View your request</a></p></div></div></div>
</div>`
}

export function outlookReplica(
  mails: readonly MailSpec[],
  options: { opened?: MailSpec; link?: string } = {},
): string {
  return `<!DOCTYPE html>
<!-- RECONSTRUCTION of an Outlook on the web inbox from documented hooks (../shared/WEBMAIL-DOM.md s.4); not a saved page. -->
<html lang="en"><head><meta charset="utf-8"><title>Mail - Person One - Outlook</title></head>
<body><div id="app">
<div data-app-section="NavigationPane" role="navigation"><div role="treeitem" data-folder-name="inbox" aria-label="Inbox selected">Inbox</div></div>
<div role="complementary" aria-label="Message list" data-app-section="MessageList">
<div role="listbox" aria-label="Message list" style="height:600px;overflow:auto">
${mails.map((mail) => outlookRowHtml(mail, mail === options.opened)).join('\n')}
</div></div>
<div role="main" aria-label="Reading Pane" id="ReadingPaneContainerId">${readingPane(options.opened, options.link ?? safeLink('https://nitro-claim.example/redeem'))}</div>
</div></body></html>`
}

/**
 * A virtualised Outlook list (WEBMAIL-DOM 4.2: about 12-20 rows exist at a time, rows scrolled
 * out are removed): a script renders only the rows in view of the 600 px listbox on every scroll.
 */
export function outlookVirtualReplica(mails: readonly MailSpec[]): string {
  const rows = JSON.stringify(mails.map((mail) => outlookRowHtml(mail))).replaceAll('<', '\\u003c')
  const script = `<script>(() => {
  const ROW = 72, rows = ${rows};
  const list = document.querySelector('[role=listbox]');
  const spacer = document.createElement('div');
  spacer.style.cssText = 'position:relative;height:' + rows.length * ROW + 'px';
  list.replaceChildren(spacer);
  const render = () => {
    const first = Math.max(0, Math.floor(list.scrollTop / ROW) - 2);
    const last = Math.min(rows.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 2);
    const html = [];
    for (let i = first; i < last; i++)
      html.push('<div style="position:absolute;left:0;right:0;height:' + ROW + 'px;top:' + i * ROW + 'px">' + rows[i] + '</div>');
    spacer.innerHTML = html.join('');
  };
  list.addEventListener('scroll', render);
  render();
})();</script>`
  return outlookReplica([]).replace('</body>', `${script}</body>`)
}
