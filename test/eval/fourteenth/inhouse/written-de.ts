// Hand-written German in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_DE: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Automatische Antwort: ${c.typed}`,
      body: `Guten Tag,\n\nvielen Dank für Ihre E-Mail. Unser Kundenservice ist Mo–Fr von 8 bis 17 Uhr erreichbar. Wir bearbeiten Ihr Anliegen in der Reihenfolge des Eingangs.\n\nIn dringenden Fällen erreichen Sie uns telefonisch unter 0800 000 0000.\n\nMit freundlichen Grüßen\n${c.company}`,
    }),
    (c) => ({
      subject: `Ihr Anliegen – Vorgangsnr. ${c.ref}`,
      body: `Sehr geehrte/r ${c.name},\n\nwir bestätigen den Eingang Ihrer Nachricht vom heutigen Tag. Ihr Anliegen wurde unter der oben genannten Vorgangsnummer erfasst und an die zuständige Fachabteilung weitergeleitet.\n\nBitte haben Sie Verständnis, dass die Bearbeitung derzeit bis zu 14 Tage dauern kann.\n\nMit freundlichen Grüßen\nIhr Kundendialog\n\n${c.company} AG · Vorstand: Dr. K. Lehmann (Vors.) · Aufsichtsrat: P. Steiner · Sitz: Köln · Registergericht Köln HRB 00000`,
    }),
    (c) => ({
      subject: `Danke, ${c.name}! 🙌`,
      body: `Deine Nachricht ist da und wir schauen sie uns so schnell wie möglich an. Ticket: ${c.ref}. Bis gleich!\n\nDein ${c.company}-Team`,
    }),
    (c) => ({
      subject: `Kontaktformular`,
      body: `Ihre Nachricht wurde erfolgreich übermittelt.\n\nName: ${c.name}\nBetreff: ${c.typed}\nEingang: heute\n\n${c.company}`,
    }),
    (c) => ({
      subject: `[${c.ref}]`,
      body: `Hallo ${c.name},\n\nwir haben deine Anfrage erhalten und melden uns. Bitte antworte auf diese E-Mail, wenn du noch etwas ergänzen möchtest – die Nummer im Betreff sorgt dafür, dass alles beim selben Vorgang landet.\n\nViele Grüße\n${c.company}`,
    }),
    (c) => ({
      subject: `Wir haben Ihre Reklamation erhalten`,
      body: `Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Reklamation „${c.typed}“ ist bei uns eingegangen (Nr. ${c.ref}). Ein Mitarbeiter prüft den Fall und meldet sich innerhalb von fünf Werktagen.\n\n${c.company} Versandhaus`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Hallo ${c.name}, bitte bestätige kurz deine E-Mail-Adresse: ${c.link}`,
    }),
    (c) => ({
      subject: `Willkommen, ${c.name}!`,
      body: `Schön, dass Sie da sind.\n\nUm Ihr Kundenkonto bei ${c.company} zu aktivieren, klicken Sie bitte auf folgenden Link:\n\n${c.link}\n\nDanach können Sie Bestellungen verfolgen, Rechnungen herunterladen und Ihre Daten verwalten.\n\nIhr ${c.company} Team\n\nImpressum | Datenschutz | AGB`,
    }),
    (c) => ({
      subject: `Registrierung abschließen`,
      body: `Sehr geehrte/r ${c.name},\n\nSie haben sich auf unserem Portal registriert. Zur Verifizierung Ihrer Identität gemäß unseren Nutzungsbedingungen bestätigen Sie bitte Ihre E-Mail-Adresse innerhalb von 72 Stunden:\n\n${c.link}\n\nErfolgt keine Bestätigung, wird die Registrierung automatisch gelöscht.\n\n${c.company} GmbH, Geschäftsführer: T. Kern, HRB 00000 B, Amtsgericht Charlottenburg`,
    }),
    (c) => ({
      subject: `Bist du das? 👀`,
      body: `Jemand hat sich gerade mit dieser Adresse bei ${c.company} angemeldet. Wenn du das warst: ${c.link}\n\nWenn nicht, mach einfach nichts.`,
    }),
    (c) => ({
      subject: `Ihr Bestätigungscode lautet ${c.code}`,
      body: `Geben Sie den Code ${c.code} im Registrierungsformular von ${c.company} ein. Gültig für 20 Minuten.`,
    }),
    (c) => ({
      subject: `Konto aktivieren – Verify your account`,
      body: `Hallo ${c.name},\n\nvielen Dank für deine Anmeldung im ${c.company} Forum. Bevor du loslegen kannst, aktiviere bitte dein Konto:\n${c.link}\n\nWir sehen uns im Forum!\nDie Moderatoren`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Fast geschafft!`,
      body: `Nur noch ein Klick, dann bekommst du jeden Freitag unsere besten Angebote: ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Bestätigung Ihrer Newsletter-Anmeldung`,
      body: `Sehr geehrte/r ${c.name},\n\nSie haben sich für den Newsletter der ${c.company} angemeldet. Bitte bestätigen Sie Ihre Anmeldung (Double-Opt-In), indem Sie auf den folgenden Link klicken:\n\n${c.link}\n\nIhre Einwilligung können Sie jederzeit widerrufen. Hinweise zum Datenschutz finden Sie unter https://${c.domain}/datenschutz.\n\n${c.company} · Musterstraße 1 · 00000 Musterstadt · Geschäftsführer: A. Beispiel`,
    }),
    (c) => ({
      subject: `Wirklich abonnieren?`,
      body: `Hallo ${c.name}, möchtest du unseren Newsletter wirklich erhalten? Dann klick hier: ${c.link}`,
    }),
    (c) => ({
      subject: `Dein 10 %-Gutschein wartet 🎁`,
      body: `Bestätige deine E-Mail-Adresse und wir schicken dir deinen Willkommensgutschein:\n\n[ JETZT BESTÄTIGEN ] ${c.link}\n\nDein ${c.company} Team`,
    }),
    (c) => ({
      subject: `${c.company} Pressedienst`,
      body: `Für diese Adresse wurde die Aufnahme in unseren Presseverteiler beantragt. Zur Bestätigung: ${c.link}\nOhne Bestätigung erfolgt keine Aufnahme.`,
    }),
    (c) => ({
      subject: `Anmeldung zum Infobrief`,
      body: `Liebe/r ${c.name},\n\nschön, dass Sie sich für unseren Infobrief interessieren. Bitte bestätigen Sie über diesen Link: ${c.link}\n\nHerzliche Grüße aus der Redaktion\n${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `Dein Code für ${c.company}: ${c.code}. Gib ihn niemandem weiter.`,
    }),
    (c) => ({
      subject: `Passwort vergessen?`,
      body: `Hallo ${c.name},\n\nkein Problem. Über den folgenden Link kannst du ein neues Passwort vergeben:\n\n${c.link}\n\nDer Link ist eine Stunde gültig.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Ihr Anmeldelink`,
      body: `Klicken Sie auf den Link, um sich ohne Passwort bei ${c.company} anzumelden:\n${c.link}\n\nDer Link verfällt nach 10 Minuten.`,
    }),
    (c) => ({
      subject: `Zurücksetzen Ihres Passworts für das Online-Banking`,
      body: `Sehr geehrte Kundin, sehr geehrter Kunde,\n\nfür Ihren Zugang wurde das Zurücksetzen des Passworts angefordert. Bitte nutzen Sie innerhalb von 30 Minuten folgenden Link: ${c.link}\n\nHaben Sie dies nicht veranlasst, wenden Sie sich bitte umgehend an unseren Kundenservice.\n\n${c.company} wird Sie niemals per E-Mail nach Ihrem Passwort fragen.`,
    }),
    (c) => ({
      subject: `Anmeldeversuch – Sicherheitscode`,
      body: `Hallo ${c.name},\n\nIhr Sicherheitscode lautet:\n\n    ${c.code}\n\nAnfrage von: Browser auf macOS.\n\nSie waren das nicht? Dann kennt jemand Ihre E-Mail-Adresse; Ihr Konto bleibt geschützt.`,
    }),
    (c) => ({
      subject: `Password reset`,
      body: `Hallo, Sie haben ein neues Passwort für ${c.company} angefordert. Link: ${c.link}`,
    }),
  ],
}
