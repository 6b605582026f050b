// The headline's sentences, in the catalogue's words. The browsers' i18n has no plural rules, so
// every counted phrase has a _zero, _one and _other message; English and German need no more.
import type { PopupSummary } from '../core/views/popup-summary.ts'
import { waveStatus, type WaveStatus } from '../core/views/popup-view.ts'
import { dateTimeOf, timeOf } from './format.ts'
import type { Translate } from './i18n.ts'

export interface Headline {
  status: WaveStatus
  /** What happened. */
  story: string
  /** Where the real mail is; empty when there is no wave. */
  safety: string
  /** Whether there is anything to clean up. */
  cleanable: boolean
}

/** `key_zero`, `key_one` or `key_other`, given the count. */
export function counted(t: Translate, key: string, count: number): string {
  const form = count === 0 ? 'zero' : count === 1 ? 'one' : 'other'
  return t(`${key}_${form}`, [String(count)])
}

/** A time of today as hh:mm, of another day with its date. */
export function whenOf(time: number, now: number): string {
  return new Date(time).toDateString() === new Date(now).toDateString()
    ? timeOf(time)
    : dateTimeOf(time)
}

export function headline(summary: PopupSummary, now: number, t: Translate): Headline {
  const { wave } = summary
  const status = waveStatus(wave, now)
  if (!wave || status === 'quiet')
    return { status: 'quiet', story: t('headlineQuiet'), safety: '', cleanable: false }
  if (wave.companies === 0)
    return { status, story: t('headlineCleared'), safety: '', cleanable: false }
  const mails = counted(t, 'headlineMails', wave.mails)
  const companies = counted(t, 'headlineCompanies', wave.companies)
  const story =
    status === 'under-way'
      ? t('headlineSince', [mails, companies, whenOf(wave.start, now)])
      : t('headlineBetween', [mails, companies, whenOf(wave.start, now), timeOf(wave.end)])
  return { status, story, safety: counted(t, 'headlineSafe', summary.pinned), cleanable: true }
}
