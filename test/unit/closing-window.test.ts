// A long body's closing is read from a whole line or sentence (core/mail/boilerplate/closing-window.ts): a window cut mid-word must not hide the start of a footer's "you received this
// because you created an account", nor the request a cut sentence names before its verb. Texts
// written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const closingReading = (closing: string) =>
  evidenceOf({
    subject: 'Daily stories',
    opening: 'In this issue',
    templateKind: null,
    sender: null,
    closing,
  }).confirmation

const FOOTER =
  'You received this email because you created an account on our forum and asked for the weekly digest.\n'

describe('a long body whose footer the closing window cuts', () => {
  it.each([0, 4, 8, 12])(
    'reads no account confirmation when the cut falls %i characters into it',
    (into) => {
      const body = `${'Story text goes on here. '.repeat(20)}${FOOTER}`
      // The closing window is the body's last 300 characters: pad so that it starts `into` characters
      // into the footer.
      const padded = `${body}${' '.repeat(Math.max(0, 300 - (FOOTER.length - into)))}`
      expect(closingReading(padded)).toBeNull()
    },
  )
})

describe('a sentence longer than the reach', () => {
  it('is read from the cut, not from its start', () => {
    const body = `Hello. Thank you, your request was received and ${'then more words follow '.repeat(25)}end.`
    expect(body.length).toBeGreaterThan(500)
    expect(closingReading(body)).toBeNull()
  })
})

describe('a sentence the window cuts', () => {
  it('is read from its start', () => {
    const title = 'Please remove the listed pages from the site before the end of the week'
    const body = `Guten Tag,\nDeine Supportanfrage zu „${title} ${title} ${title}“ wurde erfasst – Nummer 67880989.\nMit freundlichen Grüßen, Acme Versand`
    expect(body.length).toBeGreaterThan(300)
    expect(closingReading(body)).toBe('ack')
  })
})

describe('a short closing', () => {
  it('is read whole', () => {
    expect(closingReading('Please confirm your subscription by clicking the link below.')).toBe(
      'confirm-subscription',
    )
  })
})
