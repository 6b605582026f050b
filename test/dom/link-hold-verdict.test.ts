// An opened Gmail message whose verdict is on its way (the real split-pane fixture): its links
// are held, a click made meanwhile waits, and the verdict either guards the links, showing the
// warning for that click, or releases them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { createOpenedView } from '../../src/content/opened/opened-view.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import { installLinkGuard } from '../../src/content/opened/link-guard.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { loadPage } from '../support/dom-page.ts'
import { GMAIL_THREAD_FIXTURE, loadFixture } from '../support/gmail-replica.ts'
import { nameDomainHere } from '../support/name-domain.ts'

const relay: Verdict = {
  verdict: 'relay',
  score: 0.95,
  reasons: ['helpdesk-subject', 'cross-brand-wave'],
  waveId: 'wave-1',
  important: false,
}
const clean: Verdict = { verdict: 'clean', score: 0, reasons: [], waveId: null, important: false }
const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

function loadThreadWithLink(): HTMLAnchorElement {
  loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
  const link = document.createElement('a')
  link.href = 'https://nitro-claim.example/redeem'
  link.textContent = 'View your request'
  document.querySelector('div.a3s')!.append(link)
  return link
}

describe('Gmail opened message before its verdict', () => {
  it('holds the links of an opened message until its verdict arrives, then guards or releases them', async () => {
    for (const verdict of [relay, clean]) {
      const link = loadThreadWithLink()
      let answer = (_: unknown) => {}
      const request = ((type: string, payload: { rows: MailRow[] }) =>
        type === 'wave.describe'
          ? Promise.resolve({ wave: null })
          : new Promise((resolve) => {
              answer = resolve
            }).then(() => ({
              verdicts: Object.fromEntries(payload.rows.map((row) => [row.id, verdict])),
              stored: payload.rows.length,
              rejected: 0,
            }))) as unknown as BackgroundClient
      installLinkGuard(document, texts, controller.signal, nameDomainHere)
      const runner = startRunner({
        adapter: gmailAdapter,
        doc: document,
        request,
        clock: () => 0,
        alive: () => true,
        signal: controller.signal,
        opened: createOpenedView({
          doc: document,
          texts,
          describe: async () => null,
          actions: () => ({ hideWave: vi.fn(), trust: vi.fn(), report: vi.fn() }),
        }),
      })
      const body = link.closest('div.a3s')!
      await vi.waitFor(() => expect(body.hasAttribute('data-relay-shield-hold')).toBe(true))
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(link.hasAttribute('href')).toBe(false)
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
      link.dispatchEvent(click)
      expect(click.defaultPrevented).toBe(true)
      answer(null)
      await runner.flushed()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(body.hasAttribute('data-relay-shield-hold')).toBe(false)
      const warning = document.querySelector('[data-relay-shield-link-warning]')
      if (verdict === relay) {
        expect(body.hasAttribute('data-relay-shield-guard')).toBe(true)
        expect(warning?.shadowRoot?.textContent).toContain('nitro-claim.example')
        warning!.remove()
      } else {
        expect(warning).toBeNull()
        expect(link.getAttribute('href')).toBe('https://nitro-claim.example/redeem')
      }
      controller.abort()
      controller = new AbortController()
    }
  })
})
