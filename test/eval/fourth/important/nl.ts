// Belangrijke post in het Nederlands, geschreven voor de vierde set (verzonnen diensten, wisselende formuleringen).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_NL: readonly ImportantMail[] = [
  {
    from: 'Polderbank <meldingen@polderbank.nl>',
    subject: 'Betaling van € 52,10 aan Tandartspraktijk De Linde',
    body: 'Beste {name},\n\nEr is zojuist € 52,10 afgeschreven van je betaalrekening ten gunste van Tandartspraktijk De Linde.\n\nHerken je dit niet? Bel ons direct via het nummer op je pas.',
  },
  {
    from: 'Polderbank <veiligheid@polderbank.nl>',
    subject: 'Nieuw apparaat gekoppeld aan je Polderbank-app',
    body: 'Vandaag om 07:58 is een nieuw apparaat (Pixel 8) gekoppeld aan je bankapp.\n\nWas jij dit niet? Blokkeer de koppeling in Internet Bankieren.',
  },
  {
    from: 'Tikkie-Snel <betalingen@tikkiesnel.nl>',
    subject: 'Joost van Dam heeft je € 18,50 betaald',
    body: 'Joost van Dam heeft je verzoek "Pizza dinsdag" betaald: € 18,50.\n\nHet bedrag staat al op je rekening.',
  },
  {
    from: 'Ritje <bonnen@ritje.nl>',
    subject: 'Je bonnetje voor de rit van zondag',
    body: 'Bedankt voor je rit, {name}.\n\nTotaal € 21,70\nUtrecht Centraal → Oudegracht 230, 4,3 km\nBetaald met iDEAL\n\nRitnummer {ref}',
  },
  {
    from: 'Bezorgd! <track@bezorgd.nl>',
    subject: 'Je pakket wordt vandaag tussen 14:10 en 16:10 bezorgd',
    body: 'Track & trace {ref}\n\nJe pakket van Hooiberg Wonen komt vandaag tussen 14:10 en 16:10.\n\nNiet thuis? Kies een ophaalpunt in de app.',
  },
  {
    from: 'Belastingportaal <noreply@belastingportaal.nl>',
    subject: 'Er staat een nieuw bericht in uw Berichtenbox',
    body: 'Geachte heer/mevrouw,\n\nEr staat een nieuw bericht over uw voorlopige aanslag 2026 in uw Berichtenbox.\n\nLog in om het bericht te lezen. Dit is een automatisch bericht.',
  },
  {
    from: 'Duinwater <facturen@duinwater.nl>',
    subject: 'Jaarafrekening water: € 41,12 terug',
    body: 'Beste {name},\n\nJe jaarafrekening {ref} is klaar. Je krijgt € 41,12 terug; we maken het binnen 10 werkdagen over.',
  },
  {
    from: 'Spoorwijs <tickets@spoorwijs.nl>',
    subject: 'Boeking bevestigd: Amsterdam Centraal → Brussel-Zuid',
    body: 'Boekingsnummer {ref}\n\nVrijdag 18 september, vertrek 10:17, aankomst 12:09\nRijtuig 3, stoel 61\nPrijs € 34,90\n\nJe e-ticket staat in de bijlage.',
  },
  {
    from: 'Winkel Goudvink <bestellingen@goudvinkwinkel.nl>',
    subject: 'Hoera, je bestelling {ref} is binnen!',
    body: 'We gaan meteen voor je aan de slag:\n\n1 × Regenjas  € 79,95\n1 × Wollen muts  € 19,95\nVerzending  € 0,00\nTotaal  € 99,90',
  },
  {
    from: 'Wolkpost <beveiliging@wolkpost.nl>',
    subject: 'Je wachtwoord is gewijzigd',
    body: 'Hoi {name},\n\nHet wachtwoord van je Wolkpost-account is vandaag om 13:47 gewijzigd.\n\nWas jij dit niet? Herstel je account meteen.',
  },
  {
    from: 'Kijkbox <abonnement@kijkbox.nl>',
    subject: 'Betalingsbewijs Kijkbox Basis – € 8,99',
    body: 'We hebben je betaling van € 8,99 voor Kijkbox Basis ontvangen.\n\nVolgende incasso: 6 oktober\nFactuur {ref}',
  },
  {
    from: 'Wolkpost <beveiliging@wolkpost.nl>',
    subject: 'Tweestapsverificatie uitgeschakeld',
    body: 'De tweestapsverificatie van je account is zojuist uitgeschakeld.\n\nHeb jij dit niet gedaan? Zet hem weer aan en wijzig je wachtwoord.',
  },
]
