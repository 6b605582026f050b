// Newsletter double opt-in and reset / sign-in product defaults, written from memory of each
// product's documented default in our own words (not copied); sources named per product.
import type { Product } from './types.ts'

/** OXID eShop: the newsletter double opt-in mail ("please confirm your newsletter subscription",
 * link to confirm). Source: OXID eShop user documentation, e-mail templates (newsletteroptin). */
export const OXID_DOI: Product = {
  family: 'subscription',
  product: 'OXID eShop',
  sender: 'own',
  texts: {
    en: {
      subject: '{company} newsletter: please confirm',
      body: 'Hello {name},\nplease confirm your subscription to our newsletter by clicking this link:\n{link}\nIf you did not subscribe, simply ignore this e-mail.\nYour {company} team',
    },
    de: {
      subject: '{company} Newsletter-Anmeldung bestätigen',
      body: 'Hallo {name},\nbitte bestätigen Sie Ihr Newsletter-Abonnement mit einem Klick auf diesen Link:\n{link}\nFalls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.\nIhr {company} Team',
    },
    fr: {
      subject: 'Newsletter {company} : merci de confirmer',
      body: 'Bonjour {name},\nveuillez confirmer votre abonnement à notre newsletter en cliquant sur ce lien :\n{link}\nSi vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
    },
    es: {
      subject: 'Boletín {company}: confirma tu suscripción',
      body: 'Hola {name}:\nconfirma tu suscripción a nuestro boletín haciendo clic en este enlace:\n{link}\nSi no te has suscrito, ignora este correo.',
    },
    pt: {
      subject: 'Newsletter {company}: confirme a subscrição',
      body: 'Olá {name},\nconfirme a subscrição da nossa newsletter clicando nesta ligação:\n{link}\nSe não subscreveu, ignore este e-mail.',
    },
    it: {
      subject: 'Newsletter {company}: conferma l’iscrizione',
      body: 'Ciao {name},\nconferma la tua iscrizione alla nostra newsletter facendo clic su questo link:\n{link}\nSe non ti sei iscritto, ignora questa email.',
    },
    nl: {
      subject: 'Nieuwsbrief {company}: bevestig je aanmelding',
      body: 'Hallo {name},\nbevestig je aanmelding voor onze nieuwsbrief via deze link:\n{link}\nHeb je je niet aangemeld? Negeer dan deze e-mail.',
    },
  },
}

/** JTL-Shop: the newsletter sign-up confirmation ("Newsletter-Anmeldung", opt-in link, code).
 * Source: JTL guide, e-mail templates, Newsletteranmeldung. Non-de/en texts: our rendering. */
export const JTL_DOI: Product = {
  family: 'subscription',
  product: 'JTL-Shop',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Newsletter registration',
      body: 'Dear {name},\nthank you for your interest in the {company} newsletter. To complete your registration, confirm here: {link}\nYou can unsubscribe at any time.',
    },
    de: {
      subject: 'Newsletter-Anmeldung',
      body: 'Sehr geehrte/r {name},\nvielen Dank für Ihr Interesse am Newsletter von {company}. Um die Anmeldung abzuschließen, bestätigen Sie bitte hier: {link}\nSie können sich jederzeit wieder abmelden.',
    },
    fr: {
      subject: 'Inscription à la newsletter',
      body: 'Cher/chère {name},\nmerci de votre intérêt pour la newsletter {company}. Pour finaliser l’inscription, confirmez ici : {link}',
    },
    es: {
      subject: 'Alta en el boletín',
      body: 'Estimado/a {name}:\ngracias por su interés en el boletín de {company}. Para completar el alta, confirme aquí: {link}',
    },
    pt: {
      subject: 'Cadastro na newsletter',
      body: 'Prezado(a) {name},\nobrigado pelo interesse na newsletter da {company}. Para concluir o cadastro, confirme aqui: {link}',
    },
    it: {
      subject: 'Iscrizione alla newsletter',
      body: 'Gentile {name},\ngrazie per l’interesse nella newsletter di {company}. Per completare l’iscrizione conferma qui: {link}',
    },
    nl: {
      subject: 'Aanmelding nieuwsbrief',
      body: 'Beste {name},\nbedankt voor je interesse in de nieuwsbrief van {company}. Rond je aanmelding af via: {link}',
    },
  },
}

