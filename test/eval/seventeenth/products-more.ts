// The subscription and reset products of this set (see products.ts for the conventions).
import type { Product } from './products.ts'

export const MORE_PRODUCTS: readonly Product[] = [
  {
    product: 'Doppler',
    family: 'subscription',
    sender: 'display',
    localPart: 'news',
    // source: Doppler (fromdoppler.com) subscription form double opt-in email, reconstruction of
    // its default "Confirma tu suscripción" (Spanish is the product's first language; en and pt
    // follow its interface, de, fr, it, nl are ours).
    texts: {
      es: 'Confirma tu suscripción\n¡Hola!\n\nGracias por suscribirte a las novedades de {company}. Para empezar a recibirlas, confirma tu suscripción haciendo clic en el botón.\n\nCONFIRMAR SUSCRIPCIÓN\n{link}\n\nSi no te suscribiste, simplemente ignora este email.',
      en: 'Confirm your subscription\nHi!\n\nThanks for subscribing to news from {company}. To start receiving it, confirm your subscription by clicking the button.\n\nCONFIRM SUBSCRIPTION\n{link}\n\nIf you did not subscribe, simply ignore this email.',
      pt: 'Confirme sua assinatura\nOlá!\n\nObrigado por assinar as novidades de {company}. Para começar a recebê-las, confirme sua assinatura clicando no botão.\n\nCONFIRMAR ASSINATURA\n{link}\n\nSe você não se inscreveu, simplesmente ignore este e-mail.',
      de: 'Bestätige dein Abonnement\nHallo!\n\nDanke, dass du die Neuigkeiten von {company} abonniert hast. Bestätige dein Abonnement mit einem Klick auf den Button, um sie zu erhalten.\n\nABONNEMENT BESTÄTIGEN\n{link}\n\nWenn du dich nicht angemeldet hast, ignoriere diese E-Mail einfach.',
      fr: "Confirmez votre abonnement\nBonjour !\n\nMerci de vous être abonné aux actualités de {company}. Pour commencer à les recevoir, confirmez votre abonnement en cliquant sur le bouton.\n\nCONFIRMER L'ABONNEMENT\n{link}\n\nSi vous ne vous êtes pas abonné, ignorez simplement cet e-mail.",
      it: "Conferma la tua iscrizione\nCiao!\n\nGrazie per esserti iscritto alle novità di {company}. Per iniziare a riceverle, conferma l'iscrizione cliccando sul pulsante.\n\nCONFERMA ISCRIZIONE\n{link}\n\nSe non ti sei iscritto, ignora semplicemente questa email.",
      nl: 'Bevestig je inschrijving\nHallo!\n\nBedankt voor je inschrijving op het nieuws van {company}. Bevestig je inschrijving met de knop om het te gaan ontvangen.\n\nINSCHRIJVING BEVESTIGEN\n{link}\n\nHeb je je niet ingeschreven? Negeer deze e-mail dan gewoon.',
    },
  },
  {
    product: 'Groundhogg',
    family: 'subscription',
    sender: 'own',
    localPart: 'hello',
    // source: Groundhogg (WordPress CRM), default double opt-in email "Confirm your email address"
    // with its {confirmation_link}; reconstruction; every language but English is ours.
    texts: {
      en: "Please confirm your email address\nHi {name},\n\nBefore we can start sending you emails, please confirm your email address by clicking the button below.\n\nConfirm My Email\n{link}\n\nIf you did not request this, you can ignore this email.\n\n{company}\nDon't want these emails? Unsubscribe.",
      de: 'Bitte bestätige deine E-Mail-Adresse\nHi {name},\n\nbevor wir dir E-Mails senden können, bestätige bitte deine E-Mail-Adresse über den Button unten.\n\nMeine E-Mail bestätigen\n{link}\n\nWenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren.\n\n{company}\nKeine E-Mails mehr? Abmelden.',
      fr: 'Merci de confirmer votre adresse e-mail\nBonjour {name},\n\nAvant de pouvoir vous envoyer des e-mails, merci de confirmer votre adresse en cliquant sur le bouton ci-dessous.\n\nConfirmer mon e-mail\n{link}\n\nSi vous n’avez rien demandé, vous pouvez ignorer cet e-mail.\n\n{company}\nVous ne souhaitez plus recevoir ces e-mails ? Se désabonner.',
      es: 'Confirma tu dirección de correo\nHola {name}:\n\nAntes de empezar a enviarte correos, confirma tu dirección haciendo clic en el botón de abajo.\n\nConfirmar mi correo\n{link}\n\nSi no lo has solicitado, puedes ignorar este correo.\n\n{company}\n¿No quieres estos correos? Darse de baja.',
      pt: 'Confirme o seu endereço de e-mail\nOlá {name},\n\nAntes de começarmos a enviar-lhe e-mails, confirme o seu endereço clicando no botão abaixo.\n\nConfirmar o meu e-mail\n{link}\n\nSe não pediu isto, pode ignorar este e-mail.\n\n{company}\nNão quer receber estes e-mails? Cancelar subscrição.',
      it: 'Conferma il tuo indirizzo email\nCiao {name},\n\nprima di iniziare a inviarti email, conferma il tuo indirizzo cliccando sul pulsante qui sotto.\n\nConferma la mia email\n{link}\n\nSe non l’hai richiesto, puoi ignorare questa email.\n\n{company}\nNon vuoi ricevere queste email? Annulla l’iscrizione.',
      nl: 'Bevestig je e-mailadres\nHoi {name},\n\nVoordat we je e-mails kunnen sturen, vragen we je je e-mailadres te bevestigen met de knop hieronder.\n\nBevestig mijn e-mail\n{link}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n\n{company}\nGeen e-mails meer? Afmelden.',
    },
  },
  {
    product: 'Rodauth',
    family: 'reset',
    sender: 'own',
    localPart: 'noreply',
    // source: Rodauth reset_password feature, default reset_password_email_subject "Reset Password"
    // and body; other languages as rodauth-i18n translates them, rendered from memory.
    texts: {
      en: 'Reset Password\nSomeone has requested a password reset for the account with this email address. If you did not request a password reset, please ignore this message. If you requested a password reset, please go to {link} to reset the password for the account.',
      de: 'Passwort zurücksetzen\nJemand hat das Zurücksetzen des Passworts für das Konto mit dieser E-Mail-Adresse angefordert. Wenn Sie das nicht angefordert haben, ignorieren Sie bitte diese Nachricht. Wenn Sie es angefordert haben, gehen Sie bitte zu {link}, um das Passwort für das Konto zurückzusetzen.',
      fr: 'Réinitialiser le mot de passe\nQuelqu’un a demandé la réinitialisation du mot de passe du compte associé à cette adresse e-mail. Si vous n’avez pas fait cette demande, veuillez ignorer ce message. Si vous l’avez faite, rendez-vous sur {link} pour réinitialiser le mot de passe du compte.',
      es: 'Restablecer contraseña\nAlguien ha solicitado restablecer la contraseña de la cuenta con esta dirección de correo. Si no lo ha solicitado, ignore este mensaje. Si lo ha solicitado, vaya a {link} para restablecer la contraseña de la cuenta.',
      pt: 'Redefinir senha\nAlguém solicitou a redefinição de senha da conta com este endereço de e-mail. Se você não solicitou, ignore esta mensagem. Se solicitou, acesse {link} para redefinir a senha da conta.',
      it: 'Reimposta password\nQualcuno ha richiesto la reimpostazione della password per l’account con questo indirizzo email. Se non l’hai richiesta, ignora questo messaggio. Se l’hai richiesta, vai su {link} per reimpostare la password dell’account.',
      nl: 'Wachtwoord opnieuw instellen\nIemand heeft gevraagd het wachtwoord opnieuw in te stellen voor het account met dit e-mailadres. Als u dit niet heeft aangevraagd, negeer dan dit bericht. Als u het wel heeft aangevraagd, ga dan naar {link} om het wachtwoord van het account opnieuw in te stellen.',
    },
  },
  {
    product: 'Vaultwarden',
    family: 'reset',
    sender: 'own',
    localPart: 'vault',
    // source: Vaultwarden templates/email/twofactor_email.hbs, "Vaultwarden Login Verification
    // Code"; Vaultwarden mails only in English: the six other languages are ours.
    texts: {
      en: 'Vaultwarden Login Verification Code\nYour two-step verification code is: {code}\n\nUse this code to complete logging in with Vaultwarden.\n\nhttps://vault.{domain}',
      de: 'Vaultwarden Anmelde-Bestätigungscode\nDein Code für die zweistufige Anmeldung lautet: {code}\n\nVerwende diesen Code, um die Anmeldung bei Vaultwarden abzuschließen.\n\nhttps://vault.{domain}',
      fr: 'Code de vérification de connexion Vaultwarden\nVotre code de vérification en deux étapes est : {code}\n\nUtilisez ce code pour terminer la connexion à Vaultwarden.\n\nhttps://vault.{domain}',
      es: 'Código de verificación de inicio de sesión de Vaultwarden\nTu código de verificación en dos pasos es: {code}\n\nUsa este código para completar el inicio de sesión en Vaultwarden.\n\nhttps://vault.{domain}',
      pt: 'Código de verificação de login do Vaultwarden\nSeu código de verificação em duas etapas é: {code}\n\nUse este código para concluir o login no Vaultwarden.\n\nhttps://vault.{domain}',
      it: 'Codice di verifica accesso Vaultwarden\nIl tuo codice di verifica in due passaggi è: {code}\n\nUsa questo codice per completare l’accesso a Vaultwarden.\n\nhttps://vault.{domain}',
      nl: 'Vaultwarden inlogverificatiecode\nJe verificatiecode voor inloggen in twee stappen is: {code}\n\nGebruik deze code om het inloggen bij Vaultwarden te voltooien.\n\nhttps://vault.{domain}',
    },
  },
]
