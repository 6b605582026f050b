// Check-in announced as open, and a parcel available for pickup, in the languages airlines and
// shops write them (core/mail/lexicon/lexicon-day-of.ts): important mail, pinned when it arrives inside a
// wave. A check-in offer, a newsletter's travel tips and a bonus to collect are none. Texts
// written here for the test.
import { describe, expect, it } from 'vitest'
import { importantKind } from '../../src/core/mail/important/important.ts'

describe('the day of a trip or a parcel', () => {
  it.each([
    ['Check-in now open', 'Booking QX41B, departure 3 March at 07:15.'],
    ['Inchecken kan nu', 'Reservering 88213, vertrek 2 maart om 06:40.'],
    ['Check-in aperto', 'Prenotazione 4412, partenza 2 marzo ore 18:05.'],
    ['Check-in aberto', 'Reserva 5521, partida a 2 de março às 10:20.'],
    ['Votre enregistrement est ouvert', 'Réservation 7781, départ le 2 mars à 14:00.'],
    ['Check-in ab sofort möglich', 'Buchung 3390, Abflug am 2. März um 9:45.'],
    ['Online-Check-in für Porto geöffnet', 'Flug 7948 am 28.10. Jetzt einchecken.'],
    ['Ya puedes hacer el check-in', 'Reserva 5521, salida el 2 de marzo a las 10:20.'],
    ['You can now check in', 'Booking QX41B, departure 3 March at 07:15.'],
  ])('check-in beside a departure is important: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).toBe('purchase')
  })

  it.each([
    ['Encomenda disponível para levantamento', 'Código 4471 na loja do centro.'],
    ['Paket zur Abholung verfügbar', 'Abholcode folgt.'],
    ['Votre colis est disponible au retrait', 'Munissez-vous d’une pièce d’identité.'],
    ['Il pacco è disponibile per il ritiro', 'Porta un documento.'],
  ])('a parcel available for pickup is important: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).toBe('shipping')
  })

  it.each([
    ['Early check-in available', 'Upgrade your room today.'],
    ['Your Acme Air deals', 'Fares from €29. Online check-in opens 30 hours before departure.'],
    ['Acme Hotels', 'Bienvenue. Enregistrement en ligne, départ express.'],
    ['Tu bono de bienvenida está disponible para retirar', ''],
    ['Your free sample is available for pickup', ''],
    ['Je welkomstbonus kan worden opgehaald', ''],
  ])('an offer or a bonus is none: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).toBeNull()
  })
})