/** NextAuth.js (Auth.js) e-mail provider: the default sign-in mail ("Sign in to {host}", a
 * button, "If you did not request this email you can safely ignore it"). Source: authjs.dev. */
export const AUTHJS: Product = {
  family: 'reset',
  product: 'NextAuth.js',
  sender: 'own',
  texts: {
    en: {
      subject: 'Sign in to {host}',
      body: 'Sign in to {host}\n{link}\nIf you did not request this email you can safely ignore it.',
    },
    de: {
      subject: 'Anmelden bei {host}',
      body: 'Bei {host} anmelden\n{link}\nWenn Sie diese E-Mail nicht angefordert haben, können Sie sie ignorieren.',
    },
    fr: {
      subject: 'Connexion à {host}',
      body: 'Se connecter à {host}\n{link}\nSi vous n’avez pas demandé cet e-mail, vous pouvez l’ignorer.',
    },
    es: {
      subject: 'Inicia sesión en {host}',
      body: 'Iniciar sesión en {host}\n{link}\nSi no solicitaste este correo, puedes ignorarlo.',
    },
    pt: {
      subject: 'Entrar em {host}',
      body: 'Entrar em {host}\n{link}\nSe você não solicitou este e-mail, pode ignorá-lo.',
    },
    it: {
      subject: 'Accedi a {host}',
      body: 'Accedi a {host}\n{link}\nSe non hai richiesto questa email puoi ignorarla.',
    },
    nl: {
      subject: 'Inloggen bij {host}',
      body: 'Inloggen bij {host}\n{link}\nHeb je deze e-mail niet aangevraagd? Dan kun je hem negeren.',
    },
  },
}

/** Zimbra Collaboration "forgot password": the recovery code sent to the recovery address
 * (code, validity). Source: Zimbra wiki, password reset / recovery e-mail. Non-en: ours. */
export const ZIMBRA: Product = {
  family: 'reset',
  product: 'Zimbra',
  sender: 'display',
  texts: {
    en: {
      subject: 'Password reset code',
      body: 'Hello {name},\nuse the code {code} to reset the password of your {company} mail account. The code expires in 10 minutes.\nIf you did not ask for it, contact your administrator.',
    },
    de: {
      subject: 'Code zum Zurücksetzen des Passworts',
      body: 'Hallo {name},\nmit dem Code {code} setzen Sie das Passwort Ihres {company} Postfachs zurück. Der Code ist 10 Minuten gültig.',
    },
    fr: {
      subject: 'Code de réinitialisation du mot de passe',
      body: 'Bonjour {name},\nutilisez le code {code} pour réinitialiser le mot de passe de votre messagerie {company}. Il expire dans 10 minutes.',
    },
    es: {
      subject: 'Código para restablecer la contraseña',
      body: 'Hola {name}:\nusa el código {code} para restablecer la contraseña de tu correo de {company}. Caduca en 10 minutos.',
    },
    pt: {
      subject: 'Código de redefinição de senha',
      body: 'Olá {name},\nuse o código {code} para redefinir a senha do seu e-mail {company}. O código expira em 10 minutos.',
    },
    it: {
      subject: 'Codice per reimpostare la password',
      body: 'Ciao {name},\nusa il codice {code} per reimpostare la password della posta {company}. Scade tra 10 minuti.',
    },
    nl: {
      subject: 'Code om je wachtwoord te herstellen',
      body: 'Hallo {name},\ngebruik code {code} om het wachtwoord van je {company} mailbox te herstellen. De code verloopt over 10 minuten.',
    },
  },
}
