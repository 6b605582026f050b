// Hand-written double opt-in mails in each list's own voice: newsletters, shops, clubs, blogs,
// podcasts and local businesses; many subjects never say "confirm".
import { w, type ByLang } from './types.ts'

export const HAND_SUBSCRIPTION: ByLang = {
  en: [
    w(
      'One more step 👋',
      'Hey {p}, tap the button to start getting {list} on Sundays.\n[ Yes, count me in ] {link}',
    ),
    w(
      'Is this you?',
      'Someone signed this address up for the {list} podcast notes. If it was you, say yes: {link}',
    ),
    w(
      '{list}',
      'Thanks for joining the {brand} bakery list! Please click once to make it official: {link}',
    ),
  ],
  de: [
    w(
      'Fast geschafft!',
      'Hallo {p}, nur noch ein Klick und du bekommst den {list} jeden Freitag: {link}',
    ),
    w(
      '{list} – bist du dabei?',
      'Unser Vereinsbrief kommt einmal im Monat. Bitte bestätige kurz deine Adresse: {link}',
    ),
    w(
      '📬 Noch ein Schritt',
      'Danke für dein Interesse am Blog von {brand}. Klick hier, damit wir dir schreiben dürfen: {link}',
    ),
  ],
  fr: [
    w(
      'Encore une petite étape',
      'Bonjour {p}, cliquez ici pour recevoir {list} chaque semaine : {link}',
    ),
    w(
      'C’est bien vous ?',
      'Cette adresse a été inscrite à la lettre du club {brand}. Si c’est vous, validez ici : {link}',
    ),
    w(
      '{list} 🥐',
      'Merci de suivre la boulangerie ! Un clic et vous recevrez nos fournées spéciales : {link}',
    ),
  ],
  es: [
    w('¡Ya casi estás!', 'Hola {p}, pulsa aquí para recibir {list} cada lunes: {link}'),
    w(
      '¿Eres tú?',
      'Alguien apuntó este correo al podcast {list}. Si fuiste tú, dinos que sí: {link}',
    ),
    w('{list}', 'Gracias por unirte a la lista de la tienda {brand}. Un clic y listo: {link}'),
  ],
  pt: [
    w('Só falta um passo ✉️', 'Olá {p}, clique para começar a receber a {list}: {link}'),
    w(
      'É você mesmo?',
      'Este e-mail foi inscrito no blog {list}. Se foi você, confirme aqui: {link}',
    ),
    w(
      '{list}',
      'Obrigado por se juntar ao clube {brand}! Valide o seu endereço com um clique: {link}',
    ),
  ],
  it: [
    w('Ci siamo quasi!', 'Ciao {p}, clicca qui per ricevere {list} ogni settimana: {link}'),
    w(
      'Sei tu?',
      'Questo indirizzo è stato iscritto al podcast {list}. Se sei tu, conferma: {link}',
    ),
    w(
      '{list} 🍕',
      'Grazie per seguire la pizzeria {brand}! Un clic e ti mandiamo le novità: {link}',
    ),
  ],
  nl: [
    w('Nog één stapje', 'Hoi {p}, klik hier om {list} elke week te ontvangen: {link}'),
    w(
      'Ben jij dit?',
      'Dit adres is aangemeld voor de clubbrief van {brand}. Klopt dat? Klik dan hier: {link}',
    ),
    w('{list} 🚲', 'Leuk dat je de nieuwsbrief van de fietsenmaker wilt. Even bevestigen: {link}'),
  ],
}
