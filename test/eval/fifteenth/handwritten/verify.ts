// Hand-written account verification / activation / welcome-please-confirm mails, each one
// company's own wording (written fresh for this set). Five per language.
import type { Written } from './text.ts'

export const VERIFY_TEXTS: readonly Written[] = [
  [
    'en',
    'Confirm your email to finish signing up',
    'Hi {n},\n\nYou are one click away from your {c} account. Tap the button below to confirm this is your address:\n\n{l}\n\nThe link works for 24 hours. Didn’t sign up? Just ignore this email and no account will be created.',
  ],
  [
    'en',
    'Welcome aboard, {n}! (one last step)',
    'Thanks for joining {c}. Before you can log in we need to make sure this inbox belongs to you — activate your account here: {l}',
  ],
  [
    'en',
    'Is this you?',
    'Someone just created a {c} account with this email address. If it was you, verify it with the code {k}. If it wasn’t, no action is needed.',
  ],
  [
    'en',
    'Action required: activate your {c} account',
    'Please activate your account within 7 days, otherwise your registration will be deleted automatically.\n\nActivate: {l}\n\n© {c} Ltd. All rights reserved. You received this email because an account was registered with this address.',
  ],
  [
    'en',
    '{k} is your {c} verification code',
    'Enter {k} in the sign-up window to verify your email. This code expires in 10 minutes.',
  ],
  [
    'de',
    'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    'Hallo {n},\n\nvielen Dank für Ihre Registrierung bei {c}. Um Ihr Kundenkonto freizuschalten, klicken Sie bitte auf folgenden Link:\n{l}\n\nSollten Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.',
  ],
  [
    'de',
    'Fast geschafft, {n}!',
    'Nur noch ein Klick und dein {c}-Konto ist startklar. Bestätige jetzt deine Adresse: {l} 🚀',
  ],
  [
    'de',
    'Kontoaktivierung',
    'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nfür diese E-Mail-Adresse wurde ein Zugang angelegt. Bitte aktivieren Sie ihn innerhalb von 48 Stunden über den untenstehenden Link, andernfalls verfällt die Anmeldung.\n{l}\n\n{c} AG · Sitz: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 77310 · Vorstand: Dr. Petra Lind',
  ],
  [
    'de',
    'Dein Bestätigungscode: {k}',
    'Gib diesen Code in der App ein, um dein Konto zu verifizieren. Er ist 15 Minuten gültig.',
  ],
  [
    'de',
    'Willkommen bei {c}',
    'Schön, dass Sie da sind! Damit wir Sie auf dem Laufenden halten dürfen, bestätigen Sie bitte noch kurz Ihre Adresse. Danach steht Ihnen Ihr Konto vollständig zur Verfügung: {l}',
  ],
  [
    'fr',
    'Confirmez votre adresse e-mail',
    "Bonjour {n},\n\nMerci de votre inscription sur {c}. Pour activer votre compte, il vous suffit de cliquer sur le lien ci-dessous :\n{l}\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez simplement ce message.",
  ],
  [
    'fr',
    'Bienvenue chez {c} 🎉',
    'Ton compte est presque prêt ! Valide ton e-mail pour commencer : {l}',
  ],
  [
    'fr',
    'Activation de votre espace client',
    "Madame, Monsieur {n},\n\nVotre espace client a bien été créé. Afin de finaliser votre inscription, veuillez saisir le code d'activation suivant : {k}\n\nConformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données en écrivant à dpo@{c}.fr",
  ],
  [
    'fr',
    "C'est bien vous ?",
    "Quelqu'un vient d'ouvrir un compte {c} avec cette adresse. Si c'est vous, confirmez ici : {l}. Sinon, vous pouvez supprimer cet e-mail.",
  ],
  [
    'fr',
    'Plus qu’une étape',
    'Vérifiez votre adresse dans les 72 heures pour profiter de toutes les fonctionnalités de votre compte {c}.',
  ],
  [
    'es',
    'Activa tu cuenta de {c}',
    '¡Hola {n}! Gracias por registrarte. Para empezar, confirma tu correo haciendo clic aquí: {l}\n\nSi no has creado ninguna cuenta, ignora este mensaje.',
  ],
  [
    'es',
    'Verificación de correo electrónico',
    'Estimado/a {n}:\n\nPara completar el alta en {c}, introduzca el siguiente código de verificación: {k}\n\nEste código caduca en 30 minutos. Por su seguridad, no lo comparta con nadie.',
  ],
  [
    'es',
    '¡Bienvenido/a a bordo! 🚀',
    'Tu cuenta en {c} está casi lista. Solo falta que confirmes que este correo es tuyo: {l}',
  ],
  [
    'es',
    '¿Has creado una cuenta?',
    'Se ha usado esta dirección para registrarse en {c}. Si fuiste tú, pulsa el enlace para confirmarlo. Si no, no hace falta que hagas nada.',
  ],
  [
    'es',
    'Completa tu registro',
    'Le recordamos que su registro está pendiente de confirmación.\n{l}\n\n{c} S.L. – CIF B-87123456 – Calle de Alcalá 120, 28009 Madrid. Este mensaje y sus anexos son confidenciales.',
  ],
  [
    'pt',
    'Confirme o seu endereço de e-mail',
    'Olá {n},\n\nObrigado por se registar na {c}. Para ativar a sua conta, clique na ligação abaixo:\n{l}\n\nSe não foi você, ignore este e-mail.',
  ],
  [
    'pt',
    'Bem-vindo(a) à {c}!',
    'Oi {n}, que bom ter você aqui! Falta só confirmar seu e-mail pra liberar sua conta: {l} 😉',
  ],
  [
    'pt',
    'Seu código de verificação',
    'Use o código {k} para concluir seu cadastro. Ele expira em 10 minutos. Nunca compartilhe esse código.',
  ],
  [
    'pt',
    'Ativação de conta pendente',
    'Exmo.(a) Cliente,\n\nA sua conta foi criada mas ainda não está ativa. Proceda à ativação no prazo de 5 dias, caso contrário o registo será eliminado.\n\n{c} – Todos os direitos reservados.',
  ],
  [
    'pt',
    'Foi você?',
    'Alguém criou uma conta na {c} com este e-mail. Se foi você, confirme aqui: {l}',
  ],
  [
    'it',
    'Conferma il tuo indirizzo email',
    'Ciao {n},\n\ngrazie per esserti registrato su {c}! Per attivare il tuo account clicca sul link qui sotto:\n{l}\n\nSe non hai richiesto la registrazione, ignora questa email.',
  ],
  [
    'it',
    'Attivazione account',
    "Gentile {n},\n\nLa ringraziamo per la registrazione. Per completare la procedura è necessario confermare l'indirizzo email entro 48 ore.\n{l}\n\nInformativa privacy ai sensi del Regolamento UE 2016/679 disponibile sul nostro sito.\n{c} S.p.A. – Sede legale: Via Roma 12, Torino",
  ],
  ['it', 'Benvenuto in {c} 👋', 'Manca solo un passaggio: verifica la tua email e sei dentro!'],
  [
    'it',
    'Il tuo codice è {k}',
    "Inseriscilo nell'app per completare l'iscrizione. Scade tra 15 minuti.",
  ],
  [
    'it',
    'Sei stato tu?',
    'Questo indirizzo è stato usato per creare un account {c}. Se non sei stato tu, non devi fare nulla.',
  ],
  [
    'nl',
    'Bevestig je e-mailadres',
    'Hoi {n},\n\nLeuk dat je een account hebt aangemaakt bij {c}! Klik op de link hieronder om je e-mailadres te bevestigen:\n{l}\n\nHeb jij je niet aangemeld? Dan kun je deze e-mail negeren.',
  ],
  [
    'nl',
    'Activeer uw account',
    'Geachte {n},\n\nUw registratie is bijna voltooid. Activeer uw account binnen 24 uur via onderstaande link.\n{l}\n\n{c} B.V. | Postbus 1180 | 3500 BD Utrecht',
  ],
  [
    'nl',
    'Welkom bij {c}! 🎈',
    'Nog één stapje: bevestig even dat dit jouw adres is, dan kun je meteen aan de slag.',
  ],
  [
    'nl',
    'Je verificatiecode: {k}',
    'Vul deze code in om je registratie af te ronden. De code is 10 minuten geldig.',
  ],
  [
    'nl',
    'Was jij dit?',
    'Er is zojuist een account aangemaakt bij {c} met dit e-mailadres. Niet door jou gedaan? Negeer dan dit bericht.',
  ],
]
