// ActiveCampaign: the opt-in confirmation of a form with double opt-in, "%FIRSTNAME%" from the
// form, sent from the brand's address through ActiveCampaign's sending domain.
// source: ActiveCampaign Help Center, "Customize the opt-in confirmation email" (default subject
// "Please confirm your subscription", "Confirm my subscription" link), reconstructed.
import type { Product } from './product.ts'

export const ACTIVECAMPAIGN: Product = {
  product: 'ActiveCampaign',
  family: 'subscription',
  source: 'ActiveCampaign Help Center, default opt-in confirmation email',
  locals: ['news', 'marketing', 'hello'],
  hosted: (c) => `${c.slug}@emsd1.com`,
  link: (c, token) => `https://${c.slug}.activehosted.com/proc.php?act=sub&c=${token}`,
  texts: {
    en: [
      {
        subject: 'Please confirm your subscription',
        body: 'Hi {name},\n\nPlease confirm your subscription to {company} by clicking the link below.\n\nConfirm my subscription ( {link} )\n\nIf you received this email by mistake, you can ignore it – you won’t be subscribed.\n\nSent to {email} by {company}.',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätigen Sie Ihr Abonnement',
        body: 'Hallo {name},\n\nbitte bestätigen Sie Ihr Abonnement bei {company} über den folgenden Link.\n\nAbonnement bestätigen ( {link} )\n\nFalls Sie diese E-Mail irrtümlich erhalten haben, ignorieren Sie sie – Sie werden dann nicht eingetragen.\n\nGesendet an {email} von {company}.',
      },
    ],
    fr: [
      {
        subject: 'Veuillez confirmer votre abonnement',
        body: 'Bonjour {name},\n\nVeuillez confirmer votre abonnement à {company} en cliquant sur le lien ci-dessous.\n\nConfirmer mon abonnement ( {link} )\n\nSi vous avez reçu cet e-mail par erreur, ignorez-le : vous ne serez pas abonné(e).\n\nEnvoyé à {email} par {company}.',
      },
    ],
    es: [
      {
        subject: 'Por favor, confirma tu suscripción',
        body: 'Hola {name}:\n\nConfirma tu suscripción a {company} haciendo clic en el enlace de abajo.\n\nConfirmar mi suscripción ( {link} )\n\nSi recibiste este correo por error, ignóralo: no quedarás suscrito.\n\nEnviado a {email} por {company}.',
      },
    ],
    pt: [
      {
        subject: 'Por favor, confirme sua inscrição',
        body: 'Olá {name},\n\nConfirme sua inscrição na {company} clicando no link abaixo.\n\nConfirmar minha inscrição ( {link} )\n\nSe você recebeu este e-mail por engano, ignore-o: você não será inscrito.\n\nEnviado para {email} por {company}.',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione',
        body: 'Ciao {name},\n\nconferma la tua iscrizione a {company} facendo clic sul link qui sotto.\n\nConferma la mia iscrizione ( {link} )\n\nSe hai ricevuto questa email per errore, ignorala: non verrai iscritto.\n\nInviato a {email} da {company}.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je inschrijving',
        body: 'Hallo {name},\n\nBevestig je inschrijving bij {company} via de onderstaande link.\n\nMijn inschrijving bevestigen ( {link} )\n\nHeb je deze e-mail per vergissing ontvangen? Negeer hem dan – je wordt niet ingeschreven.\n\nVerzonden naar {email} door {company}.',
      },
    ],
  },
}
