// Composition blocks for en, de, fr and es, written for this set (several everyday phrasings of
// "request" and "received" per language, as companies really vary them).
import { alts, type Blocks } from './blocks-types.ts'

export const EN: Blocks = {
  greet: alts('Hi {name}, ~ Hello {name}, ~ Dear {name}, ~ Hey {name}! ~ Good day,'),
  subject: {
    helpdesk: alts(
      'We’ve received your enquiry ~ Your request #{ref} ~ {company} support: {topic} ~ Thanks for contacting {company}',
    ),
    verification: alts(
      'Verify your email for {company} ~ Confirm your {company} account ~ Your {company} verification code',
    ),
    subscription: alts(
      'Confirm your subscription to {company} ~ Please confirm your email ~ {company}: one more step',
    ),
    reset: alts('Your password reset link ~ {company} password request ~ Sign in to {company}'),
  },
  sentence: {
    helpdesk: alts(
      'Your enquiry has reached our support desk. ~ We have logged your request under #{ref}. ~ This confirms we got your note about "{topic}".',
    ),
    verification: alts(
      'Please confirm that {email} is your address. ~ Your verification code is {code}. ~ Thanks for creating an account with us.',
    ),
    subscription: alts(
      'We received a request to add {email} to our mailing list. ~ Thanks for your interest in our newsletter.',
    ),
    reset: alts(
      'Someone asked to reset the password on your account. ~ Here is the sign-in code you asked for: {code}. ~ We received a password change request for {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'We aim to reply within 24 hours. ~ An agent will be in touch soon. ~ You can follow progress at {link}.',
    ),
    verification: alts(
      'Confirm here: {link} ~ The code is valid for 15 minutes. ~ Activate your account: {link}',
    ),
    subscription: alts('Confirm your subscription: {link} ~ Click to confirm: {link}'),
    reset: alts(
      'Set a new password: {link} ~ The link is valid for one hour: {link} ~ Enter the code within 10 minutes.',
    ),
  },
  close: alts('Best regards, {company} ~ The {company} team ~ Thanks, {company} Support ~ Cheers!'),
  follow: {
    helpdesk:
      'Update on your request #{ref} | Just a quick note: your request is still open and in our queue. We will reply soon.',
    verification:
      'Reminder: verify your {company} account | You have not confirmed your email yet. The link is still valid: {link}',
    subscription:
      'Did you forget to confirm? | Your {company} subscription is waiting for confirmation: {link}',
    reset:
      'Your password was not changed | We noticed you asked for a reset but have not set a new password yet: {link}',
  },
}

export const DE: Blocks = {
  greet: alts('Hallo {name}, ~ Guten Tag {name}, ~ Sehr geehrte/r {name}, ~ Hi {name}! ~ Moin,'),
  subject: {
    helpdesk: alts(
      'Ihre Anfrage ist eingegangen ~ Ticket #{ref} ~ {company}: {topic} ~ Danke für Ihre Nachricht',
    ),
    verification: alts(
      'Bestätigen Sie Ihre E-Mail-Adresse ~ Dein {company}-Konto aktivieren ~ Ihr Code für {company}',
    ),
    subscription: alts(
      'Newsletter-Anmeldung bestätigen ~ Bitte bestätige dein Abo ~ {company}: noch ein Schritt',
    ),
    reset: alts(
      'Link zum Zurücksetzen Ihres Passworts ~ Passwortanfrage bei {company} ~ Anmeldung bei {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'Ihre Anfrage ist bei unserem Kundenservice eingegangen. ~ Wir haben Ihr Anliegen unter #{ref} aufgenommen. ~ Deine Nachricht zu „{topic}“ liegt uns vor.',
    ),
    verification: alts(
      'Bitte bestätigen Sie, dass {email} Ihre Adresse ist. ~ Dein Bestätigungscode lautet {code}. ~ Danke für deine Registrierung.',
    ),
    subscription: alts(
      'Wir haben eine Anmeldung von {email} für unseren Newsletter erhalten. ~ Schön, dass du unseren Newsletter lesen möchtest.',
    ),
    reset: alts(
      'Für Ihr Konto wurde ein neues Passwort angefordert. ~ Hier ist dein Anmeldecode: {code}. ~ Wir haben eine Passwortänderung für {email} erhalten.',
    ),
  },
  next: {
    helpdesk: alts(
      'Wir antworten in der Regel innerhalb von 24 Stunden. ~ Ein Mitarbeiter meldet sich bald. ~ Den Stand sehen Sie unter {link}.',
    ),
    verification: alts(
      'Hier bestätigen: {link} ~ Der Code gilt 15 Minuten. ~ Konto aktivieren: {link}',
    ),
    subscription: alts('Anmeldung bestätigen: {link} ~ Zum Bestätigen klicken: {link}'),
    reset: alts(
      'Neues Passwort festlegen: {link} ~ Der Link ist eine Stunde gültig: {link} ~ Gib den Code innerhalb von 10 Minuten ein.',
    ),
  },
  close: alts(
    'Viele Grüße, {company} ~ Ihr {company}-Team ~ Mit freundlichen Grüßen, {company} Kundenservice ~ Bis bald!',
  ),
  follow: {
    helpdesk:
      'Zwischenstand zu Ihrer Anfrage #{ref} | Kurze Info: Ihre Anfrage ist noch offen und in Bearbeitung. Wir melden uns bald.',
    verification:
      'Erinnerung: Konto bei {company} bestätigen | Du hast deine E-Mail-Adresse noch nicht bestätigt. Der Link gilt weiterhin: {link}',
    subscription:
      'Bestätigung noch offen | Ihr Newsletter-Abo bei {company} wartet noch auf Ihre Bestätigung: {link}',
    reset:
      'Ihr Passwort wurde noch nicht geändert | Sie haben ein neues Passwort angefordert, aber noch keins gesetzt: {link}',
  },
}

