// German fragments for composed in-house wordings (Sie and du), written for this set.
import type { Bank } from './bank.ts'

export const DE: Bank = {
  greet: [
    (c) => `Hallo ${c.name},`,
    (c) => `Guten Tag ${c.name},`,
    (c) => `Liebe/r ${c.name},`,
    (c) => `Moin ${c.name}!`,
    () => 'Sehr geehrte Damen und Herren,',
  ],
  signoff: [
    (c) => `Viele Grüße\nIhr ${c.company} Kundenservice`,
    (c) => `Beste Grüße, dein Team von ${c.company}`,
    () => `Mit freundlichen Grüßen\ni. A. Jana Kowalski`,
    (c) => `${c.company} – Service`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} GmbH · Geschäftsführung: M. Albers · Amtsgericht Hamburg HRB 000000 · USt-IdNr. DE000000000. Diese E-Mail wurde automatisch erstellt; bitte antworten Sie nicht darauf.`,
    (c) => `Datenschutzhinweise: https://${c.domain}/datenschutz`,
    () => `Diese Nachricht wurde automatisch versendet.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `Ihre Anfrage ist bei uns eingegangen`,
        (c) => `Eingangsbestätigung – Vorgang ${c.ref}`,
        (c) => `AW: ${c.typed}`,
        (c) => `${c.company}: Danke für deine Nachricht`,
        (c) => `Ticket ${c.ref}`,
      ],
      core: [
        (c) => `vielen Dank für Ihre Nachricht „${c.typed}“, die wir soeben erhalten haben.`,
        () => `deine Anfrage ist angekommen und liegt jetzt bei unserem Serviceteam.`,
        (c) => `hiermit bestätigen wir den Eingang Ihres Kontaktformulars bei ${c.company}.`,
      ],
      next: [
        () => `Wir melden uns innerhalb von 48 Stunden bei Ihnen.`,
        () => `Wir kümmern uns drum und melden uns so schnell wie möglich.`,
      ],
      action: [
        (c) => `Vorgangsnummer: ${c.ref}`,
        (c) => `Bitte geben Sie bei Rückfragen die Nummer ${c.ref} an.`,
      ],
    },
    verification: {
      subject: [
        () => `Bitte bestätigen Sie Ihre E-Mail-Adresse`,
        (c) => `Willkommen bei ${c.company} – nur noch ein Schritt`,
        () => `Aktiviere dein Kundenkonto`,
        () => `Warst du das?`,
      ],
      core: [
        (c) => `vielen Dank für Ihre Registrierung bei ${c.company}.`,
        () => `mit dieser Adresse wurde gerade ein Konto angelegt.`,
        () => `fast geschafft: Dein Konto ist angelegt.`,
      ],
      next: [
        () => `Der Link ist 24 Stunden gültig.`,
        () => `Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.`,
      ],
      action: [(c) => `Jetzt bestätigen: ${c.link}`, (c) => `Konto aktivieren → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Bitte bestätigen Sie Ihre Newsletter-Anmeldung`,
        (c) => `${c.company} Newsletter: Anmeldung bestätigen`,
        () => `Nur noch ein Klick!`,
        () => `Möchtest du unseren Newsletter wirklich erhalten?`,
      ],
      core: [
        (c) => `Sie haben sich für den Newsletter von ${c.company} angemeldet.`,
        () => `für diese Adresse wurde eine Newsletter-Anmeldung eingetragen.`,
        () => `schön, dass du dabei sein willst!`,
      ],
      next: [
        () => `Ohne Bestätigung erhalten Sie keine weiteren E-Mails von uns.`,
        () => `Wenn du dich nicht angemeldet hast, ignoriere diese Mail einfach.`,
      ],
      action: [(c) => `Anmeldung bestätigen: ${c.link}`, (c) => `Hier klicken: ${c.link}`],
    },
    reset: {
      subject: [
        () => `Passwort zurücksetzen`,
        (c) => `Ihr Anmeldecode für ${c.company}`,
        (c) => `${c.code} ist dein Bestätigungscode`,
        () => `Neues Passwort angefordert`,
      ],
      core: [
        () => `wir haben eine Anfrage erhalten, Ihr Passwort zurückzusetzen.`,
        (c) => `hier ist dein Code für die Anmeldung bei ${c.company}.`,
        () => `jemand möchte sich mit dieser Adresse anmelden.`,
      ],
      next: [
        () => `Der Code ist 15 Minuten gültig.`,
        () => `Wenn Sie das nicht waren, bleibt Ihr Passwort unverändert.`,
      ],
      action: [(c) => `Ihr Code: ${c.code}`, (c) => `Neues Passwort festlegen: ${c.link}`],
    },
  },
}
