// The conversation view of the replica Gmail page at "#inbox/<legacy id>", built from the real
// split-pane fixture's markup (`.a98.iY`, `h2.hP[data-thread-perm-id]`, `span.gD[email]`,
// `div.a3s`; docs/webmail-pages.md 2.1-2.4). Runs inside the page like gmail-behaviour.ts, so it must not
// use anything from outside its body.
export function installGmailThreadView(win: Window): void {
  const doc = win.document
  // A page loaded again into the same window (the DOM tests) replaces this one's listeners.
  const lives = win as unknown as Record<string, AbortController | undefined>
  lives.__replica_thread?.abort()
  const life = new AbortController()
  lives.__replica_thread = life
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal: life.signal })
  const threadData = (legacy: string) => {
    const threads = JSON.parse(doc.getElementById('replica-threads')?.textContent ?? '{}')
    return (threads[legacy] ?? null) as Record<string, string> | null
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
  on(doc, 'replica-thread', (event) => {
    const data = threadData((event as CustomEvent<string>).detail)
    if (data) doc.querySelector('[gh="tl"]')?.after(renderThread(data))
  })
}
