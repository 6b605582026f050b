// Gmail's list shows the full date only in the date cell's title, localized ("Tue, Apr 8, 2025,
// 11:26 AM"; docs/webmail-pages.md 1.3). When the title does not parse in the user's locale, the
// legacy message id gives the time: its top bits are epoch milliseconds (id >> 20; observed in the
// fixtures, docs/webmail-pages.md 1.3 and 7, open question 10).

import { DAY_FIRST, MONTHS, US_DATE } from './locale.ts'

export function parseGmailTitleDate(title: string): number | null {
  const text = title.slice(0, 100)
  const us = US_DATE.exec(text)
  if (us) return localTime(us[3], us[1], us[2], us[4], us[5], us[6])
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst)
    return localTime(dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6])
  return null
}

function localTime(
  year?: string,
  monthName?: string,
  day?: string,
  hour?: string,
  minute?: string,
  meridiem?: string,
): number | null {
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase())
  if (month < 0 || !year || !day || !hour || !minute) return null
  let h = Number(hour) % (meridiem ? 12 : 24)
  if (meridiem?.toLowerCase() === 'p') h += 12
  const time = new Date(Number(year), month, Number(day), h, Number(minute)).getTime()
  return Number.isFinite(time) ? time : null
}

const HEX_ID = /^[0-9a-f]{12,16}$/iu

/** Epoch milliseconds encoded in a legacy Gmail message id, or null. */
export function timeFromLegacyId(legacyId: string | null | undefined): number | null {
  if (!legacyId || !HEX_ID.test(legacyId)) return null
  const millis = Number(BigInt(`0x${legacyId}`) >> 20n)
  // Only plausible mail dates count; ids of other shapes give nonsense.
  return millis > 946_684_800_000 && millis < 4_102_444_800_000 ? millis : null
}
