// Dutch look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const NL: LookLang = {
  texts: {
    newsletter: [
      [
        'Laatste dag: 30% korting op alles',
        'Hoi {first}, de herfstuitverkoop stopt vannacht: {link}\n\nJe krijgt deze mail omdat je je in 2020 hebt aangemeld. Afmelden | Voorkeuren: {link}',
      ],
      [
        '{brand} Weekbrief nr. {n}',
        'Deze week: zelf brood bakken, een fietsroute en een lang verhaal over vuurtorens.\n\nUitschrijven',
      ],
      [
        'Nieuw binnen, speciaal voor jou',
        'Gratis retour binnen 30 dagen. Geen interesse meer? Afmelden: {link}',
      ],
    ],
    social: [
      ['{other} volgt je nu', '{other} volgt je nu op {brand}. Bekijk profiel: {link}'],
      ['{other} noemde je in een reactie', '"@{first} moet je zien" – reageren: {link}'],
      [
        'Uitnodiging: spelletjesavond',
        '{other} nodigt je uit voor een evenement op {date} om {time}. Kom je? {link}',
      ],
    ],
    'auto-reply': [
      [
        'Automatisch antwoord: {subj}',
        'Bedankt voor uw bericht. Ik ben afwezig tot {date}. Voor dringende zaken kunt u de receptie bellen.',
      ],
      [
        'Afwezig: {subj}',
        'Hoi, ik ben met verlof en vanaf {date} weer bereikbaar. Je bericht wordt niet doorgestuurd.',
      ],
      ['Niet op kantoor: {subj}', 'Ik ben deze week op reis en reageer als ik terug ben.'],
    ],
    codes: [
      [
        '{code} is je inlogcode voor {brand}',
        'Gebruik {code} om in te loggen bij {brand}. Verloopt over 10 minuten.\nAangevraagd via Chrome op Windows bij Utrecht.',
      ],
      [
        'Herstel je wachtwoord van {brand}',
        'Je vroeg om een nieuw wachtwoord. Link 1 uur geldig: {link}\nAanvraag vanaf een iPhone. Was jij het niet? Er verandert niets.',
      ],
      [
        'Je inloglink',
        'Hier is de link die je aanvroeg voor {brand}. Verloopt over 15 minuten:\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'Re: {subj} [#{ticket}]',
        'Hoi {first},\n\nBedankt voor je geduld. Het bedrag is teruggestort en staat binnen 5 dagen op je rekening.\n\nGroet,\nSanne – Klantenservice {brand}',
      ],
      [
        '[{brand}] Update over je vraag #{ticket}',
        'Hoi {first}, het vervangende onderdeel is onderweg. Antwoord op deze mail als er nog iets is. Vraag #{ticket}: {subj}',
      ],
      [
        'Je melding {ticket} is opgelost',
        'We hebben je melding "{subj}" afgesloten. Speelt het nog? Antwoord dan gewoon.',
      ],
    ],
    shared: [
      [
        '{other} heeft "Begroting {n}.xlsx" met je gedeeld',
        '{other} nodigt je uit om dit bestand te bewerken. Openen: {link}',
      ],
      [
        'Uitnodiging: teamoverleg op {date} om {time}',
        '{other} heeft je uitgenodigd. Videobellen: {link}\nJa / Misschien / Nee',
      ],
      [
        'Bijgewerkte uitnodiging: overleg verplaatst naar {time}',
        'Deze afspraak is gewijzigd. Nieuw: {date} {time}. Organisator: {other}',
      ],
    ],
    booking: [
      [
        'Herinnering aan uw afspraak op {date}',
        'Beste {first}, een herinnering aan uw afspraak bij praktijk {brand} op {date} om {time}.',
      ],
      ['Je tafel voor morgen', 'Tot morgen om {time}! {brand}, {place}. Annuleren: {link}'],
      ['Onderhoudsbeurt ingepland', 'APK en onderhoud bij {brand} op {date}, brengen om {time}.'],
    ],
    notice: [
      ['Ouderavond op {date}', 'Beste ouders, de ouderavond is op {date} om {time} in de aula.'],
      [
        'Water afgesloten op {date}',
        'Beste huurders, op {date} is het water van 9 tot 13 uur afgesloten wegens onderhoud. {brand} Vastgoed',
      ],
      [
        'Ledenvergadering en contributie',
        'Hoi allemaal, de ALV is op {date} om {time} in de kantine. Contributie graag voor het eind van de maand.',
      ],
    ],
    app: [
      [
        'We passen onze voorwaarden aan',
        'Vanaf {date} gelden nieuwe voorwaarden. Samenvatting: {link}',
      ],
      [
        'Je opslag is 95% vol',
        'Je gebruikt 14,3 GB van 15 GB bij {brand}. Maak ruimte vrij: {link}',
      ],
      [
        'Je abonnement wordt verlengd op {date}',
        'Je {brand} Plus-abonnement wordt automatisch verlengd op {date}. Beheren: {link}',
      ],
    ],
    people: [
      ['Re: zaterdag?', 'Top! Ik neem de salade mee. Om {time}?\n\n{other}'],
      [
        'foto’s van het weekend',
        'Hoi {first}, hier de foto’s, die met de hond is mijn favoriet 😄 Liefs, {other}',
      ],
      [
        'Re: concept voor maandag',
        'Heb ernaar gekeken, twee kleine opmerkingen in de tekst. Verder klaar. Dank! {other}',
      ],
    ],
    receipt: [
      [
        'Je bon van {brand} nr. {n}',
        'Betaald: {amount}\nPas eindigend op 4417\nBedankt voor je aankoop.',
      ],
      [
        'Je hebt {amount} naar {other} gestuurd',
        'Je betaling van {amount} aan {other} is gelukt. Transactie {n}.',
      ],
      [
        'Betaling ontvangen – factuur {n}',
        'We hebben uw betaling van {amount} ontvangen. Factuur {n} is voldaan.',
      ],
    ],
    bank: [
      [
        'Pinbetaling van {amount} bij {brand}',
        'Op {date} is {amount} betaald met je pas 4417. Niet herkend? Blokkeer je pas in de app.',
      ],
      [
        'Nieuwe inlog op je rekening',
        'Nieuwe inlog vanaf een iPad in Groningen op {date} om {time}. Was jij dit, dan hoef je niets te doen.',
      ],
      [
        'Je wachtwoord is gewijzigd',
        'Het wachtwoord van je {brand}-account is op {date} gewijzigd. Was jij dit niet? Neem direct contact op.',
      ],
    ],
    order: [
      ['Je bestelling {n} is verzonden', 'Goed nieuws, {first}! Volg je pakket: {link}'],
      ['Bezorgd: je pakket', 'Je pakket is om {time} bezorgd. Bestelling {n}.'],
      [
        'Klaar om op te halen bij {place}',
        'Je bestelling {n} ligt klaar bij {place}. Ophaalcode: {code}.',
      ],
    ],
    travel: [
      [
        'Inchecken is nu geopend',
        'Hoi {first}, check in voor je vlucht op {date}. Boekingscode {code}.',
      ],
      ['Je instapkaart', 'De gate sluit 20 minuten voor vertrek. Stoel 14C. Boeking {code}.'],
      [
        'Gatewijziging: nu B{n}',
        'Je vlucht op {date} vertrekt nu vanaf gate B{n}. Boarding om {time}.',
      ],
    ],
  },
  sent: [
    'Vraag over mijn laatste factuur',
    'Scharnier kapot',
    'Adreswijziging',
    'Overleg volgende week',
  ],
  signup: [
    [
      'Bevestig je {brand}-account',
      'Welkom, {first}! Bevestig je e-mail om af te ronden: {link}\nJe meldde je een minuut geleden aan via Chrome.',
    ],
    ['Bevestig je e-mailadres om te beginnen', 'Leuk dat je bij {brand} komt. Bevestigen: {link}'],
  ],
  optin: [
    [
      'Bevestig je inschrijving voor de nieuwsbrief van {brand}',
      'Je vroeg om onze nieuwsbrief. Bevestigen: {link}',
    ],
    [
      'Nog één klik om je in te schrijven',
      'Hoi {first}, bevestig en je krijgt het weekoverzicht: {link}',
    ],
  ],
  topics: ['cijfers Q4', 'de teamdag', 'overdrachtsnotities'],
  sentLine: ['Dank, prima zo.', 'Doe ik.', 'Ik kijk ernaar en laat het weten.'],
}
