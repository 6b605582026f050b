// The Gmail page UI on replica pages built from the real fixtures: markers, hiding with undo,
// the banner on an opened relay message, guarded links, and "cannot read this page".
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userClick } from '../support/user-input.ts'
import { loadPage } from '../support/dom-page.ts'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { removeDecorations } from '../../src/content/ui/cleanup.ts'
import { SelectorError } from '../../src/content/dom/selector-error.ts'
import { createOpenedView } from '../../src/content/opened/opened-view.ts'
import { createRowView } from '../../src/content/list/row-view.ts'
import { startRunner, type Runner } from '../../src/content/list/runner.ts'
import { installLinkGuard } from '../../src/content/opened/link-guard.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import type { RelayRows } from '../../src/core/settings.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { GMAIL_THREAD_FIXTURE, gmailReplica, loadFixture } from '../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'
import { nameDomainHere } from '../support/name-domain.ts'

const relay: Verdict = {
  verdict: 'relay',
  score: 0.95,
  reasons: ['helpdesk-subject', 'cross-brand-wave', 'all-caps'],
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

function background(judge: (row: MailRow) => Verdict) {
  return (async (type: string, payload: { rows: MailRow[] }) => {
    if (type === 'wave.describe')
      return { wave: { mails: 41, brands: 37, minutes: 12.2, brand: 'discord' } }
    const verdicts = Object.fromEntries(payload.rows.map((row) => [row.id, judge(row)]))
    return { verdicts, stored: payload.rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
}

const byWave = (row: MailRow) =>
  /zendesk|freshdesk|li\.me/u.test(row.senderAddress) ? relay : clean

function start(judge: (row: MailRow) => Verdict, mode: RelayRows = 'mark') {
  let runner: Runner | null = null
  const onUnreadable = vi.fn()
  const rows = createRowView(document, gmailAdapter, texts, mode, (ids) => runner?.refresh(ids))
  const opened = createOpenedView({
    doc: document,
    texts,
    describe: async () => ({ mails: 41, brands: 37, minutes: 12.2, brand: 'discord' }),
    actions: () => ({ hideWave: vi.fn(), trust: vi.fn(), report: vi.fn() }),
  })
  installLinkGuard(document, texts, controller.signal, nameDomainHere)
  runner = startRunner({
    adapter: gmailAdapter,
    doc: document,
    request: background(judge),
    clock: () => 0,
    alive: () => true,
    signal: controller.signal,
    rows,
    opened,
    onUnreadable,
  })
  return { runner, rows, onUnreadable }
}

const markers = () =>
  [...document.querySelectorAll('tr.zA')].map(
    (row) => row.querySelector('relay-shield-marker')?.getAttribute('aria-label') ?? null,
  )

describe('Gmail rows', () => {
  it('gives relay rows an accessible marker with the reason, and clean rows none', async () => {
    loadPage(
      gmailReplica([
        ...waveMails(2, new Date(2026, 0, 18)),
        ...ordinaryMails(1, new Date(2026, 0, 17)),
      ]),
    )
    await start(byWave).runner.flushed()
    const reason = 'reason_cross_brand_wave · reason_all_caps · reason_helpdesk_subject'
    expect(markers()).toEqual([`markerRelay: ${reason}`, `markerRelay: ${reason}`, null])
    const marker = document.querySelector('relay-shield-marker')!
    // Out of the Tab order: a wave of hundreds must not add hundreds of tab stops.
    expect(marker.getAttribute('tabindex')).toBe('-1')
    expect(marker.getAttribute('role')).toBe('img')
    // The marker never becomes part of what the adapter reads as the subject.
    const row = gmailAdapter.readRow(document.querySelector('tr.zA')!, { account: 'a', now: 0 })
    expect(row?.subject).not.toContain('markerRelay')
  })

  it('puts the marker back when Gmail re-renders the subject cell', async () => {
    loadPage(gmailReplica(waveMails(1, new Date(2026, 0, 18))))
    const { runner } = start(byWave)
    await runner.flushed()
    const slot = document.querySelector('.y6')!
    slot.replaceChildren(
      ...[...slot.childNodes].filter((node) => node.nodeName !== 'RELAY-SHIELD-MARKER'),
    )
    expect(document.querySelector('relay-shield-marker')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 0))
    await runner.flushed()
    expect(document.querySelectorAll('relay-shield-marker')).toHaveLength(1)
  })

  it('hides relay rows when the user chose to, and shows them again on undo', async () => {
    loadPage(
      gmailReplica([
        ...waveMails(2, new Date(2026, 0, 18)),
        ...ordinaryMails(1, new Date(2026, 0, 17)),
      ]),
    )
    const { runner, rows } = start(byWave, 'hide')
    await runner.flushed()
    const hidden = () =>
      [...document.querySelectorAll('tr.zA')].map((row) =>
        row.hasAttribute('data-relay-shield-hidden'),
      )
    expect(hidden()).toEqual([true, true, false])
    await Promise.resolve()
    const auto = document.querySelector('[data-relay-shield-notice="hidden"]')!
    expect(auto.shadowRoot!.textContent).toContain('hiddenNotice|2')
    userClick(auto.shadowRoot!.querySelector('button')!)
    await runner.flushed()
    expect(hidden()).toEqual([false, false, false])
    const ids = runner.waveMembers('wave-1')
    rows.hide(ids)
    expect(hidden()).toEqual([true, true, false])
    const notice = document.querySelector('[data-relay-shield-notice="hidden"]')!
    expect(notice.shadowRoot!.textContent).toContain('hiddenNotice|2')
    // A script's click on the notice's button does nothing; the user's undoes the hide.
    ;(notice.shadowRoot!.querySelector('button') as HTMLButtonElement).click()
    expect(hidden()).toEqual([true, true, false])
    userClick(notice.shadowRoot!.querySelector('button')!)
    expect(hidden()).toEqual([false, false, false])
  })

  it('reports a row it cannot read once, with a censored structure and no mail text', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    for (const span of document.querySelectorAll('span[data-thread-id]'))
      span.removeAttribute('data-thread-id')
    const { onUnreadable, runner } = start(byWave)
    await runner.flushed()
    expect(onUnreadable).toHaveBeenCalledTimes(1)
    const error = onUnreadable.mock.calls[0]![0] as SelectorError
    expect(error).toBeInstanceOf(SelectorError)
    expect(error.selectorName).toBe('threadId')
    expect(error.structure).toContain('<tr.zA')
    expect(error.structure).not.toMatch(/Request|Discord|zendesk|TAKE DOWN/u)
    expect(document.querySelectorAll('[data-relay-shield]')).toHaveLength(0)
  })
})

describe('lifecycle', () => {
  it('stops when the extension goes away and leaves the page as Gmail rendered it', async () => {
    loadPage(gmailReplica(waveMails(2, new Date(2026, 0, 18))))
    const { runner } = start(byWave, 'dim')
    await runner.flushed()
    expect(document.querySelectorAll('relay-shield-marker, [data-relay-shield-dim]')).toHaveLength(
      4,
    )
    controller.abort()
    removeDecorations(document)
    expect(document.querySelectorAll('relay-shield-marker, [data-relay-shield-dim]')).toHaveLength(
      0,
    )
    // Stopped: a re-rendered row is not decorated again by this instance.
    document.querySelector('.y6')!.append(document.createElement('span'))
    await Promise.resolve()
    expect(document.querySelectorAll('relay-shield-marker')).toHaveLength(0)
  })
})

describe('Gmail opened message (real split-pane fixture)', () => {
  const threadId = 'thread-f:1828907528778129395'

  function loadThreadWithLink() {
    loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    const link = document.createElement('a')
    link.href = 'https://nitro-claim.example/redeem'
    link.setAttribute(
      'data-saferedirecturl',
      'https://www.google.com/url?q=https://nitro-claim.example/redeem%3Ft%3D1&source=gmail&ust=1',
    )
    link.textContent = 'View your request'
    document.querySelector('div.a3s')!.append(link)
    return link
  }

  it('puts a banner with the wave in plain words after the subject of a relay message', async () => {
    loadThreadWithLink()
    const { runner } = start((row) => (row.id === threadId ? relay : clean))
    await runner.flushed()
    const banner = document.querySelector('[data-relay-shield-banner]')!
    expect(banner.previousElementSibling?.classList.contains('ha')).toBe(true)
    await vi.waitFor(() =>
      expect(banner.shadowRoot!.textContent).toContain('bannerWave|41|37|12|discord'),
    )
    const actions = [...banner.shadowRoot!.querySelectorAll('button')].map((b) => b.dataset.action)
    expect(actions).toEqual(['hide-wave', 'trust', 'report'])
  })

  it('says what a wave’s trail is, not that it came within the wave’s minutes', async () => {
    loadThreadWithLink()
    const trail: Verdict = { ...relay, reasons: ['helpdesk-body', 'wave-trail'] }
    const { runner } = start((row) => (row.id === threadId ? trail : clean))
    await runner.flushed()
    const banner = document.querySelector('[data-relay-shield-banner]')!
    await vi.waitFor(() => expect(banner.shadowRoot!.textContent).toContain('reason_wave_trail'))
    await runner.flushed()
    expect(banner.shadowRoot!.textContent).not.toContain('bannerWave')
    const actions = [...banner.shadowRoot!.querySelectorAll('button')].map((b) => b.dataset.action)
    expect(actions).toContain('hide-wave')
  })

  it('shows no banner on a genuine message and removes it when the verdict turns clean', async () => {
    loadThreadWithLink()
    const { runner } = start(() => clean)
    await runner.flushed()
    expect(document.querySelector('[data-relay-shield-banner]')).toBeNull()
    runner.apply(gmailAdapter.account(document)!, { [threadId]: relay })
    expect(document.querySelector('[data-relay-shield-banner]')).not.toBeNull()
    runner.apply(gmailAdapter.account(document)!, { [threadId]: clean })
    expect(document.querySelector('[data-relay-shield-banner]')).toBeNull()
  })

  it('stops a link click in a relay message and shows the real destination', async () => {
    const link = loadThreadWithLink()
    const { runner } = start(() => relay)
    await runner.flushed()
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    const warning = document.querySelector('[data-relay-shield-link-warning]')!
    const text = warning.shadowRoot!.textContent
    expect(text).toContain('https://nitro-claim.example/redeem?t=1')
    expect(text).toContain('nitro-claim.example')
    const middle = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 })
    link.dispatchEvent(middle)
    expect(middle.defaultPrevented).toBe(true)
    const confirm = warning.shadowRoot!.querySelector('[data-choice=confirm]') as HTMLButtonElement
    await vi.waitFor(() => expect(confirm.disabled).toBe(false))
    // The page's script cannot press "Open anyway" for the user.
    confirm.click()
    await Promise.resolve()
    expect(open).not.toHaveBeenCalled()
    userClick(confirm)
    await vi.waitFor(() => expect(open).toHaveBeenCalled())
    // What Gmail itself would open: its redirector, so Google's click-time check still runs.
    expect(open).toHaveBeenCalledWith(
      link.getAttribute('data-saferedirecturl'),
      '_blank',
      'noopener,noreferrer',
    )
    expect(document.querySelector('[data-relay-shield-link-warning]')).toBeNull()
  })

  it('lets links in a genuine message through', async () => {
    const link = loadThreadWithLink()
    const { runner } = start(() => clean)
    await runner.flushed()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.addEventListener('click', (event) => event.preventDefault(), { once: true })
    link.dispatchEvent(click)
    expect(document.querySelector('[data-relay-shield-link-warning]')).toBeNull()
  })
})
