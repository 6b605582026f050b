// Bulk actions through Outlook's ribbon on the interactive reconstruction (docs/webmail-pages.md
// 4.2, 4.4): the right conversations move to the right folder, nothing else moves, no sender is
// blocked.
import { describe, expect, it } from 'vitest'
import { unrenderedNotFound } from '../../src/content/webmail/outlook/unrendered.ts'
import { loadPage, runInlineScripts } from '../support/dom-page.ts'
import { userKey } from '../support/user-input.ts'
import {
  OUTLOOK_OPEN_SUBJECT,
  outlookConvid,
  outlookVirtualReplica,
  type OutlookProbe,
} from '../support/outlook-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import { nameMatches } from '../../src/content/webmail/outlook/locale.ts'
import type { WebmailAction } from '../../src/core/actions.ts'

const wave = waveMails(12, new Date(2026, 3, 10, 8, 0), 60_000).map(outlookConvid)
const ordinary = ordinaryMails(5, new Date(2026, 3, 10, 7, 0)).map(outlookConvid)

function inbox(): { doc: Document; outlook: OutlookProbe } {
  const doc = loadPage(
    outlookVirtualReplica([
      ...waveMails(12, new Date(2026, 3, 10, 8, 0), 60_000),
      ...ordinaryMails(5, new Date(2026, 3, 10, 7, 0)),
    ]),
  )
  runInlineScripts(doc)
  return { doc, outlook: (window as unknown as { __outlook: OutlookProbe }).__outlook }
}

function run(doc: Document, action: WebmailAction, ids: string[], actDeadlineMs?: number) {
  return outlookAdapter.runAction(doc, { action, ids, label: 'Relay spam', actDeadlineMs })
}

const allDone = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'done']))

