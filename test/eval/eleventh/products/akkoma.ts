// Akkoma (Pleroma fork): the account confirmation email, HTML turned into text the way webmail
// snippets show it. Source: Pleroma/Akkoma lib/pleroma/emails/user_email.ex
// account_confirmation_email ("<instance> account confirmation"); instances that name the mail
// after themselves send only the instance name as subject (fr, pt, nl here). Translations after
// the project's gettext files where known, otherwise an instance's own.
import type { Product } from '../product.ts'

export const AKKOMA: Product = {
  product: 'Akkoma',
  family: 'verification',
  source: 'Akkoma/Pleroma UserEmail.account_confirmation_email',
  hosted: (c) => `noreply@${c.slug}.akko.social`,
  ownLocal: 'noreply',
  texts: {
    en: {
      subject: '{company} account confirmation',
      body: 'Thank you for registering on {company}\n\nEmail confirmation is required to activate the account.\n\nClick the following link to proceed: activate your account <{link}>.\n\n-- \n{company} · a fediverse instance · {site}',
    },
    de: {
      subject: '{company} Kontobestätigung',
      body: 'Danke für deine Registrierung auf {company}\n\nUm das Konto zu aktivieren, ist eine Bestätigung der E-Mail-Adresse erforderlich.\n\nKlicke auf den folgenden Link, um fortzufahren: Konto aktivieren <{link}>.',
    },
    fr: {
      subject: '{company}',
      body: "Merci de vous être inscrit·e sur {company}\n\nUne confirmation de l'adresse e-mail est nécessaire pour activer le compte.\n\nCliquez sur le lien suivant pour continuer : activer votre compte <{link}>.",
    },
    es: {
      subject: 'Confirmación de la cuenta de {company}',
      body: 'Gracias por registrarte en {company}\n\nEs necesario confirmar el correo electrónico para activar la cuenta.\n\nHaz clic en el siguiente enlace para continuar: activar tu cuenta <{link}>.',
    },
    pt: {
      subject: '{company}',
      body: 'Obrigado por te registares em {company}\n\nÉ necessária a confirmação do e-mail para ativar a conta.\n\nClica na ligação seguinte para continuar: ativar a tua conta <{link}>.',
    },
    it: {
      subject: "Conferma dell'account su {company}",
      body: "Grazie per esserti registrato su {company}\n\nPer attivare l'account è necessario confermare l'indirizzo email.\n\nFai clic sul link seguente per procedere: attiva il tuo account <{link}>.",
    },
    nl: {
      subject: '{company}',
      body: 'Bedankt voor je registratie op {company}\n\nOm het account te activeren moet je je e-mailadres bevestigen.\n\nKlik op de volgende link om verder te gaan: activeer je account <{link}>.',
    },
  },
}
