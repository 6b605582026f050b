// Telling an opened mail by subject, sender and date among the mails read (core/mail/same-mail.ts).
import { describe, expect, it } from 'vitest'
import { findSameMail, type KnownMail, type ShownMail } from '../../src/core/mail/same-mail.ts'

const at = (hour: number, minute = 0) => new Date(2026, 3, 10, hour, minute).getTime()
const shown: ShownMail = {
  subject: '[Request received]  FREE NITRO',
  senderName: 'Discord',
  senderAddress: 'Support@discord.zendesk.com',
  date: at(8, 3),
}
const row = (id: string, extra: Partial<KnownMail> = {}): KnownMail => ({
  id,
  subject: '[Request received] FREE NITRO',
  senderAddress: 'support@discord.zendesk.com',
  date: at(8, 3),
  ...extra,
})

describe('findSameMail', () => {
  it('finds the row with the same subject, sender and minute, spacing and case aside', () => {
    expect(findSameMail(shown, [row('other', { subject: 'Hello' }), row('a')])).toBe('a')
  })

  it('needs the same sender: by address, else by domain as stored, else by name', () => {
    expect(findSameMail(shown, [row('a', { senderAddress: 'help@tinder.zendesk.com' })])).toBeNull()
    const stored = {
      id: 's',
      subject: shown.subject,
      senderDomain: 'discord.zendesk.com',
      date: at(8, 3),
    }
    expect(findSameMail(shown, [stored])).toBe('s')
    expect(findSameMail(shown, [{ ...stored, senderDomain: 'tinder.zendesk.com' }])).toBeNull()
    const nameOnly = { ...shown, senderAddress: '' }
    expect(findSameMail(nameOnly, [row('n', { senderAddress: '', senderName: 'Discord' })])).toBe(
      'n',
    )
    expect(
      findSameMail(nameOnly, [row('n', { senderAddress: '', senderName: 'Tinder' })]),
    ).toBeNull()
  })

  it('takes a day-only row date as any time that day, and the closer of two rows', () => {
    expect(findSameMail(shown, [row('day', { date: new Date(2026, 3, 10).getTime() })])).toBe('day')
    expect(
      findSameMail(shown, [row('other day', { date: new Date(2026, 3, 9).getTime() })]),
    ).toBeNull()
    expect(findSameMail(shown, [row('late', { date: at(9) })])).toBeNull()
    expect(
      findSameMail(shown, [row('day', { date: new Date(2026, 3, 10).getTime() }), row('a')]),
    ).toBe('a')
  })

  it('compares the first 160 characters only, as the background stores them', () => {
    const long = { ...shown, subject: `${'x'.repeat(160)} tail` }
    expect(findSameMail(long, [row('s', { subject: 'x'.repeat(160) })])).toBe('s')
  })

  it('says nothing when two rows fit equally well, or the subject is empty', () => {
    expect(findSameMail(shown, [row('a'), row('b')])).toBeNull()
    expect(findSameMail({ ...shown, subject: ' ' }, [row('a', { subject: '' })])).toBeNull()
  })
})