describe('Outlook bulk actions through the ribbon', () => {
  it('archives exactly the wave, and deletes what it is asked to', async () => {
    const { doc, outlook } = inbox()
    expect(await run(doc, 'archive', wave.slice(0, 8))).toEqual(allDone(wave.slice(0, 8)))
    expect(outlook.folder('archive').sort()).toEqual(wave.slice(0, 8).sort())
    expect(await run(doc, 'delete', wave.slice(8))).toEqual(allDone(wave.slice(8)))
    expect(outlook.folder('deleteditems').sort()).toEqual(wave.slice(8).sort())
    expect(outlook.folder('inbox').sort()).toEqual([...ordinary].sort())
  })

  it('moves to Junk Email through "Move to", never "Report junk", so no sender is blocked', async () => {
    const { doc, outlook } = inbox()
    expect(await run(doc, 'spam', wave)).toEqual(allDone(wave))
    expect(outlook.folder('junkemail').sort()).toEqual([...wave].sort())
    expect(outlook.blocked()).toEqual([])
  })

  it('creates the category once, applies it, and a second run does not take it off', async () => {
    const { doc, outlook } = inbox()
    expect(await run(doc, 'label', wave.slice(0, 6))).toEqual(allDone(wave.slice(0, 6)))
    expect(outlook.categorized('Relay spam').sort()).toEqual(wave.slice(0, 6).sort())
    expect(outlook.selected()).toEqual([]) // the rows stay, unticked
    // Again on all: six already have it (the menu shows it mixed), the other six get it too.
    expect(await run(doc, 'label', wave)).toEqual(allDone(wave))
    expect(await run(doc, 'label', wave.slice(0, 3))).toEqual(allDone(wave.slice(0, 3)))
    expect(outlook.categorized('Relay spam').sort()).toEqual([...wave].sort())
  })

  it('leaves a conversation the user had ticked where it is', async () => {
    const { doc, outlook } = inbox()
    const mine = doc.querySelector(`[data-convid="${CSS.escape(ordinary[0]!)}"] [role=checkbox]`)!
    ;(mine as HTMLElement).click()
    expect(outlook.selected()).toEqual([ordinary[0]])
    await run(doc, 'archive', wave.slice(0, 4))
    expect(outlook.folder('archive').sort()).toEqual(wave.slice(0, 4).sort())
    expect(outlook.folder('inbox')).toContain(ordinary[0])
    // ...and ticked again, as the user left it.
    expect(outlook.selected()).toEqual([ordinary[0]])
  })

  it("categorises the wave and then gives the user back their own ticks, not the wave's", async () => {
    const { doc, outlook } = inbox()
    ;(doc.querySelector(`[data-convid="${ordinary[0]}"] [role=checkbox]`) as HTMLElement).click()
    expect(await run(doc, 'label', wave.slice(0, 3))).toEqual(allDone(wave.slice(0, 3)))
    expect(outlook.selected()).toEqual([ordinary[0]])
  })

  it('never reports a row that is no longer rendered as done once the list scrolled', () => {
    const rows = new Map([['shown', document.createElement('div')]])
    const results = { shown: 'done', moved: 'done' } as const
    const list = { scrollTop: 0 } as HTMLElement
    // The list did not move: an absent row left it because it was moved.
    expect(unrenderedNotFound({ ...results }, rows, list, 0)).toEqual(results)
    // It scrolled meanwhile: an absent row may just be out of view.
    list.scrollTop = 480
    expect(unrenderedNotFound({ ...results }, rows, list, 0)).toEqual({
      shown: 'done',
      moved: 'not-found',
    })
  })

  for (const [action, menu] of [
    ['spam', 'Move to'],
    ['label', 'Categorize'],
  ] as const) {
    it(`${action}: presses nothing once a tick of its own is lost while the ${menu} menu opens`, async () => {
      const { doc, outlook } = inbox()
      const ids = wave.slice(0, 4)
      // The user's click on one of the action's ticked rows lands once the menu is open, before
      // the item that acts is pressed; Outlook redraws the list with that row unticked.
      const observer = new MutationObserver(() => {
        if (!doc.querySelector('[role=menu]')) return
        observer.disconnect()
        ;(doc.querySelector(`[data-convid="${ids[1]}"] [role=checkbox]`) as HTMLElement).click()
      })
      observer.observe(doc.body, { childList: true, subtree: true })
      const results = await run(doc, action, ids, 300)
      expect(Object.values(results)).not.toContain('done')
      expect(results).toEqual(Object.fromEntries(ids.map((id) => [id, 'failed'])))
      expect(outlook.folder('junkemail')).toEqual([])
      expect(outlook.categorized('Relay spam')).toEqual([])
      // No menu or dialog is left open, and the action's ticks are gone.
      expect(doc.querySelector('[role=menu], [role=dialog]')).toBeNull()
      expect(outlook.selected()).toEqual([])
    })
  }

  it('names the new category as asked when the user types into its field before Save', async () => {
    const { doc, outlook } = inbox()
    // Save is enabled a moment after the name is typed (as a page re-rendering on input would);
    // meanwhile a key the user pressed lands in the field.
    const observer = new MutationObserver(() => {
      const dialog = doc.querySelector('[role=dialog]')
      if (!dialog) return
      observer.disconnect()
      const field = dialog.querySelector('input')!
      const save = dialog.querySelector('button')!
      save.disabled = true
      field.addEventListener(
        'input',
        () =>
          setTimeout(() => {
            field.value += 'x'
            userKey(field, 'x')
            save.disabled = false
          }),
        { once: true },
      )
    })
    observer.observe(doc.body, { childList: true, subtree: true })
    const results = await run(doc, 'label', wave.slice(0, 2), 1_000)
    expect(outlook.categorized('Relay spamx')).toEqual([])
    expect(outlook.categorized('Relay spam').sort()).toEqual(wave.slice(0, 2).sort())
    expect(results).toEqual(allDone(wave.slice(0, 2)))
  })

  it('reports ids not in the list as not found, and a ribbon it cannot find as failed', async () => {
    const { doc, outlook } = inbox()
    expect(await run(doc, 'archive', ['AAQkADAwnowhere'])).toEqual({
      AAQkADAwnowhere: 'not-found',
    })
    doc.querySelector('[data-app-section=Ribbon]')!.remove()
    const results = await run(doc, 'archive', wave.slice(0, 2), 300)
    expect(results).toEqual({ [wave[0]!]: 'failed', [wave[1]!]: 'failed' })
    expect(outlook.folder('archive')).toEqual([])
    expect(outlook.selected()).toEqual([]) // its ticks were taken back
  })

  it('opens a conversation in the reading pane when its row is in the list', async () => {
    const { doc } = inbox()
    expect(await outlookAdapter.openMessage(doc, wave[3]!)).toBe(true)
    expect(doc.querySelector(OUTLOOK_OPEN_SUBJECT)?.textContent).toContain('Request received')
    expect(await outlookAdapter.openMessage(doc, 'AAQkADAwnowhere')).toBe(false)
  })
})

