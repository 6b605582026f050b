// Short wordings: a subject of one to three words or only a number, and a body of one or two
// short sentences (a quarter of the wave mail).
import type { Lang } from '../../types.ts'
import type { Family, Wording } from '../products/types.ts'
import { w } from './types.ts'

export const SHORT: Record<Lang, Record<Family, readonly Wording[]>> = {
  en: {
    helpdesk: [
      w('{num}', 'Got it, {p}. We will reply soon.'),
      w('Received', 'Thanks! Ticket {num}.'),
      w('Ticket created', 'We are on it.'),
    ],
    verification: [
      w('{code}', 'Your code. Valid 10 minutes.'),
      w('Verify email', 'Tap to verify: {link}'),
    ],
    subscription: [w('Confirm?', 'Tap to join {list}: {link}'), w('{list}', 'One click: {link}')],
    reset: [w('{code}', 'Use this to sign in.'), w('Password reset', 'Reset link: {link}')],
  },
  de: {
    helpdesk: [
      w('{num}', 'Danke, {p}. Wir melden uns.'),
      w('Erhalten', 'Danke! Ticket {num}.'),
      w('Ticket erstellt', 'Wir kümmern uns.'),
    ],
    verification: [
      w('{code}', 'Dein Code. 10 Minuten gültig.'),
      w('E-Mail bestätigen', 'Hier klicken: {link}'),
    ],
    subscription: [
      w('Bestätigen?', 'Ein Klick für {list}: {link}'),
      w('{list}', 'Kurz bestätigen: {link}'),
    ],
    reset: [w('{code}', 'Damit meldest du dich an.'), w('Neues Passwort', 'Link: {link}')],
  },
  fr: {
    helpdesk: [
      w('{num}', 'Bien reçu, {p}. Réponse bientôt.'),
      w('Reçu', 'Merci ! Ticket {num}.'),
      w('Ticket créé', 'On s’en occupe.'),
    ],
    verification: [
      w('{code}', 'Votre code. Valable 10 minutes.'),
      w('Vérifier l’e-mail', 'Cliquez ici : {link}'),
    ],
    subscription: [
      w('Confirmer ?', 'Un clic pour {list} : {link}'),
      w('{list}', 'Validez ici : {link}'),
    ],
    reset: [w('{code}', 'Pour vous connecter.'), w('Mot de passe', 'Lien : {link}')],
  },
  es: {
    helpdesk: [
      w('{num}', 'Recibido, {p}. Te escribimos pronto.'),
      w('Recibido', '¡Gracias! Caso {num}.'),
      w('Ticket abierto', 'Ya lo estamos mirando.'),
    ],
    verification: [
      w('{code}', 'Tu código. Vale 10 minutos.'),
      w('Verificar correo', 'Pulsa aquí: {link}'),
    ],
    subscription: [
      w('¿Confirmas?', 'Un clic para {list}: {link}'),
      w('{list}', 'Confírmalo: {link}'),
    ],
    reset: [w('{code}', 'Para entrar.'), w('Contraseña', 'Enlace: {link}')],
  },
  pt: {
    helpdesk: [
      w('{num}', 'Recebido, {p}. Já respondemos.'),
      w('Recebido', 'Obrigado! Ticket {num}.'),
      w('Pedido aberto', 'Estamos a tratar.'),
    ],
    verification: [
      w('{code}', 'Seu código. Vale 10 minutos.'),
      w('Verificar e-mail', 'Clique: {link}'),
    ],
    subscription: [
      w('Confirma?', 'Um clique para a {list}: {link}'),
      w('{list}', 'Confirme: {link}'),
    ],
    reset: [w('{code}', 'Para entrar na conta.'), w('Nova senha', 'Link: {link}')],
  },
  it: {
    helpdesk: [
      w('{num}', 'Ricevuto, {p}. Ti rispondiamo presto.'),
      w('Ricevuto', 'Grazie! Ticket {num}.'),
      w('Ticket aperto', 'Ci stiamo lavorando.'),
    ],
    verification: [
      w('{code}', 'Il tuo codice. Vale 10 minuti.'),
      w('Verifica email', 'Clicca: {link}'),
    ],
    subscription: [w('Confermi?', 'Un clic per {list}: {link}'), w('{list}', 'Conferma: {link}')],
    reset: [w('{code}', 'Per accedere.'), w('Nuova password', 'Link: {link}')],
  },
  nl: {
    helpdesk: [
      w('{num}', 'Ontvangen, {p}. We reageren snel.'),
      w('Ontvangen', 'Dank! Ticket {num}.'),
      w('Ticket aangemaakt', 'We gaan ermee aan de slag.'),
    ],
    verification: [
      w('{code}', 'Je code. 10 minuten geldig.'),
      w('E-mail bevestigen', 'Klik hier: {link}'),
    ],
    subscription: [
      w('Bevestigen?', 'Eén klik voor {list}: {link}'),
      w('{list}', 'Even bevestigen: {link}'),
    ],
    reset: [w('{code}', 'Hiermee log je in.'), w('Wachtwoord', 'Link: {link}')],
  },
}
