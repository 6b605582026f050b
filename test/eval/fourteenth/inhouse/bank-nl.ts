// Dutch fragments for composed in-house wordings (u and je), written for this set.
import type { Bank } from './bank.ts'

export const NL: Bank = {
  greet: [
    (c) => `Hoi ${c.name},`,
    (c) => `Beste ${c.name},`,
    (c) => `Geachte ${c.name},`,
    () => 'Goedendag,',
    () => '',
  ],
  signoff: [
    (c) => `Met vriendelijke groet,\nKlantenservice ${c.company}`,
    (c) => `Groetjes,\nTeam ${c.company}`,
    () => `Hartelijke groet,\nDaan`,
    (c) => `${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} B.V. – KvK 00000000 – BTW NL000000000B01. Lees onze privacyverklaring op https://${c.domain}/privacy. Dit bericht kan vertrouwelijke informatie bevatten.`,
    () => `Dit is een automatisch bericht; u kunt hier niet op antwoorden.`,
    (c) => `Je ontvangt deze e-mail omdat dit adres is ingevuld op ${c.domain}.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `We hebben je bericht ontvangen`,
        (c) => `Uw vraag ${c.ref} is geregistreerd`,
        (c) => `RE: ${c.typed}`,
        (c) => `${c.company} – bedankt voor je bericht`,
      ],
      core: [
        (c) => `hierbij bevestigen wij de ontvangst van uw bericht "${c.typed}".`,
        () => `je vraag is binnen bij ons serviceteam.`,
        (c) => `het contactformulier dat je naar ${c.company} stuurde is aangekomen.`,
      ],
      next: [
        () => `U ontvangt binnen 3 werkdagen een reactie.`,
        () => `We gaan ermee aan de slag en laten snel van ons horen.`,
      ],
      action: [
        (c) => `Referentienummer: ${c.ref}`,
        (c) => `Vermeld nummer ${c.ref} als u contact opneemt.`,
      ],
    },
    verification: {
      subject: [
        () => `Bevestig je e-mailadres`,
        (c) => `Welkom bij ${c.company}! Activeer je account`,
        () => `Actie vereist: verifieer uw adres`,
        () => `Ben jij dit?`,
      ],
      core: [
        (c) => `bedankt voor je registratie bij ${c.company}.`,
        () => `er is een account aangemaakt met dit adres.`,
        () => `uw account is bijna klaar.`,
      ],
      next: [
        () => `De link is 24 uur geldig.`,
        () => `Heeft u zich niet aangemeld, negeer dan dit bericht.`,
      ],
      action: [(c) => `E-mailadres bevestigen: ${c.link}`, (c) => `Account activeren → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Bevestig je inschrijving`,
        (c) => `${c.company}: nog één klik`,
        () => `Wil je onze nieuwsbrief echt ontvangen?`,
        () => `Aanmelding nieuwsbrief bevestigen`,
      ],
      core: [
        (c) => `je hebt je aangemeld voor de nieuwsbrief van ${c.company}.`,
        () => `dit adres is ingeschreven op onze lijst.`,
        () => `leuk dat je erbij wilt zijn!`,
      ],
      next: [
        () => `Zonder bevestiging ontvangt u niets meer.`,
        () => `Was jij dit niet? Dan hoef je niets te doen.`,
      ],
      action: [(c) => `Ja, schrijf me in: ${c.link}`, (c) => `Bevestigen: ${c.link}`],
    },
    reset: {
      subject: [
        () => `Wachtwoord opnieuw instellen`,
        (c) => `Je inlogcode voor ${c.company}`,
        (c) => `${c.code} is je verificatiecode`,
        () => `Nieuw wachtwoord aangevraagd`,
      ],
      core: [
        () => `we hebben een verzoek ontvangen om uw wachtwoord opnieuw in te stellen.`,
        (c) => `hier is je code om in te loggen bij ${c.company}.`,
        () => `iemand probeert in te loggen met dit adres.`,
      ],
      next: [
        () => `De code verloopt over 10 minuten.`,
        () => `Heeft u dit niet aangevraagd, dan blijft uw wachtwoord ongewijzigd.`,
      ],
      action: [(c) => `Je code: ${c.code}`, (c) => `Kies een nieuw wachtwoord: ${c.link}`],
    },
  },
}
