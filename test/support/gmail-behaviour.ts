// What the replica Gmail page does when used, as far as Relay Shield relies on it: row checkboxes
// toggle on click, the toolbar's checkbox ticks the whole page; the toolbar's action groups show
// only while rows are selected; toolbar buttons act on mousedown followed by mouseup (a bare click
// does nothing, docs/webmail-pages.md 3.3) and move the acted-on rows after a short delay (into the
// archive, Spam or Bin, or back with Move to Inbox / Not spam); the Labels menu filters, applies,
// takes off and creates labels, a label all selected rows have showing ticked; on a search the
// "select all that match" banner and Gmail's bulk confirmation. The function runs inside the page
// (its source is inlined into a <script>), so it must not use anything from outside its body.
// The views (pages, tabs, searches, places) are in gmail-views.ts, the conversation in
// gmail-thread-view.ts.
import { installGmailBulkBanner } from './gmail-bulk-banner.ts'
import { installGmailThreadView } from './gmail-thread-view.ts'
import { installGmailViews } from './gmail-views.ts'

export function installGmailBehaviour(win: Window): void {
  const doc = win.document
  // A page loaded again into the same window (the DOM tests) replaces this one's listeners.
  const lives = win as unknown as Record<string, AbortController | undefined>
  lives.__replica_behaviour?.abort()
  const life = new AbortController()
  lives.__replica_behaviour = life
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal: life.signal })
  const labels = ['Label 1']
  let pressed: Element | null = null
  const selectedRows = () =>
    [...doc.querySelectorAll('tr.zA')].filter(
      (row) => row.querySelector('div[role=checkbox]')?.getAttribute('aria-checked') === 'true',
    )
  const syncToolbar = () => {
    const any = selectedRows().length > 0 || doc.querySelector('[data-replica-thread]') !== null
    for (const button of doc.querySelectorAll('[gh="tm"] div[act][role=button]')) {
      if (button.getAttribute('act') === '20') continue // Refresh is always there
      ;(button.parentElement as HTMLElement).style.display = any ? '' : 'none'
      button.setAttribute('aria-disabled', String(!any))
    }
    const labelGroup = doc.querySelector('[gh="tm"] div.mw[role=button]')?.parentElement
    if (labelGroup) labelGroup.style.display = any ? '' : 'none'
  }
  const toast = (text: string) => {
    doc.querySelector('[data-replica-toast]')?.remove()
    const alert = doc.createElement('div')
    alert.setAttribute('role', 'alert')
    alert.setAttribute('data-replica-toast', '')
    alert.textContent = text
    doc.body.append(alert)
  }
  const act = (code: string) => {
    const open = doc.querySelector('[data-replica-thread]')
    if (!open) return confirmBulk((rows) => moveRows(code, rows, false))
    const rows = [...doc.querySelectorAll('tr.zA')].filter(
      (row) =>
        row.querySelector('span[data-thread-id]')?.getAttribute('data-legacy-thread-id') ===
        open.getAttribute('data-replica-thread'),
    )
    moveRows(code, rows, true)
  }
  const moveRows = (code: string, rows: Element[], open: boolean) => {
    win.setTimeout(() => {
      for (const row of rows) tick(row, false)
      // The views (gmail-views.ts) move the rows out of the list, or back to the inbox.
      doc.dispatchEvent(new CustomEvent('replica-act', { detail: { code, rows } }))
      if (open) win.location.hash = '#inbox'
      toast(`${rows.length} conversation(s) done (act ${code}).`)
      syncToolbar()
    }, 40)
  }
  const shownRows = () =>
    [...doc.querySelectorAll('tr.zA')].filter(
      (row) => (row.closest('[gh="tl"]') as HTMLElement | null)?.style.display !== 'none',
    )
  const matching = () => {
    const ask = new CustomEvent('replica-matching', { detail: { rows: [] as Element[] } })
    doc.dispatchEvent(ask)
    return ask.detail.rows
  }
  const tick = (row: Element, on: boolean) => {
    row.querySelector('div[role=checkbox]')?.setAttribute('aria-checked', String(on))
    row.classList.toggle('x7', on)
  }
  // With every result selected (gmail-bulk-banner.ts), Gmail asks "Confirm bulk action" in a
  // dialog whose buttons are named ok / cancel before it acts.
  const confirmBulk = (then: (rows: Element[]) => void) => {
    const banner = doc.querySelector('[data-replica-banner][data-replica-bulk]')
    if (!banner) return then(selectedRows())
    const rows = matching()
    const dialog = doc.createElement('div')
    dialog.setAttribute('role', 'alertdialog')
    dialog.setAttribute('data-replica-confirm', '')
    dialog.textContent = `Confirm bulk action: this will affect all ${rows.length} conversations.`
    for (const name of ['ok', 'cancel']) {
      const button = doc.createElement('button')
      button.setAttribute('name', name)
      button.textContent = name === 'ok' ? 'OK' : 'Cancel'
      button.addEventListener('click', () => {
        dialog.remove()
        banner.remove()
        if (name === 'ok') then(rows)
      })
      dialog.append(button)
    }
    doc.body.append(dialog)
  }
  const closeMenu = () => doc.querySelector('[data-replica-menu]')?.remove()
  const labelChip = (row: Element, name: string) =>
    [...row.querySelectorAll('[data-replica-label]')].find(
      (chip) => chip.getAttribute('data-replica-label') === name,
    )
  const applyLabel = (name: string, on: boolean) => {
    closeMenu()
    confirmBulk((rows) => {
      for (const row of rows) {
        if (!on) {
          labelChip(row, name)?.remove()
          continue
        }
        if (labelChip(row, name)) continue
        const chip = doc.createElement('div')
        chip.setAttribute('data-replica-label', name)
        chip.textContent = name
        row.querySelector('.xT')?.append(chip)
      }
      toast(on ? `Applied "${name}".` : `Removed "${name}".`)
    })
  }
  const openLabelsMenu = () => {
    closeMenu()
    const menu = doc.createElement('div')
    menu.setAttribute('role', 'menu')
    menu.setAttribute('data-replica-menu', '')
    const input = doc.createElement('input')
    const items = doc.createElement('div')
    menu.append(input, items)
    const render = () => {
      const filter = input.value.trim().toLowerCase()
      items.replaceChildren()
      const matching = labels.filter((name) => name.toLowerCase().includes(filter))
      for (const name of matching) {
        const item = doc.createElement('div')
        item.setAttribute('role', 'menuitemcheckbox')
        const all = selectedRows().every((row) => labelChip(row, name))
        item.setAttribute('aria-checked', String(selectedRows().length > 0 && all))
        item.setAttribute('title', name)
        item.textContent = name
        items.append(item)
      }
      if (matching.length === 0 && filter !== '') {
        const create = doc.createElement('div')
        create.setAttribute('role', 'menuitem')
        create.setAttribute('data-replica-create', input.value.trim())
        create.textContent = `"${input.value.trim()}" (create new)`
        items.append(create)
      }
    }
    input.addEventListener('input', render)
    render()
    doc.body.append(menu)
  }
  const openCreateDialog = (name: string) => {
    const dialog = doc.createElement('div')
    dialog.setAttribute('role', 'dialog')
    const input = doc.createElement('input')
    input.value = name
    const ok = doc.createElement('button')
    ok.setAttribute('name', 'ok')
    ok.textContent = 'Create'
    ok.addEventListener('click', () => {
      labels.push(input.value.trim())
      dialog.remove()
      applyLabel(input.value.trim(), true)
    })
    dialog.append(input, ok)
    doc.body.append(dialog)
  }
  const onPress = (target: Element) => {
    const actButton = target.closest('[gh="tm"] div[act][role=button]')
    if (actButton) return act(actButton.getAttribute('act') ?? '')
    if (target.closest('[gh="tm"] div.mw[role=button]')) return openLabelsMenu()
    const check = target.closest('[data-replica-menu] [role=menuitemcheckbox]')
    if (check) {
      const on = check.getAttribute('aria-checked') !== 'true'
      check.setAttribute('aria-checked', String(on))
      doc.querySelector('[data-replica-apply]')?.remove()
      const apply = doc.createElement('div')
      apply.setAttribute('role', 'menuitem')
      apply.setAttribute('data-replica-apply', check.getAttribute('title') ?? '')
      apply.setAttribute('data-replica-on', String(on))
      apply.textContent = 'Apply'
      doc.querySelector('[data-replica-menu]')?.append(apply)
      return
    }
    const apply = target.closest('[data-replica-apply]')
    if (apply)
      return applyLabel(
        apply.getAttribute('data-replica-apply') ?? '',
        apply.getAttribute('data-replica-on') === 'true',
      )
    const create = target.closest('[data-replica-create]')
    if (create) {
      closeMenu()
      openCreateDialog(create.getAttribute('data-replica-create') ?? '')
    }
  }
  on(doc, 'mousedown', (event) => {
    pressed = event.target as Element
  })
  on(doc, 'mouseup', (event) => {
    const target = event.target as Element
    if (pressed === target) onPress(target)
    pressed = null
  })
  on(doc, 'click', (event) => {
    const target = event.target as Element
    const all = target.closest('[gh="tm"] span.T-Jo[role=checkbox]')
    if (all) {
      const page = shownRows()
      const on = !page.every((row) => row.classList.contains('x7'))
      for (const row of page) tick(row, on)
      all.setAttribute('aria-checked', String(on))
    }
    const box = target.closest('tr.zA div[role=checkbox]')
    if (box) {
      tick(box.closest('tr')!, box.getAttribute('aria-checked') !== 'true')
    }
    if (all || box) syncToolbar()
  })
  on(doc, 'replica-sync', syncToolbar)
  syncToolbar()
}

/** Both parts, for a test DOM that does not run the page's inline script. */
export function installGmailPage(win: Window): void {
  installGmailThreadView(win)
  installGmailViews(win)
  installGmailBehaviour(win)
  installGmailBulkBanner(win)
}

/** The behaviour as an inline script for a served replica page. */
export function gmailBehaviourScript(): string {
  // tsx may wrap named functions in __name(); the page has no such helper.
  const install = (fn: (win: Window) => void) => `(${fn.toString()})(window);`
  return `<script>var __name = (f) => f; ${install(installGmailThreadView)}${install(installGmailViews)}${install(installGmailBehaviour)}${install(installGmailBulkBanner)}</script>`
}
