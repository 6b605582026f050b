// Subscription-confirmation products new to every set (our wording of each documented default).
import type { Product } from './types.ts'

/** source: Cyberimpact (Canadian ESP), default double opt-in confirmation of its sign-up forms
 * (ships en and fr; the other languages are our own rendering). Sent from the ESP's host. */
export const CYBERIMPACT: Product = {
  family: 'subscription',
  product: 'Cyberimpact',
  sender: 'hosted',
  host: '{slug}@cyberimpact-mail.example',
  texts: {
    en: {
      subject: 'Confirm your subscription to {company}',
      body: 'Hello,\n\nTo complete your subscription to the {company} mailing list, please confirm your email address:\n{link}\n\nIf you received this email by mistake, simply ignore it.\n\nThis email was sent by {company} via Cyberimpact.',
    },
    fr: {
      subject: 'Confirmez votre abonnement à {company}',
      body: 'Bonjour,\n\nPour compléter votre abonnement à la liste de {company}, veuillez confirmer votre adresse courriel :\n{link}\n\nSi vous avez reçu ce courriel par erreur, ignorez-le.\n\nCe courriel a été envoyé par {company} via Cyberimpact.',
    },
    de: {
      subject: 'Bestätigen Sie Ihr Abonnement bei {company}',
      body: 'Hallo,\n\num Ihr Abonnement der Liste von {company} abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse:\n{link}\n\nDiese E-Mail wurde von {company} über Cyberimpact versendet.',
    },
    es: {
      subject: 'Confirme su suscripción a {company}',
      body: 'Hola:\n\nPara completar su suscripción a la lista de {company}, confirme su correo:\n{link}\n\nEste correo fue enviado por {company} a través de Cyberimpact.',
    },
    pt: {
      subject: 'Confirme a sua subscrição de {company}',
      body: 'Olá,\n\nPara concluir a subscrição da lista de {company}, confirme o seu e-mail:\n{link}\n\nEste e-mail foi enviado por {company} através da Cyberimpact.',
    },
    it: {
      subject: 'Conferma la tua iscrizione a {company}',
      body: 'Salve,\n\nper completare l’iscrizione alla lista di {company}, conferma il tuo indirizzo email:\n{link}\n\nQuesta email è stata inviata da {company} tramite Cyberimpact.',
    },
    nl: {
      subject: 'Bevestig je abonnement op {company}',
      body: 'Hallo,\n\nBevestig je e-mailadres om je abonnement op de lijst van {company} af te ronden:\n{link}\n\nDeze e-mail is verstuurd door {company} via Cyberimpact.',
    },
  },
}

/** source: Mailingwork (German ESP), default double-opt-in mail of its forms (ships de and
 * en; the other languages are our own rendering). Sent from a mail subdomain of the company. */
export const MAILINGWORK: Product = {
  family: 'subscription',
  product: 'Mailingwork',
  sender: 'hosted',
  host: 'newsletter@mail.{domain}',
  texts: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: 'Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anmeldung zum Newsletter von {company}. Bitte bestätigen Sie Ihre E-Mail-Adresse mit einem Klick auf den folgenden Link:\n{link}\n\nSollten Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte.',
    },
    en: {
      subject: 'Please confirm your registration',
      body: 'Dear Sir or Madam,\n\nThank you for registering for the {company} newsletter. Please confirm your email address by clicking the following link:\n{link}\n\nIf you did not register, please ignore this email.',
    },
    fr: {
      subject: 'Veuillez confirmer votre inscription',
      body: 'Madame, Monsieur,\n\nMerci pour votre inscription à la newsletter de {company}. Veuillez confirmer votre adresse e-mail en cliquant sur le lien suivant :\n{link}',
    },
    es: {
      subject: 'Confirme su registro',
      body: 'Estimado/a señor/a:\n\nGracias por registrarse en el boletín de {company}. Confirme su dirección de correo haciendo clic en el siguiente enlace:\n{link}',
    },
    pt: {
      subject: 'Confirme o seu registo',
      body: 'Exmo(a). Sr(a).,\n\nObrigado pelo registo na newsletter de {company}. Confirme o seu e-mail clicando no link seguinte:\n{link}',
    },
    it: {
      subject: 'Conferma la registrazione',
      body: 'Gentili Signore e Signori,\n\ngrazie per la registrazione alla newsletter di {company}. Confermate il vostro indirizzo email cliccando sul link seguente:\n{link}',
    },
    nl: {
      subject: 'Bevestig uw aanmelding',
      body: 'Geachte heer/mevrouw,\n\nHartelijk dank voor uw aanmelding voor de nieuwsbrief van {company}. Bevestig uw e-mailadres via de volgende link:\n{link}',
    },
  },
}
