// Dutch look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const NL: LookTexts = {
  newsletter: [
    'Herfstdeals: 20% korting op breiwerk 🍂 || Nieuwsbrief {brand}. Gratis retour tot {date}. Afmelden onderaan.',
    'Je zondagse leestips || Vijf artikelen en een recept van {brand}. Abonnee sinds 2023.',
    'Laatste dag || De ledenverkoop stopt vanavond. Lidnummer {n}. {brand}',
  ],
  social: [
    '{from} reageerde op je foto || "Prachtig!" — reageer op {brand}.',
    'Je hebt 3 nieuwe volgers || {from} en 2 anderen volgen je op {brand}.',
    'Nieuw in je groep: rommelmarkt {city} || {from} plaatste een bericht.',
  ],
  ooo: [
    'Automatisch antwoord: {orig} || Dank voor uw bericht. Ik ben afwezig tot {date}.',
    'Niet op kantoor: {orig} || Ik ben met verlof tot {date}; je mail wordt niet doorgestuurd.',
    'Afwezig: {orig} || Deze week op reis, ik reageer als ik terug ben.',
  ],
  code: [
    'Je {brand} verificatiecode || Je code is {code}. Verloopt over 10 minuten.',
    '{code} is je {brand} code || Om het wijzigen van je e-mailadres af te ronden.',
    'Wachtwoord herstellen bij {brand} || Net aangevraagd. Link 30 minuten geldig.',
  ],
  ticket: [
    'RE: [#{ref}] {orig} || Hoi {first}, dank voor je geduld. Ticket #{ref}: het onderdeel gaat morgen mee. Sanne, klantenservice {brand}',
    '[{brand}] Verzoek {ref} opgelost || Je verzoek {ref} "{orig}" is opgelost.',
    'Dossier {ref}: nog één vraag || Kun je het serienummer sturen? Dossier {ref}.',
  ],
  shared: [
    '{from} heeft een map met je gedeeld || "Foto’s {city}" — 48 items. Openen in {brand}.',
    'Bijgewerkte uitnodiging: overleg om {time} || {from} verplaatste de afspraak van {date}.',
    '{from} nodigt je uit om "Begroting 2027" te bewerken || Openen in {brand}.',
  ],
  booking: [
    'Herinnering: afspraak op {date} om {time} || Tandartspraktijk {brand}, {city}.',
    'Je tafel is gereserveerd || {brand}, {date} om {time}, 2 personen.',
    'APK verloopt binnenkort || Voor {date}. Plan in bij {brand}.',
  ],
  notice: [
    'Ouderavond op {date} || Ouders van groep 6, plan een gesprek via de {brand} app.',
    'Gewijzigde openingstijden stadswinkel || Gemeente {brand}: maandag gesloten vanaf {date}.',
    'Water afgesloten op {date} || Van 9 tot 12 uur. Beheer {brand}',
  ],
  app: [
    'Jouw jaar op {brand} 🎉 || 1.204 uur geluisterd. Bekijk je overzicht.',
    'We passen onze voorwaarden aan || Vanaf {date} gelden nieuwe voorwaarden.',
    'Opslag bijna vol || Je {brand} opslag is voor 95% gevuld.',
  ],
  person: [
    'RE: {orig} || Top, tot zaterdag! Neem de grote schaal mee. {from}',
    'Fwd: {orig} || Doorgestuurd van pa, kun je even kijken? {from}',
    'Fijne feestdagen || Liefs van {from} en familie 🎄',
  ],
  receipt: [
    'Je bon van {brand} || {amount} met pas betaald op {date}. Bon {ref}.',
    'Je stuurde {amount} naar {from} || Betaling voltooid. Kenmerk {ref}.',
    'Uitbetaling onderweg || {amount} staat binnen 2 dagen op je rekening. {brand}',
  ],
  bank: [
    'Betaling van {amount} bij {brand} || Herken je dit niet? Blokkeer je pas.',
    'Nieuwe inlog bij {brand} || Een nieuw apparaat logde in bij {city} om {time}.',
    'Je wachtwoord is gewijzigd || Het wachtwoord van je {brand} internetbankieren is op {date} gewijzigd.',
  ],
  order: [
    'Je bestelling #{ref} is verzonden || Verwacht op {date}. Volg je pakket bij {brand}.',
    'Pakket ligt klaar || {brand} punt in {city}, ophaalcode {code}.',
    'Bestelling ontvangen || Nr. {ref}, totaal {amount}.',
  ],
  travel: [
    'Inchecken geopend voor {city} || Vlucht {ref} op {date}. {brand}',
    'Je instapkaart || De gate sluit 20 minuten voor vertrek. Stoel 14C.',
    'Gatewijziging: vlucht {ref} || Nieuwe gate B12, boarding {time}.',
  ],
}
