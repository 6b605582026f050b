// Outlook's Focused Inbox (docs/webmail-pages.md 4.6) on the interactive reconstruction: the two
// tabs are found, switched and put back; rows are read with the view they were listed in; a
// cleanup and its undo reach the wave in both views and nothing else; a tab that does not answer
// is reported, never passed over in silence; without tabs the one list is all there is.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadPage, runInlineScripts } from '../support/dom-page.ts'
import {
  outlookConvid,
  outlookVirtualReplica,
  type OutlookProbe,
} from '../support/outlook-replica.ts'
import type { VirtualOptions } from '../support/outlook-virtual.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../support/mail-specs.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import { currentView, showView, viewTabs } from '../../src/content/webmail/outlook/inbox-views.ts'
import { inOutlookFolder } from '../../src/content/webmail/outlook/folders.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import type { MailRow } from '../../src/core/types.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { WebmailAction } from '../../src/core/actions.ts'

const waveSpecs = waveMails(10, new Date(2026, 3, 10, 8, 0), 60_000)
const ordinarySpecs = ordinaryMails(4, new Date(2026, 3, 10, 7, 0))
const wave = waveSpecs.map(outlookConvid)
// Helpdesk mail lands mostly in Other: the wave's even mails and one ordinary mail there.
const inOther = (mail: MailSpec) => waveSpecs.indexOf(mail) % 2 === 0 || mail === ordinarySpecs[0]
const otherWave = waveSpecs.filter(inOther).map(outlookConvid)
const focusedWave = waveSpecs.filter((mail) => !inOther(mail)).map(outlookConvid)
const ordinary = ordinarySpecs.map(outlookConvid)

function inbox(options: VirtualOptions = { inOther }): { doc: Document; outlook: OutlookProbe } {
  const doc = loadPage(outlookVirtualReplica([...waveSpecs, ...ordinarySpecs], options))
  runInlineScripts(doc)
  return { doc, outlook: (window as unknown as { __outlook: OutlookProbe }).__outlook }
}

function run(doc: Document, action: WebmailAction, ids: string[]) {
  const unreached: string[] = []
  const drift: string[] = []
  const results = outlookAdapter.runAction(doc, {
    action,
    ids,
    label: 'Relay spam',
    unreached: (view) => unreached.push(view),
    drift: (error) => drift.push(error.selectorName),
  })
  return results.then((outcome) => ({ outcome, unreached, drift }))
}

const sorted = (ids: readonly string[]) => [...ids].sort()
const allDone = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'done']))

describe('Focused and Other tabs', () => {
  it('finds both tabs on the reconstruction, Focused shown; none when Focused Inbox is off', () => {
    const fixture = loadPage(
      readFileSync('test/fixtures/outlook/2026-04-reconstruction-inbox.html', 'utf8'),
    )
    expect(viewTabs(fixture)?.focused.textContent).toBe('Focused')
    expect(viewTabs(fixture)?.other.textContent).toBe('Other')
    expect(currentView(fixture)).toBe('focused')
    expect(outlookAdapter.place?.(fixture)).toEqual({ folder: 'inbox', view: 'focused' })
    const { doc } = inbox({})
    expect(viewTabs(doc)).toBeNull()
    expect(outlookAdapter.place?.(doc)).toEqual({ folder: 'inbox', view: null })
  })

  it('switches to Other and lists its mails there', async () => {
    const { doc, outlook } = inbox()
    expect(await showView(doc, 'other')).toBe(true)
    expect(outlook.view()).toBe('other')
    expect(outlookAdapter.place?.(doc)).toEqual({ folder: 'inbox', view: 'other' })
    await expect.poll(() => sorted(rendered(doc))).toEqual(sorted(outlook.inView('other')))
  })

  it('reads each row with the view it was listed in, scanning both views', async () => {
    const { doc, outlook } = inbox()
    const sent: MailRow[] = []
    const request = (async (_type: string, payload: { rows: MailRow[] }) => {
      sent.push(...payload.rows)
      const verdicts = Object.fromEntries(
        payload.rows.map((row) => [
          row.id,
          { verdict: 'clean', score: 0, reasons: [], waveId: null, important: false },
        ]),
      )
      return { verdicts, stored: payload.rows.length, rejected: 0 }
    }) as unknown as BackgroundClient
    const controller = new AbortController()
    const runner = startRunner({
      adapter: outlookAdapter,
      doc,
      request,
      clock: () => new Date(2026, 3, 10, 12, 0).getTime(),
      alive: () => true,
      signal: controller.signal,
    })
    await outlookAdapter.inEachView!(doc, () => runner.flushed(), {})
    controller.abort()
    const viewOf = (view: string) =>
      sorted(sent.filter((row) => row.place?.view === view).map((row) => row.id))
    expect(viewOf('focused')).toEqual(sorted(outlook.inView('focused')))
    expect(viewOf('other')).toEqual(sorted(outlook.inView('other')))
    expect(sent.every((row) => row.place?.folder === 'inbox')).toBe(true)
    expect(outlook.view()).toBe('focused') // the user's view again
  })
})

