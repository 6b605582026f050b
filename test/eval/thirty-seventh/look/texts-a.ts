// Look-alike texts (en, de, fr), two per class, written for this set. Slots: first, brand,
// cname, company, amount, ref, ticket, vsubject, date, time, link, merchant, last4, list, code.
import type { LookTexts } from './types.ts'

export const LOOK_EN: LookTexts = {
  newsletter: [
    '{brand} Weekly | 5 tools that save support teams an hour a day :: Hi {first},\n\nthis week: macros that actually help, a checklist for holiday coverage, and our webinar on {date}.\n\nRead online: {link}\n\nUnsubscribe or manage preferences: {link}',
    'October product update from {brand} 🚀 :: New this month: bulk edit, faster search and a refreshed mobile app.\n\nSee what changed: {link}\n\nYou receive this because you are a {brand} customer. Unsubscribe: {link}',
  ],
  colleague: [
    'Re: Q4 staffing plan :: Hi {first},\n\nlooks good to me. Can you add the Saturday shifts before Thursday?\n\nThanks,\n{cname}\n\n> On Monday you wrote:\n> Draft attached, comments welcome.',
    'Re: quick question about the Henderson account :: Yes, they renewed last week. I forwarded the contract to legal.\n\n{cname}',
  ],
  customer: [
    'Thanks for the quick help! :: Hi {first},\n\njust wanted to say thanks - the fix worked and my team is back up and running.\n\nBest,\n{cname}',
    'Order {order} - small change please :: Hello,\n\ncould you change the delivery address on order {order} to our new office? 14 Mill Lane, Leeds.\n\nRegards,\n{cname}',
  ],
  forward: [
    'Fwd: Invoice dispute from Harper & Lane :: {first}, can you look into this? See below.\n\n{cname}\n\n---------- Forwarded message ---------\nSubject: Invoice dispute\nWe were charged twice for September.',
    'Fwd: Conference call details :: FYI - dial-in for tomorrow.\n\n---------- Forwarded message ---------\nFrom: {brand} Events\nJoin link: {link}',
  ],
  calendar: [
    'Invitation: Weekly support sync @ {date} 10:00 - 10:30 :: {cname} has invited you to Weekly support sync.\n\nWhen: {date} 10:00-10:30\nWhere: Meeting room 2 / video link {link}\n\nAccept - Tentative - Decline',
    'Updated invitation: Budget review moved to {date} 15:00 :: {cname} changed the time of Budget review.\n\nNew time: {date} 15:00-16:00\nJoin: {link}',
  ],
  'shared-doc': [
    '{cname} shared "Q4 roadmap" with you :: {cname} shared a document with you:\n\nQ4 roadmap\n"Please add your team\'s items by Friday."\n\nOpen: {link}\n\n{brand} Docs',
    '{cname} mentioned you in "Support handbook" :: {cname} mentioned you in a comment:\n\n"@{first} can you check the escalation section?"\n\nReply: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Migrating from the old ticket form :: {cname} wrote:\n\nWe did this last spring - keep the old URL redirecting for at least a month.\n\n> Has anyone migrated recently?\n\n--\n{list} mailing list\n{link}',
    '[{list}] Re: Meetup in November? :: +1, I can host at our office. {cname}\n\n--\nYou are subscribed to {list}. Unsubscribe: {link}',
  ],
  'vendor-ticket': [
    'Re: [Ticket #{ticket}] {vsubject} :: Hi {first},\n\nthanks for your patience. We found the cause of the issue you reported in ticket #{ticket} and deployed a fix this morning.\n\nCould you confirm it works on your side?\n\n{cname}\n{brand} Support\n\n> {vsubject}',
    '[{brand}] Update on your request #{ticket} :: Hello {first},\n\nyour request "{vsubject}" (#{ticket}) has been escalated to our engineering team. We will update you within two business days.\n\n{brand} Support',
  ],
  receipt: [
    'Your receipt from {brand} #{ref} :: Receipt #{ref}\n\nAmount paid: {amount}\nDate: {date}\nPayment method: Visa ending {last4}\n\nQuestions? Reply to this email.',
    'Payment received - thank you :: We received your payment of {amount} on {date}. Receipt number {ref}.\n\n{brand}',
  ],
  invoice: [
    'Invoice {ref} from {brand} :: Hello,\n\nplease find attached invoice {ref} for {amount}, due on {date}. It will be charged to your card ending {last4}.\n\nView invoice: {link}',
    'Your {brand} invoice is ready :: Invoice {ref} ({amount}) for your subscription is now available.\n\nDownload: {link}',
  ],
  'bank-alert': [
    'Card payment of {amount} at {merchant} :: Your {brand} card ending {last4} was used for {amount} at {merchant} on {date} at {time}.\n\nNot you? Call us on the number on your card.',
    'You received {amount} :: A transfer of {amount} from {cname} has arrived in your {brand} account ending {last4}.',
  ],
  'security-alert': [
    'New sign-in to your {brand} account :: We noticed a new sign-in to your {brand} account on {date} at {time} from Chrome on Windows.\n\nIf this was you, you can ignore this email. If not, secure your account: {link}',
    'Your {brand} password was changed :: The password of your {brand} account was changed on {date}. If you did not do this, reset it now: {link}',
  ],
}

