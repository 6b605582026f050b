// Her long weekend in Utrecht: flight booking, check-in and boarding pass, the hotel's
// confirmation and pre-arrival mail, a train ticket from the airport and a review request.
// English and Dutch.
import { at, type QuietMail } from './kit.ts'

export function travelMail(): QuietMail[] {
  const t = (
    when: number,
    from: string,
    subject: string,
    body: string,
    lang: 'en' | 'nl' = 'en',
  ): QuietMail => ({
    at: when,
    from,
    subject,
    body,
    source: 'travel',
    lang,
  })
  const AIR = 'Aerolinha Atlântida <bookings@atlantida-air.example>'
  const HOTEL = 'Hotel De Waterlelie Utrecht <reserveringen@hoteldewaterlelie.example>'
  return [
    t(
      at(0, 20, 31),
      AIR,
      'Booking confirmed: LIS → AMS, 12 Nov',
      'Booking reference QXT4LM. Outbound Thu 12 Nov 07:05, return Sun 15 Nov 19:40. 1 adult, hand luggage only. Total 214,60 €.',
    ),
    t(
      at(0, 20, 44),
      HOTEL,
      'Bevestiging reservering 20761',
      'Beste mevrouw Oyelaran, hartelijk dank voor uw reservering van 12 tot 15 november (3 nachten, tweepersoonskamer). Inchecken vanaf 15:00.',
      'nl',
    ),
    t(
      at(9, 7, 5),
      AIR,
      'Check-in is now open for your flight to Amsterdam',
      'Check in online and get your boarding pass. Booking reference QXT4LM.',
    ),
    t(
      at(9, 7, 40),
      AIR,
      'Your boarding pass – AT 1672, seat 14C',
      'Boarding pass attached. Gate closes 20 minutes before departure.',
    ),
    t(
      at(9, 16, 0),
      HOTEL,
      'Tot morgen! Praktische informatie',
      'We verwelkomen u graag morgen. De hotelfietsen kunt u gratis lenen; parkeren in de garage om de hoek.',
      'nl',
    ),
    t(
      at(10, 9, 48),
      'Spoorkaartje <tickets@spoorkaartje.example>',
      'Je e-ticket: Schiphol Airport → Utrecht Centraal',
      'Enkele reis, 2e klas, geldig op 12-11-2026. Prijs € 11,20. Toon de QR-code bij de poortjes.',
      'nl',
    ),
    t(
      at(12, 18, 5),
      AIR,
      'Check-in is now open for your flight to Lisbon',
      'Your return flight AT 1675 departs Sun 15 Nov at 19:40. Check in now.',
    ),
    t(
      at(14, 10, 20),
      HOTEL,
      'Hoe was uw verblijf?',
      'Bedankt voor uw verblijf bij Hotel De Waterlelie. Wilt u in twee minuten laten weten hoe het was?',
      'nl',
    ),
    t(
      at(14, 22, 40),
      AIR,
      'Welcome home! How was your flight?',
      'Tell us about your trip from Amsterdam and help us improve.',
    ),
  ]
}
