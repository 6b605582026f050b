// The only module that imports webextension-polyfill: every browser API reaches the rest of the
// code through here, so tests mock one module and browser quirks live in one place.
import browser from 'webextension-polyfill'
import type { ContentEnvelope, Envelope } from '../messaging/protocol.ts'
import type { Sender, SenderKind } from '../messaging/router.ts'

export { browser }

export function sendToBackground(message: Envelope): Promise<unknown> {
  return browser.runtime.sendMessage(message)
}

/** Registers the background's one message listener. The answer is a promise, per the polyfill. */
export function onBackgroundMessage(
  handle: (message: unknown, sender: Sender) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    handle(message, {
      kind: senderKind(sender),
      tabId: sender.tab?.id ?? null,
      // The document that sent it (a frame's own URL), else its tab's.
      url: sender.url ?? sender.tab?.url ?? null,
    }),
  )
}

/**
 * An extension page opened in a tab also has `sender.tab`, so the sender's URL decides: only
 * documents of the extension's own origin are extension pages; everything else is a web page.
 */
function senderKind(sender: browser.Runtime.MessageSender): SenderKind {
  const ownOrigin = browser.runtime.getURL('')
  return sender.id === browser.runtime.id && sender.url?.startsWith(ownOrigin)
    ? 'extension-page'
    : 'content-script'
}

/** False once the extension was updated, reloaded or removed under a running content script. */
export function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime.id)
  } catch {
    return false
  }
}

/** The one type of every text lookup: popup, options and page UI receive one (`t`, `texts`). */
export type Translate = (key: string, substitutions?: string[]) => string

export function localizedMessage(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key
}

export async function setBadgeText(text: string): Promise<void> {
  await browser.action.setBadgeText({ text })
  if (text) await browser.action.setBadgeBackgroundColor({ color: '#c5221f' })
}

/** A basic notification with the extension icon; clicks arrive through onNotificationClicked. */
export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/128.png'),
    title,
    message,
  })
}

export function onNotificationClicked(open: (id: string) => void): void {
  browser.notifications.onClicked.addListener(open)
}

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) })
}

/** Calls `handle` with the reason ("install", "update", ...) when the extension is installed. */
export function onInstalled(handle: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => handle(reason))
}

/** Creates a repeating alarm only when it does not exist yet (a restart must not reset it). */
export async function ensureAlarm(name: string, periodMinutes: number): Promise<void> {
  if (!(await browser.alarms.get(name)))
    browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: 1 })
}

export function onAlarm(name: string, handle: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) void handle()
  })
}

/** One item of storage.local, or undefined when it is missing or storage cannot be read. */
export async function readLocal(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key]
  } catch {
    return undefined
  }
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value })
}

/** Calls `changed` whenever another context writes or removes `key` in storage.local. */
export function onLocalChanged(key: string, changed: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' || area === 'managed') && key in changes) changed()
  })
}

/**
 * Enterprise policy: everything an administrator set in storage.managed (Chrome's managed schema,
 * Firefox's policies.json). Empty when none is set; Firefox rejects the read when no policy
 * names the extension, which means the same.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Calls `changed` whenever the administrator's policy changes. */
export function onManagedChanged(changed: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') changed()
  })
}

/**
 * Content scripts: messages from this extension's background only (never from pages). A handler
 * that answers returns a promise; one that returns undefined leaves the message unanswered.
 */
export function onExtensionMessage(
  handle: (message: unknown) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id === browser.runtime.id && !sender.tab) return handle(message)
      return undefined
    },
  )
}

/** Brings a tab and its window to the front (no "tabs" permission needed for this). */
export async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true })
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true })
}

/** Sends a message to a tab's content script and returns its answer. */
export function sendToTab(tabId: number, message: ContentEnvelope): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message)
}

/** storage.session: kept while the browser runs, gone when it closes; never written to disk. */
export async function readSession(key: string): Promise<unknown> {
  return (await browser.storage.session.get(key))[key]
}

export async function writeSession(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value })
}

/** Empties storage.session ("clear all data": the tab registry and notice times go too). */
export async function clearSession(): Promise<void> {
  await browser.storage.session.clear()
}
