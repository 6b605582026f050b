// Automatic replies to mail the person sent, codes and resets the person asked for, and replies on
// a ticket the person opened ({subject} is the person's sent subject, {ref} the ticket number).
import type { LookTexts } from './types.ts'

export const AUTO_REPLY: LookTexts = {
  en: [
    [
      'Automatic reply: {subject}',
      'I am out of the office until {day} with limited access to email. For urgent matters please contact the front desk.',
    ],
    [
      'Out of office Re: {subject}',
      'Thanks for your email. I am on leave and will reply when I am back on {day}.',
    ],
    [
      'Auto: {subject}',
      'This mailbox is not monitored on weekends. Your message will be read on Monday.',
    ],
  ],
  de: [
    [
      'Automatische Antwort: {subject}',
      'Ich bin bis {day} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Vertretung.',
    ],
    [
      'Abwesenheitsnotiz: {subject}',
      'Danke für Ihre Nachricht. Ich bin im Urlaub und ab {day} wieder erreichbar.',
    ],
    ['AW: {subject} (Abwesend)', 'Ich lese meine E-Mails erst wieder ab {day}.'],
  ],
  fr: [
    [
      'Réponse automatique : {subject}',
      'Je suis absente jusqu’au {day}. En cas d’urgence, contactez l’accueil.',
    ],
    [
      'Absence du bureau – {subject}',
      'Merci pour votre message. Je le traiterai à mon retour le {day}.',
    ],
    ['Auto : {subject}', 'Je suis en congé, réponse à partir du {day}.'],
  ],
  es: [
    [
      'Respuesta automática: {subject}',
      'Estoy fuera de la oficina hasta el {day}. Para urgencias, llame a recepción.',
    ],
    [
      'Fuera de la oficina: {subject}',
      'Gracias por tu correo. Estoy de vacaciones y responderé a la vuelta.',
    ],
    ['Auto: {subject}', 'Este buzón no se atiende en fin de semana.'],
  ],
  pt: [
    [
      'Resposta automática: {subject}',
      'Estou ausente até {day}. Para assuntos urgentes, contacte a receção.',
    ],
    [
      'Ausência temporária – {subject}',
      'Obrigado pela mensagem. Estou de férias e respondo quando voltar.',
    ],
    ['Fora do escritório: {subject}', 'Respondo a partir de {day}.'],
  ],
  it: [
    [
      'Risposta automatica: {subject}',
      'Sono fuori ufficio fino al {day}. Per urgenze contattare la segreteria.',
    ],
    ['Fuori sede – {subject}', 'Grazie per il messaggio, risponderò al mio rientro.'],
    ['Assente: {subject}', 'Leggerò la posta dal {day}.'],
  ],
  nl: [
    [
      'Automatisch antwoord: {subject}',
      'Ik ben afwezig tot en met {day}. Voor spoed kunt u de receptie bellen.',
    ],
    [
      'Afwezig: {subject}',
      'Dank voor je bericht. Ik ben op vakantie en reageer na mijn terugkomst.',
    ],
    ['Buiten kantoor – {subject}', 'Ik lees mijn mail weer vanaf {day}.'],
  ],
}

export const OWN_CODE: LookTexts = {
  en: [
    [
      '{code} is your {brand} verification code',
      'Hi {first}, you asked to sign in from Firefox on Windows. Enter {code}. It expires in 10 minutes. Not you? Change your password.',
    ],
    [
      'Your sign-in link',
      'Click to sign in to {brand}: {link}\nRequested from Safari on iPhone at {time}. The link expires in 15 minutes.',
    ],
    [
      'Reset your {brand} password',
      'We received a request from Chrome on macOS to reset your password. Reset it here within 1 hour: {link}',
    ],
  ],
  de: [
    [
      'Dein {brand} Code: {code}',
      'Hallo {first}, du hast dich gerade von Chrome unter Windows angemeldet. Code: {code} (10 Minuten gültig).',
    ],
    [
      'Ihr Anmeldelink',
      'Hier ist der Link, den Sie eben in der App angefordert haben: {link}\nGültig für 15 Minuten.',
    ],
    [
      'Passwort zurücksetzen bei {brand}',
      'Angefordert um {time} von Firefox. Link (1 Stunde gültig): {link}',
    ],
  ],
  fr: [
    [
      '{code} : votre code {brand}',
      'Bonjour {first}, demande de connexion depuis Chrome sur Android. Code valable 10 minutes : {code}',
    ],
    [
      'Votre lien de connexion',
      'Lien demandé à {time} depuis Safari : {link}\nIl expire dans 15 minutes.',
    ],
    [
      'Réinitialiser votre mot de passe {brand}',
      'Demande reçue depuis Firefox. Lien valable une heure : {link}',
    ],
  ],
  es: [
    [
      '{code} es tu código de {brand}',
      'Hola {first}, has pedido iniciar sesión desde Chrome en Android. Caduca en 10 minutos.',
    ],
    [
      'Tu enlace de acceso',
      'Lo solicitaste a las {time} desde Safari: {link}\nCaduca en 15 minutos.',
    ],
    [
      'Restablecer contraseña de {brand}',
      'Petición hecha desde Firefox en Windows. Enlace válido 1 hora: {link}',
    ],
  ],
  pt: [
    [
      '{code} é o seu código {brand}',
      'Olá {first}, pediu para iniciar sessão no Chrome em Android. Válido durante 10 minutos.',
    ],
    [
      'Seu link de acesso',
      'Solicitado às {time} pelo Safari no iPhone: {link}\nExpira em 15 minutos.',
    ],
    ['Redefinir senha {brand}', 'Pedido feito pelo Firefox. Link válido por 1 hora: {link}'],
  ],
  it: [
    [
      '{code} è il tuo codice {brand}',
      'Ciao {first}, hai chiesto di accedere da Chrome su Android. Scade tra 10 minuti.',
    ],
    ['Il tuo link di accesso', 'Richiesto alle {time} da Safari: {link}\nScade tra 15 minuti.'],
    ['Reimposta la password {brand}', 'Richiesta da Firefox su Windows. Link valido 1 ora: {link}'],
  ],
  nl: [
    [
      '{code} is je {brand}-code',
      'Hoi {first}, je wilde inloggen via Chrome op Android. De code verloopt over 10 minuten.',
    ],
    [
      'Je inloglink',
      'Aangevraagd om {time} via Safari op iPhone: {link}\nVerloopt over 15 minuten.',
    ],
    ['Wachtwoord herstellen bij {brand}', 'Verzoek vanuit Firefox. Link 1 uur geldig: {link}'],
  ],
}

