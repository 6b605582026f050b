// A mail telling that someone gave this address to join a list or sign up, and asking for a yes
// (someone-signed-up.ts), reads as a double opt-in or an address to verify, in the company's own
// words, with its name between the words the lexicon pairs. A social notice that someone
// subscribed to the reader, and a yes nobody asks for, read as neither. Texts written here.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { someoneSignedUp } from '../../src/core/mail/someone-signed-up.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'

const reads = (text: string) => someoneSignedUp(foldForLexicon(text))

describe('someone signed this address up', () => {
  it.each([
    [
      'Hi, someone (hopefully you) asked to join the Pellory Labs list. Confirm and we will send our picks.',
      'confirm-subscription',
    ],
    [
      'Jemand hat sich mit dieser Adresse für den Dormel-Newsletter angemeldet. Bitte bestätigen.',
      'confirm-subscription',
    ],
    [
      "Quelqu'un a demandé à recevoir la lettre de Tarnelle. Confirmez-vous ?",
      'confirm-subscription',
    ],
    ['Alguien se ha registrado en Morvela con este correo. Verifica tu dirección.', 'verify-email'],
    ['Alguém se inscreveu na lista da Brenda Lda. Confirma aqui.', 'confirm-subscription'],
    ['Qualcuno ha chiesto di ricevere le novità di Fossa. Conferma qui.', 'confirm-subscription'],
    [
      'Iemand heeft zich aangemeld met dit adres bij Hulst. Bevestig je e-mailadres.',
      'verify-email',
    ],
    ['Someone signed this address up for Garvin. Was it you? Yes, it was me.', 'verify-email'],
    [
      'Someone signed ana@mail.example up for the Garvin letter. Yes, it was me: https://g.example/s',
      'confirm-subscription',
    ],
    [
      'Alguien ha apuntado ana@mail.example al boletín de Garvin. Sí, he sido yo: https://g.example/s',
      'confirm-subscription',
    ],
  ])('%s', (text, reading) => {
    expect(reads(text)).toBe(reading)
  })

  it('makes a candidate of an opening the lexicon pairs nothing in', () => {
    const opening =
      'Hi, someone (hopefully you) asked to join the Pellory Labs list. Confirm and we will send our picks every Friday.'
    const evidence = evidenceOf({
      subject: 'Are you in?',
      opening,
      templateKind: null,
      sender: 'automated-mailbox',
    })
    expect(evidence.confirmation).toBe('confirm-subscription')
    expect(evidence.candidate).toBe(true)
  })
})

describe('one click to join a list', () => {
  it.each([
    ['Madame, Monsieur, un clic et vous rejoignez notre liste. Lien : https://g.example/s'],
    ['Gentile cliente, un clic e sei nella nostra lista. Link: https://g.example/s'],
    ['Caro cliente, um clique e você entra na nossa lista. Link: https://g.example/s'],
  ])('%s', (opening) => {
    const evidence = evidenceOf({
      subject: 'Newsletter',
      opening,
      templateKind: null,
      sender: null,
    })
    expect(evidence.confirmation).toBe('confirm-subscription')
  })
})

describe('no yes asked for', () => {
  it.each([
    ['Someone subscribed to your channel. Tap to see who.'],
    ['Somebody registered for your workshop on Friday: 12 places left.'],
    ['Jemand hat dir geschrieben. Antworten in der App.'],
    ['Jemand hat sich gerade mit Ihrem Konto angemeldet. Waren Sie das? Ja, bestätigen.'],
    ['Iemand heeft zich aangemeld op je account. Was jij dit? Ja / Nee'],
  ])('%s', (text) => {
    expect(reads(text)).toBeNull()
  })
})
