// Bulk actions through Gmail's own toolbar on the interactive replica (real fixture markup plus
// the behaviour Relay Shield relies on: docs/webmail-pages.md 3.1-3.3).
import { beforeEach, describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { gmailAdapter, gmailRowId } from '../../src/content/webmail/gmail/adapter.ts'
import { installGmailPage } from '../support/gmail-behaviour.ts'
import { gmailInteractiveReplica } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'

const wave = waveMails(25, new Date(2026, 0, 18))
const ordinary = ordinaryMails(3, new Date(2026, 0, 17))

function rowIds(): string[] {
  return gmailAdapter.rowElements(document).map((row) => gmailRowId(row)!)
}

beforeEach(async () => {
  // The inbox's first page, by a route other than the last test's: once its change arrives, no
  // route change a test made (a conversation opened) is still on its way to the next page.
  const shown = new Promise((done) => window.addEventListener('hashchange', done, { once: true }))
  window.location.hash = window.location.hash === '#inbox' ? '#inbox/p1' : '#inbox'
  await shown
  // The page's inline behaviour script is not run by the test DOM; it is installed directly.
  loadPage(
    gmailInteractiveReplica([...wave, ...ordinary]).replace(
      /<script>var __name[\s\S]*?<\/script>/u,
      '',
    ),
  )
  installGmailPage(window as unknown as Window)
})

const waveIds = () => wave.map((mail) => `thread-f:${mail.threadId}`)
const rowOf = (id: string) => document.querySelector(`[data-thread-id="#${id}"]`)!.closest('tr')!

/** Where each mail is in the replica's model (inbox, archive, spam, trash), shown or not. */
function places(): Record<string, string> {
  const ask = new CustomEvent('replica-state', { detail: { mails: [] as unknown[] } })
  document.dispatchEvent(ask)
  const mails = ask.detail.mails as { id: string; place: string }[]
  return Object.fromEntries(mails.map((mail) => [mail.id.replace('#', ''), mail.place]))
}

/** Runs `then` once, as soon as the row's checkbox shows ticked. */
function whenTicked(row: Element, then: () => void): void {
  const observer = new MutationObserver(() => {
    if (row.querySelector('div[role=checkbox]')!.getAttribute('aria-checked') !== 'true') return
    observer.disconnect()
    then()
  })
  observer.observe(document.body, { subtree: true, attributes: true })
}

describe('Gmail bulk actions', () => {
  it('archives the wave in paced chunks and reports each message', async () => {
    const plain = document.querySelectorAll('tr.zA')[26]!.querySelector('div[role=checkbox]')!
    ;(plain as HTMLElement).click() // the user had ticked an ordinary mail
    const progress: number[] = []
    const results = await gmailAdapter.runAction(document, {
      action: 'archive',
      ids: [...waveIds(), 'thread-f:404'],
      label: 'Relay spam',
      onProgress: (so) => progress.push(Object.keys(so).length),
    })
    expect(Object.values(results).filter((r) => r === 'done')).toHaveLength(25)
    expect(results['thread-f:404']).toBe('not-found')
    expect(progress).toEqual([20, 26])
    expect(rowIds()).toEqual(ordinary.map((mail) => `thread-f:${mail.threadId}`))
    // The user's own ticked row was unticked for the action, never archived with the wave, and
    // ticked again after it.
    expect(rowIds()).toContain(
      plain
        .closest('tr')!
        .querySelector('[data-thread-id]')!
        .getAttribute('data-thread-id')!
        .replace('#', ''),
    )
    expect(plain.getAttribute('aria-checked')).toBe('true')
  })

  it('does nothing on a bare click: the toolbar needs mousedown and mouseup', () => {
    const box = document.querySelector('tr.zA div[role=checkbox]') as HTMLElement
    box.click()
    ;(document.querySelector('[gh="tm"] div[act="7"]') as HTMLElement).click()
    expect(rowIds()).toHaveLength(28)
  })

  it('applies a "Relay spam" label, creating it when missing, without removing rows', async () => {
    const ids = waveIds().slice(0, 3)
    const results = await gmailAdapter.runAction(document, {
      action: 'label',
      ids,
      label: 'Relay spam',
    })
    expect(Object.values(results)).toEqual(['done', 'done', 'done'])
    expect(document.querySelectorAll('[data-replica-label="Relay spam"]')).toHaveLength(3)
    const again = await gmailAdapter.runAction(document, {
      action: 'label',
      ids: waveIds().slice(3, 5),
      label: 'Relay spam',
    })
    expect(Object.values(again)).toEqual(['done', 'done'])
    expect(document.querySelectorAll('[data-replica-label="Relay spam"]')).toHaveLength(5)
    expect(rowIds()).toHaveLength(28)
  })

  it("labels the wave and then gives the user back their own ticks, not the wave's", async () => {
    const plain = document.querySelectorAll('tr.zA')[26]!.querySelector('div[role=checkbox]')!
    ;(plain as HTMLElement).click() // the user had ticked an ordinary mail
    const ids = waveIds().slice(0, 3)
    const results = await gmailAdapter.runAction(document, {
      action: 'label',
      ids,
      label: 'Relay spam',
    })
    expect(Object.values(results)).toEqual(['done', 'done', 'done'])
    const ticked = [...document.querySelectorAll('tr.zA div[role=checkbox][aria-checked=true]')]
    expect(ticked).toEqual([plain])
  })

  it('presses nothing when the user ticks another row while the action selects its own', async () => {
    const ids = waveIds().slice(0, 2)
    const last = document.querySelector(`[data-thread-id="#${ids[1]}"]`)!.closest('tr')!
    const plain = document.querySelectorAll('tr.zA')[26]!.querySelector('div[role=checkbox]')!
    // The user's click lands right after the action ticked its last row.
    const observer = new MutationObserver(() => {
      if (last.querySelector('div[role=checkbox]')!.getAttribute('aria-checked') !== 'true') return
      observer.disconnect()
      ;(plain as HTMLElement).click()
    })
    observer.observe(document.body, { subtree: true, attributes: true })
    const results = await gmailAdapter.runAction(document, { action: 'delete', ids, label: '' })
    expect(Object.values(results)).toEqual(['failed', 'failed'])
    expect(rowIds()).toHaveLength(28)
    // The user's tick stays; the action's are gone.
    const ticked = [...document.querySelectorAll('tr.zA div[role=checkbox][aria-checked=true]')]
    expect(ticked).toEqual([plain])
  })

  it('reports rows that stay in the list as failed', async () => {
    // A toolbar that never acts: Gmail refusing the action.
    for (const button of document.querySelectorAll('[gh="tm"] div[act="10"]'))
      button.replaceWith(button.cloneNode(true))
    document.addEventListener('mouseup', (event) => event.stopImmediatePropagation(), {
      capture: true,
    })
    const results = await gmailAdapter.runAction(document, {
      action: 'delete',
      ids: waveIds().slice(0, 2),
      label: '',
      actDeadlineMs: 500,
    })
    expect(Object.values(results)).toEqual(['failed', 'failed'])
    expect(rowIds()).toHaveLength(28)
  })

  it('presses nothing when the user opens a conversation while the action selects its rows', async () => {
    const ids = waveIds().slice(0, 2)
    const mine = document.querySelectorAll('tr.zA')[26]!.querySelector('[data-thread-id]')!
    // Gmail's toolbar then acts on the open conversation, no longer on the ticked rows.
    whenTicked(rowOf(ids[1]!), () => {
      window.location.hash = `#inbox/${mine.getAttribute('data-legacy-thread-id')}`
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    const results = await gmailAdapter.runAction(document, { action: 'delete', ids, label: '' })
    // The rows are no longer shown: not found, never done; nothing went to the Bin.
    expect(results).toEqual({ [ids[0]!]: 'not-found', [ids[1]!]: 'not-found' })
    expect(Object.values(places()).filter((place) => place !== 'inbox')).toEqual([])
  })

  it('reports a row that left the list while Gmail did not act as not found, never done', async () => {
    const ids = waveIds().slice(0, 2)
    const first = rowOf(ids[0]!)
    // Gmail ignores the press, and redraws its list without the first row meanwhile.
    document.querySelector('[gh="tm"]')!.addEventListener(
      'mouseup',
      (event) => {
        event.stopImmediatePropagation()
        first.remove()
      },
      { capture: true },
    )
    const results = await gmailAdapter.runAction(document, {
      action: 'delete',
      ids,
      label: '',
      actDeadlineMs: 300,
    })
    expect(results).toEqual({ [ids[0]!]: 'not-found', [ids[1]!]: 'failed' })
  })

  it('applies no label when the user ticks another row while the labels menu is open', async () => {
    const ids = waveIds().slice(0, 2)
    const plain = document.querySelectorAll('tr.zA')[26]!.querySelector('div[role=checkbox]')!
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-replica-menu]')) return
      observer.disconnect()
      ;(plain as HTMLElement).click()
    })
    observer.observe(document.body, { childList: true })
    const results = await gmailAdapter.runAction(document, {
      action: 'label',
      ids,
      label: 'Label 1',
    })
    expect(results).toEqual({ [ids[0]!]: 'failed', [ids[1]!]: 'failed' })
    expect(document.querySelectorAll('[data-replica-label]')).toHaveLength(0)
    const ticked = [...document.querySelectorAll('tr.zA div[role=checkbox][aria-checked=true]')]
    expect(ticked).toEqual([plain])
  })
})
