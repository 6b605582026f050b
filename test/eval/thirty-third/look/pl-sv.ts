// Polish and Swedish look-alike texts (the households' other languages), written for this set.
import type { LookTexts } from './types.ts'

export const PL: LookTexts = {
  newsletter: [
    'Jesienna wyprzedaż: -20% na swetry 🍂 || Newsletter {brand}. Darmowe zwroty do {date}. Wypisz się na dole.',
    'Twoja niedzielna lektura || Pięć artykułów od {brand}. Subskrybujesz od 2022.',
  ],
  social: [
    '{from} skomentował(a) Twoje zdjęcie || „Piękne!” — odpowiedz na {brand}.',
    'Masz 3 nowych obserwujących || {from} i 2 inne osoby obserwują Cię na {brand}.',
  ],
  ooo: [
    'Automatyczna odpowiedź: {orig} || Dziękuję za wiadomość. Jestem poza biurem do {date}.',
    'Nieobecność: {orig} || Jestem na urlopie do {date}.',
  ],
  code: [
    'Twój kod weryfikacyjny {brand} || Kod: {code}. Ważny 10 minut.',
    'Resetowanie hasła {brand} || Właśnie o to prosiłeś(-aś). Link ważny 30 minut.',
  ],
  ticket: [
    'Odp: [#{ref}] {orig} || Dzień dobry {first}, zgłoszenie #{ref}: część wyślemy jutro. Marta, {brand}',
    '[{brand}] Zgłoszenie {ref} rozwiązane || Twoje zgłoszenie {ref} „{orig}” zostało zamknięte.',
  ],
  shared: [
    '{from} udostępnił(a) Ci folder || „Zdjęcia {city}” — 48 plików w {brand}.',
    'Zaktualizowane zaproszenie: spotkanie o {time} || {from} zmienił(a) termin {date}.',
  ],
  booking: [
    'Przypomnienie o wizycie {date} o {time} || Przychodnia {brand}, {city}.',
    'Rezerwacja stolika potwierdzona || {brand}, {date}, {time}.',
  ],
  notice: [
    'Zebranie z rodzicami {date} || Szkoła Podstawowa {brand} zaprasza rodziców klasy 4.',
    'Zmiana godzin pracy urzędu || Urząd Gminy {brand}: od {date} w poniedziałki nieczynne.',
  ],
  app: [
    'Twój rok w {brand} 🎉 || 1204 godziny słuchania. Zobacz podsumowanie.',
    'Aktualizacja regulaminu || Od {date} obowiązuje nowy regulamin {brand}.',
  ],
  person: [
    'Odp: {orig} || Super, do soboty! Weź duży półmisek. {from}',
    'PD: {orig} || Przesyłam od taty, zerkniesz? {from}',
  ],
  receipt: [
    'Potwierdzenie płatności {brand} || Zapłacono {amount} kartą {date}. Nr {ref}.',
    'Wysłano przelew BLIK {amount} do {from} || Referencja {ref}. {brand}',
  ],
  bank: [
    'Transakcja kartą na {amount} w {brand} || Nie rozpoznajesz? Zastrzeż kartę.',
    'Nowe logowanie do {brand} || Nowe urządzenie w pobliżu {city} o {time}.',
  ],
  order: [
    'Twoja paczka {ref} jest w drodze || Doręczenie {date}. Śledź w {brand}.',
    'Paczka czeka w paczkomacie || {brand} {city}, kod odbioru {code}.',
  ],
  travel: [
    'Odprawa online otwarta: {city} || Lot {ref} {date}. {brand}',
    'Twoja karta pokładowa || Miejsce 14C. Bramka zamyka się 20 min przed odlotem.',
  ],
}

export const SV: LookTexts = {
  newsletter: [
    'Höstrea: 20 % på stickat 🍂 || Nyhetsbrev från {brand}. Fri retur till {date}. Avregistrera längst ner.',
    'Din söndagsläsning || Fem artiklar från {brand}. Prenumerant sedan 2022.',
  ],
  social: [
    '{from} kommenterade ditt foto || ”Så fint!” — svara på {brand}.',
    'Du har 3 nya följare || {from} och 2 till följer dig på {brand}.',
  ],
  ooo: [
    'Automatiskt svar: {orig} || Tack för ditt mejl. Jag är borta till {date}.',
    'Frånvaro: {orig} || Jag är föräldraledig till {date}.',
  ],
  code: [
    'Din verifieringskod för {brand} || Koden är {code}. Giltig i 10 minuter.',
    'Återställ ditt lösenord hos {brand} || Du bad om det nyss. Länken gäller 30 minuter.',
  ],
  ticket: [
    'SV: [#{ref}] {orig} || Hej {first}, ärende #{ref}: reservdelen skickas i morgon. Elin, {brand}',
    '[{brand}] Ärende {ref} löst || Ditt ärende {ref} ”{orig}” är avslutat.',
  ],
  shared: [
    '{from} delade en mapp med dig || ”Bilder {city}” — 48 objekt i {brand}.',
    'Uppdaterad inbjudan: mötet kl. {time} || {from} flyttade mötet {date}.',
  ],
  booking: [
    'Påminnelse: tid {date} kl. {time} || Vårdcentralen {brand}, {city}.',
    'Ditt bord är bokat || {brand}, {date} kl. {time}.',
  ],
  notice: [
    'Föräldramöte {date} || {brand} skola bjuder in vårdnadshavare i årskurs 4.',
    'Ändrade öppettider || {brand} kommun: stängt måndagar från {date}.',
  ],
  app: [
    'Ditt år på {brand} 🎉 || 1 204 timmar lyssnat. Se din sammanfattning.',
    'Vi uppdaterar våra villkor || Från {date} gäller nya villkor.',
  ],
  person: [
    'SV: {orig} || Toppen, ses på lördag! Ta med det stora fatet. {from}',
    'VB: {orig} || Vidarebefordrar från pappa, kan du kolla? {from}',
  ],
  receipt: [
    'Ditt kvitto från {brand} || {amount} betalt med kort {date}. Kvitto {ref}.',
    'Du swishade {amount} till {from} || Betalningen är klar. Ref {ref}.',
  ],
  bank: [
    'Kortköp på {amount} hos {brand} || Känner du inte igen köpet? Spärra kortet.',
    'Ny inloggning i {brand} || En ny enhet nära {city} kl. {time}.',
  ],
  order: [
    'Ditt paket {ref} är på väg || Leverans {date}. Spåra hos {brand}.',
    'Paketet kan hämtas || {brand} ombud i {city}, kod {code}.',
  ],
  travel: [
    'Incheckningen är öppen: {city} || Flyg {ref} {date}. {brand}',
    'Ditt boardingkort || Plats 14C. Gaten stänger 20 min före avgång.',
  ],
}
