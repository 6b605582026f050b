// The only module that imports webextension-polyfill: every browser API reaches the rest of the
// code through here, so tests mock one module and browser quirks live in one place.
import browser from 'webextension-polyfill'
import type { Envelope } from '../messaging/protocol.ts'
import type { SenderKind } from '../messaging/router.ts'

export { browser }

export function sendToBackground(message: Envelope): Promise<unknown> {
  return browser.runtime.sendMessage(message)
}

/** Registers the background's one message listener. The answer is a promise, per the polyfill. */
export function onBackgroundMessage(
  handle: (message: unknown, sender: SenderKind) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    handle(message, senderKind(sender)),
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

export function localizedMessage(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key
}

export async function setBadgeText(text: string): Promise<void> {
  await browser.action.setBadgeText({ text })
  if (text) await browser.action.setBadgeBackgroundColor({ color: '#c5221f' })
}

/** A basic notification; clicking it opens `pageOnClick` (an extension page). */
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