export const TICKET_REPLY: LookTexts = {
  en: [
    [
      'Re: {subject} [#{ref}]',
      'Hi {first}, thanks for your patience. We checked ticket #{ref}: the refund was issued today and should show in 3-5 days.\n> {subject}\n{other}, {brand} Support',
    ],
    [
      '[{brand}] Ticket #{ref} updated',
      '{other} replied to your ticket #{ref} ("{subject}"): Could you send a photo of the label? Reply above this line.',
    ],
    ['Your case #{ref} is solved', 'We marked #{ref} "{subject}" as solved. Reply to reopen it.'],
  ],
  de: [
    [
      'AW: {subject} [Ticket #{ref}]',
      'Hallo {first}, zu Ihrem Ticket #{ref}: Der Ersatz ist unterwegs.\n> {subject}\nViele Grüße, {other}',
    ],
    [
      '[#{ref}] Neue Antwort',
      '{other} hat auf „{subject}“ geantwortet: Können Sie uns die Seriennummer schicken?',
    ],
    ['Ticket #{ref} gelöst', 'Wir haben „{subject}“ (#{ref}) als gelöst markiert.'],
  ],
  fr: [
    [
      'RE: {subject} [#{ref}]',
      'Bonjour {first}, concernant le ticket #{ref} : le remboursement a été effectué.\n> {subject}\n{other}',
    ],
    [
      '[#{ref}] Nouvelle réponse',
      '{other} a répondu à « {subject} » : pouvez-vous nous envoyer la facture ?',
    ],
    ['Ticket #{ref} résolu', 'Votre demande « {subject} » est résolue.'],
  ],
  es: [
    [
      'RE: {subject} [#{ref}]',
      'Hola {first}, sobre tu caso #{ref}: ya hemos enviado el repuesto.\n> {subject}\n{other}',
    ],
    ['[#{ref}] Nueva respuesta', '{other} ha respondido a «{subject}»: ¿nos envías una foto?'],
    ['Caso #{ref} resuelto', 'Hemos cerrado «{subject}». Responde para reabrirlo.'],
  ],
  pt: [
    [
      'RE: {subject} [#{ref}]',
      'Olá {first}, sobre o pedido #{ref}: o reembolso já foi processado.\n> {subject}\n{other}',
    ],
    ['[#{ref}] Nova resposta', '{other} respondeu a "{subject}": pode enviar o número de série?'],
    ['Chamado #{ref} resolvido', 'Marcamos "{subject}" como resolvido.'],
  ],
  it: [
    [
      'R: {subject} [#{ref}]',
      'Ciao {first}, per il ticket #{ref}: il rimborso è stato emesso.\n> {subject}\n{other}',
    ],
    ['[#{ref}] Nuova risposta', '{other} ha risposto a «{subject}»: ci mandi una foto?'],
    ['Ticket #{ref} risolto', 'Abbiamo chiuso «{subject}».'],
  ],
  nl: [
    [
      'RE: {subject} [#{ref}]',
      'Hoi {first}, over ticket #{ref}: de vervanging is verstuurd.\n> {subject}\n{other}',
    ],
    ['[#{ref}] Nieuw antwoord', '{other} reageerde op "{subject}": kun je een foto sturen?'],
    ['Ticket #{ref} opgelost', 'We hebben "{subject}" afgesloten.'],
  ],
}
