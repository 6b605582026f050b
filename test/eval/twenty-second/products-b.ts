// Product default wordings, subscription and reset families: written from memory of each
// product's documented default, in our own words (nothing pasted).
import { t, type Product } from './wording.ts'

// Mailchimp (mailchimp.com help "Double opt-in": the "Please Confirm Subscription" opt-in mail
// with its "Yes, subscribe me to this list." button and the "received this by mistake" line).
export const MAILCHIMP: Product = {
  family: 'subscription',
  product: 'Mailchimp',
  sender: 'hosted',
  texts: {
    en: t(
      '{company}: Please Confirm Subscription | Yes, subscribe me to this list: {link} // If you received this email by mistake, simply delete it. You will not be subscribed if you do not click the confirmation link above.',
    ),
    de: t(
      '{company}: Bitte Anmeldung bestätigen | Ja, ich möchte diese Liste abonnieren: {link} // Falls Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick werden Sie nicht eingetragen.',
    ),
    fr: t(
      '{company} : merci de confirmer votre inscription | Oui, inscrivez-moi à cette liste : {link} // Si vous avez reçu ce message par erreur, supprimez-le. Sans clic, vous ne serez pas inscrit.',
    ),
    es: t(
      '{company}: Confirma tu suscripción | Sí, suscribidme a esta lista: {link} // Si has recibido este correo por error, bórralo. Si no haces clic, no quedarás suscrito.',
    ),
    pt: t(
      '{company}: Confirme a sua subscrição | Sim, quero subscrever esta lista: {link} // Se recebeu este e-mail por engano, basta apagá-lo. Sem o clique não fica inscrito.',
    ),
    it: t(
      '{company}: conferma l’iscrizione | Sì, iscrivimi a questa lista: {link} // Se hai ricevuto questa email per errore, eliminala. Senza clic non verrai iscritto.',
    ),
    nl: t(
      '{company}: bevestig je inschrijving | Ja, schrijf me in op deze lijst: {link} // Heb je deze e-mail per vergissing ontvangen? Verwijder hem dan. Zonder klik word je niet ingeschreven.',
    ),
  },
}

// Shopify (help.shopify.com "Customer marketing confirmation" notification, used with double
// opt-in: confirm your email subscription to the store, with a confirm button).
export const SHOPIFY: Product = {
  family: 'subscription',
  product: 'Shopify',
  sender: 'own',
  texts: {
    en: t(
      'Confirm your email subscription | {company} // Thanks for subscribing! Confirm your email to hear about new arrivals and offers. // Confirm: {link}',
    ),
    de: t(
      'Bestätige dein E-Mail-Abonnement | {company} // Danke fürs Abonnieren! Bestätige deine E-Mail, um von Neuheiten und Angeboten zu erfahren. // Bestätigen: {link}',
    ),
    fr: t(
      'Confirmez votre abonnement aux e-mails | {company} // Merci de votre abonnement ! Confirmez votre e-mail pour recevoir nos nouveautés et offres. // Confirmer : {link}',
    ),
    es: t(
      'Confirma tu suscripción por correo | {company} // ¡Gracias por suscribirte! Confirma tu correo para conocer novedades y ofertas. // Confirmar: {link}',
    ),
    pt: t(
      'Confirme sua inscrição por e-mail | {company} // Obrigado por se inscrever! Confirme seu e-mail para saber das novidades e ofertas. // Confirmar: {link}',
    ),
    it: t(
      'Conferma la tua iscrizione email | {company} // Grazie per esserti iscritto! Conferma la tua email per ricevere novità e offerte. // Conferma: {link}',
    ),
    nl: t(
      'Bevestig je e-mailabonnement | {company} // Bedankt voor je inschrijving! Bevestig je e-mail om op de hoogte te blijven van nieuwe producten en aanbiedingen. // Bevestigen: {link}',
    ),
  },
}

