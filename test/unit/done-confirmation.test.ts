// A subject that says something is confirmed ("Table for 4 confirmed", "Reserva confirmada") names
// a booking or a place the person took, not an account to confirm (done-confirmation.ts); one that
// asks for a confirmation, or names what was confirmed ("Account confirmed"), still reads as one.
// Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const subjectReads = (subject: string) =>
  evidenceOf({ subject, opening: 'See you soon.', templateKind: null, sender: null }).confirmation

describe('a subject saying something is done', () => {
  it.each([
    ['Table for 4 confirmed'],
    ['Platz bestätigt'],
    ['Reserva confirmada para el sábado'],
    ['Tavolo confermato per sabato'],
    ['Plek bevestigd'],
    ['Place confirmée'],
    ['Vaga confirmada ✅'],
  ])('reads no confirmation: %s', (subject) => {
    expect(subjectReads(subject)).toBeNull()
  })
})

describe('a subject asking, or naming what was confirmed', () => {
  it.each([
    ['Please confirm', 'verify-account'],
    ['Confirmation required', 'verify-account'],
    ['Bitte bestätigen', 'verify-account'],
    ['Confirme ton inscription', 'verify-account'],
    ['Tu confirmes ? 💌', 'verify-account'],
    ['Account confirmed', 'verify-account'],
    ['Subscription confirmed', 'confirm-subscription'],
  ])('%s', (subject, reading) => {
    expect(subjectReads(subject)).toBe(reading)
  })
})
