// The interactive, virtualised Outlook inbox RECONSTRUCTION the action and scan tests drive: its
// rows and pane are those of outlook-replica.ts and outlook-pane.ts (the nesting of real pages,
// docs/webmail-pages.md 4.5); the behaviour (ribbon commands, menus, folders) follows section 4.4.
import type { MailSpec } from './mail-specs.ts'
import { outlookConvid, outlookReplica, outlookRowHtml } from './outlook-replica.ts'

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
  /** The inbox view shown: focused or other; null without Focused Inbox. */
  view(): string | null
  /** Conversation ids the inbox lists in that view. */
  inView(view: string): string[]
}

/**
 * An interactive, virtualised Outlook inbox (RECONSTRUCTION, docs/webmail-pages.md 4.2 and 4.4): only the
 * rows in view of the 600 px listbox exist; checkboxes select, the count of selected conversations
 * ends the focused row's name; the ribbon's Delete, Archive, Move to (folders), Report (junk, which
 * also blocks the sender) and Categorize (with New category) act on the selection after a short
 * delay; a click on a row opens it; a folder pressed in the folder pane lists that folder's mails.
 * `window.__outlook` tells tests what happened.
 */
export function outlookVirtualReplica(
  mails: readonly MailSpec[],
  options: VirtualOptions = {},
): string {
  const items = mails.map((mail) => ({
    id: outlookConvid(mail),
    html: outlookRowHtml(mail),
    subject: mail.subject,
    sender: mail.email,
    view: options.inOther?.(mail) ? 'other' : 'focused',
  }))
  const data = JSON.stringify(items).replaceAll('<', '\\u003c')
  const settings = JSON.stringify({ stuck: options.stuckTab ?? null })
  const page = outlookReplica([], options.inOther ? { inboxView: 'focused' } : {})
  const script = INTERACTIVE_SCRIPT.replace('__ITEMS__', data).replace('__OPTIONS__', settings)
  return page.replace('</body>', `<script>${script}</script></body>`)
}

export interface VirtualOptions {
  /**
   * With it, Focused Inbox is on: the inbox shows Focused and Other tabs (docs/webmail-pages.md
   * 4.6) and these mails are in Other, the rest in Focused. Without it, the inbox is one list.
   */
  inOther?: (mail: MailSpec) => boolean
  /** A tab that ignores presses: the view cannot be shown (a changed page). */
  stuckTab?: 'focused' | 'other'
}

const INTERACTIVE_SCRIPT = `(() => {
  const ROW = 72;
  const items = __ITEMS__.map((item) => ({ ...item, folder: 'inbox', selected: false, categories: [] }));
  const options = __OPTIONS__;
  const tablist = document.querySelector('[role=tablist]');
  const state = { blocked: [], categories: ['Red category', 'Blue category'], focused: null, opened: null, folder: 'inbox', view: tablist ? 'focused' : null };
  window.__outlook = {
    folder: (name) => items.filter((item) => item.folder === name).map((item) => item.id),
    shown: () => state.folder,
    categorized: (name) => items.filter((item) => item.categories.includes(name)).map((item) => item.id),
    blocked: () => [...state.blocked],
    selected: () => items.filter((item) => item.selected).map((item) => item.id),
    view: () => (state.folder === 'inbox' ? state.view : null),
    inView: (view) => items.filter((item) => item.folder === 'inbox' && item.view === view).map((item) => item.id),
  };
  const list = document.querySelector('[role=listbox]');
  const pane = document.querySelector('[data-app-section=MailReadCompose]');
  const spacer = document.createElement('div');
  list.replaceChildren(spacer);
  // Focused Inbox splits the inbox only; a mail keeps its view when it moves and comes back.
  const inFolder = () => items.filter((item) => item.folder === state.folder && (state.folder !== 'inbox' || !state.view || item.view === state.view));
  const selected = () => inFolder().filter((item) => item.selected);
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
      // The opened mail's subject heading as captured (outlook-pane.ts); its body is left out.
      pane.innerHTML = '<div data-app-section="ItemContainer"><div class="allowTextSelection" role="heading" aria-level="2"><span></span></div></div>';
      pane.querySelector('[role=heading] span').title = item.subject;
      pane.querySelector('[role=heading] span').textContent = item.subject;
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
  // The Focused and Other tabs: the pressed tab is selected at once, its list a moment later;
  // the tabs show in the inbox only.
  const tabs = tablist ? [...tablist.querySelectorAll('[role=tab]')] : [];
  const showView = (view) => {
    if (view === state.view || view === options.stuck) return;
    for (const item of items) item.selected = false;
    state.view = view;
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    list.scrollTop = 0;
    spacer.replaceChildren();
    setTimeout(render, 60);
  };
  for (const tab of tabs) tab.addEventListener('click', () => showView(tab.dataset.view));
  const listPane = document.querySelector('[data-app-section=MessageList]');
  const placeTabs = () => {
    if (!tablist) return;
    if (state.folder === 'inbox') listPane.prepend(tablist);
    else tablist.remove();
  };
  for (const node of folders) node.addEventListener('click', placeTabs);
  list.addEventListener('scroll', render);
  render();
})();`
