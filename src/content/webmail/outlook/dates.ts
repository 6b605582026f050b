// Outlook's list shows no machine-readable date, only text: "1:47 PM" (today), "Tue 3/17" (this
// week or year), "6/24/2024" (docs/webmail-pages.md 4.2, confirmed live by outlook-web-skill).
// Dates are resolved against `now`, in the user's local time.
import { MINUTE_MS } from '../../../core/time.ts'

const TIME = /^(\d{1,2}):(\d{2})(?:\s?([AP])M)?$/iu
const WEEKDAY_DATE = /^[A-Za-z]{2,4}\.? (\d{1,2})\/(\d{1,2})$/u
const FULL_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u

/** How far a listed time may lie ahead of this computer's clock (the server's clock differs). */
const CLOCK_SKEW_MS = 5 * MINUTE_MS

export function parseOutlookListDate(text: string, now: number): number | null {
  const value = text.trim()
  const today = new Date(now)
  const time = TIME.exec(value)
  if (time) {
    const hour = hour24(Number(time[1]), time[3])
    const date = new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate(),
      hour,
      Number(time[2]),
    )
    // A time still to come was listed before midnight, when it was today: it is yesterday's.
    if (date.getTime() > now + CLOCK_SKEW_MS) date.setDate(date.getDate() - 1)
    return date.getTime()
  }
  const weekday = WEEKDAY_DATE.exec(value)
  if (weekday) {
    const date = new Date(today.getFullYear(), Number(weekday[1]) - 1, Number(weekday[2]))
    // "12/30" seen in January belongs to last year.
    if (date.getTime() > now) date.setFullYear(date.getFullYear() - 1)
    return date.getTime()
  }
  const full = FULL_DATE.exec(value)
  if (full) return new Date(Number(full[3]), Number(full[1]) - 1, Number(full[2])).getTime()
  return null
}

export function looksLikeListDate(text: string): boolean {
  const value = text.trim()
  return TIME.test(value) || WEEKDAY_DATE.test(value) || FULL_DATE.test(value)
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour
  return (hour % 12) + (meridiem.toUpperCase() === 'P' ? 12 : 0)
}

const PANE_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?:\s?([AP])M)?/iu

/**
 * The date over an opened message: "Wed 4/30/2025 3:03 PM" (docs/webmail-pages.md 4.3,
 * `SentReceivedSavedTime`), in the user's local time; null for any other form.
 */
export function parseOutlookPaneDate(text: string): number | null {
  const match = PANE_DATE.exec(text)
  if (!match) return null
  const [, month, day, year, hour, minute, meridiem] = match
  return new Date(
    Number(year),
    Number(month) - 1,
    Number(day),
    hour24(Number(hour), meridiem),
    Number(minute),
  ).getTime()
}