export const FR: Blocks = {
  greet: alts(
    'Bonjour {name}, ~ Salut {name} ! ~ Madame, Monsieur {name}, ~ Cher client, ~ Bonsoir {name},',
  ),
  subject: {
    helpdesk: alts(
      'Votre demande a bien été reçue ~ Demande n° {ref} ~ {company} : {topic} ~ Merci de nous avoir contactés',
    ),
    verification: alts(
      'Vérifiez votre adresse e-mail ~ Activez votre compte {company} ~ Votre code {company}',
    ),
    subscription: alts(
      'Confirmez votre inscription ~ Validez votre abonnement à {company} ~ {company} : encore une étape',
    ),
    reset: alts(
      'Votre lien de réinitialisation ~ Demande de mot de passe {company} ~ Connexion à {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'Votre requête est arrivée à notre service client. ~ Nous avons enregistré votre sollicitation sous le n° {ref}. ~ Ton message sur « {topic} » nous est bien parvenu.',
    ),
    verification: alts(
      'Merci de confirmer que {email} est bien votre adresse. ~ Votre code de vérification est {code}. ~ Merci d’avoir créé un compte.',
    ),
    subscription: alts(
      'Nous avons reçu une demande d’inscription de {email} à notre lettre d’information. ~ Merci de votre intérêt pour notre newsletter.',
    ),
    reset: alts(
      'Une demande de nouveau mot de passe a été faite pour votre compte. ~ Voici le code demandé : {code}. ~ Nous avons reçu une demande de changement de mot de passe pour {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'Nous répondons généralement sous 24 h. ~ Un conseiller vous contactera bientôt. ~ Suivez votre demande sur {link}.',
    ),
    verification: alts(
      'Confirmer : {link} ~ Le code est valable 15 minutes. ~ Activer le compte : {link}',
    ),
    subscription: alts('Confirmer l’inscription : {link} ~ Cliquez pour valider : {link}'),
    reset: alts(
      'Choisir un nouveau mot de passe : {link} ~ Lien valable une heure : {link} ~ Saisissez le code dans les 10 minutes.',
    ),
  },
  close: alts(
    'Cordialement, {company} ~ L’équipe {company} ~ Bien à vous, le service client ~ À bientôt !',
  ),
  follow: {
    helpdesk:
      'Suivi de votre demande n° {ref} | Votre demande est toujours en cours de traitement. Nous revenons vers vous rapidement.',
    verification:
      'Rappel : confirmez votre compte {company} | Votre adresse n’est pas encore confirmée. Le lien reste valable : {link}',
    subscription:
      'Vous avez oublié de confirmer ? | Votre abonnement {company} attend votre confirmation : {link}',
    reset:
      'Votre mot de passe n’a pas été modifié | Vous avez demandé une réinitialisation sans la terminer : {link}',
  },
}

export const ES: Blocks = {
  greet: alts(
    'Hola {name}: ~ ¡Hola, {name}! ~ Estimado/a {name}: ~ Buenas, {name}, ~ Querido cliente:',
  ),
  subject: {
    helpdesk: alts(
      'Hemos recibido tu petición ~ Incidencia #{ref} ~ {company}: {topic} ~ Gracias por contactarnos',
    ),
    verification: alts(
      'Verifica tu correo electrónico ~ Activa tu cuenta de {company} ~ Tu código de {company}',
    ),
    subscription: alts(
      'Confirma tu suscripción ~ Confirma tu alta en el boletín ~ {company}: un paso más',
    ),
    reset: alts(
      'Enlace para restablecer tu contraseña ~ Petición de contraseña en {company} ~ Accede a {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'Tu petición ha llegado a nuestro equipo de atención. ~ Hemos dado de alta tu incidencia con el número {ref}. ~ Nos ha llegado tu consulta sobre «{topic}». ~ Su solicitud ha sido recibida correctamente.',
    ),
    verification: alts(
      'Confirma que {email} es tu dirección. ~ Tu código de verificación es {code}. ~ Gracias por darte de alta.',
    ),
    subscription: alts(
      'Hemos recibido una solicitud para apuntar {email} a nuestra lista. ~ Gracias por tu interés en nuestro boletín.',
    ),
    reset: alts(
      'Alguien ha pedido restablecer la contraseña de tu cuenta. ~ Aquí tienes el código que pediste: {code}. ~ Hemos recibido un pedido de cambio de contraseña para {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'Solemos responder en 24 horas. ~ Un agente te escribirá pronto. ~ Consulta el estado en {link}.',
    ),
    verification: alts('Confirmar: {link} ~ El código vale 15 minutos. ~ Activar cuenta: {link}'),
    subscription: alts('Confirmar suscripción: {link} ~ Pulsa para confirmar: {link}'),
    reset: alts(
      'Crear nueva contraseña: {link} ~ El enlace vale una hora: {link} ~ Introduce el código antes de 10 minutos.',
    ),
  },
  close: alts(
    'Saludos, {company} ~ El equipo de {company} ~ Un saludo, Atención al Cliente ~ ¡Hasta pronto!',
  ),
  follow: {
    helpdesk:
      'Seguimos con tu petición #{ref} | Tu caso sigue abierto y lo estamos revisando. Te escribimos en breve.',
    verification:
      'Recordatorio: verifica tu cuenta de {company} | Aún no has confirmado tu correo. El enlace sigue activo: {link}',
    subscription: '¿Te olvidaste de confirmar? | Tu suscripción a {company} está pendiente: {link}',
    reset:
      'Tu contraseña no se ha cambiado | Pediste restablecerla pero aún no has elegido una nueva: {link}',
  },
}
