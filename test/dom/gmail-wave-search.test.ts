// Gmail actions on a wave spread over pages and category tabs: the search that finds the mails
// (after:/before: in epoch seconds, from:(a OR b)), Gmail's page range, and the action acting on
// every wave mail of every page (all matches at once when the search lists only wave mails,
// page by page otherwise) while the important and trusted mails stay in the inbox.
import { beforeEach, describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import { hasOlderPage, readRange, searchHash } from '../../src/content/webmail/gmail/paging.ts'
import { waveSearchQuery } from '../../src/content/webmail/gmail/search-query.ts'
import { installGmailPage } from '../support/gmail-behaviour.ts'
import { gmailInteractiveReplica } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../support/mail-specs.ts'

describe('the search that finds a wave', () => {
  const dates = { a: 1_768_726_800_000, b: 1_768_727_400_500 }
  it('narrows to the inbox, the window in epoch seconds with slack, and the senders', () => {
    const query = waveSearchQuery({
      action: 'archive',
      ids: ['a', 'b'],
      dates,
      senders: ['discord.zendesk.com', 'Li.me', 'li.me'],
    })
    expect(query).toBe(
      'in:inbox after:1768726680 before:1768727521 from:(discord.zendesk.com OR li.me)',
    )
  })
  it('labels wherever the mails are, one sender without a group', () => {
    expect(waveSearchQuery({ action: 'label', ids: ['a'], dates, senders: ['x.example'] })).toBe(
      'after:1768726680 before:1768726920 from:x.example',
    )
  })
  it('leaves out senders that would make the query too long, and words that are no sender', () => {
    const many = Array.from({ length: 31 }, (_, i) => `s${i}.example`)
    expect(waveSearchQuery({ action: 'delete', ids: ['a'], dates, senders: many })).toBe(
      'in:inbox after:1768726680 before:1768726920',
    )
    expect(waveSearchQuery({ action: 'spam', ids: ['a'], dates, senders: ['a) OR (b'] })).toContain(
      'from:aorb',
    )
  })
  it('has no query without a dated mail', () => {
    expect(waveSearchQuery({ action: 'archive', ids: ['a'], dates: {} })).toBeNull()
  })
  it('writes the page into the route as Gmail does', () => {
    expect(searchHash('in:inbox after:1', 1)).toBe('#search/in%3Ainbox%20after%3A1')
    expect(searchHash('x', 3)).toBe('#search/x/p3')
  })
})

const WAVE = 120
const start = new Date(2026, 0, 18, 9)
// The wave: a third in Primary, the rest in Updates; ordinary mail in Primary around it, and
// two mails inside the wave's window that are not the wave's (the important and trusted ones).
const wave: MailSpec[] = waveMails(WAVE, start, 5_000).map((mail, i) => ({
  ...mail,
  category: i % 3 === 0 ? 'primary' : 'updates',
}))
const kept = ordinaryMails(2, new Date(start.getTime() + 60_000), 1_700_000_000_000_000_000n).map(
  (mail) => ({
    ...mail,
    email: 'security@discord.zendesk.com',
    date: new Date(start.getTime() + 90_000),
  }),
)
const ordinary = ordinaryMails(30, new Date(2026, 0, 17))
const ids = wave.map((mail) => `thread-f:${mail.threadId}`)
const dates = Object.fromEntries(wave.map((mail, i) => [ids[i]!, mail.date.getTime()]))

interface ReplicaMail {
  id: string
  place: string
  category: string
  labels: string[]
}
function state(): ReplicaMail[] {
  const ask = new CustomEvent('replica-state', { detail: { mails: [] as ReplicaMail[] } })
  document.dispatchEvent(ask)
  return ask.detail.mails
}

describe('Gmail actions on a wave over pages and tabs', { timeout: 60_000 }, () => {
  beforeEach(() => {
    loadPage(
      gmailInteractiveReplica([...wave, ...kept, ...ordinary]).replace(
        /<script>var __name[\s\S]*?<\/script>/u,
        '',
      ),
    )
    window.location.hash = '#inbox'
    installGmailPage(window as unknown as Window)
  })

  it('shows 50 rows a page with its range, and the rest on older pages', () => {
    expect(readRange(document)).toEqual({ first: 1, last: 50, total: 72 })
    expect(hasOlderPage(readRange(document))).toBe(true)
    expect(document.querySelectorAll('tr.zA')).toHaveLength(50)
  })

  it('acts page by page on the wave rows only when the search lists other mail', async () => {
    const progress: number[] = []
    const results = await gmailAdapter.runAction(document, {
      action: 'archive',
      ids,
      label: 'Relay spam',
      dates,
      senders: ['discord.zendesk.com', 'dropbox.zendesk.com', 'tinder.zendesk.com', 'li.me'],
      onProgress: (so) => progress.push(Object.keys(so).length),
    })
    // Only some companies were named: their wave mails are found, the others' are not.
    const named = wave.filter((mail) => /discord|dropbox|tinder|li\.me/u.test(mail.email)).length
    expect(Object.values(results).filter((r) => r === 'done')).toHaveLength(named)
    expect(progress.length).toBeGreaterThan(1) // paced chunks
    const after = state()
    expect(after.filter((mail) => mail.place === 'archive')).toHaveLength(named)
    const keptIds = kept.map((mail) => `#thread-f:${mail.threadId}`)
    expect(after.filter((mail) => keptIds.includes(mail.id)).map((m) => m.place)).toEqual([
      'inbox',
      'inbox',
    ])
    expect(window.location.hash).toBe('#inbox')
  })

  it('selects all matches at once when the search lists only wave mails, then undoes', async () => {
    const results = await gmailAdapter.runAction(document, {
      action: 'delete',
      ids,
      label: 'Relay spam',
      dates,
    })
    // The kept mails lie inside the window but were not asked for: the search lists them, so it
    // went page by page; without them it selects all (below).
    expect(Object.values(results).filter((r) => r === 'done')).toHaveLength(WAVE)
    expect(state().filter((mail) => mail.place === 'trash')).toHaveLength(WAVE)
    const undo = await gmailAdapter.runAction(document, {
      action: 'undelete',
      ids,
      label: 'Relay spam',
      dates,
    })
    expect(Object.values(undo).filter((r) => r === 'done')).toHaveLength(WAVE)
    expect(state().filter((mail) => mail.place === 'inbox')).toHaveLength(state().length)
    expect(window.location.hash).toBe('#inbox')
  })

  it('uses "select all that match" with its confirmation for a wave alone in its window', async () => {
    let confirmed = 0
    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-replica-confirm] button[name=ok]')) confirmed++
    })
    const results = await gmailAdapter.runAction(document, {
      action: 'spam',
      ids: [...ids, ...kept.map((mail) => `thread-f:${mail.threadId}`)],
      label: 'Relay spam',
      dates,
    })
    expect(confirmed).toBe(1)
    expect(Object.values(results).filter((r) => r === 'done')).toHaveLength(WAVE + 2)
    expect(state().filter((mail) => mail.place === 'spam')).toHaveLength(WAVE + 2)
    expect(state().filter((mail) => mail.place === 'inbox')).toHaveLength(ordinary.length)
  })
})
