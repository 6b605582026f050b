// Dutch look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const NL: LookTexts = {
  newsletter: [
    [
      'Black Friday: tot 50 % korting 🖤',
      'Alleen t/m maandag bij {brand}. Je ontvangt deze mail omdat je je hebt ingeschreven voor onze nieuwsbrief. Uitschrijven',
    ],
    [
      'Cadeaus onder de € 30',
      'Bestel vóór {day} en het ligt er voor de feestdagen. Voorkeuren beheren',
    ],
    ['Cyber Monday', 'Bekijk in je browser | {brand} | Alleen vandaag gratis verzending.'],
  ],
  social: [
    ['{friend} heeft je genoemd', '"Gaan we naar de kerstmarkt?" Reageer op {brand}.'],
    [
      'Nieuwe reactie in "Kerstrecepten"',
      '{friend} heeft op je bericht gereageerd. Meldingen beheren.',
    ],
    ['3 nieuwe volgers', '[Logo {brand}] Bekijk wie je deze week volgt.'],
  ],
  autoreply: [
    [
      'Automatisch antwoord: {subj}',
      'Bedankt voor je bericht. Ik ben met kerstvakantie tot {day} en lees geen mail.',
    ],
    ['Afwezig: {subj}', 'Ons kantoor is gesloten van 24 december t/m 2 januari.'],
    ['Niet aanwezig – {subj}', 'Hallo, ik ben er weer op {day}. Bel bij spoed de receptie.'],
  ],
  code: [
    [
      'Je verificatiecode: {code}',
      'Je wilde inloggen via Chrome op Windows. Code {code}, 10 minuten geldig.',
    ],
    [
      'Je inloglink',
      'Tik om in te loggen bij {brand} op je iPhone. De link verloopt over 15 minuten.',
    ],
    [
      'Wachtwoord opnieuw instellen',
      'Aanvraag ontvangen vanaf Firefox op Mac. Link 30 minuten geldig: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] RE: {subj}',
      'Hoi {first}, bedankt voor je geduld met melding #{ticket}. Het vervangende product gaat morgen op de post.',
    ],
    [
      'Je aanvraag {ticket}: terugbetaling',
      'Beste {first}, over "{subj}": de terugbetaling van {amount} is goedgekeurd.',
    ],
    [
      'RE: {subj} [Zaak {ticket}]',
      'Klantenservice | {brand} | Je pakket is teruggevonden in het depot; nieuwe bezorging op {day}.',
    ],
  ],
  shared: [
    [
      '{friend} heeft "Verlanglijst 2026" met je gedeeld',
      'Je kunt het document nu bewerken. Openen in {brand}.',
    ],
    [
      'Uitnodiging: Kerstborrel op {day} om 19.00 uur',
      'Organisator: {friend}. Kom je? Ja – Misschien – Nee',
    ],
    [
      'Lootjes trekken 🎁',
      'Voorbeeld: de lootjes zijn getrokken | {friend} heeft je toegevoegd aan de groep op {brand}.',
    ],
  ],
  appointment: [
    ['Herinnering afspraak', 'Je afspraak bij praktijk {brand} is op {day} om 10.30 uur.'],
    ['Reservering bevestigd', 'Tafel voor 6 op {day} om 19.30 uur. Restaurant {brand}'],
    ['Tot snel!', '[Logo {brand}] Je kappersafspraak: {day}, 14.00 uur. Afspraak beheren.'],
  ],
  notice: [
    [
      'Laatste schooldag',
      'Beste ouders, op {day} zijn de kinderen om 12.00 uur vrij. Fijne feestdagen! Basisschool {brand}',
    ],
    [
      'Openingstijden feestdagen',
      'Het clubhuis van {brand} is dicht van 24 t/m 26 december. De contributie 2027 wordt in januari geïncasseerd.',
    ],
    [
      'Huurverhoging 2027',
      'Home | Huurders | Verhuurder {brand}: vanaf februari wordt je huur {amount}.',
    ],
  ],
  app: [
    [
      'Jouw 2026 in een notendop 🎉',
      '214 trainingen en 1.812 km: bekijk je hoogtepunten in {brand}.',
    ],
    ['Opslag bijna vol', 'Je gebruikt 96 % van je opslag. Stap over op {brand} Plus.'],
    [
      'We passen onze voorwaarden aan',
      'Bekijk in je browser | Nieuwe voorwaarden vanaf {day}. Je hoeft niets te doen.',
    ],
  ],
  people: [
    ['Fijne feestdagen!', 'Hoi {first}, fijne kerst allemaal! Gaat de 27e nog door? {friend}'],
    ['RE: {subj}', 'Top, ik neem oliebollen mee. Groetjes, {friend}'],
    [
      'Fwd: foto’s van de kerstmarkt',
      'Hier die van zaterdag, de laatste vind ik het mooist. {friend}',
    ],
  ],
  receipt: [
    ['Je bon van {brand}', 'Cadeaukaart van {amount}, betaald met iDEAL. Bestelling {n}.'],
    [
      'Bedankt voor je gift',
      'We hebben je gift van {amount} aan Stichting {brand} ontvangen. Kenmerk {n}.',
    ],
    [
      'Je hebt {amount} overgemaakt',
      '{brand} Pay | Betaling aan {friend} voor "lootjes" voltooid op {day}.',
    ],
  ],
  bank: [
    [
      'Nieuwe inlog op je rekening',
      'Inlog vanaf een nieuw apparaat (Android, Utrecht) op {day}. Was jij dit niet? Bel ons.',
    ],
    [
      'Kaartbetaling van {amount}',
      'Je pas •• 7731 is online gebruikt voor {amount}. Blokkeer hem in de app als je dit niet herkent.',
    ],
    [
      'Wachtwoord gewijzigd',
      '{brand} Bank | Veiligheidsmelding: je wachtwoord is gewijzigd op {day}.',
    ],
  ],
  order: [
    [
      'Bestelling bevestigd {n}',
      'Bedankt {first}! We gaan je bestelling inpakken. Totaal {amount}.',
    ],
    ['Je pakket komt vandaag', 'De bezorger van {brand} komt tussen 11.40 en 12.40 uur.'],
    [
      'Klaar om op te halen',
      'Winkel | Bestellingen | Hulp – Bestelling {n} ligt in het {brand}-afhaalpunt. Ophaalcode {code}.',
    ],
  ],
  travel: [
    [
      'Inchecken is geopend',
      'Je vlucht naar Lissabon op {day} staat open voor online inchecken. Boekingscode {code}.',
    ],
    [
      'Je instapkaart',
      'Instapkaart voor {first}, stoel 14C. De gate sluit 30 minuten voor vertrek. {brand} Air',
    ],
    [
      'Boeking bevestigd ✈️',
      '[{brand} Spoor] Retour op {day}, rijtuig 5, plaatsen 41-42. Totaal {amount}.',
    ],
  ],
}