describe('cleanup across Focused and Other', () => {
  it('archives the wave in both views, nothing else, and shows the user’s view again', async () => {
    const { doc, outlook } = inbox()
    await showView(doc, 'other')
    const { outcome, unreached } = await run(doc, 'archive', wave)
    expect(outcome).toEqual(allDone(wave))
    expect(unreached).toEqual([])
    expect(sorted(outlook.folder('archive'))).toEqual(sorted(wave))
    expect(sorted(outlook.folder('inbox'))).toEqual(sorted(ordinary))
    expect(outlook.view()).toBe('other')
  })

  it('undo brings every mail back to the view it was in', async () => {
    const { doc, outlook } = inbox()
    await run(doc, 'spam', wave)
    expect(sorted(outlook.folder('junkemail'))).toEqual(sorted(wave))
    const { outcome } = await run(doc, 'unspam', wave)
    expect(outcome).toEqual(allDone(wave))
    expect(sorted(outlook.inView('other'))).toEqual(sorted([...otherWave, ordinary[0]!]))
    expect(sorted(outlook.inView('focused'))).toEqual(
      sorted([...focusedWave, ...ordinary.slice(1)]),
    )
    expect(outlook.shown()).toBe('inbox')
  })

  it('a moment in another folder ends in the user’s view at the user’s position', async () => {
    const { doc, outlook } = inbox()
    await showView(doc, 'other')
    await run(doc, 'archive', wave)
    const list = doc.querySelector<HTMLElement>('[role=listbox]')!
    list.scrollTop = 300
    // What an undo from the log does: it looks for the mails in Archive, then comes back.
    const finder = {
      rows: (page: Document) => new Map(rendered(page).map((id) => [id, page.body])),
      list: () => list,
    }
    const seen = await inOutlookFolder(doc, 'archive', wave, finder, async () => outlook.shown())
    expect(seen).toBe('archive')
    expect(outlook.shown()).toBe('inbox')
    expect(outlook.view()).toBe('other')
    expect(list.scrollTop).toBe(300)
  })

  it('reports a view whose tab does not answer, and leaves its mails not found', async () => {
    const { doc, outlook } = inbox({ inOther, stuckTab: 'other' })
    const { outcome, unreached, drift } = await run(doc, 'delete', wave)
    expect(unreached).toEqual(['other'])
    expect(drift).toEqual(['viewTab:other'])
    expect(outcome).toEqual({
      ...allDone(focusedWave),
      ...Object.fromEntries(otherWave.map((id) => [id, 'not-found'])),
    })
    expect(sorted(outlook.folder('deleteditems'))).toEqual(sorted(focusedWave))
  }, 15_000)

  it('takes tabs named in a language it does not know in Outlook’s order, and reports the names as drift', async () => {
    const { doc, outlook } = inbox()
    const names: Record<string, string> = { focused: 'Prioritaire', other: 'Autres' }
    for (const tab of doc.querySelectorAll('[role=tab]'))
      tab.textContent = names[tab.getAttribute('data-view')!]!
    expect(viewTabs(doc)?.focused.getAttribute('data-view')).toBe('focused')
    expect(viewTabs(doc)?.other.getAttribute('data-view')).toBe('other')
    await showView(doc, 'other')
    const { outcome, unreached, drift } = await run(doc, 'archive', wave)
    // The fallback works: the wave is archived from both views, the user's view is back.
    expect(outcome).toEqual(allDone(wave))
    expect(unreached).toEqual([])
    expect(sorted(outlook.folder('archive'))).toEqual(sorted(wave))
    expect(outlook.view()).toBe('other')
    // And the diagnostics say the names were not recognised.
    expect(drift).toEqual(['viewTabNames'])
  })

  it('without Focused Inbox acts on the one inbox list', async () => {
    const { doc, outlook } = inbox({})
    const { outcome, unreached } = await run(doc, 'archive', wave)
    expect(outcome).toEqual(allDone(wave))
    expect(unreached).toEqual([])
    expect(sorted(outlook.folder('inbox'))).toEqual(sorted(ordinary))
  })
})

function rendered(doc: Document): string[] {
  return outlookAdapter.rowElements(doc).flatMap((row) => outlookAdapter.rowId(row) ?? [])
}