export const LOOK_DE: LookTexts = {
  newsletter: [
    '{brand} Wochenbrief | 5 Tools, die Support-Teams täglich eine Stunde sparen :: Hallo {first},\n\ndiese Woche: Makros, die wirklich helfen, eine Checkliste für die Urlaubsvertretung und unser Webinar am {date}.\n\nOnline lesen: {link}\n\nAbmelden oder Einstellungen ändern: {link}',
    'Produkt-Update Oktober von {brand} 🚀 :: Neu diesen Monat: Massenbearbeitung, schnellere Suche und eine überarbeitete App.\n\nAlle Neuerungen: {link}\n\nSie erhalten diese E-Mail als Kunde von {brand}. Abmelden: {link}',
  ],
  colleague: [
    'AW: Personalplanung Q4 :: Hallo {first},\n\npasst für mich. Kannst du bis Donnerstag noch die Samstagsschichten ergänzen?\n\nDanke,\n{cname}\n\n> Am Montag schriebst du:\n> Entwurf anbei, Anmerkungen willkommen.',
    'AW: kurze Frage zum Kunden Hoffmann :: Ja, die haben letzte Woche verlängert. Vertrag liegt bei der Rechtsabteilung.\n\n{cname}',
  ],
  customer: [
    'Danke für die schnelle Hilfe! :: Hallo {first},\n\nwollte mich nur bedanken - die Lösung hat funktioniert und das Team kann wieder arbeiten.\n\nViele Grüße\n{cname}',
    'Bestellung {order} - kleine Änderung bitte :: Guten Tag,\n\nkönnten Sie die Lieferadresse der Bestellung {order} auf unser neues Büro ändern? Mühlenweg 14, Bremen.\n\nDanke und Gruß\n{cname}',
  ],
  forward: [
    'WG: Rechnungsreklamation von Berger & Sohn :: {first}, kannst du dir das ansehen? Siehe unten.\n\n{cname}\n\n---------- Weitergeleitete Nachricht ---------\nBetreff: Rechnungsreklamation\nUns wurde der September doppelt berechnet.',
    'WG: Einwahldaten Telefonkonferenz :: Zur Info - Einwahl für morgen.\n\n---------- Weitergeleitete Nachricht ---------\nVon: {brand} Events\nLink: {link}',
  ],
  calendar: [
    'Einladung: Wöchentliches Support-Meeting @ {date} 10:00 - 10:30 :: {cname} hat Sie zu „Wöchentliches Support-Meeting“ eingeladen.\n\nWann: {date} 10:00-10:30\nWo: Besprechungsraum 2 / Videolink {link}\n\nZusagen - Vielleicht - Absagen',
    'Aktualisierte Einladung: Budgetrunde verschoben auf {date} 15:00 :: {cname} hat die Zeit der Budgetrunde geändert.\n\nNeu: {date} 15:00-16:00\nTeilnehmen: {link}',
  ],
  'shared-doc': [
    '{cname} hat „Roadmap Q4“ mit Ihnen geteilt :: {cname} hat ein Dokument mit Ihnen geteilt:\n\nRoadmap Q4\n„Bitte bis Freitag eure Punkte ergänzen.“\n\nÖffnen: {link}\n\n{brand} Docs',
    '{cname} hat Sie in „Support-Handbuch“ erwähnt :: {cname} hat Sie in einem Kommentar erwähnt:\n\n„@{first} kannst du den Abschnitt Eskalation prüfen?“\n\nAntworten: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Umstieg vom alten Ticketformular :: {cname} schrieb:\n\nHaben wir im Frühjahr gemacht - die alte URL mindestens einen Monat weiterleiten.\n\n> Hat jemand kürzlich migriert?\n\n--\nMailingliste {list}\n{link}',
    '[{list}] Re: Treffen im November? :: +1, wir können bei uns im Büro. {cname}\n\n--\nSie sind in {list} eingetragen. Abmelden: {link}',
  ],
  'vendor-ticket': [
    'AW: [Ticket #{ticket}] {vsubject} :: Hallo {first},\n\ndanke für Ihre Geduld. Wir haben die Ursache des in Ticket #{ticket} gemeldeten Problems gefunden und heute früh behoben.\n\nKönnen Sie bestätigen, dass es bei Ihnen funktioniert?\n\n{cname}\n{brand} Support\n\n> {vsubject}',
    '[{brand}] Neuigkeiten zu Ihrer Anfrage #{ticket} :: Guten Tag {first},\n\nIhre Anfrage „{vsubject}“ (#{ticket}) wurde an unsere Entwicklung weitergegeben. Wir melden uns innerhalb von zwei Werktagen.\n\n{brand} Support',
  ],
  receipt: [
    'Ihre Quittung von {brand} Nr. {ref} :: Quittung Nr. {ref}\n\nBezahlt: {amount}\nDatum: {date}\nZahlungsart: Visa mit Endung {last4}\n\nFragen? Antworten Sie einfach auf diese E-Mail.',
    'Zahlung erhalten - vielen Dank :: Wir haben Ihre Zahlung über {amount} am {date} erhalten. Belegnummer {ref}.\n\n{brand}',
  ],
  invoice: [
    'Rechnung {ref} von {brand} :: Guten Tag,\n\nanbei die Rechnung {ref} über {amount}, fällig am {date}. Der Betrag wird von Ihrer Karte mit Endung {last4} abgebucht.\n\nRechnung ansehen: {link}',
    'Ihre {brand} Rechnung ist da :: Die Rechnung {ref} ({amount}) für Ihr Abonnement steht bereit.\n\nHerunterladen: {link}',
  ],
  'bank-alert': [
    'Kartenzahlung über {amount} bei {merchant} :: Mit Ihrer {brand} Karte (Endung {last4}) wurden am {date} um {time} {amount} bei {merchant} bezahlt.\n\nNicht Sie? Rufen Sie uns unter der Nummer auf Ihrer Karte an.',
    'Zahlungseingang: {amount} :: Eine Überweisung über {amount} von {cname} ist auf Ihrem {brand} Konto mit Endung {last4} eingegangen.',
  ],
  'security-alert': [
    'Neue Anmeldung bei Ihrem {brand} Konto :: Am {date} um {time} gab es eine neue Anmeldung bei Ihrem {brand} Konto (Chrome unter Windows).\n\nWaren Sie das, ist nichts zu tun. Andernfalls sichern Sie Ihr Konto: {link}',
    'Ihr {brand} Passwort wurde geändert :: Das Passwort Ihres {brand} Kontos wurde am {date} geändert. Wenn Sie das nicht waren, setzen Sie es jetzt zurück: {link}',
  ],
}
