// Dutch everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const NL: LangTexts = {
  newsletter: [
    [
      'Laatste kans: 30% korting tot middernacht',
      'Hoi {n}, de uitverkoop stopt vanavond: {link}\n\nAfmelden | Voorkeuren: {link}',
    ],
    [
      'Het beste van de week bij {b}',
      'Vijf verhalen voor je zondag. Je krijgt deze mail omdat je je hebt ingeschreven. Uitschrijven: {link}',
    ],
    ['Nieuw binnen bij {b}', 'Bekijk de nieuwe collectie. Voorkeuren beheren: {link}'],
  ],
  social: [
    ['{who} volgt je nu', '{who} volgt je op {b}: {link}'],
    ['{who} noemde je in een reactie', '"@{n} kijk eens" – reageren: {link}'],
    [
      'Uitnodiging: clubavond vrijdag',
      '{who} heeft je uitgenodigd voor een evenement op {b}: {link}',
    ],
  ],
  'auto-reply': [
    ['Automatisch antwoord: {subj}', 'Bedankt voor je bericht. Ik ben afwezig tot {date}.'],
    [
      'Afwezig: {subj}',
      'Ik ben met vakantie en weer terug op {date}. Je mail wordt niet doorgestuurd.',
    ],
    ['Niet op kantoor: {subj}', 'Dank je, ik reageer na terugkomst.'],
  ],
  'own-code': [
    [
      '{code} is je verificatiecode voor {b}',
      'Je wilde inloggen via Firefox op Windows. Code: {code}, 10 minuten geldig. Was jij dit niet, negeer dan deze mail.',
    ],
    [
      'Je inloglink',
      'Hoi {n}, hier is de link die je aanvroeg via Safari op iPhone: {link}\nHij verloopt over 15 minuten.',
    ],
    [
      'Stel je wachtwoord voor {b} opnieuw in',
      'Verzoek via Chrome op macOS. Link 1 uur geldig: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] Re: {subj}',
      'Hoi {n},\n\nover je ticket #{ref}: de dubbele afschrijving is teruggestort.\n\n> {subj}\n\nGroet, support {b}',
    ],
    [
      'Update over je melding {ref}',
      'Beste {n}, onze monteur heeft melding {ref} ("{subj}") bekeken. Het onderdeel gaat maandag de deur uit.',
    ],
    [
      'Re: {subj} [Ticket {ref}]',
      'Hoi {n}, over ticket {ref}: kun je een foto van het serienummer sturen?',
    ],
  ],
  shared: [
    [
      '{who} heeft "Begroting 2027" met je gedeeld',
      '{who} heeft een spreadsheet met je gedeeld: {link}',
    ],
    [
      'Uitnodiging: teamoverleg op {date} om {time}',
      '{who} heeft je uitgenodigd. Ja / Misschien / Nee: {link}',
    ],
    ['Afspraak gewijzigd: tandarts nu om {time}', '{who} heeft de afspraak van {date} verplaatst.'],
  ],
  appointment: [
    [
      'Herinnering: afspraak bij de huisarts',
      'Uw afspraak bij praktijk {b} is op {date} om {time}.',
    ],
    ['Je APK-afspraak bij garage {b}', 'Tot {date} om {time}.'],
    ['Reservering bevestigd – {b}', 'Tafel voor 2 op {date} om {time}. Wijzigen: {link}'],
  ],
  notice: [
    ['Schoolreisje op {date}', 'Beste ouders, geef een lunchpakket mee. Basisschool {b}'],
    [
      'Wijziging afvalinzameling',
      'Vanaf {date} wordt het plastic op donderdag opgehaald. Gemeente {b}',
    ],
    [
      'Onderhoud cv-ketel',
      'Beste huurder, de monteur komt op {date} tussen 8 en 12 uur. Woningcorporatie {b}',
    ],
  ],
  'app-notice': [
    [
      'We passen onze voorwaarden aan',
      'Vanaf {date} gelden nieuwe voorwaarden voor je {b}-account: {link}',
    ],
    ['Je opslag is bijna vol', 'Nog 200 MB vrij. Upgrade: {link}'],
    ['Je abonnement wordt verlengd op {date}', '{b} Plus, {amt}. Beheren: {link}'],
  ],
  people: [
    ['Re: zaterdag?', 'Top! Ik neem de taart mee. Liefs, {who}'],
    ['foto’s van de bruiloft', 'Hoi {n}, hier zijn de foto’s: {link} – {who}'],
    ['RE: slides voor donderdag', 'Dank, ziet er goed uit. Slide 4 staat nu achteraan. {who}'],
  ],
  receipt: [
    ['Je bon van {b} nr. {ref}', 'Betaald {amt} met pinpas op {date}.'],
    ['Terugbetaling verwerkt: {amt}', 'We hebben {amt} teruggestort voor bestelling {ref}.'],
    ['Je loonstrook van november', 'Je salaris van {amt} is overgemaakt: {link}'],
    ['Huur ontvangen', 'We hebben je huur van {amt} voor december ontvangen. Verhuurder {b}'],
    [
      'Verlenging van je inboedelverzekering',
      'Polis {ref} wordt op {date} verlengd voor {amt} per jaar: {link}',
    ],
  ],
  bank: [
    ['Nieuwe inlog in je bankapp', 'Inlog via Edge op Windows op {date}. Was jij dit niet? {link}'],
    ['Kaartbetaling van {amt} geweigerd', 'Een betaling met je pas ****0937 is geweigerd.'],
    [
      'Aankondiging automatische incasso',
      'Op {date} incasseert {b} Energie {amt} (kenmerk {ref}).',
    ],
    ['Je rekeningafschrift van november', 'Je afschrift van {b} staat klaar in de app.'],
  ],
  order: [
    ['Je bestelling {ref} is verzonden', 'Volg je pakket: {link}'],
    ['Je pakket komt vandaag', 'Bezorging {b} {ref} tussen {time} en 18:00.'],
    ['Klaar om op te halen bij het afhaalpunt', 'Ophaalcode {code}, 7 dagen geldig.'],
  ],
  travel: [
    ['Inchecken geopend voor je vlucht naar Malaga', 'Boeking {ref}: check nu in: {link}'],
    [
      'Spoorwijziging: je trein vertrekt van spoor 5b',
      'Je trein van {date} om {time} vertrekt van spoor 5b.',
    ],
    ['Je tickets voor het concert', 'Bestelling {ref}: 2 staanplaatsen op {date}.'],
  ],
  care: [
    ['Je herhaalrecept ligt klaar', 'Je medicijnen liggen klaar bij apotheek {b}.'],
    ['Je uitslagen staan klaar', 'Uitslagen van {date} in het patiëntenportaal: {link}'],
    ['Herinnering griepprik', 'Maak een afspraak: {link}'],
  ],
}
