// A mail with nothing but an automated sender to join a wave with (core/mail/joining/sender-only.ts): in a
// language the lexicon reads, naming nothing confirmations speak of, it is everyday mail (an
// invitation, a club or landlord notice, a storage warning) and stays clean inside a wave; naming
// a request, a subscription or a code, carrying the wave's payload, or written in a language the
// lexicon cannot read, it still joins.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { relayIndicators } from '../../src/core/mail/indicators/indicators.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { inLexiconLanguage } from '../../src/core/mail/lexicon/readable-language.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 12, 14, 0)

const ack = (i: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + i * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] hello`,
  snippet: `Your request (${2000 + i}) has been received and is being reviewed by our support staff.`,
})

const automated = (id: string, subject: string, snippet: string): MailInput => ({
  id,
  date: T0 + 6 * MINUTE,
  senderName: 'Orvalle',
  senderAddress: `notifications@${id}.example`,
  subject,
  snippet,
})

/** Everyday mail from automated mailboxes new to the inbox, in the lexicon's languages. */
const EVERYDAY: readonly [string, string][] = [
  [
    'You’re invited: climbing meetup on 13/11',
    'Callum Reid invited you to an event at 14:15. Going?',
  ],
  ['Your Orvalle storage is 95% full', 'Free up space or upgrade to keep syncing your photos.'],
  [
    'Vereinsnachrichten: Jahreshauptversammlung',
    'Der TSV lädt am 11/11 um 9:00 ins Vereinsheim ein.',
  ],
  [
    'Club de tennis : courts fermés',
    'À partir du 11/11, les courts sont fermés deux semaines pour la saison.',
  ],
  [
    'Aviso a vecinos: revisión del ascensor',
    'El 11/11 a las 13:45 el ascensor estará parado por la revisión.',
  ],
  [
    'O seu armazenamento está a 95 %',
    'As fotos vão deixar de sincronizar. Liberte espaço com o plano.',
  ],
  [
    'Avviso: acqua sospesa il 26/12',
    'Tra le 9:00 e le 15:00 l’acqua è sospesa per lavori nella scala C.',
  ],
  [
    'We’re updating our Terms of Service',
    'From 20/11 new terms apply to your account and your email preferences. Read them here.',
  ],
  ['Sanne noemde je in een reactie', '"@Fenna moet je zien" – reageer op de foto in de club.'],
  // A menu bar's desk and thanks, a footer naming the mail itself, a call to join.
  [
    'Heizungswartung am Dienstag',
    'Kundenservice | Konto | Hilfe — Danke! Der Techniker kommt zwischen 8 und 12 Uhr.',
  ],
  [
    'Ihr Speicherplatz wird knapp',
    'Sie nutzen 92 % Ihres Speichers. Diese Nachricht wurde automatisch erstellt.',
  ],
  ['Your table for Friday', 'Four people at 19:30. This is an automated message, do not reply.'],
  [
    'Weekly sync moved to 10:00',
    'Maren moved the meeting. Join with video call: https://m.example',
  ],
]

const readable = (mail: MailInput) =>
  inLexiconLanguage(foldForLexicon(`${mail.subject}\n${mail.snippet}`))

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!.verdict]))
}

const wave = () => [0, 1, 2, 3, 4].map(ack)

describe('an automated sender’s mail with no confirmation wording, during a wave', () => {
  it.each(EVERYDAY)(
    'stays clean when it names nothing a confirmation speaks of: %s',
    (subject, snippet) => {
      const mail = automated('everyday', subject, snippet)
      expect(extractFeatures(mail).joiner).toBe(false)
      expect(judged([...wave(), mail]).everyday).toBe('clean')
    },
  )

  it('joins when it names a subscription, a request or a code in words the lexicon pairs with nothing', () => {
    const mails = [
      automated(
        'pending',
        'Subscription pending',
        'Tap the button to start receiving our letters.',
      ),
      automated(
        'written',
        'Haben Sie uns geschrieben?',
        'Über unsere Webseite kam eben eine Anfrage mit Ihrer Adresse, die wir nicht zuordnen.',
      ),
    ]
    // Both are read as written in the lexicon's languages: they join by the concept they name.
    expect(mails.every((mail) => readable(mail))).toBe(true)
    expect(mails.map((mail) => extractFeatures(mail).joiner)).toEqual([true, true])
    const verdicts = judged([...wave(), ...mails])
    expect([verdicts.pending, verdicts.written]).toEqual(['relay', 'relay'])
  })

  it('joins when its body carries a payload: struck-out letters, a legal threat, a giveaway', () => {
    const struck = [...'FREE GAME CREDITS'].map((c) => (c === ' ' ? c : `${c}\u0336`)).join('')
    const mails = [
      automated('struck', 'Hallo!', `Liebe/r ${struck}, schön dass du da bist und wir uns freuen.`),
      automated(
        'legal',
        'Hello there',
        'Dear Europol warrant issued in your name, nice to meet you.',
      ),
      automated('crypto', 'Hello there', 'Dear Send 0.05 BTC to stop this, nice to meet you.'),
    ]
    expect(mails.every((mail) => readable(mail))).toBe(true)
    expect(mails.map((mail) => extractFeatures(mail).joiner)).toEqual([true, true, true])
  })

  it('joins when it is written in a language the lexicon does not read', () => {
    const swedish = automated(
      'sv',
      'Välkommen till Orvalle',
      'Tryck här för att börja: det tar bara en minut.',
    )
    expect(extractFeatures(swedish).joiner).toBe(true)
    expect(judged([...wave(), swedish]).sv).toBe('relay')
  })
})

describe('the lexicon’s languages, told by function words', () => {
  it.each([
    ['en', 'We are updating the terms of your plan'],
    ['nl', 'Het water is afgesloten voor een uur'],
    ['pt', 'Você tem uma mensagem nova com o seu nome'],
    ['fr', 'Réunion déplacée à 10:15 : l’organisateur a changé l’heure de l’atelier trimestriel'],
    ['it', 'Promemoria dell’evento: l’orario è cambiato, appuntamento spostato alle undici'],
  ])('reads %s', (_, text) => {
    expect(inLexiconLanguage(foldForLexicon(text))).toBe(true)
  })

  it.each([
    ['es', 'Corte de agua el 5/11. Habrá un corte de 9:00 a 13:00.'],
    ['it', 'Il cedolino è disponibile. Consultalo sul portale.'],
  ])('reads a short %s notice by the one function word it has room for', (_, text) => {
    expect(inLexiconLanguage(foldForLexicon(text))).toBe(true)
  })

  it('asks two function words of a longer text', () => {
    const text =
      'Corte de agua programado el martes: habrá cortes de nueve a trece horas luego otra vez mañana'
    expect(inLexiconLanguage(foldForLexicon(text))).toBe(false)
  })

  it.each([
    ['sv', 'Tryck här för att börja, det tar bara en minut'],
    ['pl', 'Dziękujemy, że się zapisałeś. Kliknij, aby potwierdzić'],
    ['pl', 'Zresetuj hasło: możesz zresetować hasło na tej stronie'],
    ['pl', 'Kliknij przycisk lub odpowiedz na tę wiadomość: https://we.example/the/news'],
  ])('does not read %s', (_, text) => {
    expect(inLexiconLanguage(foldForLexicon(text))).toBe(false)
  })
})

describe('struck-out letters in a title', () => {
  it('are a disguise, and the words beneath them are read', () => {
    const title = [...'FREE NITRO now'].map((c) => (c === ' ' ? c : `${c}\u0336`)).join('')
    expect(relayIndicators(title, null)).toEqual(
      expect.arrayContaining(['styled-unicode', 'giveaway-crypto']),
    )
  })
})
