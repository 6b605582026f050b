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

/**
 * The ribbon's Home commands (WEBMAIL-DOM 4.1 "Ribbon" region; 4.4: found by accessible name, the
 * names being unverified). The class names are made up, as Outlook's hashed ones would be.
 */
const RIBBON = `<div data-app-section="Ribbon" role="region" aria-label="Ribbon"><div role="toolbar" aria-label="Home" class="mK2wB">
<button type="button" class="rB0x" aria-label="Delete">Delete</button>
<button type="button" class="rB0x" aria-label="Archive">Archive</button>
<button type="button" class="rB0x" aria-label="Report" aria-haspopup="menu">Report</button>
<button type="button" class="rB0x" aria-label="Move to" aria-haspopup="menu">Move to</button>
<button type="button" class="rB0x" aria-label="Categorize" aria-haspopup="menu">Categorize</button>
</div></div>`

/** The folder pane's well-known folders (WEBMAIL-DOM 4.1), the inbox shown. */
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

/** The reading pane with one message open (WEBMAIL-DOM 4.3 ids and names). */
function readingPane(mail: MailSpec | undefined, link: string, extras = ''): string {
  if (!mail) return ''
  return `<div data-app-section="ConversationContainer">
<div class="JgXhV"><span role="heading" aria-level="3" id="CONV_1_SUBJECT">${escape(mail.subject)}</span></div>
<div aria-label="Email message"><div role="heading" aria-level="3" id="MSG_1_FROM"><span aria-label="From: ${escape(mail.senderName)}">${escape(mail.senderName)}</span></div>
<div role="document" aria-label="Message body" id="UniqueMessageBody_1"><div class="rps_1a2b"><p>${escape(mail.snippet)}</p>
<p><a href="${escape(link)}" data-auth="NotApplicable" data-linkindex="0" rel="noopener noreferrer" target="_blank">View your request</a></p>${extras}</div></div></div>
</div>`
}

export function outlookReplica(
  mails: readonly MailSpec[],
  options: { opened?: MailSpec; link?: string; bodyExtras?: string } = {},
): string {
  return `<!DOCTYPE html>
<!-- RECONSTRUCTION of an Outlook on the web inbox from documented hooks (../shared/WEBMAIL-DOM.md s.4); not a saved page. -->
<html lang="en"><head><meta charset="utf-8"><title>Mail - Person One - Outlook</title></head>
<body><div id="app">
${RIBBON}
<div data-app-section="NavigationPane" role="navigation"><div role="tree" aria-label="Folders">${FOLDERS}</div></div>
<div role="complementary" aria-label="Message list" data-app-section="MessageList">
<div role="listbox" aria-label="Message list" style="height:600px;overflow:auto">
${mails.map((mail) => outlookRowHtml(mail, mail === options.opened)).join('\n')}
</div></div>
<div role="main" aria-label="Reading Pane" id="ReadingPaneContainerId">${readingPane(options.opened, options.link ?? safeLink('https://nitro-claim.example/redeem'), options.bodyExtras)}</div>
</div></body></html>`
}

/** What `window.__outlook` tells tests about the interactive reconstruction. */
export interface OutlookProbe {
  /** Conversation ids in that folder (inbox, archive, junkemail, deleteditems). */
  folder(name: string): string[]
  categorized(name: string): string[]
  /** Senders blocked (Report junk blocks them). */
  blocked(): string[]
  selected(): string[]
  /** The folder the list shows. */
  shown(): string
}

/**
 * An interactive, virtualised Outlook inbox (RECONSTRUCTION, WEBMAIL-DOM 4.2 and 4.4): only the
 * rows in view of the 600 px listbox exist; checkboxes select, the count of selected conversations
 * ends the focused row's name; the ribbon's Delete, Archive, Move to (folders), Report (junk, which
 * also blocks the sender) and Categorize (with New category) act on the selection after a short
 * delay; a click on a row opens it; a folder pressed in the folder pane lists that folder's mails.
 * `window.__outlook` tells tests what happened.
 */
export function outlookVirtualReplica(mails: readonly MailSpec[]): string {
  const items = mails.map((mail) => ({
    id: outlookConvid(mail),
    html: outlookRowHtml(mail),
    subject: mail.subject,
    sender: mail.email,
  }))
  const data = JSON.stringify(items).replaceAll('<', '\\u003c')
  return outlookReplica([]).replace(
    '</body>',
    `<script>${INTERACTIVE_SCRIPT.replace('__ITEMS__', data)}</script></body>`,
  )
}

