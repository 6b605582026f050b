// The content script's lifecycle, through its real entry (`startContentScript`) with only the
// platform module replaced: an instance injected again (extension update or reload) takes over
// and the earlier one stops answering the background and takes its marks with it; when the
// extension goes away, the page is left as the webmail rendered it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import type { Envelope } from '../../src/messaging/protocol.ts'
import { loadPage } from '../support/dom-page.ts'
import { gmailReplica } from '../support/gmail-replica.ts'
import { waveMails } from '../support/mail-specs.ts'

const platform = vi.hoisted(() => ({
  alive: true,
  listeners: [] as ((message: unknown) => Promise<unknown> | undefined)[],
  ingested: [] as string[],
}))

vi.mock('../../src/platform/browser.ts', () => ({
  extensionContextAlive: () => platform.alive,
  localizedMessage: (key: string) => key,
  readLocal: async () => undefined,
  readManaged: async () => ({}),
  onExtensionMessage: (handle: (message: unknown) => Promise<unknown> | undefined) =>
    platform.listeners.push(handle),
  sendToBackground: async (message: Envelope) => {
    if (message.type !== 'rows.ingest') return {}
    const { rows } = message.payload as { rows: MailRow[] }
    platform.ingested.push(...rows.map((row) => row.id))
    return { verdicts: Object.fromEntries(rows.map((row) => [row.id, relay])), stored: 1 }
  },
}))

const { startContentScript } = await import('../../src/content/start.ts')
const { gmailAdapter } = await import('../../src/content/webmail/gmail/adapter.ts')

const relay: Verdict = {
  verdict: 'relay',
  score: 0.9,
  reasons: ['helpdesk-subject'],
  waveId: 'w1',
  important: false,
}
const marked = () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length
const markers = () => document.querySelectorAll('relay-shield-marker').length

/** Sends a message from the background to every listener, as the browser does; the answers. */
function fromBackground(message: unknown): unknown[] {
  return platform.listeners.map((listen) => listen(message)).filter((answer) => answer)
}
const openRequest = { type: 'message.open', payload: { account: '0', id: 'thread-f:1' } }

beforeEach(() => {
  platform.alive = true
  platform.listeners.length = 0
  platform.ingested.length = 0
  loadPage(gmailReplica(waveMails(3, new Date(2026, 0, 18))))
})
afterEach(() => {
  // Whatever instance still runs stops with the extension.
  platform.alive = false
  document.body.append(document.createElement('div'))
})

describe('the content script through its entry', () => {
  it('reads and marks the rows, and answers the background once', async () => {
    startContentScript(gmailAdapter)
    await vi.waitFor(() => expect(marked()).toBe(3))
    expect(markers()).toBe(3)
    expect(platform.ingested).toHaveLength(3)
    expect(fromBackground(openRequest)).toHaveLength(1)
  })

  it('hands over to an instance injected again: the earlier one stops answering', async () => {
    startContentScript(gmailAdapter)
    await vi.waitFor(() => expect(marked()).toBe(3))
    startContentScript(gmailAdapter)
    await vi.waitFor(() => expect(platform.listeners).toHaveLength(2))
    // The earlier instance finds out at its next look at the page.
    document.querySelector('tr.zA')!.append(document.createElement('span'))
    await vi.waitFor(() => expect(fromBackground(openRequest)).toHaveLength(1))
    // The newer instance keeps the rows marked, once each.
    await vi.waitFor(() => expect(markers()).toBe(3))
    expect(marked()).toBe(3)
  })

  it('stops when the extension goes away and takes its marks with it', async () => {
    startContentScript(gmailAdapter)
    await vi.waitFor(() => expect(markers()).toBe(3))
    platform.alive = false
    document.querySelector('tr.zA')!.append(document.createElement('span'))
    await vi.waitFor(() => expect(markers()).toBe(0))
    expect(fromBackground(openRequest)).toHaveLength(0)
  })
})
