// Newsletter double opt-in confirmations of two products no earlier set used.
import type { Product } from './types.ts'

// Source: Brevo (formerly Sendinblue) default double opt-in confirmation template (the sender's
// name on top, "Please confirm your subscription", one "Confirm my subscription" button, and the
// "received this by mistake, you will not be subscribed" footer). Brevo ships it in English and
// French; the other five are our rendering.
export const BREVO_DOI: Product = {
  family: 'subscription',
  product: 'Brevo double opt-in confirmation',
  shipped: ['en', 'fr'],
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: '{brand}\n\nPlease confirm your subscription\n\nTo start receiving our newsletter, confirm your subscription with the button below.\n\nConfirm my subscription\n{link}\n\nIf you received this email by mistake, simply delete it. You will not be subscribed unless you click the confirmation link above.',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihr Abonnement',
      body: '{brand}\n\nBitte bestätigen Sie Ihr Abonnement\n\nUm unseren Newsletter zu erhalten, bestätigen Sie Ihr Abonnement über die Schaltfläche unten.\n\nAbonnement bestätigen\n{link}\n\nWenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink werden Sie nicht angemeldet.',
    },
    fr: {
      subject: 'Veuillez confirmer votre inscription',
      body: "{brand}\n\nVeuillez confirmer votre inscription\n\nPour recevoir notre newsletter, confirmez votre inscription à l'aide du bouton ci-dessous.\n\nConfirmer mon inscription\n{link}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement. Vous ne serez pas inscrit si vous ne cliquez pas sur le lien de confirmation ci-dessus.",
    },
    es: {
      subject: 'Confirme su suscripción',
      body: '{brand}\n\nConfirme su suscripción\n\nPara empezar a recibir nuestro boletín, confirme su suscripción con el botón de abajo.\n\nConfirmar mi suscripción\n{link}\n\nSi ha recibido este correo por error, simplemente elimínelo. No quedará suscrito si no hace clic en el enlace de confirmación.',
    },
    pt: {
      subject: 'Confirme a sua subscrição',
      body: '{brand}\n\nConfirme a sua subscrição\n\nPara começar a receber a nossa newsletter, confirme a subscrição no botão abaixo.\n\nConfirmar a minha subscrição\n{link}\n\nSe recebeu este e-mail por engano, basta eliminá-lo. Não ficará inscrito se não clicar no link de confirmação acima.',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: "{brand}\n\nConferma la tua iscrizione\n\nPer ricevere la nostra newsletter, conferma l'iscrizione con il pulsante qui sotto.\n\nConferma la mia iscrizione\n{link}\n\nSe hai ricevuto questa e-mail per errore, eliminala semplicemente. Non sarai iscritto se non fai clic sul link di conferma qui sopra.",
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: '{brand}\n\nBevestig je inschrijving\n\nOm onze nieuwsbrief te ontvangen, bevestig je je inschrijving met de knop hieronder.\n\nMijn inschrijving bevestigen\n{link}\n\nHeb je deze e-mail per vergissing ontvangen? Verwijder hem dan gewoon. Zonder klik op de bevestigingslink word je niet ingeschreven.',
    },
  },
}

// Source: CleverReach default double opt-in mail of a sign-up form ("Bitte bestätigen Sie Ihre
// Anmeldung", a thank-you for the interest, one confirmation link, the ignore-if-not-you line).
// CleverReach ships it in German and English; the other five are our rendering.
export const CLEVERREACH_DOI: Product = {
  family: 'subscription',
  product: 'CleverReach double opt-in',
  shipped: ['de', 'en'],
  texts: {
    en: {
      subject: 'Please confirm your registration',
      body: 'Hello,\n\nthank you for your interest in our newsletter. To make sure the sign-up really came from you, please confirm your email address with the following link:\n\nConfirm registration\n{link}\n\nIf you did not sign up, just ignore this email. Without confirmation you will not get any further messages from us.\n\nYour {brand} team',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: 'Hallo,\n\nvielen Dank für Ihr Interesse an unserem Newsletter. Damit wir sicher sind, dass die Anmeldung von Ihnen stammt, bestätigen Sie bitte Ihre E-Mail-Adresse über den folgenden Link:\n\nAnmeldung bestätigen\n{link}\n\nFalls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach. Ohne Bestätigung erhalten Sie keine weiteren Nachrichten von uns.\n\nIhr {brand}-Team',
    },
    fr: {
      subject: 'Merci de confirmer votre inscription',
      body: "Bonjour,\n\nmerci de l'intérêt que vous portez à notre newsletter. Pour être sûrs que l'inscription vient bien de vous, veuillez confirmer votre adresse e-mail avec le lien suivant :\n\nConfirmer l'inscription\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez simplement cet e-mail. Sans confirmation, vous ne recevrez plus de messages de notre part.\n\nL'équipe {brand}",
    },
    es: {
      subject: 'Por favor, confirme su registro',
      body: 'Hola:\n\ngracias por su interés en nuestro boletín. Para asegurarnos de que el registro lo hizo usted, confirme su dirección de correo con el siguiente enlace:\n\nConfirmar registro\n{link}\n\nSi no se ha registrado, ignore este correo. Sin confirmación no recibirá más mensajes nuestros.\n\nEl equipo de {brand}',
    },
    pt: {
      subject: 'Por favor, confirme o seu registo',
      body: 'Olá,\n\nobrigado pelo interesse na nossa newsletter. Para termos a certeza de que foi você quem se inscreveu, confirme o seu endereço de e-mail através do link seguinte:\n\nConfirmar registo\n{link}\n\nSe não se inscreveu, ignore este e-mail. Sem confirmação não receberá mais mensagens nossas.\n\nA equipa {brand}',
    },
    it: {
      subject: 'Conferma la tua registrazione',
      body: "Ciao,\n\ngrazie per l'interesse per la nostra newsletter. Per essere sicuri che l'iscrizione venga da te, conferma il tuo indirizzo e-mail con il link seguente:\n\nConferma registrazione\n{link}\n\nSe non ti sei iscritto, ignora semplicemente questa e-mail. Senza conferma non riceverai altri messaggi da parte nostra.\n\nIl team {brand}",
    },
    nl: {
      subject: 'Bevestig uw aanmelding',
      body: 'Hallo,\n\nbedankt voor uw interesse in onze nieuwsbrief. Om zeker te weten dat de aanmelding van u komt, vragen wij u uw e-mailadres te bevestigen via de volgende link:\n\nAanmelding bevestigen\n{link}\n\nHeeft u zich niet aangemeld? Negeer deze e-mail dan gewoon. Zonder bevestiging ontvangt u geen verdere berichten van ons.\n\nHet {brand}-team',
    },
  },
}
