// What the replica Gmail page does when used, as far as Relay Shield relies on it: row checkboxes
// toggle on click; the toolbar's action groups show only while rows are selected; toolbar buttons
// act on mousedown followed by mouseup (a bare click does nothing, WEBMAIL-DOM 3.3) and remove the
// acted-on rows after a short delay; the Labels menu filters, applies and creates labels; a
// "#inbox/<legacy id>" URL opens the conversation view. The function runs inside the page (its
// source is inlined into a <script>), so it must not use anything from outside its body.
export function installGmailBehaviour(win: Window): void {
  const doc = win.document
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
    const rows = open
      ? [...doc.querySelectorAll('tr.zA')].filter(
          (row) =>
            row.querySelector('span[data-thread-id]')?.getAttribute('data-legacy-thread-id') ===
            open.getAttribute('data-replica-thread'),
        )
      : selectedRows()
    win.setTimeout(() => {
      for (const row of rows) row.remove()
      if (open) win.location.hash = '#inbox'
      toast(`${rows.length} conversation(s) done (act ${code}).`)
      syncToolbar()
    }, 40)
  }
  const closeMenu = () => doc.querySelector('[data-replica-menu]')?.remove()
  const applyLabel = (name: string) => {
    for (const row of selectedRows()) {
      const chip = doc.createElement('div')
      chip.setAttribute('data-replica-label', name)
      chip.textContent = name
      row.querySelector('.xT')?.append(chip)
    }
    closeMenu()
    toast(`Applied "${name}".`)
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
        item.setAttribute('aria-checked', 'false')
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
      applyLabel(input.value.trim())
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
      check.setAttribute('aria-checked', 'true')
      if (!doc.querySelector('[data-replica-apply]')) {
        const apply = doc.createElement('div')
        apply.setAttribute('role', 'menuitem')
        apply.setAttribute('data-replica-apply', check.getAttribute('title') ?? '')
        apply.textContent = 'Apply'
        doc.querySelector('[data-replica-menu]')?.append(apply)
      }
      return
    }
    const apply = target.closest('[data-replica-apply]')
    if (apply) return applyLabel(apply.getAttribute('data-replica-apply') ?? '')
    const create = target.closest('[data-replica-create]')
    if (create) {
      closeMenu()
      openCreateDialog(create.getAttribute('data-replica-create') ?? '')
    }
  }
  doc.addEventListener('mousedown', (event) => {
    pressed = event.target as Element
  })
  doc.addEventListener('mouseup', (event) => {
    const target = event.target as Element
    if (pressed === target) onPress(target)
    pressed = null
  })
  doc.addEventListener('click', (event) => {
    const box = (event.target as Element).closest('tr.zA div[role=checkbox]')
    if (!box) return
    const on = box.getAttribute('aria-checked') !== 'true'
    box.setAttribute('aria-checked', String(on))
    box.closest('tr')?.classList.toggle('x7', on)
    syncToolbar()
  })
  const showThread = () => {
    const legacy = /^#inbox\/([0-9a-f]+)$/u.exec(win.location.hash)?.[1]
    doc.querySelector('[data-replica-thread]')?.remove()
    const list = doc.querySelector('[gh="tl"]') as HTMLElement | null
    const data = legacy ? threadData(legacy) : null
    if (list) list.style.display = data ? 'none' : ''
    if (data) list?.after(renderThread(data))
    syncToolbar()
  }
  const threadData = (legacy: string) => {
    const all = JSON.parse(doc.getElementById('replica-threads')?.textContent ?? '{}')
    return (all[legacy] ?? null) as Record<string, string> | null
  }
  const renderThread = (data: Record<string, string>) => {
    const template = doc.getElementById('replica-thread-template') as HTMLTemplateElement
    const view = template.content.firstElementChild!.cloneNode(true) as Element
    view.setAttribute('data-replica-thread', data.legacy ?? '')
    const heading = view.querySelector('h2[data-thread-perm-id]')!
    heading.setAttribute('data-thread-perm-id', data.threadId ?? '')
    heading.setAttribute('data-legacy-thread-id', data.legacy ?? '')
    heading.textContent = data.subject ?? ''
    const sender = view.querySelector('span.gD[email]')!
    sender.setAttribute('email', data.email ?? '')
    sender.setAttribute('name', data.senderName ?? '')
    sender.textContent = data.senderName ?? ''
    const address = view.querySelector('span.go')
    if (address) address.textContent = `<${data.email ?? ''}>`
    const date = view.querySelector('span.g3[title]')
    date?.setAttribute('title', data.dateTitle ?? '')
    if (date) date.textContent = data.dateTitle ?? ''
    const body = view.querySelector('div.a3s')!
    const link = doc.createElement('a')
    link.setAttribute('href', data.link ?? '')
    link.setAttribute('data-saferedirecturl', data.safeRedirect ?? '')
    link.setAttribute('target', '_blank')
    link.textContent = data.linkText ?? ''
    body.replaceChildren(data.body ?? '', doc.createElement('br'), link)
    return view
  }
  win.addEventListener('hashchange', showThread)
  showThread()
  syncToolbar()
}

/** The behaviour as an inline script for a served replica page. */
export function gmailBehaviourScript(): string {
  // tsx may wrap named functions in __name(); the page has no such helper.
  return `<script>var __name = (f) => f; (${installGmailBehaviour.toString()})(window)</script>`
}
