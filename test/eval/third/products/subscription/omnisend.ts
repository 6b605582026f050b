// Omnisend: the default double opt-in ("Confirmation email") of signup forms.
import { w, type Product } from '../../types.ts'

export const omnisend: Product = {
  product: 'Omnisend',
  family: 'subscription',
  source: 'Omnisend knowledge base, "Double opt-in" (default confirmation email content)',
  hosted: '{slug}@omnisend-mail.com',
  texts: {
    en: [
      w(
        `Please confirm your subscription ✨`,
        `{company}

Almost there!
Thank you for signing up! Please confirm your email address to start receiving our news, offers and more.

CONFIRM SUBSCRIPTION

If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.`,
      ),
    ],
    es: [
      w(
        `Confirma tu suscripción`,
        `{company}

¡Ya casi está!
Gracias por registrarte. Confirma tu dirección de correo para empezar a recibir nuestras novedades y ofertas.

CONFIRMAR SUSCRIPCIÓN

Si recibiste este correo por error, bórralo. No quedarás suscrito si no haces clic en el enlace.`,
      ),
    ],
    pt: [
      w(
        `Confirme a sua subscrição`,
        `{company}

Quase lá!
Obrigado por se inscrever! Confirme o seu endereço de e-mail para começar a receber as nossas novidades e ofertas.

CONFIRMAR SUBSCRIÇÃO`,
      ),
    ],
    fr: [
      w(
        `Confirmez votre abonnement`,
        `{company}

Vous y êtes presque !
Merci pour votre inscription ! Confirmez votre adresse e-mail pour recevoir nos actualités et offres.

CONFIRMER L'ABONNEMENT

Si vous avez reçu cet e-mail par erreur, supprimez-le simplement.`,
      ),
    ],
    de: [
      w(
        `Bitte bestätige dein Abonnement`,
        `{company}

Fast geschafft!
Danke für deine Anmeldung! Bitte bestätige deine E-Mail-Adresse, um unsere News und Angebote zu erhalten.

ABONNEMENT BESTÄTIGEN`,
      ),
    ],
    it: [
      w(
        `Conferma la tua iscrizione 💌`,
        `{company}

Ci sei quasi!
Grazie per esserti iscritto! Conferma il tuo indirizzo email per ricevere novità e offerte.

CONFERMA ISCRIZIONE`,
      ),
    ],
    nl: [
      w(
        `Bevestig je inschrijving`,
        `{company}

Bijna klaar!
Bedankt voor je aanmelding! Bevestig je e-mailadres om onze nieuwtjes en aanbiedingen te ontvangen.

INSCHRIJVING BEVESTIGEN`,
      ),
    ],
  },
}
