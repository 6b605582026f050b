// Per-brand statistics of helpdesk mail, one record per account and day (schema.ts BrandDay).
// Rewritten in the same transaction as the rows they count.
import type { IDBPObjectStore, StoreNames } from 'idb'
import type { Database } from './db.ts'
import { brandDayOf, dayOf } from './days.ts'
import type { BrandCounts, RelayShieldDB, StoredDay } from './schema.ts'

export type BrandDaysStore = IDBPObjectStore<
  RelayShieldDB,
  ArrayLike<StoreNames<RelayShieldDB>>,
  'brandDays',
  'readwrite'
>

/** Recounts the days whose rows changed. Days without helpdesk mail cost no request. */
export async function updateBrandDays(
  store: BrandDaysStore,
  days: readonly StoredDay[],
): Promise<void> {
  const counted = days.filter((day) => day.rows.some((row) => row.helpdesk && row.date !== null))
  await Promise.all(
    counted.map(async (day) => {
      const next = brandDayOf(day, await store.get([day.account, day.day]))
      if (next) await store.put(next)
    }),
  )
}

export interface BrandHistory extends BrandCounts {
  brand: string
  /** Days with helpdesk mail from the brand. */
  days: number
}

/** Each brand's helpdesk mail to the account dated within [from, to], most mails first. */
export async function brandHistory(
  db: Database,
  account: string,
  from: number,
  to: number,
): Promise<BrandHistory[]> {
  const days = await db.getAll(
    'brandDays',
    IDBKeyRange.bound([account, dayOf(from)], [account, dayOf(to)]),
  )
  const brands = new Map<string, BrandHistory>()
  for (const day of days)
    for (const [brand, counts] of Object.entries(day.brands)) {
      const sum = brands.get(brand) ?? {
        brand,
        mails: 0,
        relay: 0,
        first: counts.first,
        last: 0,
        days: 0,
      }
      brands.set(brand, {
        brand,
        mails: sum.mails + counts.mails,
        relay: sum.relay + counts.relay,
        first: Math.min(sum.first, counts.first),
        last: Math.max(sum.last, counts.last),
        days: sum.days + 1,
      })
    }
  return [...brands.values()].sort((a, b) => b.mails - a.mails || a.brand.localeCompare(b.brand))
}

/** Days looked back on for a company's habit (core wave/habit.ts looks back a month). */
export const COMPANY_DAYS_BACK = 30

/**
 * Each brand's helpdesk mail per day on the COMPANY_DAYS_BACK days before `day`, oldest first
 * (core ClassifyContext `companyDays`): what a replay around a batch cannot see of a company's
 * habit of writing.
 */
export async function companyDaysBefore(
  store: Pick<BrandDaysStore, 'getAll'>,
  account: string,
  day: number,
): Promise<{ brand: string; day: number; mails: number; first: number }[]> {
  const days = await store.getAll(
    IDBKeyRange.bound([account, day - COMPANY_DAYS_BACK], [account, day - 1]),
  )
  return days
    .sort((a, b) => a.day - b.day)
    .flatMap((stored) =>
      Object.entries(stored.brands).map(([brand, counts]) => ({
        brand,
        day: stored.day,
        mails: counts.mails,
        first: counts.first,
      })),
    )
}