// Sentry (self-hosted Sentry, sentry/templates/sentry/emails/recover_account: "Password
// Recovery", a request was received, the link, ignore it if it was not you).
export const SENTRY: Product = {
  family: 'reset',
  product: 'Sentry',
  sender: 'own',
  texts: {
    en: t(
      '[{company}] Password Recovery | We have received a request to reset the password for the account {email}. // To choose a new password, follow this link: {link} // If you did not make this request, you can ignore this email.',
    ),
    de: t(
      '[{company}] Passwort-Wiederherstellung | Wir haben eine Anfrage erhalten, das Passwort für das Konto {email} zurückzusetzen. // Neues Passwort wählen: {link} // Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.',
    ),
    fr: t(
      '[{company}] Récupération du mot de passe | Nous avons reçu une demande de réinitialisation du mot de passe du compte {email}. // Choisir un nouveau mot de passe : {link} // Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    ),
    es: t(
      '[{company}] Recuperación de contraseña | Hemos recibido una solicitud para restablecer la contraseña de la cuenta {email}. // Elige una nueva aquí: {link} // Si no lo solicitaste, ignora este correo.',
    ),
    pt: t(
      '[{company}] Recuperação de senha | Recebemos um pedido para redefinir a senha da conta {email}. // Escolha uma nova senha: {link} // Se não foi você, ignore este e-mail.',
    ),
    it: t(
      '[{company}] Recupero password | Abbiamo ricevuto una richiesta di reimpostare la password dell’account {email}. // Scegli una nuova password: {link} // Se non sei stato tu, ignora questa email.',
    ),
    nl: t(
      '[{company}] Wachtwoordherstel | We hebben een verzoek ontvangen om het wachtwoord van account {email} opnieuw in te stellen. // Kies een nieuw wachtwoord: {link} // Heb je dit niet aangevraagd? Negeer deze e-mail.',
    ),
  },
}

// Baserow (baserow.io, the "Reset password" mail: a reset was requested for your account on the
// instance, a button valid for a limited time, nothing changes if you ignore it).
export const BASEROW: Product = {
  family: 'reset',
  product: 'Baserow',
  sender: 'display',
  texts: {
    en: t(
      'Reset password - {company} | A password reset was requested for your account ({email}) on {company}. If you did not authorize this, you may simply ignore this email. // To continue, click the button below (valid for 48 hours): {link}',
    ),
    de: t(
      'Passwort zurücksetzen - {company} | Für Ihr Konto ({email}) bei {company} wurde ein Zurücksetzen des Passworts angefordert. Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail. // Weiter (48 Stunden gültig): {link}',
    ),
    fr: t(
      'Réinitialiser le mot de passe - {company} | Une réinitialisation du mot de passe a été demandée pour votre compte ({email}) sur {company}. Si ce n’était pas vous, ignorez ce message. // Continuer (valable 48 heures) : {link}',
    ),
    es: t(
      'Restablecer contraseña - {company} | Se ha pedido restablecer la contraseña de tu cuenta ({email}) en {company}. Si no lo autorizaste, ignora este correo. // Continuar (válido 48 horas): {link}',
    ),
    pt: t(
      'Redefinir palavra-passe - {company} | Foi pedida a redefinição da palavra-passe da sua conta ({email}) em {company}. Se não autorizou, ignore este e-mail. // Continuar (válido 48 horas): {link}',
    ),
    it: t(
      'Reimposta password - {company} | È stato richiesto il ripristino della password del tuo account ({email}) su {company}. Se non l’hai autorizzato, ignora questa email. // Continua (valido 48 ore): {link}',
    ),
    nl: t(
      'Wachtwoord opnieuw instellen - {company} | Er is een wachtwoordherstel aangevraagd voor je account ({email}) bij {company}. Heb je dit niet gedaan, negeer dan deze e-mail. // Doorgaan (48 uur geldig): {link}',
    ),
  },
}
