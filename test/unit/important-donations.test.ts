// A donation given or received through a platform is a payment (core/mail/important/important.ts,
// the transaction stems of lexicon-transaction.ts): a charity's donation notices, dozens in an hour
// on a campaign day, are important mail, never a wave's. Inside an acknowledgement of a request the
// same words are the form's echo. Texts written here for the test, in the seven languages.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Givoria',
  senderAddress: 'notifications@givoria.example',
  subject,
  snippet,
})

describe('a donation notice', () => {
  it.each([
    ['New donation: £25.00 from Amy Lee', 'Amy Lee gave to your Spring Appeal.'],
    ['Tom Baker donated $40.00', 'to your fundraiser "Clean Rivers".'],
    ['Thank you for your donation of €50', 'It plants twenty-five trees this winter.'],
    ['Neue Spende: 30,00 EUR von Jan Vogel', 'für Ihre Aktion "Winterhilfe".'],
    ['Nouveau don : 20,00 EUR de Léa Petit', 'pour votre collecte « Hiver solidaire ».'],
    ['Nuevo donativo: 15,00 EUR de Pablo Ruiz', 'para tu campaña «Invierno».'],
    ['Nova doação: 12,00 EUR de Rui Costa', 'para a sua campanha «Inverno».'],
    ['Nuova donazione: 18,00 EUR da Anna Neri', 'per la tua raccolta «Inverno».'],
    ['Nieuwe donatie: € 22,00 van Bram de Wit', 'voor je actie "Winterhulp".'],
  ])('%s is a payment', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).important).toBe('payment')
  })

  it.each([
    ['Donate today: every euro counts', 'Our winter appeal needs you.'],
    ['Spenden Sie jetzt für die Winterhilfe', 'Jeder Euro hilft.'],
  ])('%s, an appeal, is not', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).important).toBeNull()
  })

  it('is the form’s echo inside an acknowledgement of a request', () => {
    const echo = mail(
      'Request received: New donation: £500 from Amy Lee',
      'Your request (48213) has been received and is being reviewed by our support staff.',
    )
    expect(extractFeatures(echo).important).toBeNull()
  })
})
