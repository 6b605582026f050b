// The user's settings: one versioned item, validated on every read. Anything malformed falls
// back to the default for that field, so a damaged item can never stop detection.
import { withOverrides, type Thresholds } from './thresholds.ts'

export const SETTINGS_VERSION = 1
export const SETTINGS_KEY = 'settings'

/** How relay rows look in the list: marked only, dimmed, or hidden (with undo in the page). */
export type RelayRows = 'mark' | 'dim' | 'hide'
const RELAY_ROWS: readonly RelayRows[] = ['mark', 'dim', 'hide']

export interface Settings {
  version: typeof SETTINGS_VERSION
  thresholds: Thresholds
  notifications: boolean
  relayRows: RelayRows
  /** Accounts ("gmail:me@example.com") on which Relay Shield stays off. */
  disabledAccounts: string[]
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  thresholds: withOverrides(),
  notifications: true,
  relayRows: 'mark',
  disabledAccounts: [],
})

const MAX_ACCOUNTS = 50

export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS }
  const item = value as Record<string, unknown>
  const thresholds =
    typeof item.thresholds === 'object' && item.thresholds !== null ? item.thresholds : {}
  const accounts = Array.isArray(item.disabledAccounts) ? item.disabledAccounts : []
  return {
    version: SETTINGS_VERSION,
    thresholds: withOverrides(thresholds as Record<string, unknown>),
    notifications:
      typeof item.notifications === 'boolean' ? item.notifications : DEFAULT_SETTINGS.notifications,
    relayRows: RELAY_ROWS.find((mode) => mode === item.relayRows) ?? DEFAULT_SETTINGS.relayRows,
    disabledAccounts: accounts
      .filter((account): account is string => typeof account === 'string')
      .slice(0, MAX_ACCOUNTS)
      .map((account) => account.slice(0, 200)),
  }
}
