// Simple Machines Forum (SMF 2.x): the activation mail after registration. Its subject names only
// the forum ("Welcome to <forum>"); the body carries the username (the attacker's name field).
// source: SMF language file Register / EmailTemplates "register_activate" (Welcome to
// {FORUMNAME}; "Before you can login, you first need to activate your account"; activation
// code); written from knowledge, not pasted; non-English texts follow the language packs where
// remembered and are otherwise written for this set.
import type { Product } from './types.ts'

export const smf: Product = {
  product: 'Simple Machines Forum',
  family: 'verification',
  source: 'SMF email template register_activate (default)',
  senders: ['own', 'esp', 'display'],
  mailbox: 'noreply',
  display: (c) => `${c.name} Forum`,
  code: 'alnum6',
  texts: {
    en: {
      subject: 'Welcome to {company} Forum',
      body: 'Thank you for registering at {company} Forum. Your username is {name}. If you forget your password, you can reset it by visiting {link}.\n\nBefore you can login, you first need to activate your account. To do so, please follow this link:\n\n{link}\n\nShould you have any problems with activation, please visit {link} and use the code "{code}".\n\nRegards,\nThe {company} Forum Team.',
    },
    de: {
      subject: 'Willkommen bei {company} Forum',
      body: 'Danke für Ihre Registrierung bei {company} Forum. Ihr Benutzername lautet {name}. Falls Sie Ihr Passwort vergessen, können Sie es hier zurücksetzen: {link}.\n\nBevor Sie sich anmelden können, müssen Sie Ihr Konto aktivieren. Folgen Sie dazu bitte diesem Link:\n\n{link}\n\nSollte es Probleme bei der Aktivierung geben, besuchen Sie {link} und verwenden Sie den Code "{code}".\n\nMit freundlichen Grüßen\nDas {company} Forum Team.',
    },
    fr: {
      subject: 'Bienvenue sur {company} Forum',
      body: "Merci de vous être inscrit sur {company} Forum. Votre identifiant est {name}. Si vous oubliez votre mot de passe, vous pouvez le réinitialiser ici : {link}.\n\nAvant de pouvoir vous connecter, vous devez d'abord activer votre compte. Pour cela, suivez ce lien :\n\n{link}\n\nEn cas de problème avec l'activation, rendez-vous sur {link} et utilisez le code « {code} ».\n\nCordialement,\nL'équipe {company} Forum.",
    },
    es: {
      subject: 'Bienvenido a {company} Forum',
      body: 'Gracias por registrarte en {company} Forum. Tu nombre de usuario es {name}. Si olvidas tu contraseña, puedes restablecerla en {link}.\n\nAntes de poder iniciar sesión, primero debes activar tu cuenta. Para hacerlo, sigue este enlace:\n\n{link}\n\nSi tienes algún problema con la activación, visita {link} y utiliza el código "{code}".\n\nSaludos,\nEl equipo de {company} Forum.',
    },
    pt: {
      subject: 'Bem-vindo ao {company} Forum',
      body: 'Obrigado por se registrar no {company} Forum. Seu nome de usuário é {name}. Se esquecer sua senha, pode redefini-la em {link}.\n\nAntes de entrar, você precisa ativar sua conta. Para isso, siga este link:\n\n{link}\n\nSe tiver problemas com a ativação, acesse {link} e use o código "{code}".\n\nAtenciosamente,\nEquipe {company} Forum.',
    },
    it: {
      subject: 'Benvenuto su {company} Forum',
      body: 'Grazie per esserti registrato su {company} Forum. Il tuo nome utente è {name}. Se dimentichi la password puoi reimpostarla qui: {link}.\n\nPrima di poter accedere devi attivare il tuo account. Per farlo segui questo link:\n\n{link}\n\nIn caso di problemi con l\'attivazione visita {link} e usa il codice "{code}".\n\nSaluti,\nLo staff di {company} Forum.',
    },
    nl: {
      subject: 'Welkom bij {company} Forum',
      body: 'Bedankt voor je registratie bij {company} Forum. Je gebruikersnaam is {name}. Als je je wachtwoord vergeet, kun je het herstellen via {link}.\n\nVoordat je kunt inloggen, moet je eerst je account activeren. Volg daarvoor deze link:\n\n{link}\n\nLukt het activeren niet, ga dan naar {link} en gebruik de code "{code}".\n\nGroeten,\nHet {company} Forum team.',
    },
  },
}
