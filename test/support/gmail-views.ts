// The views of the replica Gmail page. Every mail stays in one model list with where it is (inbox,
// archive, spam, trash), and each view shows a page of it, as Gmail does:
// - the inbox, split by category tab when mails carry one ("#inbox" is Primary, "#category/<tab>"
//   the others; tabs as `[role=tab][aria-label=…][aria-selected]`, docs/webmail-pages.md 1.1);
// - 50 conversations a page ("#inbox/p2", "#search/<query>/p2"), with the range "1–50 of 312" in
//   the markup of the fixture's own count (`div.amH > span.Dj > span > span.ts`, seen in
//   test/fixtures/gmail 2025-04-08) and Newer / Older buttons (`amD` / `amJ`, Gmail's classes for
//   them, in no fixture [unverified]) that move one page (docs/webmail-pages.md 1.4: Gmail pages, 50 rows);
// - "#search/<query>": a list of its own (Gmail keeps the inbox list in the page, hidden), for
//   in:inbox, in:spam, in:trash, -in:inbox, label:<name>, from:<a> / from:(a OR b), and
//   after:/before: in epoch seconds (support.google.com/mail/answer/7190); Spam and Bin only when
//   asked, as Gmail searches leave them out; no match shows "No messages matched your search"
//   in `td.TC` (InboxWhiz waits for it, docs/webmail-pages.md 3.3);
// - "#inbox/<legacy id>": the conversation (gmail-thread-view.ts).
// Acted-on rows move between places (Archive 7, Spam 9, Delete 10; Move to Inbox 8, Not spam 18)
// and the page shown fills up from the next one. Runs inside the page like gmail-behaviour.ts, so
// it must not use anything from outside its body.
export function installGmailViews(win: Window): void {
  const doc = win.document
  // A page loaded again into the same window (the DOM tests) replaces this one's listeners.
  const lives = win as unknown as Record<string, AbortController | undefined>
  lives.__replica_views?.abort()
  const life = new AbortController()
  lives.__replica_views = life
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal: life.signal })
  const PAGE =
    Number(doc.querySelector('meta[name="replica-page-size"]')?.getAttribute('content')) || 50
  const inboxList = doc.querySelector('[gh="tl"]') as HTMLElement | null
  const inboxBody =
    doc.querySelector('tbody[data-replica-inbox]') ?? doc.querySelector('tr.zA')?.parentElement
  /** Every mail, in list order, and where it is. */
  const all: Element[] = []
  const place = new Map<Element, string>()
  const PLACE_OF: Record<string, string> = { '7': 'archive', '9': 'spam', '10': 'trash' }
  // Rows a test or the demo adds to the shown inbox join the model where they were put.
  const adopt = () => {
    for (const row of [...(inboxBody?.children ?? [])]) {
      if (place.has(row) || !row.matches('tr.zA')) continue
      place.set(row, 'inbox')
      let next = row.nextElementSibling
      while (next && !place.has(next)) next = next.nextElementSibling
      const at = next ? all.indexOf(next) : -1
      if (at < 0) all.push(row)
      else all.splice(at, 0, row)
    }
  }
  adopt()
  const categoryOf = (row: Element) => row.getAttribute('data-replica-category') || 'primary'
  const tabbed = all.some((row) => categoryOf(row) !== 'primary')

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
    const inInbox = query !== null && /(^|\s)in:inbox/u.test(query)
    const inbox = query === null || query.startsWith('label:') || inInbox
    for (const button of doc.querySelectorAll<HTMLElement>('[gh="tm"] div[act][role=button]')) {
      const code = button.getAttribute('act')
      const shown = code === '8' ? !inbox && !spam : code === '18' ? spam : code !== '7' || inbox
      button.style.display = shown ? '' : 'none'
    }
  }

  // The pager, on the right of the toolbar as in Gmail.
  const pager = doc.createElement('div')
  pager.setAttribute('data-replica-pager', '')
  pager.innerHTML =
    '<div class="J-J5-Ji amH"><span class="Dj"><span><span class="ts"></span>–<span class="ts"></span></span> of <span class="ts"></span></span></div>' +
    '<div class="T-I J-J5-Ji amD T-I-awG T-I-ax7 T-I-Js-Gs L3" role="button" tabindex="0" aria-label="Newer" data-tooltip="Newer"></div>' +
    '<div class="T-I J-J5-Ji amJ T-I-awG T-I-ax7 T-I-Js-IF L3" role="button" tabindex="0" aria-label="Older" data-tooltip="Older"></div>'
  doc.querySelector('[gh="tm"]')?.append(pager)
  const [firstText, lastText, totalText] = [...pager.querySelectorAll('span.ts')]
  const [newer, older] = [...pager.querySelectorAll('[role=button]')] as HTMLElement[]

  // The category tabs above the inbox list.
  const tabs = doc.createElement('div')
  tabs.setAttribute('role', 'tablist')
  for (const [name, label] of [
    ['primary', 'Primary'],
    ['promotions', 'Promotions'],
    ['social', 'Social'],
    ['updates', 'Updates'],
  ] as const) {
    const tab = doc.createElement('div')
    tab.setAttribute('role', 'tab')
    tab.setAttribute('aria-label', label)
    tab.setAttribute('data-replica-tab', name)
    tab.textContent = label
    tab.addEventListener('click', () => {
      win.location.hash = name === 'primary' ? '#inbox' : `#category/${name}`
    })
    tabs.append(tab)
  }
  if (tabbed) inboxList?.before(tabs)

  const searchList = doc.createElement('div')
  searchList.setAttribute('gh', 'tl')
  searchList.setAttribute('data-replica-search', '')
  const searchBody = doc.createElement('tbody')
  searchList.append(doc.createElement('table'))
  searchList.firstElementChild?.append(searchBody)
  inboxList?.after(searchList)

  /** Search terms, with from:(a OR b) kept whole. */
  const termsOf = (query: string) => query.match(/-?[a-z]+:(\([^)]*\)|\S+)|\S+/gu) ?? []
  const matches = (row: Element, terms: string[]) => {
    const where = place.get(row) ?? 'inbox'
    const date = Number(row.getAttribute('data-replica-date')) / 1000
    const email = (row.querySelector('span[email]')?.getAttribute('email') ?? '').toLowerCase()
    const asked = terms.includes('in:spam') || terms.includes('in:trash')
    if (!asked && (where === 'spam' || where === 'trash')) return false
    return terms.every((term) => {
      const at = term.indexOf(':')
      const key = term.slice(0, at)
      const value = term.slice(at + 1)
      if (key === 'in') return where === value
      if (key === '-in') return where !== value
      if (key === 'label')
        return [...row.querySelectorAll('[data-replica-label]')].some(
          (chip) =>
            chip.getAttribute('data-replica-label')?.toLowerCase().replace(/\s+/gu, '-') === value,
        )
      if (key === 'from')
        return value
          .replace(/^\(|\)$/gu, '')
          .split(/\s+OR\s+/u)
          .some((part) => part !== '' && email.includes(part.toLowerCase()))
      if (key === 'after') return date >= Number(value)
      if (key === 'before') return date < Number(value)
      return false
    })
  }

  type Route =
    | { kind: 'list'; category: string; page: number }
    | { kind: 'search'; query: string; page: number }
    | { kind: 'thread'; legacy: string }
  const route = (): Route => {
    const hash = win.location.hash
    const search = /^#search\/([^/]*)(?:\/p(\d+))?$/u.exec(hash)
    if (search)
      return { kind: 'search', query: decodeURIComponent(search[1]!), page: +(search[2] ?? 1) }
    const thread = /^#inbox\/([0-9a-f]+)$/u.exec(hash)
    if (thread) return { kind: 'thread', legacy: thread[1]! }
    const category = /^#category\/(\w+)(?:\/p(\d+))?$/u.exec(hash)
    if (category) return { kind: 'list', category: category[1]!, page: +(category[2] ?? 1) }
    const inbox = /^#inbox\/p(\d+)$/u.exec(hash)
    return { kind: 'list', category: 'primary', page: +(inbox?.[1] ?? 1) }
  }
  const rowsOf = (view: Route): Element[] => {
    if (view.kind === 'search') {
      const terms = termsOf(view.query)
      return all.filter((row) => matches(row, terms))
    }
    if (view.kind === 'thread') return []
    return all.filter(
      (row) => place.get(row) === 'inbox' && (!tabbed || categoryOf(row) === view.category),
    )
  }
  const pageHref = (view: Route, page: number) => {
    if (view.kind === 'search')
      return `#search/${encodeURIComponent(view.query)}${page > 1 ? `/p${page}` : ''}`
    const base =
      view.kind === 'list' && view.category !== 'primary' ? `#category/${view.category}` : '#inbox'
    return page > 1 ? `${base}/p${page}` : base
  }
  let shown: Route = route()
  /** The inbox view last shown: Gmail keeps its list in the page, hidden, while searching. */
  let listView: Route =
    shown.kind === 'list' ? shown : { kind: 'list', category: 'primary', page: 1 }
  const fill = (view: Route, body: Element | null | undefined) => {
    const rows = rowsOf(view)
    const last = Math.max(1, Math.ceil(rows.length / PAGE))
    const page = Math.min(view.kind === 'thread' ? 1 : view.page, last)
    const slice = rows.slice((page - 1) * PAGE, page * PAGE)
    if (view.kind === 'search' && slice.length === 0)
      body?.replaceChildren(
        Object.assign(doc.createElement('tr'), {
          innerHTML: '<td class="TC">No messages matched your search.</td>',
        }),
      )
    else body?.replaceChildren(...slice)
    return { total: rows.length, page, last, count: slice.length }
  }
  // For tests: where every mail is and its labels, pages not shown included.
  ;(win as unknown as { __replicaMails?: () => unknown }).__replicaMails = () =>
    all.map((row) => ({
      thread: row.querySelector('span[data-thread-id]')?.getAttribute('data-thread-id') ?? '',
      email: row.querySelector('span[email]')?.getAttribute('email') ?? '',
      where: place.get(row) ?? 'inbox',
      labels: [...row.querySelectorAll('[data-replica-label]')].map((c) => c.textContent),
    }))
  const render = () => {
    adopt()
    const view = shown
    if (view.kind === 'list') listView = view
    if (inboxList) inboxList.style.display = view.kind === 'list' ? '' : 'none'
    searchList.style.display = view.kind === 'search' ? '' : 'none'
    tabs.style.display = view.kind === 'list' ? '' : 'none'
    for (const tab of tabs.children)
      tab.setAttribute(
        'aria-selected',
        String(
          listView.kind === 'list' && tab.getAttribute('data-replica-tab') === listView.category,
        ),
      )
    showButtons(view.kind === 'search' ? view.query : null)
    // The hidden inbox list first: a row the search lists is then taken into the search's list.
    const listed = fill(listView, inboxBody)
    const { total, page, last, count } = view.kind === 'search' ? fill(view, searchBody) : listed
    pager.style.display = total === 0 || view.kind === 'thread' ? 'none' : ''
    firstText!.textContent = String((page - 1) * PAGE + 1)
    lastText!.textContent = String((page - 1) * PAGE + count)
    totalText!.textContent = String(total)
    const target = view.kind === 'thread' ? listView : view
    newer!.setAttribute('aria-disabled', String(page <= 1))
    older!.setAttribute('aria-disabled', String(page >= last))
    newer!.setAttribute('data-replica-href', pageHref(target, page - 1))
    older!.setAttribute('data-replica-href', pageHref(target, page + 1))
    doc.dispatchEvent(new CustomEvent('replica-rendered'))
  }
  let pressed: Element | null = null
  pager.addEventListener('mousedown', (event) => {
    pressed = event.target as Element
  })
  pager.addEventListener('mouseup', (event) => {
    const button = (event.target as Element).closest('[role=button]')
    if (button && pressed === event.target && button.getAttribute('aria-disabled') !== 'true')
      win.location.hash = button.getAttribute('data-replica-href') ?? '#inbox'
    pressed = null
  })

  const onRoute = () => {
    const next = route()
    doc.querySelector('[data-replica-thread]')?.remove()
    shown = next
    if (next.kind === 'thread') {
      render()
      // The conversation view (gmail-thread-view.ts) is drawn after the list it hides.
      doc.dispatchEvent(new CustomEvent('replica-thread', { detail: next.legacy }))
    } else if (next.kind === 'search' || next.page > 1) {
      // Gmail takes a moment to fetch a search or another page; the list changes after it.
      if (inboxList) inboxList.style.display = 'none'
      win.setTimeout(() => {
        if (shown === next) render()
        doc.dispatchEvent(new CustomEvent('replica-sync'))
      }, 60)
    } else render()
    doc.dispatchEvent(new CustomEvent('replica-sync'))
  }
  on(doc, 'replica-act', (event) => {
    const { code, rows } = (event as CustomEvent<{ code: string; rows: Element[] }>).detail
    for (const row of rows)
      place.set(row, code === '8' || code === '18' ? 'inbox' : (PLACE_OF[code] ?? 'archive'))
    render()
  })
  // Every mail of the current search (the "select all that match" banner), answered in place.
  on(doc, 'replica-matching', (event) => {
    const detail = (event as CustomEvent<{ rows: Element[]; total: number }>).detail
    detail.rows = shown.kind === 'search' ? rowsOf(shown) : []
  })
  // What a test checks: every mail's place, category and labels, shown or not.
  on(doc, 'replica-state', (event) => {
    const detail = (event as CustomEvent<{ mails: unknown[] }>).detail
    detail.mails = all.map((row) => ({
      id: row.querySelector('span[data-thread-id]')?.getAttribute('data-thread-id') ?? '',
      place: place.get(row),
      category: categoryOf(row),
      labels: [...row.querySelectorAll('[data-replica-label]')].map((c) => c.textContent),
    }))
  })
  on(win, 'hashchange', onRoute)
  onRoute()
}
