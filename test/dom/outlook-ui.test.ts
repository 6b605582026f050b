// The Outlook page UI on the reconstruction (docs/webmail-pages.md 4.2-4.3): a marker inside each
// relay row's subject line that leaves the row's box alone, the banner after the open
// conversation's subject, and its Safe Links unwrapped in the link warning.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { createOpenedView } from '../../src/content/opened-view.ts'
import { createRowView } from '../../src/content/row-view.ts'
import { startRunner, type Runner } from '../../src/content/runner.ts'
import { installLinkGuard } from '../../src/content/ui/link-guard.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { outlookReplica, safeLink } from '../support/outlook-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'

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

const judge = (row: MailRow) =>
  /zendesk|freshdesk|li\.me/u.test(row.senderAddress) ? relay : clean

function start(): Runner {
  let runner: Runner | null = null
  const request = (async (type: string, payload: { rows: MailRow[] }) => {
    if (type === 'wave.describe')
      return { wave: { mails: 6, brands: 6, minutes: 5, brand: 'discord' } }
    const verdicts = Object.fromEntries(payload.rows.map((row) => [row.id, judge(row)]))
    return { verdicts, stored: payload.rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
  const rows = createRowView(document, outlookAdapter, texts, 'mark', () => runner?.scan())
  const opened = createOpenedView({
    doc: document,
    texts,
    describe: async () => ({ mails: 6, brands: 6, minutes: 5, brand: 'discord' }),
    actions: () => ({ hideWave: vi.fn(), trust: vi.fn(), report: vi.fn() }),
  })
  installLinkGuard(document, texts, controller.signal)
  runner = startRunner({
    adapter: outlookAdapter,
    doc: document,
    request,
    clock: () => new Date(2026, 3, 10, 12).getTime(),
    alive: () => true,
    signal: controller.signal,
    rows,
    opened,
  })
  return runner
}

function loadOutlook(link = safeLink('https://nitro-claim.example/redeem?t=1')) {
  const wave = waveMails(4, new Date(2026, 3, 10, 8, 0), 60_000)
  const ordinary = ordinaryMails(2, new Date(2026, 3, 10, 7, 0))
  loadPage(outlookReplica([...wave, ...ordinary], { opened: wave[0], link }))
  return { wave, ordinary }
}

describe('Outlook page UI', () => {
  it('marks relay rows inside their subject line and touches no row box attribute', async () => {
    loadOutlook()
    const before = [...document.querySelectorAll('[role=option]')].map((row) => [
      row.getAttribute('style'),
      row.getAttribute('class'),
    ])
    await start().flushed()
    const rows = [...document.querySelectorAll('[role=option]')]
    expect(rows.map((row) => row.getAttribute('data-relay-shield'))).toEqual([
      'relay',
      'relay',
      'relay',
      'relay',
      'clean',
      'clean',
    ])
    const markers = rows.map((row) => row.querySelector('relay-shield-marker'))
    expect(markers.filter(Boolean)).toHaveLength(4)
    // Inside the line that holds the subject, not a new line of the row.
    expect(markers[0]!.parentElement!.querySelector('span[title]')).not.toBeNull()
    expect(rows.map((row) => [row.getAttribute('style'), row.getAttribute('class')])).toEqual(
      before,
    )
  })

  it('puts the banner after the open conversation subject and unwraps its Safe Links', async () => {
    loadOutlook()
    await start().flushed()
    const heading = document.querySelector('[id$="_SUBJECT"]')!
    const banner = heading.nextElementSibling!
    expect(banner.hasAttribute('data-relay-shield-banner')).toBe(true)
    const link = document.querySelector('#UniqueMessageBody_1 a')!
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    const warning = document.querySelector('[data-relay-shield-link-warning]')!
    expect(warning.shadowRoot!.textContent).toContain('https://nitro-claim.example/redeem?t=1')
    expect(warning.shadowRoot!.textContent).not.toContain('safelinks')
  })
})
