// A call to act later (core/mail/invitation.ts): a course, a club run or a school portal asking
// the reader to register or log in, from an automated mailbox new to the inbox, names nothing a
// confirmation speaks of, so it does not join a wave on its sender alone (sender-only.ts). Mail
// that states a registration or a subscription still does. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Kelvamo',
  senderAddress: 'team@kelvamo.example',
  subject,
  snippet,
})

describe('a call to act later', () => {
  it.each([
    [
      'Fun run in December',
      'Register for the run on 2 December with your club code: https://k.example/r',
    ],
    [
      'Jetzt anmelden: Töpferkurs',
      'Hallo Lukas, melde dich bis Freitag für den Kurs an: https://k.example/a',
    ],
    [
      'Taller de cerámica',
      'Hola Itziar, regístrate antes del viernes en el taller: https://k.example/t',
    ],
    ['Corso di ceramica', 'Ciao Ludovica, iscriviti entro il 15 al corso: https://k.example/c'],
    [
      'New photos in your class album',
      'Log in to Kelvamo to see the 24 new photos: https://k.example/p',
    ],
    ['Nouveau document', 'Connectez-vous à Kelvamo pour lire le message de l’enseignante.'],
    ['Nieuwe cursus', 'Meld je aan voor de cursus pottenbakken: https://k.example/n'],
  ])('does not join on its sender: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).joiner).toBe(false)
  })

  it('a registration stated still does', () => {
    const noted = mail('Hello', 'Your registration for the course is noted.')
    expect(extractFeatures(noted).joiner).toBe(true)
  })
})
