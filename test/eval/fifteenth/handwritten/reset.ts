// Hand-written password-reset, magic-link and sign-in-code mails nobody asked for, each one
// company's own wording (written fresh for this set). Five per language.
import type { Written } from './text.ts'

export const RESET_TEXTS: readonly Written[] = [
  [
    'en',
    'Reset your {c} password',
    'Hi {n},\n\nWe received a request to reset the password for your account. Click the link below to choose a new one:\n{l}\n\nIf you didn’t ask for this, you can safely ignore this email — your password won’t change.',
  ],
  [
    'en',
    'Your sign-in link',
    'Here’s the link you asked for. It signs you in to {c} and expires in 15 minutes: {l}',
  ],
  ['en', '{k}', 'Your {c} login code. Don’t share it with anyone, not even us.'],
  [
    'en',
    'Trouble logging in?',
    'No worries, it happens to the best of us. Pick a new password here and you’ll be back in no time 🔑',
  ],
  [
    'en',
    'Password assistance',
    'A password reset was requested for this address. This link is valid for one hour and can be used once.\n{l}\n\n{c} Inc. will never ask for your password by email. This is a service message relating to your account.',
  ],
  [
    'de',
    'Passwort zurücksetzen',
    'Hallo {n},\n\nwir haben eine Anfrage zum Zurücksetzen Ihres Passworts bei {c} erhalten. Über den folgenden Link können Sie ein neues Passwort vergeben:\n{l}\n\nWenn Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren.',
  ],
  [
    'de',
    'Dein Login-Link',
    'Hier ist dein Link zum Einloggen bei {c}. Er ist 10 Minuten gültig und funktioniert nur einmal.',
  ],
  [
    'de',
    'Ihr Anmeldecode lautet {k}',
    'Geben Sie den Code im Anmeldefenster ein. Aus Sicherheitsgründen verliert er nach 5 Minuten seine Gültigkeit.',
  ],
  [
    'de',
    'Passwort vergessen?',
    'Kein Problem! Klick einfach auf den Button und wähle ein neues. Dein {c}-Team',
  ],
  [
    'de',
    'Anforderung eines neuen Kennworts',
    'Liebe Kundin, lieber Kunde,\n\nfür Ihr Benutzerkonto wurde ein neues Kennwort angefordert. Der Link ist 60 Minuten gültig.\n{l}\n\nDiese Nachricht wurde automatisch erstellt. {c} GmbH · USt-IdNr. DE 318 220 441',
  ],
  [
    'fr',
    'Réinitialisation de votre mot de passe',
    "Bonjour {n},\n\nVous avez demandé la réinitialisation de votre mot de passe {c}. Cliquez sur le lien ci-dessous pour en définir un nouveau :\n{l}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
  ],
  [
    'fr',
    'Ton lien de connexion ✨',
    'Clique ici pour te connecter à {c}. Le lien expire dans 20 minutes.',
  ],
  [
    'fr',
    'Code de connexion : {k}',
    'Saisissez ce code pour accéder à votre compte. Ne le communiquez jamais à un tiers.',
  ],
  [
    'fr',
    'Mot de passe oublié ?',
    'Pas de panique, ça arrive à tout le monde. Choisissez-en un nouveau ici : {l}',
  ],
  [
    'fr',
    'Demande de nouveau mot de passe',
    'Madame, Monsieur,\n\nUne demande de modification de mot de passe a été effectuée pour votre compte. Ce lien est valable 24 heures.\n\n{c} – Service sécurité. Ce message vous est adressé à titre informatif ; merci de ne pas y répondre.',
  ],
  [
    'es',
    'Restablece tu contraseña',
    'Hola {n}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {c}. Haz clic en el siguiente enlace para crear una nueva:\n{l}\n\nSi no lo has solicitado, ignora este mensaje.',
  ],
  ['es', 'Tu enlace de acceso', 'Pulsa aquí para entrar en {c}. El enlace caduca en 15 minutos.'],
  ['es', '{k} es tu código de {c}', 'Introdúcelo para iniciar sesión. No lo compartas con nadie.'],
  ['es', '¿Olvidaste tu contraseña?', 'Tranquilo/a, te ayudamos. Crea una nueva desde aquí 🔐'],
  [
    'es',
    'Solicitud de cambio de contraseña',
    'Estimado/a cliente:\n\nSe ha solicitado el cambio de contraseña de su cuenta. El enlace es válido durante 60 minutos.\n\n{c} nunca le pedirá su contraseña por correo electrónico.',
  ],
  [
    'pt',
    'Redefinição de palavra-passe',
    'Olá {n},\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {c}. Clique na ligação abaixo para escolher uma nova:\n{l}\n\nSe não fez este pedido, ignore este e-mail.',
  ],
  ['pt', 'Seu link de acesso', 'Clique para entrar na {c}. O link vale por 15 minutos.'],
  ['pt', 'Código de acesso: {k}', 'Use este código para entrar. Não compartilhe com ninguém.'],
  ['pt', 'Esqueceu a senha?', 'Acontece! Crie uma nova senha por aqui e volte a usar sua conta 😉'],
  [
    'pt',
    'Pedido de alteração de senha',
    'Prezado(a) cliente,\n\nFoi solicitada a alteração da senha da sua conta. O link expira em 1 hora.\n\n{c} Ltda. – CNPJ 12.345.678/0001-90',
  ],
  [
    'it',
    'Reimposta la tua password',
    'Ciao {n},\n\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account {c}. Clicca sul link per sceglierne una nuova:\n{l}\n\nSe non hai fatto tu la richiesta, ignora questa email.',
  ],
  ['it', 'Il tuo link di accesso', 'Clicca qui per entrare in {c}. Il link scade tra 15 minuti.'],
  [
    'it',
    'Codice di accesso {k}',
    'Inserisci questo codice per accedere. Non condividerlo con nessuno.',
  ],
  ['it', 'Password dimenticata?', 'Nessun problema: creane una nuova in pochi secondi 🔑'],
  [
    'it',
    'Richiesta di modifica password',
    'Gentile Cliente,\n\nè stata richiesta la modifica della password del Suo account. Il link è valido per 60 minuti.\n\n{c} S.r.l. – Messaggio generato automaticamente, si prega di non rispondere.',
  ],
  [
    'nl',
    'Stel je wachtwoord opnieuw in',
    'Hoi {n},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je {c}-account opnieuw in te stellen. Klik op de link om een nieuw wachtwoord te kiezen:\n{l}\n\nNiet door jou aangevraagd? Dan blijft je huidige wachtwoord gewoon geldig.',
  ],
  ['nl', 'Je inloglink', 'Klik hier om in te loggen bij {c}. De link verloopt over 15 minuten.'],
  ['nl', 'Je inlogcode is {k}', 'Vul deze code in om verder te gaan. Deel hem met niemand.'],
  ['nl', 'Wachtwoord vergeten?', 'Geen zorgen, kies hier snel een nieuw wachtwoord 🔐'],
  [
    'nl',
    'Aanvraag nieuw wachtwoord',
    'Geachte klant,\n\nEr is een nieuw wachtwoord aangevraagd voor uw account. Deze link is 60 minuten geldig.\n\n{c} B.V. – Dit is een automatisch gegenereerd bericht.',
  ],
]
