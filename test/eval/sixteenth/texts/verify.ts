// Hand-written account verification / activation / welcome-please-confirm mails in companies'
// own wording, no two sharing a sentence. Written for this set.
import { texts, type Text } from './text.ts'

export const VERIFY: readonly Text[] = [
  ...texts('en', [
    [
      'Confirm your email to finish signing up',
      "Hi {p},\n\nYou're one click away from your {c} account. Tap the button below to prove this address is yours:\n{u}\n\nIf you didn't create an account, you can ignore this email.",
    ],
    [
      'Welcome to {c} — one more step',
      'Welcome aboard, {p}! Before you start, please verify your email address: {u}\nThis link expires in 24 hours.',
    ],
    [
      'Action required: activate your account',
      'Your account at {c} is not active yet. Activate it here: {u}\n\n© 2026 {c} Inc. · 120 Market St · You received this because someone registered with this address.',
    ],
    [
      'Is this you?',
      'Someone (hopefully you, {p}) just signed up for {c} with this address. Was it you? Confirm with code {k}.',
    ],
  ]),
  ...texts('de', [
    [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      'Sehr geehrte/r {p},\n\nvielen Dank für Ihre Registrierung bei {c}. Um Ihr Kundenkonto freizuschalten, klicken Sie bitte auf folgenden Link:\n{u}\n\nSollten Sie sich nicht registriert haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
    ],
    [
      'Willkommen bei {c}! 🎉',
      'Hallo {p}, schön, dass du da bist! Aktiviere jetzt dein Konto, damit du loslegen kannst: {u}',
    ],
    [
      'Dein Bestätigungscode: {k}',
      'Gib diesen Code in der App ein, um deine Anmeldung abzuschließen. Er ist 15 Minuten gültig.',
    ],
    [
      'Konto-Aktivierung',
      'Ihr Zugang wurde angelegt. Zur Aktivierung ist noch ein Schritt nötig: {u}\n--\n{c} AG, Sitz Zürich, UID CHE-112.384.902',
    ],
  ]),
  ...texts('fr', [
    [
      'Confirmez votre adresse e-mail',
      'Bonjour {p},\nmerci pour votre inscription sur {c}. Pour activer votre compte, il vous suffit de cliquer ici : {u}\nÀ très vite !',
    ],
    [
      'Bienvenue chez {c}, {p} !',
      "Plus qu'une étape avant de profiter de ton espace : valide ton adresse en suivant ce lien {u}. Si ce n'est pas toi, ignore ce message.",
    ],
    [
      'Activation de votre compte client',
      "Votre compte a été créé mais n'est pas encore actif. Utilisez le code {k} pour finaliser l'ouverture.\n{c} – Mentions légales – Politique de confidentialité",
    ],
  ]),
  ...texts('es', [
    [
      'Verifica tu correo electrónico',
      '¡Hola {p}! Gracias por registrarte en {c}. Confirma tu dirección pulsando aquí: {u}',
    ],
    [
      'Active su cuenta en {c}',
      'Estimado/a usuario/a:\nPara completar el alta, le rogamos que active su cuenta mediante el siguiente enlace: {u}\nSi no ha solicitado el registro, no es necesario que haga nada.',
    ],
    [
      '¿Fuiste tú?',
      'Alguien ha creado una cuenta con este email. Si fuiste tú, introduce el código {k}.',
    ],
  ]),
  ...texts('pt', [
    [
      'Confirme o seu endereço de e-mail',
      'Olá {p},\nfalta pouco! Confirme o seu registo na {c} através do link abaixo:\n{u}\nObrigado.',
    ],
    [
      'Bem-vindo(a) à {c}',
      'Oi {p}, que bom ter você aqui! Ative sua conta para começar: {u}\nEste link vale por 48 horas.',
    ],
    [
      'Código de ativação: {k}',
      'Use este código para ativar a sua conta. Não o partilhe com ninguém.',
    ],
  ]),
  ...texts('it', [
    [
      'Conferma il tuo indirizzo email',
      'Ciao {p}, grazie per esserti registrato su {c}! Clicca qui per attivare il tuo account: {u}',
    ],
    [
      'Attivazione account {c}',
      "Gentile cliente,\nper completare la registrazione è necessario confermare l'indirizzo e-mail: {u}\nSe non ha richiesto la registrazione, ignori questo messaggio.\nInformativa privacy ai sensi del Reg. UE 2016/679.",
    ],
    [
      'Benvenuto! Manca solo un passo',
      'Il tuo codice di verifica è {k}. Inseriscilo nella pagina di registrazione.',
    ],
  ]),
  ...texts('nl', [
    [
      'Bevestig je e-mailadres',
      'Hoi {p},\nwelkom bij {c}! Klik op de link om je account te activeren: {u}\nTot snel!',
    ],
    [
      'Activeer uw account',
      'Geachte heer/mevrouw,\nU heeft zich aangemeld bij {c}. Bevestig uw aanmelding via {u}. Heeft u zich niet aangemeld? Dan hoeft u niets te doen.',
    ],
    [
      'Jouw verificatiecode',
      'Vul {k} in om je registratie af te ronden. De code verloopt over 10 minuten.',
    ],
  ]),
  ...texts('fr', [
    [
      '{c}',
      "Un compte vient d'être ouvert avec cette adresse. Était-ce bien vous ? Cliquez sur {u} pour le confirmer.",
    ],
  ]),
  ...texts('es', [
    [
      'Bienvenido/a a {c} 👋',
      'Nos alegra tenerte con nosotros, {p}. Antes de empezar, pulsa el botón para verificar tu email: {u}\n\n{c} S.A. · Aviso legal · Política de cookies',
    ],
  ]),
  ...texts('pt', [
    [
      'Ative agora a sua conta',
      'Caro utilizador,\na sua conta foi criada com êxito mas ainda está inativa. Conclua a ativação aqui: {u}',
    ],
  ]),
  ...texts('it', [
    [
      'Verifica richiesta',
      'Qualcuno ha usato questo indirizzo per registrarsi su {c}. Eri tu? Conferma qui: {u}',
    ],
  ]),
  ...texts('nl', [
    [
      'Welkom! Nog één stap 🚲',
      'Wat fijn dat je er bent, {p}. Klik op de knop om je profiel te activeren: {u}',
    ],
  ]),
  ...texts('en', [
    [
      'Your {c} account is almost ready',
      "Just confirm your address and you're good to go: {u}\nQuestions? Reply to this email and a human will answer.",
    ],
  ]),
  ...texts('en', [
    [
      '{c}: verify email',
      "Verification code: {k}\nEnter it on the screen where you signed up. Didn't sign up? Someone may have typed your address by mistake.",
    ],
  ]),
  ...texts('de', [
    [
      'Fast geschafft, {p}!',
      'Nur noch deine E-Mail-Adresse bestätigen, dann kannst du alle Funktionen nutzen: {u}\nDer Link ist 72 Stunden gültig.',
    ],
  ]),
  ...texts('de', [
    [
      'Registrierung bei {c}',
      'Guten Tag,\nSie oder jemand anderes hat mit dieser Adresse ein Benutzerkonto beantragt. Zur Bestätigung geben Sie bitte den Code {k} ein.',
    ],
  ]),
  ...texts('fr', [
    [
      "Plus qu'un clic !",
      "Hello {p}, ton compte {c} t'attend. Confirme ton e-mail en un clic : {u}",
    ],
  ]),
  ...texts('fr', [
    [
      'Vérification de votre adresse électronique',
      'Madame, Monsieur,\nafin de sécuriser votre compte, nous devons vérifier votre adresse. Code de vérification : {k}.\nCe courriel a été envoyé automatiquement, merci de ne pas y répondre.',
    ],
  ]),
  ...texts('es', [
    [
      'Tu código de verificación de {c}',
      'Introduce {k} para terminar de crear tu cuenta. El código caduca en 30 minutos.',
    ],
  ]),
  ...texts('es', [
    [
      'Confirme su registro',
      'Le damos la bienvenida. Para garantizar la seguridad de su cuenta, confirme su dirección de correo electrónico: {u}',
    ],
  ]),
  ...texts('pt', [
    [
      '{p}, confirme que é você',
      'Recebemos um cadastro com este e-mail na {c}. Toque no botão para confirmar: {u}',
    ],
  ]),
  ...texts('pt', [
    [
      'Verificação de e-mail',
      'Para concluir a criação da conta, introduza o código {k} no ecrã de registo.',
    ],
  ]),
  ...texts('it', [
    [
      'Benvenuto in {c}! 🎉',
      'Siamo felici di averti con noi, {p}. Ti basta un clic per confermare la tua email: {u}',
    ],
  ]),
  ...texts('it', [
    [
      'Codice di conferma {k}',
      "Inserisci questo codice nell'app per completare la creazione del tuo profilo.",
    ],
  ]),
  ...texts('nl', [
    [
      'Bijna klaar met je registratie',
      'Je bent er bijna! Bevestig nog even dat dit jouw e-mailadres is: {u}',
    ],
  ]),
  ...texts('nl', [
    [
      'Bevestigingscode voor {c}',
      'Uw code is {k}. Vul deze in op de website om uw account te activeren. Heeft u geen account aangemaakt? Neem dan contact met ons op.',
    ],
  ]),
]
