// The eight product defaults of this set (two per family), each new to every earlier set. Texts
// are written from memory of the product's default template, not pasted; `source` names it. A
// language the product does not ship (or that we could not recall) is marked "ours". A company
// whose language a product lacks gets the English text (subject and body in another language
// than the company's). One entry per language: `subject|body`, placeholders as texts/helpdesk.ts.
import type { Lang } from '../types.ts'
import type { Family } from './compose/types.ts'

export interface Product {
  product: string
  family: Family
  /** How every mail of the product shows its sender. */
  sender: 'own' | 'hosted' | 'display'
  /** `{slug}`, `{domain}` and `{co}` are filled per company. */
  from: string
  source: string
  texts: Partial<Record<Lang, string>>
}

export const PRODUCTS: readonly Product[] = [
  {
    product: 'OpenSupports',
    family: 'helpdesk',
    sender: 'display',
    from: '{co} Support',
    source:
      'OpenSupports mail template TICKET_CREATED (reconstruction); en, es, pt, de from its shipped languages as remembered, the rest ours',
    texts: {
      en: 'Ticket #{ref} created|Hello {n},\nYour ticket has been created. Ticket title: {t}\nYou can check its status with your email and ticket number at {link}\n{co}',
      es: 'Ticket #{ref} creado|Hola {n},\nTu ticket ha sido creado. Título del ticket: {t}\nPuedes consultar su estado con tu email y el número de ticket en {link}\n{co}',
      pt: 'Ticket #{ref} criado|Olá {n},\nSeu ticket foi criado. Título do ticket: {t}\nVocê pode verificar o status com seu e-mail e o número do ticket em {link}\n{co}',
      de: 'Ticket #{ref} erstellt|Hallo {n},\nIhr Ticket wurde erstellt. Titel: {t}\nDen Status können Sie mit Ihrer E-Mail-Adresse und der Ticketnummer unter {link} abrufen.\n{co}',
      it: 'Ticket #{ref} creato|Ciao {n},\nil tuo ticket è stato creato. Titolo: {t}\nPuoi controllarne lo stato con la tua email e il numero del ticket su {link}\n{co}',
    },
  },
  {
    product: 'Frappe Helpdesk',
    family: 'helpdesk',
    sender: 'hosted',
    from: '{co} <support@{slug}.frappe.cloud>',
    source:
      'Frappe Helpdesk acknowledgement e-mail on a new ticket (reconstruction); en as remembered, the rest ours',
    texts: {
      en: 'Re: {t}|Hi {n},\nWe have received your request and a ticket #{ref} has been created. Our team will get back to you soon.\nYou can view the ticket here: {link}',
      es: 'Re: {t}|Hola {n},\nHemos recibido tu solicitud y se ha creado el ticket #{ref}. Nuestro equipo te responderá pronto.\nPuedes ver el ticket aquí: {link}',
      pt: 'Re: {t}|Olá {n},\nRecebemos o seu pedido e foi criado o ticket #{ref}. A nossa equipa responderá em breve.\nPode consultar o ticket aqui: {link}',
      it: 'Re: {t}|Ciao {n},\nabbiamo ricevuto la tua richiesta ed è stato creato il ticket #{ref}. Il nostro team ti risponderà presto.\nPuoi vedere il ticket qui: {link}',
      nl: 'Re: {t}|Hoi {n},\nWe hebben je verzoek ontvangen en ticket #{ref} aangemaakt. Ons team neemt snel contact met je op.\nBekijk het ticket hier: {link}',
    },
  },
  {
    product: 'FOSUserBundle',
    family: 'verification',
    sender: 'own',
    from: '{co} <noreply@{domain}>',
    source:
      'FOSUserBundle translations `FOSUserBundle.<lang>.yml` registration.email.subject / message, as remembered',
    texts: {
      en: 'Welcome {n}!|Hello {n}!\n\nTo finish activating your account - please visit {link}\n\nThis link can only be used once to validate your account.\n\nRegards,\nthe Team.',
      de: 'Willkommen {n}!|Hallo {n}!\n\nBesuchen Sie bitte folgende Seite, um Ihr Benutzerkonto zu bestätigen: {link}\n\nMit besten Grüßen,\ndas Team.',
      fr: 'Bienvenue {n} !|Bonjour {n} !\n\nPour valider votre compte utilisateur, merci de vous rendre sur {link}\n\nCe lien ne peut être utilisé qu’une seule fois pour valider votre compte.\n\nCordialement,\nL’équipe.',
      es: '¡Bienvenido {n}!|¡Hola {n}!\n\nPara finalizar la activación de tu cuenta visita {link}\n\nSaludos,\nEl equipo.',
      pt: 'Bem-vindo {n}!|Olá {n}!\n\nPara terminar de ativar sua conta, por favor, visite {link}\n\nAtenciosamente,\na Equipe.',
      it: 'Benvenuto {n}!|Ciao {n}!\n\nPer completare l’attivazione del tuo account visita {link}\n\nCordiali saluti,\nlo Staff.',
      nl: 'Welkom {n}!|Hallo {n}!\n\nBezoek {link} om je account te activeren.\n\nMet vriendelijke groet,\nHet Team.',
    },
  },
  {
    product: 'Grav Login',
    family: 'verification',
    sender: 'own',
    from: '{co} <webmaster@{domain}>',
    source:
      'Grav Login plugin languages.yaml ACTIVATION_EMAIL_SUBJECT / ACTIVATION_EMAIL_BODY, as remembered; es, pt, it, nl ours',
    texts: {
      en: 'Account activation for {co}|Hi {n}, click <a href="{link}">here</a> to activate your account on {co}',
      de: 'Kontoaktivierung für {co}|Hallo {n}, klicken Sie <a href="{link}">hier</a>, um Ihr Konto auf {co} zu aktivieren',
      fr: 'Activation du compte pour {co}|Bonjour {n}, cliquez <a href="{link}">ici</a> pour activer votre compte sur {co}',
      es: 'Activación de cuenta para {co}|Hola {n}, haz clic <a href="{link}">aquí</a> para activar tu cuenta en {co}',
      pt: 'Ativação de conta para {co}|Olá {n}, clique <a href="{link}">aqui</a> para ativar a sua conta em {co}',
      it: 'Attivazione account per {co}|Ciao {n}, clicca <a href="{link}">qui</a> per attivare il tuo account su {co}',
      nl: 'Accountactivatie voor {co}|Hallo {n}, klik <a href="{link}">hier</a> om je account op {co} te activeren',
    },
  },
  {
    product: 'Flexmail',
    family: 'subscription',
    sender: 'hosted',
    from: '{co} <{slug}@mailing.flexmail.eu>',
    source:
      'Flexmail sign-up form double opt-in mail (reconstruction); nl and fr as the Belgian product words it, en ours',
    texts: {
      nl: 'Bevestig je inschrijving|Hallo,\nBedankt voor je inschrijving op de nieuwsbrief van {co}.\nKlik op onderstaande knop om je inschrijving te bevestigen.\n[Inschrijving bevestigen] {link}\nJe ontvangt deze e-mail omdat je je hebt ingeschreven via onze website.',
      fr: 'Confirmez votre inscription|Bonjour,\nMerci pour votre inscription à la newsletter de {co}.\nCliquez sur le bouton ci-dessous pour confirmer votre inscription.\n[Confirmer l’inscription] {link}',
      en: 'Confirm your subscription|Hello,\nThank you for subscribing to the newsletter of {co}.\nClick the button below to confirm your subscription.\n[Confirm subscription] {link}',
    },
  },
  {
    product: 'RD Station Marketing',
    family: 'subscription',
    sender: 'display',
    from: '{co}',
    source:
      'RD Station Marketing landing-page double opt-in e-mail (reconstruction); pt-BR first, es and en after its interface',
    texts: {
      pt: 'Confirme seu e-mail|Olá!\nPara continuar recebendo conteúdos da {co}, confirme seu endereço de e-mail clicando no botão abaixo.\n[Confirmar e-mail] {link}\nSe você não se cadastrou, desconsidere esta mensagem.',
      es: 'Confirma tu e-mail|¡Hola!\nPara seguir recibiendo contenidos de {co}, confirma tu dirección de e-mail haciendo clic en el botón de abajo.\n[Confirmar e-mail] {link}',
      en: 'Confirm your email|Hi!\nTo keep receiving content from {co}, confirm your email address by clicking the button below.\n[Confirm email] {link}',
    },
  },
  {
    product: 'Seafile',
    family: 'reset',
    sender: 'own',
    from: '{co} Cloud <noreply@cloud.{domain}>',
    source:
      'Seahub `registration/password_reset_email.html` and its locale files, as remembered; nl ours',
    texts: {
      en: 'Reset Password on {co} Cloud|Hi,\nYou’re receiving this e-mail because you requested a password reset for your user account at {co} Cloud.\nPlease go to the following page and choose a new password:\n{link}\nYour username, in case you’ve forgotten: {e}\nThanks for using our site!',
      de: 'Passwort zurücksetzen auf {co} Cloud|Hallo,\nSie erhalten diese E-Mail, weil Sie für Ihr Benutzerkonto auf {co} Cloud das Zurücksetzen des Passworts angefordert haben.\nBitte rufen Sie die folgende Seite auf und wählen Sie ein neues Passwort:\n{link}\nIhr Benutzername: {e}',
      es: 'Restablecer contraseña en {co} Cloud|Hola,\nRecibes este correo porque solicitaste restablecer la contraseña de tu cuenta en {co} Cloud.\nVe a la siguiente página y elige una nueva contraseña:\n{link}\nTu nombre de usuario, por si lo olvidaste: {e}',
      it: 'Reimposta password su {co} Cloud|Ciao,\nricevi questa email perché hai richiesto di reimpostare la password del tuo account su {co} Cloud.\nVai alla pagina seguente e scegli una nuova password:\n{link}\nIl tuo nome utente: {e}',
      nl: 'Wachtwoord herstellen op {co} Cloud|Hallo,\nJe ontvangt deze e-mail omdat je een nieuw wachtwoord hebt aangevraagd voor je account op {co} Cloud.\nGa naar de volgende pagina en kies een nieuw wachtwoord:\n{link}\nJe gebruikersnaam: {e}',
    },
  },
  {
    product: 'OpenProject',
    family: 'reset',
    sender: 'own',
    from: 'OpenProject <openproject@pm.{domain}>',
    source:
      'OpenProject lost-password mail (`mail_subject_lost_password`, `mail_body_lost_password`), as remembered; pt and it ours',
    texts: {
      en: '[{co}] Your OpenProject password|To change your password, click on the following link:\n{link}',
      de: '[{co}] Ihr OpenProject-Kennwort|Benutzen Sie den folgenden Link, um Ihr Kennwort zu ändern:\n{link}',
      fr: '[{co}] Votre mot de passe OpenProject|Pour changer votre mot de passe, cliquez sur ce lien :\n{link}',
      es: '[{co}] Su contraseña de OpenProject|Para cambiar su contraseña, haga clic en el siguiente enlace:\n{link}',
      pt: '[{co}] A sua palavra-passe do OpenProject|Para alterar a sua palavra-passe, clique na seguinte ligação:\n{link}',
      it: '[{co}] La tua password di OpenProject|Per cambiare la password, clicca sul seguente link:\n{link}',
      nl: '[{co}] Uw OpenProject-wachtwoord|Klik op de volgende link om uw wachtwoord te wijzigen:\n{link}',
    },
  },
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
