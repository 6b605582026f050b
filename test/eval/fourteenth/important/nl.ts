// Dutch important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_NL: readonly NoticeMaker[] = [
  (r) => ({
    from: 'Betaalvlot <bonnetjes@betaalvlot.nl>',
    subject: `Je betaalbewijs`,
    body: `Betaalbewijs ${digits(r, 8)}\nBedrag: € ${amount(r)}\nOntvanger: Bakkerij De Molen\nPas eindigend op ${digits(r, 4)}`,
  }),
  (r) => ({
    from: 'Polderbank <meldingen@polderbank.nl>',
    subject: `Betaling met je pas: € ${amount(r)}`,
    body: `Er is zojuist betaald met je betaalpas eindigend op ${digits(r, 4)}. Herken je dit niet? Blokkeer je pas direct via de app.`,
  }),
  () => ({
    from: 'Wolkwerk <beveiliging@wolkwerk.nl>',
    subject: `Je wachtwoord is gewijzigd`,
    body: `Het wachtwoord van je Wolkwerk-account is zojuist gewijzigd. Was jij dit niet, beveilig dan meteen je account.`,
  }),
  () => ({
    from: 'Wolkwerk <beveiliging@wolkwerk.nl>',
    subject: `Tweestapsverificatie uitgeschakeld`,
    body: `Tweestapsverificatie is uitgeschakeld voor je account. Was jij dit niet? Zet het weer aan en wijzig je wachtwoord.`,
  }),
  (r) => ({
    from: 'Snuffelhuis <bestellingen@snuffelhuis.nl>',
    subject: `Bestelling ${digits(r, 9)} bevestigd`,
    body: `Bedankt voor je bestelling: 1 x Fietstas waterdicht. Totaal € ${amount(r)}. We laten je weten wanneer hij onderweg is.`,
  }),
  (r) => ({
    from: 'Pakketsnel <track@pakketsnel.nl>',
    subject: `Je pakket wordt vandaag bezorgd`,
    body: `Pakket 3S${digits(r, 12)} komt vandaag tussen 17:00 en 19:30.`,
  }),
  (r) => ({
    from: 'Betaalvlot <service@betaalvlot.nl>',
    subject: `Betaalverzoek betaald`,
    body: `Sven de Wit heeft je betaalverzoek van € ${amount(r)} betaald.`,
  }),
]