describe('ribbon names', () => {
  it('match a name or a name with a shortcut hint, never a longer command', () => {
    expect(nameMatches('Delete', ['Delete'])).toBe(true)
    expect(nameMatches('  delete (Del) ', ['Delete'])).toBe(true)
    expect(nameMatches('Delete all', ['Delete'])).toBe(false)
    expect(nameMatches('Kategorisieren', ['Categorize', 'Kategorisieren'])).toBe(true)
  })
})

describe('Outlook undo from the log', () => {
  for (const [action, undo, folder] of [
    ['archive', 'unarchive', 'archive'],
    ['spam', 'unspam', 'junkemail'],
    ['delete', 'undelete', 'deleteditems'],
  ] as const) {
    it(`${undo}: opens ${folder}, moves the mails back to the inbox, opens the inbox again`, async () => {
      const { doc, outlook } = inbox()
      await run(doc, action, wave)
      // An older mail of the same folder stays where it is.
      await run(doc, action, ordinary.slice(0, 1))
      expect(outlook.folder(folder)).toHaveLength(13)
      expect(await run(doc, undo, wave)).toEqual(allDone(wave))
      expect(outlook.folder(folder)).toEqual(ordinary.slice(0, 1))
      expect(outlook.folder('inbox').sort()).toEqual([...wave, ...ordinary.slice(1)].sort())
      expect(outlook.shown()).toBe('inbox')
      expect(outlook.blocked()).toEqual([])
    })
  }

  it('says not found when the mails are not in that folder, and opens the inbox again', async () => {
    const { doc, outlook } = inbox()
    await run(doc, 'archive', wave.slice(0, 2))
    const results = await run(doc, 'undelete', wave.slice(0, 2))
    expect(Object.values(results)).toEqual(['not-found', 'not-found'])
    expect(outlook.folder('archive').sort()).toEqual(wave.slice(0, 2).sort())
    expect(outlook.shown()).toBe('inbox')
  })

  it('says not found when the folder pane does not offer the folder', async () => {
    const { doc } = inbox()
    await run(doc, 'spam', wave.slice(0, 2))
    doc.querySelector('[data-folder-name="junkemail"]')!.remove()
    expect(Object.values(await run(doc, 'unspam', wave.slice(0, 2)))).toEqual([
      'not-found',
      'not-found',
    ])
  })

  it('unlabel takes the category off the mails that have it, never puts it on', async () => {
    const { doc, outlook } = inbox()
    await run(doc, 'label', wave.slice(0, 6))
    expect(await run(doc, 'unlabel', wave.slice(0, 6))).toEqual(allDone(wave.slice(0, 6)))
    expect(outlook.categorized('Relay spam')).toEqual([])
    // Nothing has it any more: a second undo changes nothing (the item is unchecked, not pressed).
    await run(doc, 'unlabel', wave.slice(0, 6))
    expect(outlook.categorized('Relay spam')).toEqual([])
    expect(outlook.selected()).toEqual([])
  })
})
