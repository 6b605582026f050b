// Hand-written account verification / activation mails (three per language): links and codes,
// du/Sie, tu/vous, tú/usted, a code alone in the subject, privacy footers.
import type { HandText } from './types.ts'

export const HAND_VERIFICATION: readonly HandText[] = [
  {
    lang: 'en',
    subject: 'Confirm your email for {brand}',
    body: "Hi {name},\n\nYou're almost in. Tap the button below to confirm this is your email address:\n\nConfirm email → {link}\n\nThe link works for {minutes} minutes. Didn't create an account? You can ignore this message.\n\n— {brand}",
  },
  {
    lang: 'en',
    subject: '{code} is your {brand} code',
    body: 'Your verification code is {code}.\n\nEnter it in the app to finish creating your account. Never share this code.',
  },
  {
    lang: 'en',
    subject: 'Activate your {brand} account',
    body: "Welcome aboard, {name}!\n\nBefore you can sign in we need to check that {email} really belongs to you. Please activate your account here:\n{link}\n\nOnce activated you can set up your profile, save favourites and track orders.\n\nIf this wasn't you, no action is needed – the account stays inactive and will be removed after 7 days.\n\nThanks,\nThe {brand} Team\n\nYou received this email because someone signed up at {site} with this address.",
  },
  {
    lang: 'de',
    subject: 'Bitte bestätige deine E-Mail-Adresse',
    body: 'Hi {name},\n\nnur noch ein Klick: Bestätige deine Adresse, damit dein {brand}-Konto aktiv wird.\n\n👉 {link}\n\nDer Link ist {minutes} Minuten gültig.\n\nDein {brand}-Team',
  },
  {
    lang: 'de',
    subject: 'Ihr Bestätigungscode: {code}',
    body: 'Guten Tag,\n\nIhr Code zur Bestätigung Ihrer E-Mail-Adresse lautet:\n\n{code}\n\nGeben Sie ihn im Registrierungsformular ein. Aus Sicherheitsgründen verliert der Code nach {minutes} Minuten seine Gültigkeit.\n\n{brand}',
  },
  {
    lang: 'de',
    subject: '{brand}: Aktivierung Ihres Kundenkontos',
    body: 'Sehr geehrte/r {name},\n\nvielen Dank für Ihre Registrierung bei {brand}. Um Ihr Kundenkonto zu aktivieren, klicken Sie bitte auf den folgenden Link:\n\n{link}\n\nSollte der Link nicht funktionieren, kopieren Sie ihn vollständig in die Adresszeile Ihres Browsers.\n\nHaben Sie sich nicht bei uns registriert? Dann können Sie diese E-Mail ignorieren; ohne Aktivierung wird das Konto nach 14 Tagen gelöscht.\n\nMit freundlichen Grüßen\nIhr {brand} Kundenservice\n\nImpressum: {brand}, {site}',
  },
  {
    lang: 'fr',
    subject: 'Confirmez votre adresse e-mail',
    body: "Bonjour {name},\n\nMerci pour votre inscription sur {brand} ! Pour activer votre compte, il suffit de confirmer votre adresse :\n\n{link}\n\nCe lien expire dans {minutes} minutes.\n\nÀ très vite,\nL'équipe {brand}",
  },
  {
    lang: 'fr',
    subject: '{brand} : code {code}',
    body: 'Voici ton code de vérification : {code}\nIl reste valable {minutes} minutes. Ne le communique à personne.',
  },
  {
    lang: 'fr',
    subject: 'Activation de votre compte {brand}',
    body: "Madame, Monsieur {name},\n\nVotre compte client a bien été créé avec l'adresse {email}. Afin de finaliser votre inscription, nous vous remercions de cliquer sur le lien d'activation ci-dessous :\n\n{link}\n\nSans activation de votre part sous 72 heures, votre demande d'inscription sera annulée.\n\nSi vous n'êtes pas à l'origine de cette inscription, aucune action n'est requise.\n\nCordialement,\nLe service clients {brand}",
  },
  {
    lang: 'es',
    subject: 'Verifica tu correo electrónico',
    body: '¡Hola, {name}!\n\nSolo falta un paso: confirma tu dirección para activar tu cuenta de {brand}.\n\nVerificar correo: {link}\n\nEl enlace caduca en {minutes} minutos.\n\nEl equipo de {brand}',
  },
  {
    lang: 'es',
    subject: 'Tu código de {brand}: {code}',
    body: 'Usa el código {code} para verificar tu cuenta. Dejará de valer en {minutes} minutos.\nSi no lo has pedido tú, no hagas nada.',
  },
  {
    lang: 'es',
    subject: 'Active su cuenta en {brand}',
    body: 'Estimado/a {name}:\n\nGracias por registrarse en {brand}. Para completar el alta de su cuenta, pulse en el siguiente enlace:\n\n{link}\n\nSi el enlace no funciona, cópielo en la barra de direcciones de su navegador.\n\nSi usted no ha solicitado este registro, no es necesario que haga nada.\n\nUn cordial saludo,\nDepartamento de clientes de {brand}\n\nDe conformidad con el RGPD, sus datos serán tratados por {brand} con la finalidad de gestionar su cuenta.',
  },
  {
    lang: 'pt',
    subject: 'Confirme o seu endereço de e-mail',
    body: 'Olá {name},\n\nFalta pouco! Confirme o seu e-mail para ativar a conta {brand}:\n\n{link}\n\nA ligação deixa de funcionar dentro de {minutes} minutos.\n\nEquipa {brand}',
  },
  {
    lang: 'pt',
    subject: '{code} é o seu código {brand}',
    body: 'Seu código de verificação é {code}. Ele vale por {minutes} minutos. Não passe esse número para ninguém.',
  },
  {
    lang: 'pt',
    subject: 'Ative a sua conta {brand}',
    body: 'Caro(a) {name},\n\nObrigado por se registar em {brand}. Para ativar a sua conta, clique na ligação abaixo:\n\n{link}\n\nSe não fez este registo, ignore esta mensagem; a conta não será ativada.\n\nAtenciosamente,\nApoio ao Cliente {brand}\n\nRecebeu este e-mail porque o endereço {email} foi usado para criar uma conta em {site}.',
  },
  {
    lang: 'it',
    subject: 'Conferma il tuo indirizzo e-mail',
    body: 'Ciao {name},\n\nmanca solo un passaggio: conferma la tua e-mail per attivare il tuo account {brand}.\n\n{link}\n\nIl link scade tra {minutes} minuti.\n\nIl team {brand}',
  },
  {
    lang: 'it',
    subject: 'Codice di verifica {brand}',
    body: 'Il tuo codice è {code}.\nInseriscilo nella pagina di registrazione entro {minutes} minuti.',
  },
  {
    lang: 'it',
    subject: 'Attivazione account {brand}',
    body: 'Gentile {name},\n\nLa ringraziamo per essersi registrato/a su {brand}. Per attivare il Suo account clicchi sul link seguente:\n\n{link}\n\nSe la registrazione non è stata fatta da Lei, può tranquillamente cestinare questa e-mail.\n\nCordiali saluti,\nServizio Clienti {brand}\n\nInformativa privacy: i Suoi dati sono trattati ai sensi del Regolamento UE 2016/679.',
  },
  {
    lang: 'nl',
    subject: 'Bevestig je e-mailadres',
    body: 'Hoi {name},\n\nNog één stap! Bevestig je e-mailadres om je {brand}-account te activeren:\n\n{link}\n\nDeze link is {minutes} minuten geldig.\n\nGroeten,\nTeam {brand}',
  },
  {
    lang: 'nl',
    subject: 'Je {brand}-code: {code}',
    body: 'Gebruik code {code} om je account te verifiëren. Geef deze code nooit aan een ander.',
  },
  {
    lang: 'nl',
    subject: 'Activeer uw account bij {brand}',
    body: 'Beste {name},\n\nHartelijk dank voor uw registratie bij {brand}. Klik op onderstaande link om uw account te activeren:\n\n{link}\n\nHeeft u zich niet aangemeld? Dan hoeft u niets te doen; het account wordt na zeven dagen automatisch verwijderd.\n\nMet vriendelijke groet,\nKlantenservice {brand}',
  },
]
