// The user's settings: one versioned item, validated on every read. Anything malformed falls
// back to the default for that field, so a damaged item can never stop detection.
import { withOverrides, type Thresholds } from './wave/thresholds.ts'

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
  /**
   * Applies the "Relay spam" label (an Outlook category) to each relay mail once, in the open
   * webmail tab, as mails are recognised. Off by default: it ticks rows in the user's list.
   */
  autoLabel: boolean
  /** Accounts ("gmail:me@example.com") on which Relay Shield stays off. */
  disabledAccounts: string[]
  /** Days a stored row is kept (wave summaries are kept a year). */
  retentionDays: number
  /** Brands (registrable domains) whose helpdesk mail is never flagged: set by an administrator. */
  allowedBrands: string[]
  /** False when an administrator turned "report as spam" off. */
  reportingAllowed: boolean
}

export const RETENTION_DAY_CHOICES = [7, 30, 90, 365] as const

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  thresholds: withOverrides(),
  notifications: true,
  relayRows: 'mark',
  autoLabel: false,
  disabledAccounts: [],
  retentionDays: 30,
  allowedBrands: [],
  reportingAllowed: true,
})

const MAX_ACCOUNTS = 50
const MAX_BRANDS = 500

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
    autoLabel: item.autoLabel === true,
    disabledAccounts: strings(accounts, MAX_ACCOUNTS, 200),
    retentionDays: retentionDays(item.retentionDays) ?? DEFAULT_SETTINGS.retentionDays,
    // Allowed brands and reporting come from policy only (applyPolicy): a page could not set them.
    allowedBrands: [],
    reportingAllowed: true,
  }
}

function strings(value: unknown, most: number, longest: number): string[] {
  return (Array.isArray(value) ? value : [])
    .filter((entry): entry is string => typeof entry === 'string' && entry !== '')
    .slice(0, most)
    .map((entry) => entry.slice(0, longest))
}

function retentionDays(value: unknown): number | null {
  return RETENTION_DAY_CHOICES.find((days) => days === value) ?? null
}

/**
 * What an administrator set through enterprise policy (storage.managed; Chrome's managed schema
 * in public/managed-schema.json, Firefox's policies.json: docs/POLICY.md). Every field is
 * optional; a field set here wins over the user's choice, and the options page shows it locked.
 */
export interface Policy {
  thresholds: Partial<Thresholds>
  allowedBrands: string[] | null
  reportingAllowed: boolean | null
  notifications: boolean | null
  retentionDays: number | null
}

export function parsePolicy(value: unknown): Policy {
  const item = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const given =
    typeof item.thresholds === 'object' && item.thresholds !== null
      ? (item.thresholds as Record<string, unknown>)
      : {}
  const merged = withOverrides(given)
  const thresholds: Partial<Thresholds> = {}
  for (const key of Object.keys(merged) as (keyof Thresholds)[])
    if (key in given && merged[key] === given[key]) thresholds[key] = merged[key]
  return {
    thresholds,
    allowedBrands: Array.isArray(item.allowedBrands)
      ? strings(item.allowedBrands, MAX_BRANDS, 253).map((brand) => brand.toLowerCase())
      : null,
    reportingAllowed: typeof item.reportingAllowed === 'boolean' ? item.reportingAllowed : null,
    notifications: typeof item.notifications === 'boolean' ? item.notifications : null,
    retentionDays: retentionDays(item.retentionDays),
  }
}

/** The settings in force: the user's, with every field the policy sets taken from the policy. */
export function applyPolicy(settings: Settings, policy: Policy): Settings {
  return {
    ...settings,
    thresholds: { ...settings.thresholds, ...policy.thresholds },
    allowedBrands: policy.allowedBrands ?? settings.allowedBrands,
    reportingAllowed: policy.reportingAllowed ?? settings.reportingAllowed,
    notifications: policy.notifications ?? settings.notifications,
    retentionDays: policy.retentionDays ?? settings.retentionDays,
  }
}

/** True when the policy sets nothing. */
export function emptyPolicy(policy: Policy): boolean {
  return (
    Object.keys(policy.thresholds).length === 0 &&
    policy.allowedBrands === null &&
    policy.reportingAllowed === null &&
    policy.notifications === null &&
    policy.retentionDays === null
  )
}
