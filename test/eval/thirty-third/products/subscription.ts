// Newsletter double opt-in.
// FreshMail: the default double opt-in ("activation") message of FreshMail subscriber lists
// (confirm your subscription by clicking the link; ignore it if you did not sign up).
// SendX: the default double opt-in confirmation email of SendX lists ("Please confirm your
// subscription", one button).
import type { Product } from './types.ts'

export const FRESHMAIL: Product = {
  family: 'subscription',
  product: 'FreshMail',
  sender: 'hosted',
  texts: {
    en: 'Confirm your subscription || Hello, to confirm your subscription to the {company} newsletter, click the activation link: {link}. If you did not sign up, simply ignore this message.',
    de: 'Bestätigen Sie Ihr Abonnement || Guten Tag, um Ihr Abonnement des {company}-Newsletters zu bestätigen, klicken Sie auf den Aktivierungslink: {link}. Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.',
    fr: 'Confirmez votre abonnement || Bonjour, pour confirmer votre abonnement à la newsletter {company}, cliquez sur le lien d’activation : {link}. Si vous ne vous êtes pas inscrit, ignorez ce message.',
    es: 'Confirma tu suscripción || Hola, para confirmar tu suscripción al boletín de {company}, haz clic en el enlace de activación: {link}. Si no te has suscrito, ignora este mensaje.',
    pt: 'Confirme a sua subscrição || Olá, para confirmar a subscrição da newsletter {company}, clique no link de ativação: {link}. Se não se inscreveu, ignore esta mensagem.',
    it: 'Conferma la tua iscrizione || Ciao, per confermare l’iscrizione alla newsletter di {company} clicca sul link di attivazione: {link}. Se non ti sei iscritto, ignora questo messaggio.',
    nl: 'Bevestig je inschrijving || Hallo, klik op de activatielink om je inschrijving op de nieuwsbrief van {company} te bevestigen: {link}. Heb je je niet ingeschreven, negeer dit bericht dan.',
  },
}

export const SENDX: Product = {
  family: 'subscription',
  product: 'SendX',
  sender: 'hosted',
  texts: {
    en: 'Please confirm your subscription || Hi {name}, thanks for subscribing to {company}! Please click the button below to confirm your subscription. {link} If you received this by mistake, no action is needed.',
    de: 'Bitte bestätige dein Abo || Hi {name}, danke für dein Interesse an {company}! Klicke auf den Button, um dein Abo zu bestätigen. {link} Falls du diese Mail irrtümlich bekommen hast, musst du nichts tun.',
    fr: 'Merci de confirmer votre abonnement || Bonjour {name}, merci de vous être abonné à {company} ! Cliquez sur le bouton ci-dessous pour confirmer. {link} Reçu par erreur ? Aucune action n’est nécessaire.',
    es: 'Confirma tu suscripción, por favor || Hola {name}, ¡gracias por suscribirte a {company}! Pulsa el botón para confirmar tu suscripción. {link} Si te ha llegado por error, no hace falta hacer nada.',
    pt: 'Por favor, confirme sua inscrição || Oi {name}, obrigado por se inscrever na {company}! Clique no botão abaixo para confirmar sua inscrição. {link} Se recebeu por engano, não precisa fazer nada.',
    it: 'Conferma la tua iscrizione, per favore || Ciao {name}, grazie per esserti iscritto a {company}! Clicca il pulsante qui sotto per confermare. {link} Se l’hai ricevuta per errore, non devi fare nulla.',
    nl: 'Bevestig alsjeblieft je aanmelding || Hoi {name}, bedankt voor je aanmelding bij {company}! Klik op de knop om te bevestigen. {link} Per ongeluk ontvangen? Dan hoef je niets te doen.',
  },
}
