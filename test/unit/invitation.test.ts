// A call to act later (core/mail/joining/invitation.ts): a course, a club run or a school portal asking
// the reader to register or log in, from an automated mailbox new to the inbox, names nothing a
// confirmation speaks of, so it does not join a wave on its sender alone (sender-only.ts); nor
// does a newsletter whose footer says why the reader gets it (footer-reason.ts), nor a calendar
// invitation whose date reads like a phone number. Mail that states a registration still does. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { relayIndicators } from '../../src/core/mail/indicators/indicators.ts'

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

  it.each([
    [
      'Kelvamo Wochenrückblick',
      'Die Artikel der Woche. Du erhältst diese Mail, weil du den Newsletter abonniert hast.',
    ],
    [
      'La lettre du dimanche',
      'Cinq lectures. Vous recevez ce message car vous êtes abonné. Désinscription.',
    ],
    ['Lo mejor de la semana', 'Cinco lecturas. Recibes este correo porque te suscribiste. Baja.'],
  ])(
    'a footer saying why the reader gets the mail does not make it join: %s',
    (subject, snippet) => {
      expect(extractFeatures(mail(subject, snippet)).joiner).toBe(false)
    },
  )

  it('a calendar invitation’s date is no phone number', () => {
    const invite = mail(
      'Einladung: Teamrunde am 2026-11-28 um 8:45',
      'Nele Vogt hat Sie eingeladen.',
    )
    expect(extractFeatures(invite).joiner).toBe(false)
    expect(relayIndicators('call +1 (415) 555-0199 now', null)).toContain('phone-in-subject')
  })

  it('a registration stated still does', () => {
    const noted = mail('Hello', 'Your registration for the course is noted.')
    expect(extractFeatures(noted).joiner).toBe(true)
  })
})
