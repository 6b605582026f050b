// Important mail written for this set (it, nl, sv, pl); see notices-a.ts.
import type { Notice } from './notice.ts'

export const NOTICES_B: Record<'it' | 'nl' | 'sv' | 'pl', readonly Notice[]> = {
  it: [
    [
      'Banca Lariana <avvisi@bancalariana.example>',
      'Pagamento con carta di {amount} €',
      'È stato effettuato un pagamento di {amount} € con la carta che termina con 6604 presso ESSELUNGA. Se non lo riconosci, blocca la carta.',
    ],
    [
      'Pagamì <servizio@pagami.example>',
      'Hai ricevuto {amount} € da Marco Benedetti',
      'Marco Benedetti ti ha inviato {amount} €. Riferimento {ref}.',
    ],
    [
      'Pagamì <servizio@pagami.example>',
      'Ricevuta del pagamento a Acque Brianza',
      'Hai pagato {amount} € ad Acque Brianza. Ricevuta {ref}.',
    ],
    [
      'Account Fiora <sicurezza@fiora.example>',
      'La tua password è stata modificata',
      'La password del tuo account Fiora è stata modificata. Se non sei stato tu, reimpostala subito.',
    ],
    [
      'Account Fiora <sicurezza@fiora.example>',
      'Nuovo accesso al tuo account',
      'Nuovo accesso da un PC Windows a Torino. Se non eri tu, proteggi il tuo account.',
    ],
    [
      'Bottega Corallo <ordini@corallo.example>',
      'Il tuo ordine {ref} è stato spedito',
      'Il tuo ordine {ref} è in viaggio. Totale {amount} €. Consegna prevista domani.',
    ],
  ],
  nl: [
    [
      'Polderbank <meldingen@polderbank.example>',
      'Betaling met je pas van € {amount}',
      'Met je betaalpas eindigend op 2287 is € {amount} betaald bij ALBERT HEIJN. Herken je dit niet? Blokkeer je pas.',
    ],
    [
      'Betaalmee <service@betaalmee.example>',
      'Je hebt € {amount} ontvangen van Sanne de Groot',
      'Sanne de Groot heeft je € {amount} gestuurd. Kenmerk {ref}.',
    ],
    [
      'Betaalmee <service@betaalmee.example>',
      'Betaalbewijs voor Waterbedrijf Dijkland',
      'Je hebt € {amount} betaald aan Waterbedrijf Dijkland. Betaalbewijs {ref}.',
    ],
    [
      'Mijn Veldo <beveiliging@veldo.example>',
      'Tweestapsverificatie uitgeschakeld',
      'Tweestapsverificatie is uitgeschakeld voor je Veldo-account. Was jij dit niet? Zet het direct weer aan.',
    ],
    [
      'Mijn Veldo <beveiliging@veldo.example>',
      'Nieuwe aanmelding op je account',
      'Nieuwe aanmelding vanaf een iPad in Utrecht. Was jij dit niet, beveilig dan je account.',
    ],
    [
      'Winkel Duinroos <bestellingen@duinroos.example>',
      'Je bestelling {ref} is verzonden',
      'Je bestelling {ref} is onderweg. Totaal € {amount}. Verwachte bezorging morgen.',
    ],
  ],
  sv: [
    [
      'Norrbanken <avisering@norrbanken.example>',
      'Kortköp på {amount} kr',
      'Ditt kort som slutar på 9143 har använts för {amount} kr hos ICA MAXI. Känner du inte igen köpet, spärra kortet.',
    ],
    [
      'Swishly <service@swishly.example>',
      'Du har fått {amount} kr från Oskar Holm',
      'Oskar Holm har skickat {amount} kr till dig. Referens {ref}.',
    ],
    [
      'Swishly <service@swishly.example>',
      'Kvitto på din betalning till Mälarenergi Väst',
      'Du har betalat {amount} kr till Mälarenergi Väst. Kvittonummer {ref}.',
    ],
    [
      'Konto Stjärnfall <sakerhet@stjarnfall.example>',
      'Ditt lösenord har ändrats',
      'Lösenordet för ditt konto har just ändrats. Om det inte var du, återställ det omedelbart.',
    ],
    [
      'Konto Stjärnfall <sakerhet@stjarnfall.example>',
      'Tvåstegsverifiering aktiverad',
      'Tvåstegsverifiering har aktiverats för ditt konto. Om det inte var du, kontakta oss.',
    ],
    [
      'Butik Fjällsol <order@fjallsol.example>',
      'Din order {ref} har skickats',
      'Din order {ref} är på väg. Totalt {amount} kr. Leverans beräknas i morgon.',
    ],
  ],
  pl: [
    [
      'Bank Wiślany <powiadomienia@bankwislany.example>',
      'Płatność kartą na kwotę {amount} zł',
      'Kartą kończącą się na 4409 zapłacono {amount} zł w BIEDRONKA. Jeśli nie rozpoznajesz transakcji, zastrzeż kartę.',
    ],
    [
      'Płacimy <obsluga@placimy.example>',
      'Otrzymałeś {amount} zł od Piotra Nowaka',
      'Piotr Nowak przesłał Ci {amount} zł. Numer transakcji {ref}.',
    ],
    [
      'Płacimy <obsluga@placimy.example>',
      'Potwierdzenie płatności dla Wodociągi Mazowsze',
      'Zapłaciłeś {amount} zł na rzecz Wodociągi Mazowsze. Numer potwierdzenia {ref}.',
    ],
    [
      'Konto Zorza <bezpieczenstwo@zorza.example>',
      'Nowe logowanie na Twoje konto',
      'Wykryliśmy nowe logowanie z komputera w Poznaniu. Jeśli to nie Ty, zabezpiecz konto.',
    ],
    [
      'Konto Zorza <bezpieczenstwo@zorza.example>',
      'Twoje hasło zostało zmienione',
      'Hasło do Twojego konta zostało właśnie zmienione. Jeśli to nie Ty, natychmiast je zresetuj.',
    ],
    [
      'Sklep Bursztyn <zamowienia@bursztyn.example>',
      'Twoje zamówienie {ref} zostało wysłane',
      'Twoje zamówienie {ref} jest w drodze. Razem {amount} zł. Dostawa przewidywana jutro.',
    ],
  ],
}
