// Every UI text Relay Shield matches on a Gmail page, in one place. Gmail's list and toolbar are
// read by structure and attributes (docs/webmail-pages.md 1-3), so only dates are read as words:
// the date cell's title (docs/webmail-pages.md 1.3) and the print view's date line (2.5). Titles in
// other locales fall back to the time in the legacy message id (dates.ts).

/** Month abbreviations of English date titles, in calendar order. */
export const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]

// "Apr 8, 2025, 11:26 AM" (en-US), optionally after a weekday. \u202f: newer ICU puts a narrow
// no-break space before AM/PM.
export const US_DATE =
  /([a-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?:[\s\u202f]?([ap])\.?m\.?)?/iu
// "8 Apr 2025, 11:26" (en-GB and most European English locales)
export const DAY_FIRST =
  /(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4}),? (\d{1,2}):(\d{2})(?:[\s\u202f]?([ap])\.?m\.?)?/iu

/** The print view writes "Apr 8, 2025 at 11:26 AM": the word between date and time. */
export const PRINT_DATE_AT = / at /u
