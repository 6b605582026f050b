// The confirmation lexicon (core/mail/lexicon) reads a quote, a brochure or a catalogue asked for
// through a company's form as a request, whose thanks make an acknowledgement; it reads each
// language's formal thanks; and a donation as a transaction, whose "thanks" or "received" confirm
// no request. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import {
  conceptHits,
  confirmationOf,
  foldForLexicon,
  transacts,
} from '../../src/core/mail/lexicon/lexicon.ts'

const hits = (text: string) => conceptHits(foldForLexicon(text))
const reading = (text: string) => confirmationOf(hits(text), false)

describe('a quote, brochure or catalogue asked for', () => {
  it.each([
    'Vielen Dank für Ihre Angebotsanfrage. Wir melden uns innerhalb von zwei Werktagen.',
    'Danke für Ihre Katalogbestellung, der Katalog kommt mit der Post.',
    'Bedankt voor uw offerteaanvraag. U hoort binnen een werkdag van ons.',
    'Bedankt voor je brochureaanvraag, de brochure staat hieronder.',
    'Obrigado pelo seu pedido de orçamento. Enviaremos a proposta amanhã.',
    'Gracias por pedir nuestro catálogo, llegará en una semana.',
    'Obrigado por solicitar a nossa brochura.',
  ])('is acknowledged: %s', (text) => {
    expect(reading(text)).toBe('ack')
  })
})

describe('an order thanked for', () => {
  it.each([
    '¡Gracias por pedir en Comidalia! Tu pedido 4711 está confirmado.',
    'Gracias por pedir. Hemos recibido tu pedido y lo estamos preparando.',
    'Hier ist Ihr Kostenvoranschlag Nr. 2291, vielen Dank für Ihr Vertrauen.',
  ])('acknowledges no request: %s', (text) => {
    expect(reading(text)).not.toBe('ack')
  })
})

describe('formal thanks', () => {
  it.each([
    'Nous vous remercions pour votre demande.',
    'Le agradecemos su solicitud.',
    'Agradecemos o seu pedido de contacto.',
    'La ringraziamo per la sua richiesta.',
    'Dank u voor uw aanvraag.',
    'Wir bedanken uns für Ihre Anfrage.',
  ])('acknowledge a request: %s', (text) => {
    expect(reading(text)).toBe('ack')
  })
})

describe('a donation', () => {
  it.each([
    'Thanks for your donation to the Spring Appeal.',
    'Danke für Ihre Spende an die Winterhilfe.',
    'Merci pour votre don à la collecte.',
    'Gracias por tu donativo a la campaña.',
    'Obrigado pela sua doação à campanha.',
    'Grazie per la tua donazione alla raccolta.',
    'Bedankt voor je donatie aan de actie.',
  ])('is a transaction: %s', (text) => {
    expect(transacts(hits(text))).toBe(true)
  })

  it('is no word of a French sentence that merely says "don"', () => {
    expect(transacts(hits("Don't miss our spring collection."))).toBe(false)
  })
})
