// German important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_DE: readonly NoticeMaker[] = [
  (r) => ({
    from: 'Zahlfix <beleg@zahlfix.de>',
    subject: `Ihr Zahlungsbeleg`,
    body: `Beleg-Nr. ${digits(r, 8)}\nBetrag: ${amount(r)} EUR\nEmpfänger: Bäckerei Kornhaus\nZahlungsart: Lastschrift`,
  }),
  (r) => ({
    from: 'Hansewerft Sparkasse <info@hansewerft-sparkasse.de>',
    subject: `Kartenumsatz über ${amount(r)} EUR`,
    body: `Mit Ihrer Debitkarte (Endziffern ${digits(r, 4)}) wurde soeben ein Umsatz getätigt. Nicht von Ihnen? Sperren Sie die Karte sofort unter 116 116.`,
  }),
  (r) => ({
    from: 'Wolkenpost <sicherheit@wolkenpost.de>',
    subject: `Neue Anmeldung bei deinem Konto`,
    body: `Es gab eine neue Anmeldung von Chrome auf Android um ${r.int(10, 23)}:${r.int(10, 59)} Uhr. Warst du das nicht, ändere sofort dein Passwort.`,
  }),
  () => ({
    from: 'Wolkenpost <sicherheit@wolkenpost.de>',
    subject: `Zwei-Faktor-Authentifizierung geändert`,
    body: `Für dein Konto wurde eine neue Authenticator-App hinterlegt. Falls du das nicht warst, melde dich bei unserem Support.`,
  }),
  (r) => ({
    from: 'Stöberkiste <bestellung@stoeberkiste.de>',
    subject: `Bestellbestätigung Nr. ${digits(r, 9)}`,
    body: `Vielen Dank für Ihre Bestellung: 1 x Wanderrucksack 30 l. Gesamtbetrag ${amount(r)} EUR. Wir informieren Sie über den Versand.`,
  }),
  (r) => ({
    from: 'Paketblitz <noreply@paketblitz.de>',
    subject: `Ihre Sendung wurde zugestellt`,
    body: `Sendung ${digits(r, 12)} wurde heute um ${r.int(9, 18)}:${r.int(10, 59)} Uhr beim Nachbarn abgegeben.`,
  }),
  (r) => ({
    from: 'Zahlfix <service@zahlfix.de>',
    subject: `Geld gesendet`,
    body: `Sie haben ${amount(r)} EUR an Jonas Reuter gesendet. Verwendungszweck: Miete Garage.`,
  }),
]
