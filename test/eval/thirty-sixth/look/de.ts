// German look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_DE: LookTexts = {
  newsletter: [
    '🔥 Black Week bei {brand}: bis zu 50 % auf alles\nOnline ansehen\n\nHallo {first}, ab heute gelten unsere Black-Week-Preise: Winterjacken, Stiefel und Geschenksets bis zu 50 % günstiger. Nur bis Montag, 23:59 Uhr.\n\nZum Sale: {link}\n\nSie erhalten diesen Newsletter, weil Sie sich bei {brand} angemeldet haben. Abmelden | Einstellungen',
    'Letzte Chance: Cyber-Monday-Angebote enden heute\n{brand} – Gratisversand ab 40 €\n\nNur noch wenige Stunden, {first}! Unsere Bestseller sind weiterhin {pct} % reduziert und Bonuspunkte zählen bis Mitternacht doppelt.\n\nAngebote ansehen: {link}\n\nNewsletter abbestellen oder Einstellungen ändern: {link}',
  ],
  marketplace: [
    'Neue Nachricht von {seller} zu „{item}“\nHallo {first},\n\n{seller} hat auf deine Frage zu {item} geantwortet:\n„Ja, ist noch da. Ich kann es am Montag verschicken. Wären {price} € inkl. Versand okay?“\n\nIn der App antworten: {link}\n\nZu deiner Sicherheit: Zahlung und Nachrichten bitte nur über {brand}.',
    'Dein Artikel „{item}“ wurde verkauft!\nGlückwunsch, {first}!\n\n{item} wurde für {price} € verkauft. Bitte verschicke ihn innerhalb von 3 Werktagen und trage die Sendungsnummer ein.\n\nVersandetikett drucken: {link}\n\nDein {brand} Marktplatz',
  ],
  'price-alert': [
    'Preisalarm: {item} jetzt für {price} €\nIhr Preiswecker von {brand}\n\nDer Artikel auf Ihrer Merkliste ist von {old} € auf {price} € gefallen (3 Händler). In der Black Week ändern sich Preise schnell.\n\nAngebote vergleichen: {link}\n\nAlarm eingerichtet am {earlier}. Alarme verwalten: {link}',
    'Wunschpreis erreicht 🎯\nHallo {first}, {item} gibt es jetzt für {price} € – unter Ihrem Wunschpreis von {old} €.\n\nZum Angebot: {link}\n\n{brand} Preisvergleich · Alarm beenden: {link}',
  ],
  wishlist: [
    'Ein Artikel auf Ihrem Wunschzettel ist reduziert\nHallo {first},\n\ngute Nachrichten: „{item}“ von Ihrem Wunschzettel ist jetzt {pct} % günstiger. Nur solange der Vorrat reicht.\n\nZum Wunschzettel: {link}\n\n{brand}',
    'Wieder da: {item}\nSie wollten benachrichtigt werden, sobald {item} wieder lieferbar ist. Jetzt ist es so weit – aber vermutlich nicht lange.\n\nIn den Warenkorb: {link}\n\nSie erhalten diese E-Mail, weil Sie den Artikel bei {brand} gemerkt haben. Benachrichtigungen verwalten: {link}',
  ],
  loyalty: [
    '{points} Punkte warten auf dich, {first}\n{brand} Bonusprogramm\n\nDein Punktestand: {points} Punkte (Wert: {amount} €). In der Black Week gibt es auf jeden Einkauf dreifache Punkte.\n\nPrämien ansehen: {link}\n\nPunkte verfallen 12 Monate nach Gutschrift.',
    'Ihr {brand} Kontoauszug für November\nHallo {first},\n\nIm November gesammelt: 320 Punkte\nGesamtstand: {points}\nStatus: Silber – noch 180 Punkte bis Gold\n\nKontoauszug ansehen: {link}',
  ],
  'app-notice': [
    'Neu in der {brand} App\nHallo {first},\n\nVersion 5.2 ist da: Dunkelmodus, schnellerer Checkout und Sendungsverfolgung auf dem Sperrbildschirm. Jetzt im App Store aktualisieren.\n\nAlle Neuerungen: {link}\n\nDein {brand} Team',
    'Hinweis: Ihr {brand} Speicher ist zu 90 % belegt\nHallo {first},\n\nSie nutzen 4,5 GB von 5 GB. Ist der Speicher voll, werden Fotos und Backups nicht mehr synchronisiert.\n\nSpeicher verwalten: {link}\n\nDies ist eine Servicemitteilung zu Ihrem {brand} Konto.',
  ],
  person: [
    'AW: Weihnachtsmarkt am Samstag?\nHallo {first},\n\nSamstag passt uns gut! Treffen wir uns um 16 Uhr am Rathaus? Ich bringe Glühwein in der Thermoskanne mit.\n\nBis dann\n{author}\n\n> Habt ihr Samstag Zeit für den Weihnachtsmarkt?',
    'AW: Wichtelliste\nHi {first},\n\nich habe dich für den Bücher-Wichtel eingetragen. Budget wie letztes Jahr 20 €, ausgelost wird am Freitag.\n\nLG\n{author}',
  ],
  'list-reply': [
    '[radtreff-kassel] Re: Licht für den Winter\nIch fahre die Frontlampe aus der letzten Sammelbestellung jetzt den zweiten Winter, sie hält gut. Einmal pro Woche laden reicht.\n\n{author}\n\n_______________________________________________\nradtreff-kassel Mailingliste\nAbmelden: {link}',
    '[hobbybrauer] Re: Hefe für ein Winterbier\nKann ich bestätigen – bei 18 °C langsam vergoren hatte ich deutlich weniger Fehlaromen.\n\n-- \n{author}\n\nSie sind in der Liste hobbybrauer eingetragen. Abmelden: {link}',
  ],
  'ticket-reply': [
    'AW: [#{ticket}] {subject}\nHallo {first},\n\ndanke für Ihre Geduld. Zu Ticket #{ticket}: Der Paketdienst hat bestätigt, dass Ihr Paket im Depot lag; es wird morgen zugestellt. Kommt es nicht an, antworten Sie einfach auf diese E-Mail, dann schicken wir Ersatz.\n\nFreundliche Grüße\n{agent}\n{brand} Kundenservice',
    '[{brand}] Neuigkeiten zu Ihrer Anfrage #{ticket}\nHallo {first},\n\nIhre Retoure zu Ticket #{ticket} ist genehmigt. Das Etikett finden Sie hier: {link}. Die Erstattung erfolgt innerhalb von 5 Tagen nach Eingang.\n\nViele Grüße\n{agent}\n\n--- Ihre ursprüngliche Nachricht ---\n{subject}',
  ],
  'ticket-sent': [
    'Paket zu Bestellung {order} nicht angekommen\nHallo,\n\nmeine Bestellung {order} sollte am {earlier} kommen, ist aber nicht da, und die Sendungsverfolgung steht seit vier Tagen still. Können Sie beim Paketdienst nachfragen?\n\nDanke und Gruß\n{me}',
    'Rücksendung Bestellung {order}\nGuten Tag,\n\ndie Jacke aus Bestellung {order} ist zu klein. Ich möchte sie zurückschicken und den Betrag erstattet bekommen. Wie erhalte ich ein Retourenetikett?\n\nMit freundlichen Grüßen\n{me}',
  ],
  order: [
    'Bestellbestätigung Nr. {order}\nVielen Dank für Ihre Bestellung, {first}!\n\nBestellung {order} vom {today}\n{item} 1x  {price} €\nVersand: Standard (2-4 Werktage)\nGesamt: {amount} €\n\nSobald Ihre Bestellung versendet wird, erhalten Sie eine E-Mail. Bestellung ansehen: {link}\n\n{brand}',
    'Wir haben deine Bestellung {order} erhalten 🎁\nHallo {first},\n\nsuper Wahl! Deine Bestellung {order} wird gerade gepackt. Bezahlt mit Visa **{last4}: {amount} €.\n\nStatus im Kundenkonto: {link}',
  ],
  shipping: [
    'Ihre Bestellung {order} ist unterwegs\nHallo {first},\n\nIhre Bestellung wurde an {carrier} übergeben. Sendungsnummer: {track}. Voraussichtliche Zustellung: {date}.\n\nSendung verfolgen: {link}\n\n{brand}',
    'Versandt: {item} und 1 weiterer Artikel\nIhr {brand} Paket hat heute unser Lager verlassen.\nVersanddienstleister: {carrier}\nSendungsnummer: {track}\nZustellung: {date}\n\nBestellung {order} ansehen: {link}',
  ],
  delivery: [
    'Ihr Paket von {shop} kommt heute\n{brand}\n\nHallo {first}, Ihre Sendung {track} ist in Zustellung und kommt zwischen 10:15 und 12:15 Uhr. Nicht zu Hause? Wählen Sie einen Nachbarn oder Ablageort: {link}',
    'Zugestellt: Sendung {track}\n{brand}\n\nIhre Sendung wurde um 14:32 Uhr an den Empfänger übergeben. PLZ: {postcode}. Zustellfoto: {link}\n\nFragen zum Inhalt? Wenden Sie sich an {shop}.',
  ],
  refund: [
    'Ihre Erstattung für Bestellung {order} ist veranlasst\nHallo {first},\n\nIhre Rücksendung ist eingegangen. Wir haben {amount} € auf Ihre Visa **{last4} erstattet. Die Gutschrift kann 3-5 Werktage dauern.\n\nRetoure ansehen: {link}\n\n{brand} Retourenservice',
    'Rücksendung eingegangen – Bestellung {order}\nHallo {first},\n\nIhre Rücksendung von {item} ist am {today} bei uns eingegangen. Nach Prüfung erstatten wir {amount} € innerhalb von 5 Tagen.\n\n{brand}',
  ],
  card: [
    'Kartenzahlung über {amount} € bei {shop}\n{brand} Bank\n\nMit Ihrer Debitkarte **{last4} wurde am {today} eine Zahlung über {amount} € bei {shop} getätigt. Kennen Sie die Zahlung nicht? Sperren Sie die Karte in der App und rufen Sie uns an.',
    'Neue Online-Zahlung mit Karte **{last4}\nHallo {first},\n\nneue Online-Zahlung: {amount} € an {shop}. Verfügbarer Betrag: {balance} €.\n\nAlle Umsätze in der {brand} App.',
  ],
}
