// Dutch in-house wordings (written for this set): aanvraag, verzoek, vraag, melding, ticket;
// ontvangen, binnengekomen, geregistreerd, in behandeling.
import type { WaveLang } from './types.ts'

export const NL: WaveLang = {
  hand: {
    helpdesk: [
      [
        'Binnen! Melding {ref}',
        'Hoi {name},\n\nje vraag is bij ons binnengekomen en heeft nummer {ref}. We reageren meestal binnen een werkdag.\n\nJe schreef: "{msg}"\n\nTeam {brand}',
      ],
      [
        'Ontvangstbevestiging van uw verzoek {ref}',
        'Geachte {name},\n\nHierbij bevestigen wij dat uw verzoek is geregistreerd onder nummer {ref}. Een medewerker neemt zo spoedig mogelijk contact met u op.\n\nMet vriendelijke groet,\nKlantenservice {brand}',
      ],
    ],
    verification: [
      [
        '{name}, ben jij dit?',
        'Hé {name}! Bevestig even je mailadres en je {brand}-account is klaar 🎉\n{link}',
      ],
      [
        '{brand}',
        'Welkom! Bevestig uw e-mailadres om uw klantaccount te activeren:\n{link}\nDe link verloopt over 48 uur.',
      ],
      [
        'Activeer je clublidmaatschap',
        'Hoi {name},\n\nBedankt voor je aanmelding bij vereniging {brand}. Bevestig binnen 7 dagen je e-mailadres om je ledenpas te activeren:\n{link}',
      ],
    ],
    subscription: [
      [
        'Nog één klik ✉️',
        'Hoi {name}, klik hier en je krijgt elke vrijdag onze aanbiedingen: {link}',
      ],
      [
        'Mogen we je mailen?',
        'Iemand (hopelijk jij) wil de nieuwsbrief van {brand}. Zeg ja: {link}\nAnders hoor je niets van ons.',
      ],
    ],
    reset: [
      [
        'Was jij dit?',
        'Er is gevraagd het wachtwoord van je {brand}-account te wijzigen. Was jij dat? Kies dan hier een nieuw wachtwoord (30 minuten geldig):\n{link}',
      ],
      [
        'Je inloglink voor {brand}',
        'Hoi {name},\n\nLog zonder wachtwoord in met deze link. Hij is 15 minuten geldig en werkt maar één keer.\n{link}\n\nAangevraagd via Safari op een Mac.',
      ],
    ],
  },
  greet: ['Hoi {name},', 'Beste {name},', 'Hallo {name}!', 'Goedemiddag,', 'Hé {name},'],
  body: {
    helpdesk: [
      'We hebben je aanvraag ontvangen onder nummer {ref}.',
      'Uw verzoek is geregistreerd (ref. {ref}).',
      'Je melding {ref} is in behandeling genomen.',
      'Je vraag is goed binnengekomen: ticket {ref}.',
      'Dank voor je bericht, het staat bij ons als {ref}.',
    ],
    verification: [
      'Bedankt voor het aanmaken van een {brand}-account.',
      'Uw nieuwe klantaccount is bijna klaar.',
      'Welkom! Eerst controleren we even dit adres.',
      'Er is een {brand}-account aangemaakt met {email}.',
    ],
    subscription: [
      'Je hebt gevraagd om onze nieuwsbrief.',
      'Leuk dat je op de lijst van {brand} staat!',
      'We hebben je akkoord nodig voor de eerste mail.',
      'Uw inschrijving wacht nog op één klik.',
    ],
    reset: [
      'We kregen een verzoek om je wachtwoord te wijzigen.',
      'Er is een nieuw wachtwoord aangevraagd voor {email}.',
      'Kom je er niet in? We helpen je.',
      'Dit is je code: {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Antwoord op deze mail om iets toe te voegen.',
      'Status: {link}',
      'Je hoeft niet opnieuw te mailen.',
    ],
    verification: ['Bevestigen: {link}', 'Mijn adres bevestigen → {link}', 'Je code: {code}'],
    subscription: [
      'Inschrijving bevestigen: {link}',
      'Ja, schrijf me in → {link}',
      'Tik om te bevestigen: {link}',
    ],
    reset: [
      'Wachtwoord herstellen: {link}',
      'Kies een nieuw wachtwoord: {link}',
      'De code verloopt over 10 minuten.',
    ],
  },
  close: ['Groetjes, team {brand}', 'Met vriendelijke groet,\n{brand}', '— {brand}', 'Bedankt!'],
  subj: {
    helpdesk: [
      'Re: {msg}',
      '[{brand}] Aanvraag {ref} ontvangen',
      'We zijn ermee bezig',
      'Ticket {ref}',
    ],
    verification: ['Bevestig je e-mailadres', 'Welkom bij {brand}!', '{name}', 'Nog één stap'],
    subscription: ['Bevestig je inschrijving', 'Doe je mee?', 'Nieuwsbrief {brand}', '📬'],
    reset: [
      'Wachtwoord herstellen',
      '{code} is je {brand}-code',
      'Hulp bij inloggen',
      'Hoi {name}',
    ],
  },
  remind: ['Herinnering: ', 'Nog steeds daar? ', 'Niet vergeten: '],
}
