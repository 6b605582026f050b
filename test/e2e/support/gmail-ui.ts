// The Gmail UI scenario's inbox (scenarios/gmail-ui.ts): an interactive replica inbox under
// attack, and the functions evaluated inside the page or the extension's popup page. Page functions
// must stand alone: they are serialised into the browser.
import { gmailInteractiveReplica, replicaLink } from '../../support/gmail-replica.ts'
import type { MailSpec } from '../../support/mail-specs.ts'
import { attackScenario, REAL_FIXTURE_ROWS } from './scenario.ts'

/** Conversations Gmail lists on one page (docs/webmail-pages.md 1.4). */
const GMAIL_PAGE_ROWS = 50

export const GMAIL_ACCOUNT = 'gmail:person1@example.com'

export interface GmailUiScenario {
  html: string
  wave: MailSpec[]
  ordinary: MailSpec[]
  /** Rows in the page before any action. */
  rows: number
  /** Rows the page lists once `removed` conversations left the inbox: later pages move up. */
  rowsAfter: (removed: number) => number
  legacyId: (mail: MailSpec) => string
  relayLink: string
}

export function gmailUiScenario(): GmailUiScenario {
  const { wave, ordinary } = attackScenario()
  return {
    html: gmailInteractiveReplica([...wave, ...ordinary], { keepRealRows: true }),
    wave,
    ordinary,
    // Gmail lists 50 conversations a page; the rest are on the next pages.
    rows: Math.min(GMAIL_PAGE_ROWS, wave.length + ordinary.length + REAL_FIXTURE_ROWS),
    rowsAfter: (removed) =>
      Math.min(GMAIL_PAGE_ROWS, wave.length + ordinary.length + REAL_FIXTURE_ROWS - removed),
    legacyId: (mail) => mail.threadId.toString(16),
    relayLink: replicaLink(wave[0]!).url,
  }
}

/** Page: text of a Relay Shield UI element's shadow root, or null when it is not there. */
export function shadowText(attribute: string): string | null {
  const host = document.querySelector(`[${attribute}]`)
  return host?.shadowRoot?.textContent ?? null
}

/** Page: how many rows have each look. */
export function rowStates(): { relay: number; markers: number; hidden: number; rows: number } {
  const rows = [...document.querySelectorAll('tr.zA')]
  return {
    rows: rows.length,
    relay: rows.filter((row) => row.getAttribute('data-relay-shield') === 'relay').length,
    markers: rows.filter((row) => row.querySelector('relay-shield-marker')).length,
    hidden: rows.filter((row) => row.hasAttribute('data-relay-shield-hidden')).length,
  }
}

/**
 * Popup page: runs an action on the account's largest stored wave through the typed protocol,
 * as the popup's cleanup buttons do.
 */
export async function actOnLargestWave([account, action]: [string, string]): Promise<unknown> {
  const scope = globalThis as unknown as {
    browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } }
    chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } }
  }
  const api = scope.browser ?? scope.chrome
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('relay-shield')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const waves = await new Promise<{ account: string; id: string; mails: number }[]>((resolve) => {
    const request = db.transaction('waves').objectStore('waves').getAll()
    request.onsuccess = () => resolve(request.result)
  })
  db.close()
  const wave = waves.filter((w) => w.account === account).sort((a, b) => b.mails - a.mails)[0]
  if (!wave) return { error: 'no wave stored' }
  return api.runtime.sendMessage({
    type: 'wave.act',
    payload: { account, waveId: wave.id, action, confirmed: true },
  })
}
