// Dutch building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const NL: Blocks = {
  greet: 'Hallo {name}, | Hoi {name}! | Beste klant, | Goedendag, | Geachte {name},',
  close:
    'Met vriendelijke groet,\n{company} | Tot snel!\nTeam {company} | Hartelijke groeten,\nKlantenservice {company} | Nogmaals bedankt,\n{company}',
  footer:
    'Je ontvangt dit bericht omdat je adres is ingevuld op {domain}. | {company} B.V. – Voorbeeldstraat 5 – 1011 AA Amsterdam – Dit is een automatisch bericht, niet beantwoorden. | Privacyverklaring: https://{domain}/privacy',
  ref: 'Kenmerk: {ref} | (dossier {ref}) | Je nummer: {ref}',
  kinds: {
    request: {
      subject:
        'Komt deze aanvraag van u? | {company}: bevestig uw bericht | Bevestiging nodig: {title} | Verzoek {ref} nog niet bevestigd',
      lead: "Een bericht via ons webformulier staat in de wacht en is nog niet doorgestuurd. | Er is een vraag met als titel '{title}' verstuurd met uw adres. | Je bericht aan {company} is nog bij niemand van ons team aangekomen.",
      action:
        'Bevestig dat u het heeft verstuurd: | Klik hier om het vrij te geven: | Zodra u bevestigt, maken we een ticket aan:',
    },
    ack: {
      subject:
        'Je vraag is binnen: {title} | Klantenservice {company} – verzoek geregistreerd | Dossier {ref} geopend | Dank voor je berichtje',
      lead: "Uw bericht is goed bij onze service aangekomen. | We hebben je vraag over '{title}' genoteerd. | Een medewerker is op de hoogte gebracht van uw verzoek.",
      action:
        'U ontvangt binnen twee werkdagen antwoord. | We mailen je zodra iemand ermee aan de slag gaat. | Wil je iets toevoegen? Beantwoord dan deze mail.',
    },
    account: {
      subject:
        'Verifieer je e-mail – {company} | Je nieuwe account bij {company} | Rond je registratie af | Welkom! Bevestig je adres',
      lead: 'Bedankt voor je registratie bij {company}. | Er is zojuist een account met dit adres aangemaakt. | Uw klantomgeving is bijna klaar.',
      action:
        'Bevestig je adres om het te activeren: | Open deze link om te activeren: | Met deze link controleren we of het adres van u is:',
    },
    subscription: {
      subject:
        'Nieuwsbrief {company}: bevestig je aanmelding | Wilt u onze e-mails ontvangen? | Laatste stap voor je abonnement | Graag je inschrijving bevestigen',
      lead: 'Uw adres is toegevoegd aan de lijst van {company}. | We hebben een aanmelding voor onze nieuwsbrief ontvangen. | Leuk dat je interesse hebt in nieuws van {company}.',
      action:
        'Bevestig hier om te beginnen: | Zonder klik word je niet ingeschreven: | Eén klik bevestigt het abonnement:',
    },
    reset: {
      subject:
        'Nieuw wachtwoord voor {company} | Je inlogcode voor {company} | Inlogpoging bij {company} | Wachtwoordwijziging aangevraagd',
      lead: 'Er is een nieuw wachtwoord aangevraagd voor uw account. | Iemand probeert met dit adres in te loggen bij {company}. | Je wilde weer toegang tot je account.',
      action:
        'Kies hier een nieuw wachtwoord: | Voer deze code in: {code} | De volgende link verloopt na 30 minuten:',
    },
  },
}
