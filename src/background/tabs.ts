// Which tabs show which account, so verdicts that change after the fact reach every open page of
// that account. Kept in storage.session (the worker may die at any moment; nothing is on disk).
import type { Verdict } from '../core/types.ts'
import type { ContentProtocol, ContentResponses, ScanWindow } from '../messaging/protocol.ts'
import type { Check } from '../messaging/check.ts'
import { CONTENT_ANSWERS } from '../messaging/content-messages.ts'
import { MAX_VERDICT_UPDATES } from '../messaging/limits.ts'
import { focusTab, readSession, sendToTab, writeSession } from '../platform/browser.ts'

const KEY = 'tabsByAccount'
const MAX_TABS_PER_ACCOUNT = 20

type Registry = Record<string, number[]>

async function registry(): Promise<Registry> {
  const value = await readSession(KEY).catch(() => undefined)
  return typeof value === 'object' && value !== null ? (value as Registry) : {}
}

export async function rememberTab(account: string, tabId: number): Promise<void> {
  const tabs = await registry()
  const known = tabs[account] ?? []
  if (known.includes(tabId)) return
  tabs[account] = [...known, tabId].slice(-MAX_TABS_PER_ACCOUNT)
  await writeSession(KEY, tabs).catch(() => {})
}

/** Sends changed verdicts to the account's other tabs; tabs that are gone are forgotten. */
export async function pushVerdicts(
  account: string,
  verdicts: Record<string, Verdict>,
  exceptTab: number | null,
): Promise<void> {
  const tabs = await registry()
  const targets = (tabs[account] ?? []).filter((tab) => tab !== exceptTab)
  const gone = new Set<number>()
  // A page takes at most MAX_VERDICT_UPDATES verdicts per message: more go in several.
  const entries = Object.entries(verdicts)
  for (let at = 0; at < entries.length; at += MAX_VERDICT_UPDATES) {
    const part = Object.fromEntries(entries.slice(at, at + MAX_VERDICT_UPDATES))
    const payload = { account, verdicts: part }
    await Promise.all(
      targets.map((tab) =>
        sendToTab(tab, { type: 'verdicts.update', payload }).catch(() => void gone.add(tab)),
      ),
    )
  }
  if (gone.size === 0) return
  tabs[account] = (tabs[account] ?? []).filter((tab) => !gone.has(tab))
  await writeSession(KEY, tabs).catch(() => {})
}

export async function accountTabs(account: string): Promise<number[]> {
  return [...((await registry())[account] ?? [])]
}

/** Runs an action in one tab; null when the tab is gone or does not show that account. */
export async function requestActions(
  tabId: number,
  payload: ContentProtocol['actions.run'],
): Promise<ContentResponses['actions.run'] | null> {
  return asked(tabId, { type: 'actions.run', payload }, CONTENT_ANSWERS['actions.run'])
}

/** The tab's answer, checked; null when the tab is gone, did not answer or answered nonsense. */
async function asked<T>(
  tabId: number,
  message: Parameters<typeof sendToTab>[1],
  check: Check<T>,
): Promise<T | null> {
  try {
    return check(await sendToTab(tabId, message))
  } catch {
    return null
  }
}

/**
 * Asks the account's tabs, the most recently registered first, until one answers (a value other
 * than null); that answer and its tab, or null when none did.
 */
export async function firstAnswering<T>(
  account: string,
  ask: (tabId: number) => Promise<T | null>,
): Promise<{ value: T; tabId: number } | null> {
  for (const tabId of (await accountTabs(account)).reverse()) {
    const value = await ask(tabId).catch(() => null)
    if (value !== null) return { value, tabId }
  }
  return null
}

/** Opens a mail in the account's most recent tab that can show it, and brings that tab forward. */
export async function openInTabs(account: string, id: string): Promise<boolean> {
  const message = { type: 'message.open', payload: { account, id } } as const
  const opened = await firstAnswering(account, async (tabId) => {
    const answer = await asked(tabId, message, CONTENT_ANSWERS['message.open'])
    return answer?.opened ? true : null
  })
  if (opened) await focusTab(opened.tabId).catch(() => {})
  return opened !== null
}

/** Scrolls the account's most recent tab with a virtualised list through; rows it rendered. */
export async function scanInTabs(
  account: string,
  window?: ScanWindow,
): Promise<{ rows: number; tabId: number | null }> {
  const payload = window ? { account, window } : { account }
  const scanned = await firstAnswering(account, async (tabId) => {
    const answer = await asked(
      tabId,
      { type: 'folder.scan', payload },
      CONTENT_ANSWERS['folder.scan'],
    )
    return answer && answer.rows > 0 ? answer.rows : null
  })
  return scanned ? { rows: scanned.value, tabId: scanned.tabId } : { rows: 0, tabId: null }
}
