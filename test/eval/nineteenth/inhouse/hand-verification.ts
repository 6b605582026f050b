// Hand-written in-house account verification / activation / welcome mails, each company's own
// words (written for this set; no two share a sentence). Slots: see types.ts.
import { wordings, type HandText } from './types.ts'

const TEXTS: readonly HandText[] = [
  [
    'en',
    'Is this you, {name}?',
    'Someone (hopefully you) just created a {company} account with {email}. Tap below to make it official:\n\n{link}\n\nNot you? Ignore this and nothing happens.',
  ],
  [
    'en',
    'Action required: activate your {company} account',
    'Hi {name},\n\nYour account is almost ready. Please activate it within 48 hours using the button below.\n\nActivate account: {link}\n\n© {company} Ltd. You received this mandatory service email because an account was registered with this address.',
  ],
  [
    'en',
    'Welcome aboard 🎉',
    "Hey {name}, glad you're here! One last step - confirm your email so we know where to send your stuff.\n\n{link}\n\n- {company}",
  ],
  [
    'de',
    'Bitte bestätige deine E-Mail-Adresse',
    'Hallo {name},\n\nwillkommen bei {company}! Klick kurz auf den Link, damit dein Konto aktiv wird:\n{link}\n\nDer Link ist 24 Stunden gültig.',
  ],
  [
    'de',
    'Ihr Kundenkonto bei {company}',
    'Guten Tag {name},\n\nvielen Dank für Ihre Registrierung. Um Ihr Kundenkonto freizuschalten, bestätigen Sie bitte Ihre E-Mail-Adresse:\n\n{link}\n\nSollten Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.\n\n{company} GmbH · Impressum · Datenschutz',
  ],
  [
    'de',
    '{code} ist dein Bestätigungscode',
    'Gib diesen Code in der {company}-App ein, um deine Anmeldung abzuschließen: {code}',
  ],
  [
    'fr',
    'Activez votre compte {company}',
    'Bonjour {name},\n\nBienvenue ! Pour finaliser votre inscription, cliquez sur le lien ci-dessous :\n{link}\n\nCe lien expire dans 24 heures.\n\nL’équipe {company}',
  ],
  [
    'fr',
    'Une dernière étape, {name} !',
    'Confirme ton adresse e-mail et ton espace {company} est prêt 🙌\n\n{link}\n\nTu n’es pas à l’origine de cette inscription ? Ignore simplement ce message.',
  ],
  [
    'fr',
    'Votre code : {code}',
    'Saisissez ce code pour vérifier votre adresse électronique. Il est valable 10 minutes. {company} ne vous demandera jamais ce code par téléphone.',
  ],
  [
    'es',
    'Confirma tu correo electrónico',
    '¡Hola, {name}!\n\nGracias por registrarte en {company}. Para activar tu cuenta pulsa aquí:\n{link}\n\nSi no has sido tú, ignora este mensaje.',
  ],
  [
    'es',
    'Bienvenido/a a {company}',
    'Estimado/a {name}:\n\nSu cuenta ha sido creada. Para empezar a usarla, debe verificar su dirección de correo en el siguiente enlace:\n{link}\n\nEl equipo de {company}\nAviso legal: este correo va dirigido exclusivamente a su destinatario.',
  ],
  [
    'es',
    '¿Eres tú? Verifica tu cuenta',
    '{name}, alguien usó {email} para crear una cuenta. Si fuiste tú, confírmalo: {link}',
  ],
  [
    'pt',
    'Confirme o seu endereço de e-mail',
    'Olá {name},\n\nObrigado por se registar na {company}. Para ativar a conta, clique no link abaixo:\n{link}\n\nSe não fez este registo, ignore esta mensagem.',
  ],
  [
    'pt',
    'Ative sua conta agora',
    'Oi {name}! Falta pouco 😊 Clique no botão para ativar sua conta {company}:\n\n{link}\n\nO link vale por 24 horas.',
  ],
  [
    'pt',
    'Código de verificação {company}',
    'O seu código é {code}. Introduza-o no ecrã de registo para concluir a criação da conta.',
  ],
  [
    'it',
    'Conferma il tuo indirizzo email',
    'Ciao {name},\n\nbenvenuto su {company}! Per attivare il tuo account clicca qui:\n{link}\n\nSe non ti sei registrato tu, ignora questa email.',
  ],
  [
    'it',
    'Attivazione account – {company}',
    'Gentile {name},\n\nLa ringraziamo per la registrazione. Per completare la procedura è necessario confermare l’indirizzo email tramite il seguente link:\n{link}\n\nInformativa privacy ai sensi del Reg. UE 2016/679 disponibile sul nostro sito.',
  ],
  ['it', 'Manca solo un clic!', '{name}, conferma la tua email e inizia subito: {link}'],
  [
    'nl',
    'Bevestig je e-mailadres',
    'Hoi {name},\n\nWelkom bij {company}! Klik op de link om je account te activeren:\n{link}\n\nHeb je geen account aangemaakt? Dan kun je deze mail negeren.',
  ],
  [
    'nl',
    'Uw registratie bij {company}',
    'Beste {name},\n\nHartelijk dank voor uw registratie. Activeer uw account via onderstaande link:\n{link}\n\nMet vriendelijke groet,\n{company}',
  ],
  [
    'nl',
    'Jouw code: {code}',
    'Vul deze code in om je e-mailadres te verifiëren. De code verloopt na 15 minuten.',
  ],
]

export const HAND_VERIFICATION = wordings(TEXTS)
