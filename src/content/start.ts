// Starts one runner per page. A content script injected again (extension update or reload)
// takes over: the page records the newest instance and older ones stop themselves.
import { createClient } from '../messaging/client.ts'
import { extensionContextAlive, onExtensionMessage, sendToBackground } from '../platform/browser.ts'
import { parseVerdictUpdate } from './verdict-update.ts'
import { installMarksStyle } from './marks-style.ts'
import { startRunner } from './runner.ts'
import type { WebmailAdapter } from './webmail/adapter.ts'

const INSTANCE_ATTRIBUTE = 'data-relay-shield-instance'

export function startContentScript(adapter: WebmailAdapter): void {
  const doc = document
  const instance = Math.random().toString(36).slice(2)
  doc.documentElement.setAttribute(INSTANCE_ATTRIBUTE, instance)
  const controller = new AbortController()
  const alive = () => {
    const current = doc.documentElement.getAttribute(INSTANCE_ATTRIBUTE) === instance
    const ok = current && extensionContextAlive()
    if (!ok) controller.abort()
    return ok
  }
  const request = createClient((message) => {
    if (!alive()) return Promise.reject(new Error('extension context gone'))
    return sendToBackground(message)
  })
  installMarksStyle(doc)
  const runner = startRunner({
    adapter,
    doc,
    request,
    clock: Date.now,
    alive,
    signal: controller.signal,
  })
  onExtensionMessage((message) => {
    const update = parseVerdictUpdate(message)
    if (update && !controller.signal.aborted) runner.apply(update.account, update.verdicts)
  })
}
