// Dutch everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const NL: LookTexts = {
  newsletter: [
    [
      'De herfst in de keuken 🍂',
      'Seizoensrecepten en 15 % korting op kruiden tot zondag. Je krijgt deze nieuwsbrief omdat je je in 2019 hebt aangemeld. Afmelden',
    ],
    [
      '{brand} Weekblad nr. {n}',
      'Deze week: fietsen langs de IJssel, de grote regenjassentest en jullie brieven.',
    ],
    ['Laatste kans', 'De zomeruitverkoop stopt vannacht. Voorkeuren beheren.'],
  ],
  social: [
    [
      '{who} heeft op je foto gereageerd',
      '"Wat een uitzicht! Waar is dit?" Reageer op {brand} of zet meldingen uit.',
    ],
    [
      'Je hebt 3 nieuwe connectieverzoeken',
      '{who} en 2 anderen willen met je connecten op {brand}.',
    ],
    [
      'Nieuwe reacties in "Zaadjesruil"',
      '{who} heeft gereageerd op je bericht over tomatenplantjes.',
    ],
  ],
  'auto-reply': [
    [
      'Automatisch antwoord: {topic}',
      'Bedankt voor uw e-mail. Ik ben tot en met {date} afwezig en lees beperkt mijn mail.',
    ],
    [
      'Afwezig: {topic}',
      'Hoi, ik ben op vakantie en ben {date} weer terug. Je bericht wordt niet doorgestuurd.',
    ],
    [
      'Afwezigheidsbericht: {topic}',
      'Dank je! Ik werk dinsdag tot en met donderdag en reageer als ik er weer ben.',
    ],
  ],
  'own-code': [
    [
      '{code} is je verificatiecode voor {brand}',
      'Vul deze code in om het inloggen af te ronden. Hij verloopt over 10 minuten.',
    ],
    [
      'Je wachtwoord voor {brand} opnieuw instellen',
      'Je hebt een nieuw wachtwoord aangevraagd. Link een uur geldig: https://{brand}.example/reset',
    ],
    ['Je inlogcode', '{brand}: je eenmalige code is {code}. Niet aangevraagd? Negeer deze e-mail.'],
  ],
  'ticket-reply': [
    [
      'Antw: [Ticket #{ref}] {topic}',
      'Hoi {name}, bedankt voor je geduld. We hebben het ontbrekende bedrag teruggestort. Groet, Sanne van {brand} Support',
    ],
    [
      '[#{ref}] Update over je aanvraag',
      'Je aanvraag "{topic}" is bijgewerkt: het onderdeel wordt morgen verstuurd.',
    ],
    [
      'Je ticket {ref} is opgelost',
      'We hebben "{topic}" als opgelost gemarkeerd. Antwoord als er nog iets mis is.',
    ],
  ],
  'shared-doc': [
    [
      '{who} heeft een map met je gedeeld',
      '{who} nodigt je uit om "Vakantiefoto’s {date}" te bewerken op {brand}.',
    ],
    [
      'Bijgewerkte uitnodiging: overleg verplaatst naar {time}',
      'Deze afspraak is gewijzigd. Wanneer: {date} {time}. Ga je? Ja / Nee / Misschien',
    ],
    [
      'Document gedeeld: begroting.xlsx',
      '{who} heeft je leesrechten gegeven. Voorbeeld in {brand}.',
    ],
  ],
  appointment: [
    [
      'Herinnering: afspraak op {date} om {time}',
      'Beste {name}, we herinneren je aan je controle bij praktijk {brand} op {date} om {time}.',
    ],
    [
      'Je reservering is bevestigd',
      'Restaurant {brand}: tafel voor 4 op {date} om {time}. We houden de tafel 15 minuten vast.',
    ],
    ['Tot morgen!', 'Je kappersafspraak bij {brand} is morgen om {time}.'],
  ],
  notice: [
    [
      'Ouderavond op {date}',
      'Beste ouders, de ouderavond van groep 6 is op {date} om 19.00 uur. Basisschool {brand}',
    ],
    [
      'Nieuwe openingstijden milieustraat',
      'Vanaf {date} is de milieustraat in {place} op werkdagen open van 9 tot 16 uur. Gemeente',
    ],
    [
      'Onderhoud cv-ketel',
      'Beste huurder, de monteur komt op {date} tussen 8 en 12 uur. Woningbeheer {brand}',
    ],
  ],
  'app-notice': [
    ['Jouw jaaroverzicht 🎉', 'Je hebt dit jaar 11.730 minuten geluisterd op {brand}.'],
    [
      'We passen onze voorwaarden aan',
      'Op {date} veranderen de gebruiksvoorwaarden. Je hoeft niets te doen.',
    ],
    [
      'Je opslag is bijna vol',
      'Je gebruikt 96 % van je opslag bij {brand}. Maak ruimte vrij of kies een ander abonnement.',
    ],
  ],
  people: [
    ['Re: {topic}', 'Prima, tot zaterdag. Ik neem de klapstoelen mee. {who}'],
    ['Fijne feestdagen', 'Lieve {name}, we wensen jullie rustige feestdagen. Groetjes, {who}'],
    ['Fwd: {topic}', 'Leek me wat voor jou. ---------- Doorgestuurd bericht ---------- Van: {who}'],
  ],
  receipt: [
    ['Je betaalbewijs van {brand} nr. {ref}', 'Bedankt voor je betaling van € {amount} op {date}.'],
    ['Betaling ontvangen', '{who} heeft je € {amount} gestuurd. Het staat in je {brand}-saldo.'],
    [
      'Uitbetaling onderweg',
      'Je uitbetaling van € {amount} staat uiterlijk {date} op je rekening.',
    ],
  ],
  'bank-alert': [
    [
      'Kaartbetaling van € {amount}',
      '{brand} Bank: met je pas eindigend op 7702 is € {amount} betaald bij {place}.',
    ],
    [
      'Nieuwe inlog op je account',
      'We zagen een inlog vanaf een nieuw apparaat (iPhone, {place}) op {date}.',
    ],
    [
      'Je wachtwoord is gewijzigd',
      'Het wachtwoord van je {brand}-account is gewijzigd op {date} om {time}.',
    ],
  ],
  order: [
    [
      'Bestelling bevestigd nr. {ref}',
      'Bedankt {name}! We maken je bestelling klaar: 2 artikelen, € {amount}. Verwachte levering {date}.',
    ],
    [
      'Je pakket wordt vandaag bezorgd',
      '{brand}: je pakket {ref} komt vandaag tussen {time} en 18.00 uur.',
    ],
    [
      'Klaar om op te halen',
      'Je bestelling {ref} ligt klaar in de {brand}-kluis in {place}. Ophaalcode {code}.',
    ],
  ],
  travel: [
    [
      'Inchecken is geopend',
      'Vlucht {brand} {n} naar Lissabon op {date}. Check nu in en kies je stoel.',
    ],
    ['Je instapkaart', 'Instapkaart bijgevoegd: stoel 14C, de gate sluit om {time}.'],
    [
      'Gatewijziging: nu B{n}',
      'Je vlucht naar Porto vertrekt nu vanaf gate B{n}. Vertrek om {time}.',
    ],
  ],
}
