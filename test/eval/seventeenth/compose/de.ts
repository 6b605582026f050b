// German building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const DE: Blocks = {
  greet:
    'Hallo {name}, | Guten Tag {name}, | Sehr geehrte Kundin, sehr geehrter Kunde, | Moin, | Liebe/r {name},',
  close:
    'Beste Grüße\n{company} | Freundliche Grüße aus dem Service von {company} | Viele Grüße\ndein {company}-Team | Mit besten Grüßen\nKundendialog {company}',
  footer:
    'Diese Nachricht wurde automatisch versendet, weil Ihre Adresse auf {domain} eingetragen wurde. | {company} GmbH · Beispielweg 4 · 04109 Leipzig · Amtsgericht Leipzig HRB 00000 | Hinweise zum Datenschutz: https://{domain}/datenschutz',
  ref: 'Aktenzeichen: {ref} | (Vorgang {ref}) | Ihre Nummer: {ref}',
  kinds: {
    request: {
      subject:
        'Stammt diese Anfrage von Ihnen? | {company}: Bitte Anfrage freigeben | Bestätigung nötig: {title} | Anfrage {ref} – noch nicht bestätigt',
      lead: 'Über unser Webformular ist eine Nachricht eingegangen, die noch nicht weitergeleitet wurde. | Eine Anfrage mit dem Betreff „{title}“ nennt Ihre Adresse als Absender. | Deine Nachricht an {company} liegt noch in der Warteschleife.',
      action:
        'Bitte bestätigen Sie, dass sie von Ihnen stammt: | Mit diesem Link gibst du sie für unser Team frei: | Erst nach Ihrer Bestätigung legen wir ein Ticket an:',
    },
    ack: {
      subject:
        'Ihre Anfrage ist eingegangen: {title} | {company} Kundenservice – Anfrage erfasst | Vorgang {ref} eröffnet | Danke für deine Mail',
      lead: 'Ihre Nachricht ist wohlbehalten bei uns angekommen. | Wir haben dein Anliegen „{title}“ aufgenommen. | Ein Kollege aus dem Service wurde benachrichtigt.',
      action:
        'Mit einer Antwort dürfen Sie innerhalb von zwei Werktagen rechnen. | Wir melden uns, sobald jemand den Vorgang übernommen hat. | Ergänzungen schickst du einfach als Antwort auf diese Mail.',
    },
    account: {
      subject:
        'E-Mail-Adresse bestätigen – {company} | Dein neues Konto bei {company} | Registrierung abschließen | Willkommen! Bitte Adresse bestätigen',
      lead: 'Danke für deine Registrierung bei {company}. | Mit dieser Adresse wurde ein Benutzerkonto angelegt. | Ihr Zugang ist fast eingerichtet.',
      action:
        'Bestätige deine Adresse, um es zu aktivieren: | Öffnen Sie diesen Link zur Freischaltung: | Bitte weisen Sie über diesen Link nach, dass die Adresse Ihnen gehört:',
    },
    subscription: {
      subject:
        'Newsletter von {company}: Anmeldung bestätigen | Möchten Sie unsere E-Mails erhalten? | Letzter Schritt zur Anmeldung | Bitte Abo bestätigen',
      lead: 'Ihre Adresse wurde in den Verteiler von {company} eingetragen. | Für unseren Newsletter ist eine Anmeldung eingegangen. | Schön, dass du dich für Neuigkeiten von {company} interessierst.',
      action:
        'Bestätigen Sie bitte hier, dann geht es los: | Ohne Klick auf den Link bleibst du abgemeldet: | Ein Klick bestätigt das Abonnement:',
    },
    reset: {
      subject:
        'Kennwort zurücksetzen bei {company} | Dein Anmeldecode für {company} | Anmeldeversuch bei {company} | Passwortänderung angefordert',
      lead: 'Für Ihr Konto wurde ein neues Kennwort angefordert. | Jemand versucht, sich mit dieser Adresse bei {company} anzumelden. | Du wolltest wieder Zugang zu deinem Konto.',
      action:
        'Hier legen Sie ein neues Kennwort fest: | Gib diesen Code ein: {code} | Der folgende Link ist 30 Minuten gültig:',
    },
  },
}
