// Times and durations in the user's language (Intl, no strings of our own).
export function timeOf(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
}

export function dateTimeOf(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

/** A reason code's plain words: reason_<code with underscores> in the catalogue. */
export function reasonKey(code: string): string {
  return `reason_${code.replaceAll('-', '_')}`
}

/** Weekday and time: the ends of a 24-hour chart are a day apart at the same time. */
export function dayTimeOf(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  })
}
