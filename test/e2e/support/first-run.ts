// The welcome page the extension opens on install, in real Chromium: found among the open tabs,
// or awaited as it opens (the worker opens it on its own schedule).
import type { Page } from 'playwright-core'
import type { ChromiumSession } from './chromium.ts'

const WELCOME = /\/src\/welcome\/index\.html$/u

export async function welcomePage(session: ChromiumSession): Promise<Page> {
  const isWelcome = (page: Page) => WELCOME.test(page.url())
  const open = session.context.pages().find(isWelcome)
  if (open) return open
  const page = await session.context.waitForEvent('page', { timeout: 30_000 })
  if (!isWelcome(page)) await page.waitForURL(WELCOME, { timeout: 30_000 })
  return page
}
