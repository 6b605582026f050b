// The views of the replica Gmail page: the conversation view at "#inbox/<legacy id>", built from
// the real split-pane fixture's markup; a "#search/<query>" list of its own for in:spam,
// in:trash, -in:inbox, label:<name> and after:/before: in epoch seconds (Gmail hides the inbox
// list meanwhile and keeps it in the page); and where acted-on rows go: the archive, Spam or Bin,
// kept out of the page, from where Move to Inbox (act 8) and Not spam (act 18) bring them back.
// All Mail, Spam and Bin show those two buttons where the inbox shows Archive. Runs inside the
// page like gmail-behaviour.ts, so it must not use anything from outside its body.
export function installGmailViews(win: Window): void {
  const doc = win.document
  const inboxBody = doc.querySelector('tr.zA')?.parentElement ?? null
  const inboxList = doc.querySelector('[gh="tl"]') as HTMLElement | null
  /** Rows moved out of the inbox, with where they went: archive, spam or trash. */
  const aside = new Map<Element, string>()
  const FOLDER_OF: Record<string, string> = { '7': 'archive', '9': 'spam', '10': 'trash' }
  const indexOf = (row: Element) => Number(row.id.replace(/^:r/u, '')) || 0
  const backToInbox = (row: Element) => {
    aside.delete(row)
    const next = [...(inboxBody?.children ?? [])].find((other) => indexOf(other) > indexOf(row))
    if (next) next.before(row)
    else inboxBody?.append(row)
  }
  // All Mail, Spam and Bin show Move to Inbox / Not spam where the inbox shows Archive.
  const archiveButton = doc.querySelector('[gh="tm"] div[act="7"][role=button]')
  for (const [code, name] of [
    ['18', 'Not spam'],
    ['8', 'Move to Inbox'],
  ] as const) {
    const button = archiveButton?.cloneNode(true) as HTMLElement | undefined
    button?.setAttribute('act', code)
    button?.setAttribute('aria-label', name)
    button?.setAttribute('data-tooltip', name)
    if (button) archiveButton?.after(button)
  }
  const showButtons = (query: string | null) => {
    const spam = query?.includes('in:spam') === true
    const inbox = query === null || query.startsWith('label:')
    for (const button of doc.querySelectorAll<HTMLElement>('[gh="tm"] div[act][role=button]')) {
      const code = button.getAttribute('act')
      const shown = code === '8' ? !inbox && !spam : code === '18' ? spam : code !== '7' || inbox
      button.style.display = shown ? '' : 'none'
    }
  }
  const searchList = doc.createElement('div')
  searchList.setAttribute('gh', 'tl')
  searchList.setAttribute('data-replica-search', '')
  const searchBody = doc.createElement('tbody')
  searchList.append(doc.createElement('table'))
  searchList.firstElementChild?.append(searchBody)
  inboxList?.after(searchList)
  const matches = (row: Element, terms: string[]) => {
    const folder = aside.get(row) ?? 'inbox'
    const date = Number(row.getAttribute('data-replica-date')) / 1000
    return terms.every((term) => {
      const [key, value = ''] = term.split(':')
      if (term === 'in:spam' || term === 'in:trash') return folder === value
      if (term === '-in:inbox') return folder === 'archive'
      if (key === 'label')
        return (
          (folder === 'inbox' || folder === 'archive') &&
          [...row.querySelectorAll('[data-replica-label]')].some(
            (chip) =>
              chip.getAttribute('data-replica-label')?.toLowerCase().replace(/\s+/gu, '-') ===
              value,
          )
        )
      if (key === 'after') return date >= Number(value)
      if (key === 'before') return date < Number(value)
      return false
    })
  }
  const leaveSearch = () => {
    for (const row of [...searchBody.children]) {
      if (aside.has(row)) row.remove()
      else backToInbox(row)
    }
  }
  const showSearch = (query: string) => {
    leaveSearch()
    const terms = query.split(/\s+/u).filter(Boolean)
    const candidates = [...(inboxBody?.children ?? []), ...aside.keys()]
    // Gmail takes a moment to search; the results replace the list after it.
    win.setTimeout(() => {
      for (const row of candidates) if (matches(row, terms)) searchBody.append(row)
      doc.dispatchEvent(new CustomEvent('replica-sync'))
    }, 60)
  }
  const showThread = () => {
    const hash = win.location.hash
    const query = /^#search\/(.*)$/u.exec(hash)?.[1]
    const legacy = /^#inbox\/([0-9a-f]+)$/u.exec(hash)?.[1]
    doc.querySelector('[data-replica-thread]')?.remove()
    const data = legacy ? threadData(legacy) : null
    if (inboxList) inboxList.style.display = data || query !== undefined ? 'none' : ''
    searchList.style.display = query === undefined ? 'none' : ''
    showButtons(query === undefined ? null : decodeURIComponent(query))
    if (query === undefined) leaveSearch()
    else showSearch(decodeURIComponent(query))
    if (data) inboxList?.after(renderThread(data))
    doc.dispatchEvent(new CustomEvent('replica-sync'))
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
    // More of the mail's own markup where a test asks for it (image maps, SVG links).
    if (data.extras) body.insertAdjacentHTML('beforeend', data.extras)
    return view
  }
  doc.addEventListener('replica-act', (event) => {
    const { code, rows } = (event as CustomEvent<{ code: string; rows: Element[] }>).detail
    for (const row of rows) {
      if (code === '8' || code === '18') backToInbox(row)
      else {
        row.remove()
        aside.set(row, FOLDER_OF[code] ?? 'archive')
      }
    }
  })
  win.addEventListener('hashchange', showThread)
  showThread()
}