const INTERACTIVE_SCRIPT = `(() => {
  const ROW = 72;
  const items = __ITEMS__.map((item) => ({ ...item, folder: 'inbox', selected: false, categories: [] }));
  const state = { blocked: [], categories: ['Red category', 'Blue category'], focused: null, opened: null, folder: 'inbox' };
  window.__outlook = {
    folder: (name) => items.filter((item) => item.folder === name).map((item) => item.id),
    shown: () => state.folder,
    categorized: (name) => items.filter((item) => item.categories.includes(name)).map((item) => item.id),
    blocked: () => [...state.blocked],
    selected: () => items.filter((item) => item.selected).map((item) => item.id),
  };
  const list = document.querySelector('[role=listbox]');
  const pane = document.getElementById('ReadingPaneContainerId');
  const spacer = document.createElement('div');
  list.replaceChildren(spacer);
  const inFolder = () => items.filter((item) => item.folder === state.folder);
  const selected = () => items.filter((item) => item.folder === state.folder && item.selected);
  const render = () => {
    const shown = inFolder();
    spacer.style.cssText = 'position:relative;height:' + shown.length * ROW + 'px';
    const first = Math.max(0, Math.floor(list.scrollTop / ROW) - 2);
    // Without layout (a DOM test) the list has no height: every row is rendered.
    const view = list.clientHeight || shown.length * ROW;
    const last = Math.min(shown.length, Math.ceil((list.scrollTop + view) / ROW) + 2);
    const html = [];
    for (let i = first; i < last; i++)
      html.push('<div style="position:absolute;left:0;right:0;height:' + ROW + 'px;top:' + i * ROW + 'px">' + shown[i].html + '</div>');
    spacer.innerHTML = html.join('');
    const count = selected().length;
    for (const row of spacer.querySelectorAll('[role=option]')) {
      const item = items.find((candidate) => candidate.id === row.dataset.convid);
      row.querySelector('[role=checkbox]').setAttribute('aria-checked', String(item.selected));
      row.setAttribute('aria-selected', String(item.selected || item.id === state.opened));
      if (item.id === state.focused && count > 1)
        row.setAttribute('aria-label', row.getAttribute('aria-label') + ' ' + count + ' conversations selected');
      if (item.categories.length)
        row.insertAdjacentHTML('beforeend', '<div class="Cat1x">' + item.categories.map((name) => '<span class="Cat2y">' + name + '</span>').join('') + '</div>');
    }
  };
  const later = (work) => setTimeout(() => { work(); render(); }, 30);
  const move = (folder, block) => later(() => {
    for (const item of selected()) {
      item.folder = folder;
      item.selected = false;
      if (block) state.blocked.push(item.sender);
    }
  });
  const closeMenu = () => document.querySelectorAll('[role=menu],[role=dialog]').forEach((node) => node.remove());
  const menu = (anchor, entries) => {
    closeMenu();
    const node = document.createElement('div');
    node.setAttribute('role', 'menu');
    node.className = 'Mnu3z';
    for (const [name, run, checked] of entries) {
      const entry = document.createElement('div');
      entry.setAttribute('role', checked === undefined ? 'menuitem' : 'menuitemcheckbox');
      if (checked !== undefined) entry.setAttribute('aria-checked', checked);
      entry.textContent = name;
      entry.addEventListener('click', () => { closeMenu(); run(); });
      node.append(entry);
    }
    anchor.after(node);
  };
  const toggleCategory = (name) => later(() => {
    const chosen = selected();
    const all = chosen.every((item) => item.categories.includes(name));
    for (const item of chosen) {
      item.categories = item.categories.filter((other) => other !== name);
      if (!all) item.categories.push(name);
    }
  });
  const newCategory = (anchor) => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'New category');
    dialog.innerHTML = '<input type="text" aria-label="Name"><button type="button">Save</button>';
    dialog.querySelector('button').addEventListener('click', () => {
      const name = dialog.querySelector('input').value.trim();
      closeMenu();
      if (!name) return;
      state.categories.push(name);
      toggleCategory(name);
    });
    anchor.after(dialog);
  };
  const commands = {
    Delete: () => move('deleteditems'),
    Archive: () => move('archive'),
    Report: (button) => menu(button, [['Report junk', () => move('junkemail', true)], ['Report phishing', () => move('deleteditems', true)]]),
    'Move to': (button) => menu(button, [['Inbox', () => move('inbox')], ['Archive', () => move('archive')], ['Junk Email', () => move('junkemail')], ['Deleted Items', () => move('deleteditems')]]),
    Categorize: (button) => {
      const chosen = selected();
      menu(button, [
        ...state.categories.map((name) => {
          const having = chosen.filter((item) => item.categories.includes(name)).length;
          return [name, () => toggleCategory(name), having === 0 ? 'false' : having === chosen.length ? 'true' : 'mixed'];
        }),
        ['New category', () => newCategory(button)],
      ]);
    },
  };
  document.querySelector('[data-app-section=Ribbon]').addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button && commands[button.getAttribute('aria-label')]) commands[button.getAttribute('aria-label')](button);
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeMenu(); });
  list.addEventListener('click', (event) => {
    const row = event.target.closest('[role=option]');
    if (!row) return;
    const item = items.find((candidate) => candidate.id === row.dataset.convid);
    if (event.target.closest('[role=checkbox]')) {
      item.selected = !item.selected;
      state.focused = item.id;
    } else {
      for (const other of items) other.selected = false;
      state.opened = item.id;
      pane.innerHTML = '<div data-app-section="ConversationContainer"><span role="heading" aria-level="3" id="CONV_1_SUBJECT"></span></div>';
      pane.querySelector('[role=heading]').textContent = item.subject;
    }
    render();
  });
  // The folder pane: a folder pressed is shown at once in the pane, its list a moment later.
  const folders = [...document.querySelectorAll('[role=treeitem][data-folder-name]')];
  const showFolder = (name) => {
    if (name === state.folder) return;
    for (const item of items) item.selected = false;
    state.folder = name;
    for (const node of folders) {
      const open = node.dataset.folderName === name;
      node.setAttribute('aria-selected', String(open));
      node.setAttribute('aria-label', node.textContent + (open ? ' selected' : ''));
    }
    list.scrollTop = 0;
    spacer.replaceChildren();
    setTimeout(render, 60);
  };
  for (const node of folders) node.addEventListener('click', () => showFolder(node.dataset.folderName));
  list.addEventListener('scroll', render);
  render();
})();`
