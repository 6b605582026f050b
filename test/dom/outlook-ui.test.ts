// The Outlook page UI on the reconstruction with the nesting of real pages (docs/webmail-pages.md
// 4.5): a marker inside each relay row's subject line that leaves the row's box alone, the banner
// after the open mail's subject heading, and its Safe Links unwrapped in the link warning.
import { afterEach, describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'
import { bannerAfter, clickIsHeld, startOutlook } from '../support/outlook-harness.ts'
import { OUTLOOK_OPEN_SUBJECT, outlookReplica, safeLink } from '../support/outlook-replica.ts'

const NOW = new Date(2026, 3, 10, 12).getTime()

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

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
    await startOutlook(controller.signal, { now: NOW }).runner.flushed()
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

  it('puts the banner after the open mail subject heading and unwraps its Safe Links', async () => {
    loadOutlook()
    await startOutlook(controller.signal, { now: NOW }).runner.flushed()
    expect(bannerAfter(document.querySelector(OUTLOOK_OPEN_SUBJECT))).toBe(true)
    expect(clickIsHeld(document.querySelector('#UniqueMessageBody_1 a')!)).toBe(true)
    const warning = document.querySelector('[data-relay-shield-link-warning]')!
    expect(warning.shadowRoot!.textContent).toContain('https://nitro-claim.example/redeem?t=1')
    expect(warning.shadowRoot!.textContent).not.toContain('safelinks')
  })
})
