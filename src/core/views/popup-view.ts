// What the popup shows, computed from stored rows and wave summaries: the status, a timeline
// zoomed to the wave (core/views/timeline.ts), the latest wave grouped by brand, and the important mail
// that arrived during it. Pure: the background reads storage, this decides. Waves are judged on the
// mails' own dates, so a wave from last month keeps its shape whenever the popup is opened.
import type { ImportantKind } from '../mail/important/important.ts'
import { timelineWindow, type TimelineSpan } from './timeline.ts'
import type { MailPlace, ReasonCode, VerdictLabel } from '../types.ts'
import { countPlaces, type PlaceCount } from './places.ts'
import { HOUR_MS } from '../time.ts'

/** A wave whose last mail is this recent is "under way" (the badge uses the same span). */
export const UNDER_WAY_MS = HOUR_MS
/** Sample payloads shown per brand. */
const SAMPLES_PER_BRAND = 3

export interface ViewRow {
  id: string
  brand: string
  senderDomain: string
  payload: string
  helpdesk: boolean
  important: ImportantKind | null
  date: number | null
  verdict: VerdictLabel
  reasons: ReasonCode[]
  waveId: string | null
  /** Where a list last showed the mail (Outlook), when known. */
  place?: MailPlace | null
}

export interface ViewWave {
  id: string
  start: number
  end: number
  mails: number
  rules: ReasonCode[]
}

export type { PlaceCount }

export type WaveStatus = 'quiet' | 'under-way' | 'over'

export interface BrandGroup {
  brand: string
  mails: number
  first: number
  last: number
  samples: string[]
  /** Reasons given for the brand's mails, most frequent first. */
  reasons: ReasonCode[]
  ids: string[]
}

export interface ImportantMail {
  id: string
  kind: ImportantKind
  senderDomain: string
  payload: string
  date: number
}

export interface Timeline {
  start: number
  bucketMs: number
  helpdesk: number[]
  other: number[]
  /** The wave's span inside the window, or null. */
  wave: { from: number; to: number } | null
  /** When each pinned important mail arrived. */
  pinned: number[]
}

export interface PopupView {
  account: string
  status: WaveStatus
  /** The wave with its mails by company and by place (folder and Outlook's inbox view). */
  wave: (ViewWave & { brands: BrandGroup[]; places: PlaceCount[] }) | null
  timeline: Timeline
  important: ImportantMail[]
}

export function waveStatus(wave: Pick<ViewWave, 'start' | 'end'> | null, now: number): WaveStatus {
  if (!wave) return 'quiet'
  return wave.end >= now - UNDER_WAY_MS && wave.start <= now ? 'under-way' : 'over'
}

/** The span the chart is zoomed to: the wave, up to now while it is under way; null when quiet. */
export function chartSpan(wave: ViewWave | null, now: number): TimelineSpan | null {
  if (!wave) return null
  const end = waveStatus(wave, now) === 'under-way' ? Math.max(wave.end, now) : wave.end
  return { start: wave.start, end }
}

export function popupView(
  account: string,
  wave: ViewWave | null,
  rows: readonly ViewRow[],
  now: number,
): PopupView {
  const status = waveStatus(wave, now)
  const waveRows = wave
    ? rows.filter((row) => row.waveId === wave.id && row.verdict === 'relay')
    : []
  const important = wave ? importantDuring(rows, wave, status === 'under-way' ? now : wave.end) : []
  return {
    account,
    status,
    wave: wave
      ? {
          ...wave,
          brands: brandGroups(waveRows),
          places: countPlaces(waveRows.map((row) => row.place)),
        }
      : null,
    timeline: timeline(rows, wave, now, important),
    important,
  }
}

function timeline(
  rows: readonly ViewRow[],
  wave: ViewWave | null,
  now: number,
  important: readonly ImportantMail[],
): Timeline {
  const { start, end, bucketMs } = timelineWindow(chartSpan(wave, now), now)
  const buckets = Math.ceil((end - start) / bucketMs)
  const helpdesk = new Array<number>(buckets).fill(0)
  const other = new Array<number>(buckets).fill(0)
  for (const row of rows) {
    if (row.date === null || row.date < start || row.date >= end) continue
    const index = Math.floor((row.date - start) / bucketMs)
    if (row.helpdesk) helpdesk[index]! += 1
    else other[index]! += 1
  }
  const shown =
    wave && wave.end >= start && wave.start < end
      ? { from: Math.max(wave.start, start), to: Math.min(wave.end, end) }
      : null
  const pinned = important.map((mail) => mail.date).filter((date) => date >= start && date < end)
  return { start, bucketMs, helpdesk, other, wave: shown, pinned }
}

function brandGroups(rows: readonly ViewRow[]): BrandGroup[] {
  const groups = new Map<string, { rows: ViewRow[] }>()
  for (const row of rows) {
    const group = groups.get(row.brand) ?? { rows: [] }
    group.rows.push(row)
    groups.set(row.brand, group)
  }
  return [...groups]
    .map(([brand, { rows: mails }]) => {
      const dates = mails.map((mail) => mail.date ?? 0)
      return {
        brand,
        mails: mails.length,
        first: Math.min(...dates),
        last: Math.max(...dates),
        samples: [...new Set(mails.map((mail) => mail.payload).filter(Boolean))].slice(
          0,
          SAMPLES_PER_BRAND,
        ),
        reasons: byFrequency(mails.flatMap((mail) => mail.reasons)),
        ids: mails.map((mail) => mail.id),
      }
    })
    .sort((a, b) => b.mails - a.mails || a.brand.localeCompare(b.brand))
}

function importantDuring(rows: readonly ViewRow[], wave: ViewWave, until: number) {
  return rows
    .flatMap((row): ImportantMail[] =>
      // Important words the wave echoed made the mail relay: it is not pinned.
      row.important &&
      row.verdict !== 'relay' &&
      row.date !== null &&
      row.date >= wave.start &&
      row.date <= until
        ? [
            {
              id: row.id,
              kind: row.important,
              senderDomain: row.senderDomain,
              payload: row.payload,
              date: row.date,
            },
          ]
        : [],
    )
    .sort((a, b) => b.date - a.date)
}

function byFrequency<T>(items: readonly T[]): T[] {
  const counts = new Map<T, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).map(([item]) => item)
}
