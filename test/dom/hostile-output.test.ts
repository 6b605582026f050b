// Hostile mail text never becomes markup: whatever attackers put in subjects, snippets, sender
// names, link addresses and link text, Relay Shield's output in the page has the same element
// structure as for plain text, and the text shows up as text. fast-check drives the inputs.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { createOpenedView } from '../../src/content/opened/opened-view.ts'
import { createRowView } from '../../src/content/list/row-view.ts'
import { startRunner, type Runner } from '../../src/content/list/runner.ts'
import { createBanner } from '../../src/content/ui/banner.ts'
import {
  GUARD_ATTRIBUTE,
  installLinkGuard,
  LINK_WARNING_ATTRIBUTE,
} from '../../src/content/opened/link-guard.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { loadPage } from '../support/dom-page.ts'
import { gmailReplica } from '../support/gmail-replica.ts'
import type { MailSpec } from '../support/mail-specs.ts'
import { nameDomainHere } from '../support/name-domain.ts'

const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</style><b>',
  '\u202e',
  '\u200b\u200c\u200d\u2060',
  '\ud800',
  '&lt;b&gt;',
  'javascript:alert(1)',
  '𝐅𝐑𝐄𝐄 𝐍𝐈𝐓𝐑𝐎',
  'Request received: ',
  '%{ticket.number}',
]
const hostile = fc.oneof(
  fc
    .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 12 })
    .map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('x'.repeat(10_000), '\u202e'.repeat(2_000)),
)
const relay: Verdict = {
  verdict: 'relay',
  score: 0.9,
  reasons: ['helpdesk-subject', 'cross-brand-wave'],
  waveId: 'wave-1',
  important: false,
}
const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

/** Tag names of every element under `root`, in document order: the output's structure. */
function structure(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].map((element) => element.tagName.toLowerCase())
}

/** Tag names of the page outside Relay Shield's own elements. */
function pageStructure(): string[] {
  return structure(document).filter((tag) => !tag.startsWith('relay-shield-'))
}

function spec(i: number, subject: string, sender: string, snippet: string): MailSpec {
  return {
    threadId: 1_900_000_000_000_000_000n + BigInt(i) * 1_048_576n,
    senderName: sender,
    email: `support@brand${i}.zendesk.com`,
    subject,
    snippet,
    date: new Date(2026, 0, 18, 9, i),
    unread: true,
  }
}

async function runOnList(): Promise<Runner> {
  let runner: Runner | null = null
  const request = (async (_type: string, payload: { rows: MailRow[] }) => ({
    verdicts: Object.fromEntries(payload.rows.map((row) => [row.id, relay])),
    stored: payload.rows.length,
    rejected: 0,
  })) as unknown as BackgroundClient
  runner = startRunner({
    adapter: gmailAdapter,
    doc: document,
    request,
    clock: () => 0,
    alive: () => true,
    signal: controller.signal,
    rows: createRowView(document, gmailAdapter, texts, 'mark', (ids) => runner?.refresh(ids)),
    opened: createOpenedView({
      doc: document,
      texts,
      describe: async () => null,
      actions: () => ({ hideWave: () => {}, trust: () => {}, report: () => {} }),
    }),
    onUnreadable: () => {},
  })
  await runner.flushed()
  return runner
}

describe('hostile mail text in the page', () => {
  it('list rows: only markers are added, every row is judged, nothing the mail says is parsed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 6 }),
        async (parts) => {
          controller.abort()
          controller = new AbortController()
          const mails = parts.map(([subject, sender, snippet], i) =>
            spec(i, subject, sender, snippet),
          )
          loadPage(gmailReplica(mails))
          const before = pageStructure()
          await runOnList()
          expect(pageStructure()).toEqual(before)
          const added = structure(document).filter((tag) => tag.startsWith('relay-shield-'))
          expect(added).toEqual(mails.map(() => 'relay-shield-marker'))
          const rows = [...document.querySelectorAll('tr.zA')]
          expect(rows.map((row) => row.getAttribute('data-relay-shield'))).toEqual(
            mails.map(() => 'relay'),
          )
          for (const marker of document.querySelectorAll('relay-shield-marker'))
            expect(marker.children).toHaveLength(0)
        },
      ),
      { numRuns: 25 },
    )
    // 25 page loads in happy-dom: seconds on a loaded two-core machine.
  }, 60_000)

  it('banner: a hostile brand name is text in the same structure as a plain one', () => {
    const plain = createBanner(document, relay, texts, {
      hideWave: () => {},
      trust: () => {},
      report: () => {},
    })
    plain.showWave({ mails: 40, brands: 12, minutes: 11, brand: 'discord' })
    const expected = structure(plain.host.shadowRoot!)
    fc.assert(
      fc.property(hostile, (brand) => {
        const banner = createBanner(document, relay, texts, {
          hideWave: () => {},
          trust: () => {},
          report: () => {},
        })
        banner.showWave({ mails: 40, brands: 12, minutes: 11, brand })
        const root = banner.host.shadowRoot!
        expect(structure(root)).toEqual(expected)
        expect(root.querySelector('[data-part="why"]')?.textContent).toBe(
          texts('bannerWave', ['40', '12', '11', brand]),
        )
      }),
      { numRuns: 100 },
    )
  })

  it('link warning: a hostile address and link text change no structure and show as text', async () => {
    installLinkGuard(document, texts, controller.signal, nameDomainHere)
    const warningFor = async (href: string, text: string) => {
      document.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)?.remove()
      document.body.replaceChildren()
      const body = document.createElement('div')
      body.setAttribute(GUARD_ATTRIBUTE, '')
      const link = document.createElement('a')
      link.setAttribute('href', href)
      link.textContent = text
      body.append(link)
      document.body.append(body)
      link.click()
      await Promise.resolve()
      return document.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)!.shadowRoot!
    }
    const expected = structure(await warningFor('https://example.com/a', 'example'))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          hostile.map((path) => `https://evil.example/${path}`),
        ),
        hostile,
        async (href, text) => {
          const root = await warningFor(href, text)
          expect(structure(root)).toEqual(expected)
          expect(root.querySelectorAll('script, img, svg, iframe, a')).toHaveLength(0)
        },
      ),
      { numRuns: 100 },
    )
  })
})
