// Dutch look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const NL: LangLook = {
  texts: {
    newsletter: [
      t(
        'Laatste kans: 30% korting tot middernacht',
        'Hoi {name}, de herfstsale stopt vanavond. Truien, laarzen en jassen.\nShop nu: {link}\nAfmelden | Voorkeuren: {link}',
      ),
      t(
        'De {brand}-nieuwsbrief – week 45',
        'Vijf leestips van de week, een recept voor pompoensoep en lezersbrieven. Frequentie wijzigen: {link}',
      ),
      t(
        'Nieuw: winterse hardloopkleding',
        'Voor donkere ochtenden. Leden retourneren gratis tot december. Uitschrijven: {link}',
      ),
    ],
    social: [
      t('{who} volgt je nu', '{who} volgt je nu op {brand}. Bekijk profiel: {link}'),
      t('{who} noemde je in een reactie', '"@{name} moet je zien!" – reageer op {brand}: {link}'),
      t(
        'Uitnodiging: fotowandeling zondag',
        '{who} nodigde je uit voor een evenement van de groep "Fotografen aan de rivier": {link}',
      ),
    ],
    ooo: [
      t(
        'Automatisch antwoord: {subj}',
        'Dank voor uw e-mail. Ik ben tot {date} afwezig en lees beperkt mail. Voor spoed kunt u de receptie bellen.',
      ),
      t(
        'Afwezig: {subj}',
        'Hallo, ik ben met verlof tot {date}. Uw bericht wordt niet doorgestuurd; mail {who}.',
      ),
      t('Niet op kantoor: {subj}', 'Ik ben deze week op reis en antwoord na terugkomst.'),
    ],
    'own-code': [
      t(
        '{code} is je inlogcode voor {brand}',
        'Je wilde inloggen vanuit Firefox op Windows. Vul {code} in. De code verloopt over 10 minuten. Was jij dit niet? Wijzig je wachtwoord.',
      ),
      t(
        'Je inloglink',
        'Klik om in te loggen bij {brand}: {link}\nAangevraagd om {time} vanuit Safari op iPhone. 15 minuten geldig, eenmalig.',
      ),
      t(
        'Stel je {brand}-wachtwoord opnieuw in',
        'We kregen een verzoek vanuit een Chrome-browser op macOS. Link 1 uur geldig: {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] Re: {subj}',
        'Beste {name}, over ticket #{num}: we hebben de verzendkosten terugbetaald, binnen 3–5 dagen zichtbaar. Groet, {who}, klantenservice {brand}',
      ),
      t(
        'Re: {subj} [#{num}]',
        'Hoi {name}, ik heb bij het magazijn nagevraagd (zaak #{num}): het onderdeel is vandaag verstuurd. Groetjes, {who}',
      ),
      t(
        'Nieuwe reactie op je vraag #{num}',
        'Je vraag #{num} ("{subj}") heeft een antwoord: je account is weer vrijgegeven. Bekijk het gesprek: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} heeft "Begroting 2027.xlsx" met je gedeeld',
        '{who} nodigt je uit om een spreadsheet te bewerken. Openen: {link}',
      ),
      t(
        'Uitnodiging: projectoverleg op {date} om {time}',
        '{who} heeft je uitgenodigd. Deelnemen via videogesprek. Ja / Misschien / Nee – {link}',
      ),
      t(
        'Bijgewerkte uitnodiging: afspraak verzet naar {time}',
        '{who} heeft dit evenement verzet naar {date} om {time}.',
      ),
    ],
    appointment: [
      t(
        'Herinnering: uw afspraak op {date}',
        'Beste {name}, dit is een herinnering aan uw afspraak bij Tandartspraktijk De Linde op {date} om {time}.',
      ),
      t('Je APK-afspraak staat', 'Garage {brand}: je auto staat ingepland op {date} om {time}.'),
      t('Tafel voor 4 morgen om {time}', 'Tot morgen bij {brand}! Reservering wijzigen: {link}'),
    ],
    notice: [
      t(
        'Schoolreis: toestemmingsformulier uiterlijk vrijdag',
        'Beste ouders, lever het toestemmingsformulier voor het museumbezoek vóór vrijdag in.',
      ),
      t(
        'Afvalinzameling tijdens de feestdagen',
        'Vanaf {date} wordt plastic op zaterdag opgehaald. Afvalkalender van de gemeente: {link}',
      ),
      t(
        'Water afgesloten in het gebouw',
        'Beste bewoners, op {date} is het water van 9 tot 12 uur afgesloten. De verhuurder.',
      ),
    ],
    'app-notice': [
      t(
        'We passen onze voorwaarden aan',
        'Op {date} gaan de nieuwe voorwaarden in. Voor jou verandert alleen iets bij gedeelde werkruimtes. Meer: {link}',
      ),
      t(
        'Je opslag is bijna vol',
        'Je gebruikt 96% van je {brand}-opslag. Ruim op of upgrade: {link}',
      ),
      t(
        'Je abonnement wordt verlengd op {date}',
        'Je {brand} Plus-abonnement wordt op {date} verlengd voor {amount}. Beheren: {link}',
      ),
    ],
    person: [
      t('Re: zaterdag?', 'Prima! Neem wel de grote paraplu mee, er komt regen. Groetjes, {who}'),
      t(
        'foto’s van de bruiloft',
        'Hoi {name}, de foto’s zijn eindelijk gesorteerd, de link staat in het gedeelde album. {who}',
      ),
      t(
        'Re: kwartaalrapport',
        'Dank, ik heb twee opmerkingen op pagina 4 gezet. Even bellen voor het overleg? {who}',
      ),
    ],
    receipt: [
      t(
        'Je bon van {brand} nr. {num}',
        'Betaald bedrag: {amount}\nDatum: {date}\nBetaalwijze: iDEAL',
      ),
      t(
        'Je hebt {amount} naar {who} gestuurd',
        'Betaling verstuurd. Omschrijving: huur november. Transactie {num}.',
      ),
      t(
        'Betaling ontvangen',
        '{who} heeft je {amount} betaald via een Tikkie. Het staat op je rekening.',
      ),
    ],
    bank: [
      t(
        'Nieuwe inlog op je {brand}-rekening',
        'Een nieuw apparaat logde in op {date} om {time} (Android, Utrecht). Was jij dit niet? Beveilig je account: {link}',
      ),
      t(
        'Kaartbetaling van {amount}',
        'Met je pas eindigend op 9043 is {amount} betaald bij TANKSTATION HAVEN op {date}.',
      ),
      t(
        'Je wachtwoord is gewijzigd',
        'Het wachtwoord van je {brand}-account is op {date} gewijzigd. Niet door jou? Bel ons.',
      ),
    ],
    order: [
      t(
        'Bestelling bevestigd nr. {num}',
        'Bedankt {name}! We maken je bestelling klaar. Totaal {amount}. Volgen: {link}',
      ),
      t(
        'Je pakket komt vandaag',
        'Je {brand}-pakket {num} wordt vandaag bezorgd tussen {time} en 18:00.',
      ),
      t(
        'Klaar om op te halen',
        'Je bestelling {num} ligt klaar bij afhaalpunt {place}. Ophaalcode {code}.',
      ),
    ],
    travel: [
      t(
        'Inchecken geopend voor je vlucht naar Lissabon',
        'Boekingscode {num}. Check nu in en download je instapkaart: {link}',
      ),
      t('Je instapkaart', 'De gate sluit 20 minuten voor vertrek. Stoel 14C.'),
      t('Gatewijziging: nu B12', 'Je vlucht van {time} vertrekt nu vanaf gate B12.'),
    ],
  },
  sent: [
    'Offerte aanrechtblad',
    'Vraag over factuur 3381',
    'Artikel ontbreekt in mijn bestelling',
    'Aantekeningen overleg donderdag',
  ],
  sentBody: 'Hallo, kunnen jullie hier even naar kijken? Dank, {name}',
}
