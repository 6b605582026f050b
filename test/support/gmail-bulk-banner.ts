// The "Select all N conversations that match this search" banner of the replica Gmail page: once
// the toolbar's checkbox (`span.T-Jo[role=checkbox]`, docs/webmail-pages.md 3.2) has ticked every row of a
// search page that is not the whole result, Gmail offers above the list to extend the selection
// to every result; pressing the offer selects them all (the banner then says so and offers to
// clear it). docs/webmail-pages.md 3.2 found no selector for the banner [unverified]: here it is `div.ya`
// holding one `[role=link]`. The bulk confirmation is in gmail-behaviour.ts. Runs inside the page
// after gmail-behaviour.ts, so it must not use anything from outside its body.
export function installGmailBulkBanner(win: Window): void {
  const doc = win.document
  // A page loaded again into the same window (the DOM tests) replaces this one's listeners.
  const lives = win as unknown as Record<string, AbortController | undefined>
  lives.__replica_banner?.abort()
  const life = new AbortController()
  lives.__replica_banner = life
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal: life.signal })
  let bulk = false
  const shownRows = () =>
    [...doc.querySelectorAll('tr.zA')].filter(
      (row) => (row.closest('[gh="tl"]') as HTMLElement | null)?.style.display !== 'none',
    )
  const matching = () => {
    const ask = new CustomEvent('replica-matching', { detail: { rows: [] as Element[] } })
    doc.dispatchEvent(ask)
    return ask.detail.rows
  }
  const sync = () => {
    const had = doc.querySelector('[data-replica-banner]')
    had?.remove()
    const page = shownRows()
    const ticked = page.length > 0 && page.every((row) => row.classList.contains('x7'))
    // The confirmation dialog took the banner: the selection was used up.
    if (!ticked || (bulk && !had)) bulk = false
    const total = win.location.hash.startsWith('#search/') ? matching().length : 0
    if (!ticked || total <= page.length) return
    const banner = doc.createElement('div')
    banner.className = 'ya'
    banner.setAttribute('data-replica-banner', '')
    if (bulk) banner.setAttribute('data-replica-bulk', '')
    banner.textContent = bulk
      ? `All ${total} conversations in this search are selected. `
      : `All ${page.length} conversations on this page are selected. `
    const link = doc.createElement('span')
    link.setAttribute('role', 'link')
    link.setAttribute('tabindex', '0')
    link.textContent = bulk
      ? 'Clear selection'
      : `Select all ${total} conversations that match this search`
    link.addEventListener('click', () => {
      bulk = !bulk
      if (!bulk)
        for (const row of page) {
          row.querySelector('div[role=checkbox]')?.setAttribute('aria-checked', 'false')
          row.classList.remove('x7')
        }
      sync()
      doc.dispatchEvent(new CustomEvent('replica-sync'))
    })
    banner.append(link)
    page[0]?.closest('table')?.before(banner)
  }
  on(doc, 'click', (event) => {
    const target = event.target as Element
    if (target.closest('tr.zA div[role=checkbox]')) bulk = false
    if (target.closest('[gh="tm"] span.T-Jo[role=checkbox], tr.zA div[role=checkbox]')) sync()
  })
  on(doc, 'replica-rendered', () => {
    bulk = false
    sync()
  })
}
