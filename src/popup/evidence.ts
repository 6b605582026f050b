// The evidence a security team or an abused company needs, as CSV, JSON and a prepared message.
// Built from what is stored: brands, sender domains, subject starts, reasons and times; never
// bodies or full addresses.
import type { BrandGroup, PopupView } from '../messaging/protocol.ts'
import type { Translate } from './i18n.ts'

type Wave = NonNullable<PopupView['wave']>

export function evidenceJson(account: string, wave: Wave): string {
  const brands = wave.brands.map(({ brand, mails, first, last, samples, reasons }) => ({
    brand,
    mails,
    first: new Date(first).toISOString(),
    last: new Date(last).toISOString(),
    samples,
    reasons,
  }))
  const summary = {
    account,
    start: new Date(wave.start).toISOString(),
    end: new Date(wave.end).toISOString(),
    mails: wave.mails,
    rules: wave.rules,
    brands,
  }
  return JSON.stringify(summary, null, 2)
}

export function evidenceCsv(wave: Wave): string {
  const header = ['brand', 'mails', 'first', 'last', 'samples', 'reasons']
  const lines = wave.brands.map((brand) =>
    [
      brand.brand,
      String(brand.mails),
      new Date(brand.first).toISOString(),
      new Date(brand.last).toISOString(),
      brand.samples.join(' | '),
      brand.reasons.join(' '),
    ]
      .map(csvCell)
      .join(','),
  )
  return [header.join(','), ...lines].join('\r\n') + '\r\n'
}

/**
 * A cell as CSV: quoted, quotes doubled, and a leading = + - @ (or tab, return) defused with an
 * apostrophe, so a spreadsheet never runs an attacker's subject as a formula (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/** The message to the abused company: the evidence and what its helpdesk admin should change. */
export function companyMessage(brand: BrandGroup, wave: Wave, t: Translate): string {
  return [
    t('tellGreeting'),
    t('tellWhat', [String(brand.mails), brand.brand]),
    t('tellWhen', [new Date(brand.first).toISOString(), new Date(brand.last).toISOString()]),
    t('tellWave', [String(wave.mails), String(wave.brands.length)]),
    brand.samples.length > 0 ? t('tellSamples', [brand.samples.join(' | ')]) : '',
    t('tellSteps'),
    `- ${t('tellStepVerify')}`,
    `- ${t('tellStepEcho')}`,
    `- ${t('tellStepRate')}`,
    `- ${t('tellStepCaptcha')}`,
    t('tellThanks'),
  ]
    .filter(Boolean)
    .join('\n\n')
}
