// Dutch look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_NL: LookTexts = {
  newsletter: [
    '🖤 Black Friday bij {brand}: tot 50 % korting\nBekijk in je browser\n\nHoi {first}, het is zover! Alleen 72 uur: winterjassen, laarzen en cadeausets tot 50 % korting. Eindigt maandag om middernacht.\n\nNaar de sale: {link}\n\nJe ontvangt deze e-mail omdat je je bij {brand} hebt aangemeld. Afmelden | Voorkeuren',
    'Laatste kans: Cyber Monday eindigt vanavond\n{brand} · Gratis verzending vanaf 40 €\n\nNog maar een paar uur, {first}! Onze bestsellers zijn nog {pct} % afgeprijsd en je spaarpunten tellen tot middernacht dubbel.\n\nBekijk de deals: {link}\n\nVoorkeuren beheren of afmelden: {link}',
  ],
  marketplace: [
    'Nieuw bericht van {seller} over "{item}"\nHoi {first},\n\n{seller} heeft je vraag over {item} beantwoord:\n"Ja, is nog beschikbaar. Ik kan het maandag versturen. Is {price} € inclusief verzending goed?"\n\nAntwoorden in de app: {link}\n\nVoor je veiligheid: betaal en chat alleen via {brand}.',
    'Je artikel "{item}" is verkocht!\nGoed nieuws, {first}!\n\n{item} is verkocht voor {price} €. Verstuur het binnen 3 werkdagen en vul de track-and-trace-code in.\n\nVerzendlabel printen: {link}\n\n{brand}',
  ],
  'price-alert': [
    'Prijsdaling: {item} nu {price} €\nPrijsalert van {brand}\n\nHet product op je volglijst is van {old} € naar {price} € gedaald bij 3 winkels. Tijdens de Black Friday-week veranderen prijzen snel.\n\nVergelijk aanbiedingen: {link}\n\nAlert ingesteld op {earlier}. Alerts beheren: {link}',
    'Je streefprijs is bereikt 🎯\nHoi {first}, {item} is nu te koop voor {price} €, onder de {old} € die je had ingesteld.\n\nBekijk aanbieding: {link}\n\n{brand} prijsvergelijker · alert stoppen: {link}',
  ],
  wishlist: [
    'Een artikel op je verlanglijst is afgeprijsd\nHoi {first},\n\nGoed nieuws: "{item}" van je verlanglijst is nu {pct} % goedkoper. Op = op.\n\nNaar mijn verlanglijst: {link}\n\n{brand}',
    'Weer op voorraad: {item}\nJe wilde een seintje als {item} weer leverbaar was. Het is terug – maar waarschijnlijk niet lang.\n\nIn winkelwagen: {link}\n\nJe krijgt deze e-mail omdat je het artikel bij {brand} hebt bewaard. Meldingen beheren: {link}',
  ],
  loyalty: [
    'Er wachten {points} punten op je, {first}\n{brand} Voordeelclub\n\nJe saldo: {points} punten (waarde {amount} €). In de Black Friday-week levert elke aankoop drie keer zoveel punten op.\n\nBekijk je voordelen: {link}\n\nPunten vervallen 12 maanden na toekenning.',
    'Je {brand} overzicht van november\nHoi {first},\n\nPunten deze maand: 320\nTotaal saldo: {points}\nNiveau: Zilver – nog 180 punten tot Goud\n\nBekijk overzicht: {link}',
  ],
  'app-notice': [
    'Nieuw in de {brand} app\nHoi {first},\n\nVersie 5.2 is er: donkere modus, sneller afrekenen en bestellingen volgen op je vergrendelscherm. Update via je app store.\n\nReleasenotes: {link}\n\nTeam {brand}',
    'Herinnering: je {brand} opslag is 90 % vol\nHoi {first},\n\nJe gebruikt 4,5 GB van 5 GB. Als de opslag vol is, worden foto’s en back-ups niet meer gesynchroniseerd.\n\nOpslag beheren: {link}\n\nDit is een servicebericht over je {brand} account.',
  ],
  person: [
    'Antw: Kerstmarkt zaterdag?\nHoi {first},\n\nZaterdag komt ons goed uit! Zullen we om 16 uur bij de Dom afspreken? Ik neem de thermoskan met chocomel mee.\n\nTot dan,\n{author}\n\n> Hebben jullie zaterdag tijd voor de kerstmarkt?',
    'RE: Lootjes trekken\nHoi {first},\n\nIk heb je ingeschreven voor de boekenruil. Budget is weer 20 €, we trekken vrijdag.\n\nGroetjes,\n{author}',
  ],
  'list-reply': [
    '[fietsers-utrecht] Re: Verlichting voor de winter\nIk heb de koplamp van de vorige groepsaankoop nu twee winters en hij doet het prima. Wel wekelijks opladen.\n\n{author}\n\n_______________________________________________\nfietsers-utrecht mailinglijst\nAfmelden: {link}',
    '[thuisbrouwers] Re: Gist voor een winterbier\nEens met het vorige bericht: langzaam vergisten op 18 °C gaf mij veel minder bijsmaken.\n\n-- \n{author}\n\nJe bent ingeschreven op thuisbrouwers. Afmelden van de lijst: {link}',
  ],
  'ticket-reply': [
    'Antw: [#{ticket}] {subject}\nHallo {first},\n\nBedankt voor je geduld. Over ticket #{ticket}: de vervoerder bevestigt dat je pakket in het depot lag; het wordt morgen bezorgd. Komt het niet aan, antwoord dan op deze e-mail en we sturen een nieuw exemplaar.\n\nMet vriendelijke groet,\n{agent}\nKlantenservice {brand}',
    '[{brand}] Update over je verzoek #{ticket}\nHoi {first},\n\nJe retour (ticket #{ticket}) is goedgekeurd. Het label vind je hier: {link}. Je krijgt je geld binnen 5 dagen na ontvangst terug.\n\nGroet,\n{agent}\n\n--- Je oorspronkelijke bericht ---\n{subject}',
  ],
  'ticket-sent': [
    'Pakket van bestelling {order} niet aangekomen\nHallo,\n\nmijn bestelling {order} zou op {earlier} komen, maar is niet aangekomen en de track-and-trace staat al vier dagen stil. Kunnen jullie navragen bij de vervoerder?\n\nBedankt,\n{me}',
    'Retour van bestelling {order}\nGoedemiddag,\n\nde jas uit bestelling {order} is te klein. Ik wil hem graag retourneren en mijn geld terug. Hoe krijg ik een retourlabel?\n\nMet vriendelijke groet,\n{me}',
  ],
  order: [
    'Bevestiging van bestelling {order}\nBedankt voor je bestelling, {first}!\n\nBestelling {order} van {today}\n{item} 1x  {price} €\nBezorging: standaard (1-3 werkdagen)\nTotaal: {amount} €\n\nWe mailen je zodra je bestelling is verzonden. Bekijk je bestelling: {link}\n\n{brand}',
    'We hebben je bestelling {order} ontvangen 🎁\nHoi {first},\n\nGoede keuze! We pakken bestelling {order} nu in. Betaald met Visa eindigend op {last4}: {amount} €.\n\nVolg je bestelling: {link}',
  ],
  shipping: [
    'Je bestelling {order} is verzonden\nHoi {first},\n\nJe bestelling is onderweg met {carrier}. Track-and-trace: {track}. Verwachte bezorging: {date}.\n\nVolg je pakket: {link}\n\n{brand}',
    'Verzonden: {item} en 1 ander artikel\nJe {brand} pakket heeft vandaag ons magazijn verlaten.\nVervoerder: {carrier}\nTrack-and-trace: {track}\nBezorging: {date}\n\nBekijk bestelling {order}: {link}',
  ],
  delivery: [
    'Je pakket van {shop} komt vandaag\n{brand}\n\nHoi {first}, je zending {track} wordt vandaag bezorgd tussen 10:15 en 12:15. Niet thuis? Kies een buur of een afleverpunt: {link}',
    'Bezorgd: zending {track}\n{brand}\n\nJe zending is om 14:32 bezorgd. Postcode: {postcode}. Foto van de bezorging: {link}\n\nVragen over de inhoud? Neem contact op met {shop}.',
  ],
  refund: [
    'Je terugbetaling voor bestelling {order} is verwerkt\nHoi {first},\n\nWe hebben je retour ontvangen en {amount} € teruggestort op je Visa eindigend op {last4}. Het kan 3-5 werkdagen duren voor je het ziet.\n\nBekijk retour: {link}\n\n{brand} Retouren',
    'Retour ontvangen – bestelling {order}\nHoi {first},\n\nJe retour van {item} is op {today} in ons magazijn aangekomen. Na controle storten we {amount} € binnen 5 dagen terug.\n\n{brand}',
  ],
  card: [
    'Kaartbetaling van {amount} € bij {shop}\n{brand} Bank\n\nEr is op {today} met je betaalpas eindigend op {last4} een betaling van {amount} € gedaan bij {shop}. Herken je dit niet? Blokkeer je pas in de app en bel ons.',
    'Nieuwe online betaling met je kaart {last4}\nHoi {first},\n\nNieuwe online betaling: {amount} € aan {shop}. Beschikbaar saldo: {balance} €.\n\nBekijk al je transacties in de {brand} app.',
  ],
}
