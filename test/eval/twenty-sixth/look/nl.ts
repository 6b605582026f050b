// Dutch look-alike texts (nl-NL and nl-BE), written for this set.
import type { LangTexts } from './types.ts'

export const NL: LangTexts = {
  sent: ['Offerte badkamer', 'Pakket beschadigd', 'Vraag over factuur', 'Overleg volgende week?'],
  texts: {
    newsletter: [
      [
        'Laatste kans: 30% korting',
        'Hoi {name}, de uitverkoop stopt vannacht: {link}. Afmelden: {link}/afmelden',
      ],
      [
        'Het weekoverzicht van {brand}',
        'De vijf best gelezen stukken. Voorkeuren beheren: {link}/voorkeuren',
      ],
      ['Nieuw binnen', 'De nieuwste items bij {brand}. Geen interesse meer? {link}/uitschrijven'],
    ],
    social: [
      ['{colleague} volgt je nu', '{colleague} volgt je op {brand}: {link}'],
      ['Nieuw bericht van {colleague}', 'Je hebt een nieuw bericht: "Ga je zaterdag mee?" {link}'],
      [
        'Uitnodiging: buurtbarbecue',
        '{colleague} nodigt je uit voor een evenement. Reageer: {link}',
      ],
    ],
    autoreply: [
      ['Automatisch antwoord: {sent}', 'Bedankt voor je mail. Ik ben tot {when} afwezig.'],
      [
        'Afwezig: {sent}',
        'Ik ben met vakantie. Voor dringende zaken kunt u het secretariaat bellen.',
      ],
      ['Out of office: {sent}', 'Hallo, ik ben vanaf {when} weer bereikbaar. Groet'],
    ],
    code: [
      [
        '{code} is je inlogcode voor {brand}',
        'Inloggen aangevraagd via Firefox op Windows. Code {code}, 10 minuten geldig.',
      ],
      [
        'Je inloglink voor {brand}',
        'Log hier in: {link}. Aangevraagd via Safari op iPhone. Verloopt over 15 minuten.',
      ],
      [
        'Stel je wachtwoord voor {brand} opnieuw in',
        'Aangevraagd via Chrome op Mac. Nieuw wachtwoord: {link} (1 uur).',
      ],
    ],
    'ticket-reply': [
      [
        'Re: [#{n}] {sent}',
        'Hoi {name}, het vervangende onderdeel is verstuurd en komt binnen 3 dagen. Ticket #{n}',
      ],
      [
        '[Ticket {n}] {sent}',
        'Beste {name}, de dubbele afschrijving is teruggeboekt. Groeten, Sanne van {brand}',
      ],
      [
        'Re: {sent} (zaak {n})',
        'Dag {name}, onze monteur kan donderdagochtend langskomen. Past dat?',
      ],
    ],
    shared: [
      [
        '{colleague} heeft "Begroting 2027" met je gedeeld',
        '{colleague} nodigt je uit om een spreadsheet te bewerken: {link}',
      ],
      [
        'Uitnodiging: projectoverleg op {when}',
        '{colleague} heeft je uitgenodigd. Accepteren of weigeren: {link}',
      ],
      [
        'Afspraak gewijzigd: tandarts op {when}',
        'Deze afspraak is verplaatst. Bekijk je agenda: {link}',
      ],
    ],
    appointment: [
      [
        'Herinnering afspraak {when}',
        'Beste {name}, we herinneren je aan je afspraak bij Tandartspraktijk De Linde op {when}.',
      ],
      ['Je reservering voor 4', 'We zien je {when} bij Eetcafé De Zwaan. Wijzigen: {link}'],
      ['APK-afspraak bevestigd', 'Hallo {name}, je auto staat ingepland op {when}.'],
    ],
    notice: [
      ['Ouderavond op {when}', 'Beste ouders, de ouderavond van groep 7 is op {when}.'],
      [
        'Water afgesloten donderdagochtend',
        'Beste bewoners, donderdag is het water van 9 tot 12 uur afgesloten. De verhuurder',
      ],
      [
        'Clubnieuws: nieuwe trainingstijden',
        'Hoi allemaal, de JO12 traint vanaf volgende week op woensdag om 18 uur.',
      ],
    ],
    app: [
      ['We passen onze voorwaarden aan', 'Vanaf {when} gelden nieuwe voorwaarden: {link}'],
      [
        'Je opslag is bijna vol',
        'Je gebruikt 95% van je opslag bij {brand}. Ruimte vrijmaken: {link}',
      ],
      [
        'Je abonnement wordt over 7 dagen verlengd',
        'Verlenging op {when} voor € 4,99. Beheren: {link}',
      ],
    ],
    person: [
      ['Re: zondag lunch', 'Leuk, wij nemen het toetje mee. Tot zondag!'],
      [
        'foto’s van de bruiloft',
        'Hoi {name}, hier is eindelijk het album: {link}. Liefs, tante Riek',
      ],
      [
        'Re: slides voor dinsdag',
        'Dank, ik heb twee grafieken toegevoegd. Kun je slide 9 checken? {colleague}',
      ],
    ],
    receipt: [
      ['Je betaalbewijs van {brand}', 'Bedankt voor je betaling van € 23,40 op {when}. Bon {n}.'],
      [
        'Je hebt € 50,00 betaald aan {colleague}',
        'Tikkie betaald. Omschrijving: etentje. Transactie {n}',
      ],
      ['Betaling ontvangen – factuur {n}', 'Wij hebben uw betaling van € 120,00 goed ontvangen.'],
    ],
    bank: [
      [
        'Nieuwe login op je {brand}-account',
        'Nieuwe login via Chrome op Windows in Gent. Was jij dit niet? Beveilig je account: {link}',
      ],
      [
        'Kaartbetaling van € 312,99',
        'Met je kaart eindigend op 4412 is € 312,99 betaald. Niet herkend? Bel ons.',
      ],
      [
        'Tweestapsverificatie ingeschakeld',
        'Tweestapsverificatie staat nu aan voor je {brand}-account.',
      ],
    ],
    order: [
      ['Je bestelling {n} is verzonden', 'Je pakket is onderweg. Volg het: {link}'],
      ['Vandaag bezorgd', 'Je {brand}-pakket komt tussen 10:00 en 12:00.'],
      ['Klaar om op te halen', 'Je bestelling {n} ligt klaar in het pakketpunt. Code {code}.'],
    ],
    travel: [
      [
        'Inchecken geopend voor je vlucht naar Malaga',
        'Check in voor vlucht {brand} 644 op {when}: {link}',
      ],
      ['Je instapkaart – stoel 22B', 'In de bijlage je instapkaart voor {when}.'],
      ['Gatewijziging: nu D7', 'Je vlucht op {when} vertrekt nu vanaf gate D7. Boeking {code}.'],
    ],
  },
}
