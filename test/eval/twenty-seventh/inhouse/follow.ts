// Second mails some companies send minutes after the first: a follow-up on the ticket, a
// reminder to verify, a nudge to confirm, a notice that a reset link was sent again.
import type { Lang } from '../../types.ts'
import type { Family, Wording } from '../products/types.ts'
import { w } from './types.ts'

export const FOLLOW: Record<Lang, Record<Family, Wording>> = {
  en: {
    helpdesk: w('Ticket {num} assigned', 'Good news: {p}, your ticket is now with an agent.'),
    verification: w('Reminder: verify your email', 'Your account is waiting. Verify here: {link}'),
    subscription: w('Still interested in {list}?', 'We have not heard back. Confirm here: {link}'),
    reset: w('Your reset link was sent again', 'A fresh link, valid 30 minutes: {link}'),
  },
  de: {
    helpdesk: w(
      'Ticket {num} zugewiesen',
      'Gute Nachricht, {p}: Ein Mitarbeiter bearbeitet jetzt Ihr Ticket.',
    ),
    verification: w('Erinnerung: E-Mail bestätigen', 'Dein Konto wartet noch. Bestätigen: {link}'),
    subscription: w(
      'Noch Interesse an {list}?',
      'Wir haben noch keine Bestätigung. Hier klicken: {link}',
    ),
    reset: w('Link erneut gesendet', 'Ein neuer Link, 30 Minuten gültig: {link}'),
  },
  fr: {
    helpdesk: w('Ticket {num} attribué', 'Bonne nouvelle {p} : un conseiller a pris votre ticket.'),
    verification: w('Rappel : vérifiez votre e-mail', 'Votre compte attend. Vérifier : {link}'),
    subscription: w(
      'Toujours partant pour {list} ?',
      'Pas encore de confirmation. Cliquez ici : {link}',
    ),
    reset: w('Lien renvoyé', 'Un nouveau lien, valable 30 minutes : {link}'),
  },
  es: {
    helpdesk: w('Caso {num} asignado', 'Buenas noticias, {p}: un agente ya tiene tu caso.'),
    verification: w('Recordatorio: verifica tu correo', 'Tu cuenta te espera. Verificar: {link}'),
    subscription: w('¿Sigues interesado en {list}?', 'Aún no confirmaste. Aquí: {link}'),
    reset: w('Enlace reenviado', 'Un enlace nuevo, válido 30 minutos: {link}'),
  },
  pt: {
    helpdesk: w('Ticket {num} atribuído', 'Boa notícia, {p}: um atendente já pegou o seu caso.'),
    verification: w('Lembrete: verifique o e-mail', 'Sua conta está à espera. Verificar: {link}'),
    subscription: w('Ainda quer a {list}?', 'Ainda não confirmou. Clique aqui: {link}'),
    reset: w('Link reenviado', 'Um link novo, válido 30 minutos: {link}'),
  },
  it: {
    helpdesk: w(
      'Ticket {num} assegnato',
      'Buone notizie {p}: un operatore ha preso il tuo ticket.',
    ),
    verification: w(
      'Promemoria: verifica la tua email',
      'Il tuo account ti aspetta. Verifica: {link}',
    ),
    subscription: w('Ti interessa ancora {list}?', 'Non hai ancora confermato. Clicca qui: {link}'),
    reset: w('Link inviato di nuovo', 'Un nuovo link, valido 30 minuti: {link}'),
  },
  nl: {
    helpdesk: w(
      'Ticket {num} toegewezen',
      'Goed nieuws, {p}: een medewerker heeft je ticket opgepakt.',
    ),
    verification: w('Herinnering: bevestig je e-mail', 'Je account wacht nog. Bevestigen: {link}'),
    subscription: w(
      'Nog steeds interesse in {list}?',
      'We hebben nog geen bevestiging. Klik hier: {link}',
    ),
    reset: w('Link opnieuw verstuurd', 'Een nieuwe link, 30 minuten geldig: {link}'),
  },
}
