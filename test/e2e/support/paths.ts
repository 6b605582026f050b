import { resolve } from 'node:path'

export const CHROME_BUILD = resolve('dist/chrome')
export const FIREFOX_BUILD = resolve('dist/firefox')
export const POPUP_PATH = 'src/popup/index.html'
export const OPTIONS_PATH = 'src/options/index.html'

/** The hosts the content scripts match (manifest.json). */
export const MAIL_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
] as const

export function isMailHost(url: string): boolean {
  try {
    return (MAIL_HOSTS as readonly string[]).includes(new URL(url).host)
  } catch {
    return false
  }
}
