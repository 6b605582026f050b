// Hand-written password-reset and sign-in-code mails nobody asked for, in companies' own wording,
// no two sharing a sentence. Written for this set.
import { texts, type Text } from './text.ts'

export const RESET: readonly Text[] = [
  ...texts('en', [
    [
      'Reset your {c} password',
      "Hi {p},\nWe got a request to reset your password. Choose a new one here: {u}\nIf you didn't ask, your password stays the same.",
    ],
    [
      'Your sign-in code is {k}',
      'Enter {k} to sign in to {c}. It expires in 10 minutes. Never share it.',
    ],
    [
      'Your link to {c}',
      "Here's the magic link you asked for: {u}\nIt works once and for 15 minutes.",
    ],
    [
      'Forgot something?',
      'No worries, {p} — it happens. Set a new password for {c}: {u}\n\n{c} Inc. · Privacy · Terms',
    ],
  ]),
  ...texts('de', [
    [
      'Passwort zurücksetzen',
      'Hallo {p},\nfür dein Konto bei {c} wurde ein neues Passwort angefordert. Lege es hier fest: {u}\nWarst du das nicht? Dann ignoriere diese E-Mail einfach.',
    ],
    [
      'Ihr Anmeldecode',
      'Ihr einmaliger Code lautet {k}. Bitte geben Sie ihn innerhalb von 5 Minuten ein.',
    ],
    [
      'Neues Kennwort für {c}',
      'Sehr geehrte Kundin, sehr geehrter Kunde,\nSie haben die Funktion „Kennwort vergessen" genutzt. Über folgenden Link vergeben Sie ein neues Kennwort: {u}',
    ],
  ]),
  ...texts('fr', [
    [
      'Réinitialisation de votre mot de passe',
      'Bonjour {p},\nune demande de réinitialisation a été faite pour votre compte {c}. Choisissez un nouveau mot de passe : {u}',
    ],
    ['Ton code de connexion : {k}', 'Saisis ce code pour te connecter. Il est valable 10 minutes.'],
    [
      'Mot de passe oublié ?',
      "Pas de panique ! Cliquez sur ce lien pour en définir un nouveau : {u}\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
    ],
  ]),
  ...texts('es', [
    [
      'Restablece tu contraseña',
      'Hola {p}, alguien pidió cambiar la contraseña de tu cuenta de {c}. Si fuiste tú: {u}',
    ],
    ['Código de acceso: {k}', 'Utilice este código para iniciar sesión. Caduca en 15 minutos.'],
    [
      '¿Has olvidado tu contraseña?',
      'Te enviamos un enlace para crear una nueva: {u}\nSi no lo has solicitado, tu cuenta sigue segura.',
    ],
  ]),
  ...texts('pt', [
    [
      'Redefinir palavra-passe',
      'Olá {p},\nrecebemos um pedido para redefinir a palavra-passe da sua conta {c}: {u}',
    ],
    ['Seu código de acesso', 'Use {k} para entrar na {c}. Não compartilhe este código.'],
    ['Esqueceu sua senha?', 'Acontece! Crie uma nova senha por aqui: {u}'],
  ]),
  ...texts('it', [
    [
      'Reimposta la password',
      'Ciao {p}, hai chiesto di reimpostare la password del tuo account {c}. Clicca qui: {u}',
    ],
    ['Il tuo codice di accesso', 'Codice: {k}. Valido per 10 minuti. Non comunicarlo a nessuno.'],
    [
      'Recupero password',
      "Gentile cliente, abbiamo ricevuto una richiesta di recupero credenziali. Se non l'ha effettuata Lei, ignori questa e-mail.",
    ],
  ]),
  ...texts('nl', [
    [
      'Wachtwoord opnieuw instellen',
      'Hoi {p}, je hebt gevraagd om een nieuw wachtwoord voor {c}. Stel het hier in: {u}',
    ],
    ['Je inlogcode', 'Gebruik {k} om in te loggen. De code is 10 minuten geldig.'],
    ['Wachtwoord vergeten?', 'Geen probleem. Via deze link kiest u een nieuw wachtwoord: {u}'],
  ]),
  ...texts('de', [
    [
      'Zugang wiederherstellen',
      'Hey {p}, du hast dein Passwort vergessen? Kein Ding: Über {u} setzt du es in einer Minute neu. Der Link läuft nach einer Stunde ab.',
    ],
  ]),
  ...texts('fr', [
    [
      '{c} : votre lien de connexion',
      'Voici le lien magique pour accéder à votre espace sans mot de passe : {u}\nIl expire dans 20 minutes.',
    ],
  ]),
  ...texts('es', [
    [
      '{k}',
      'Este es tu código para entrar en {c}. Si no intentaste iniciar sesión, te recomendamos cambiar tu contraseña.',
    ],
  ]),
  ...texts('pt', [
    [
      'Pedido de recuperação de acesso',
      'Caro(a) cliente,\nfoi solicitada a recuperação do acesso à sua conta. Se não reconhece este pedido, contacte-nos.\n{c} – Política de Privacidade',
    ],
  ]),
  ...texts('it', [['Password dimenticata? 🔑', 'Niente paura, {p}! Scegline una nuova qui: {u}']]),
  ...texts('nl', [
    [
      'Inloggen bij {c}',
      'Klik op de onderstaande link om direct in te loggen, zonder wachtwoord: {u}\nDeze link werkt één keer.',
    ],
  ]),
  ...texts('en', [
    [
      'Password reset for your {c} account',
      'Someone asked to reset the password for this account. If it was you, use this link within an hour: {u}\n\nFor your security, we never ask for your password by email.',
    ],
  ]),
  ...texts('en', [['Sign in to {c}', 'Click to sign in: {u}\nThis link can only be used once.']]),
  ...texts('de', [
    [
      'Dein Login-Link für {c}',
      'Hier ist dein persönlicher Link zum Einloggen: {u}\nEr gilt 15 Minuten lang.',
    ],
  ]),
  ...texts('de', [
    [
      'Sicherheitscode: {k}',
      'Verwenden Sie diesen Code, um sich anzumelden. Teilen Sie ihn niemandem mit, auch nicht unseren Mitarbeitern.',
    ],
  ]),
  ...texts('fr', [
    [
      'Votre code de vérification',
      "Code : {k}\nCe code est valable 5 minutes. Si vous n'avez pas essayé de vous connecter, changez votre mot de passe.",
    ],
  ]),
  ...texts('fr', [
    [
      'Demande de nouveau mot de passe',
      "Salut {p}, tu as demandé à changer ton mot de passe {c}. C'est par ici : {u}",
    ],
  ]),
  ...texts('es', [
    [
      'Solicitud de cambio de contraseña',
      'Estimado/a cliente: hemos recibido una petición para restablecer su clave. Puede hacerlo en el siguiente enlace durante las próximas 24 horas: {u}',
    ],
  ]),
  ...texts('es', [
    ['Inicia sesión en {c}', 'Pulsa el botón para entrar en tu cuenta sin contraseña: {u}'],
  ]),
  ...texts('pt', [
    [
      'Código de verificação {k}',
      'Introduza este código para aceder à sua conta. Válido durante 10 minutos.',
    ],
  ]),
  ...texts('pt', [
    [
      'Seu link de acesso à {c}',
      'Oi {p}, clique para entrar na sua conta: {u}\nO link expira em 15 minutos.',
    ],
  ]),
  ...texts('it', [
    ['Accedi a {c}', 'Ecco il tuo link di accesso diretto: {u}\nFunziona una sola volta.'],
  ]),
  ...texts('it', [
    [
      'Modifica della password richiesta',
      'Gentile {p}, è stata richiesta la modifica della password del Suo account. Se non è stato Lei, contatti subito il nostro servizio clienti.',
    ],
  ]),
  ...texts('nl', [
    [
      'Uw beveiligingscode',
      'Code {k}. Geef deze code nooit aan anderen, ook niet aan medewerkers van {c}.',
    ],
  ]),
  ...texts('nl', [
    [
      'Nieuw wachtwoord aangevraagd',
      'Hé {p}, we kregen een verzoek om je wachtwoord te wijzigen. Klik hier om een nieuw wachtwoord te kiezen: {u}',
    ],
  ]),
]
