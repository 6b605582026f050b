// Hand-written texts of the other families, two per variant and language: account sign-up
// verification, forum and community sign-ups, newsletter opt-ins and password resets, each a
// company's own wording. Written for this set.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const HAND_SIGNUP: Texts = {
  en: [
    'Please verify your email :: Hi {name},\n\nwelcome to {company}! Please confirm that {email} is your address by clicking the link below:\n\n{link}\n\nThe link is valid for 24 hours. If you did not sign up, just ignore this email.\n\n{company}',
    'Activate your {company} account :: Hello {name},\n\nYour account is almost ready. Enter this code to activate it: {code}\n\nOr open {link}\n\nDidn’t create an account? No action needed.\n\n— {company} Accounts',
  ],
  de: [
    'Bitte bestätigen Sie Ihre E-Mail-Adresse :: Hallo {name},\n\nwillkommen bei {company}! Bitte bestätigen Sie Ihre Adresse {email} über diesen Link:\n\n{link}\n\nDer Link ist 24 Stunden gültig. Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.',
    'Dein Aktivierungscode für {company}: {code} :: Hi {name},\n\nfast geschafft! Gib diesen Code ein, um dein Konto zu aktivieren: {code}\n\nDu hast dich nicht angemeldet? Dann kannst du diese Nachricht einfach löschen.\n\nDein {company} Team',
  ],
  fr: [
    'Confirmez votre adresse e-mail :: Bonjour {name},\n\nbienvenue chez {company} ! Merci de confirmer votre adresse {email} en cliquant sur le lien ci-dessous :\n\n{link}\n\nCe lien expire dans 24 heures. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
    'Activez votre compte {company} :: Salut {name},\n\nton compte est presque prêt. Saisis ce code pour l’activer : {code}\n\nTu n’as rien demandé ? Tu peux ignorer cet e-mail.\n\nL’équipe {company}',
  ],
  es: [
    'Verifica tu correo electrónico :: Hola {name}:\n\n¡Te damos la bienvenida a {company}! Confirma que {email} es tu dirección haciendo clic aquí:\n\n{link}\n\nEl enlace caduca en 24 horas. Si no te has registrado, ignora este mensaje.',
    'Active su cuenta de {company} :: Estimado/a {name}:\n\nPara completar el alta, introduzca el siguiente código de activación: {code}\n\nSi usted no ha solicitado esta cuenta, no es necesario hacer nada.\n\nAtentamente,\n{company}',
  ],
  pt: [
    'Confirme o seu endereço de e-mail :: Olá {name},\n\nbem-vindo à {company}! Confirme que {email} é o seu endereço clicando na ligação abaixo:\n\n{link}\n\nA ligação é válida durante 24 horas. Se não se registou, ignore este e-mail.',
    'Ative sua conta {company} :: Oi {name},\n\nfalta pouco! Use este código para ativar sua conta: {code}\n\nNão foi você? Pode ignorar esta mensagem.\n\nEquipe {company}',
  ],
  it: [
    'Conferma il tuo indirizzo email :: Ciao {name},\n\nbenvenuto su {company}! Conferma che {email} è il tuo indirizzo cliccando sul link qui sotto:\n\n{link}\n\nIl link scade tra 24 ore. Se non ti sei registrato, ignora questa email.',
    'Attiva il tuo account {company} :: Gentile {name},\n\nper completare la registrazione inserisca il codice di attivazione: {code}\n\nSe non ha richiesto un account, può ignorare questo messaggio.\n\nCordiali saluti,\n{company}',
  ],
  nl: [
    'Bevestig je e-mailadres :: Hoi {name},\n\nwelkom bij {company}! Bevestig dat {email} jouw adres is via de link hieronder:\n\n{link}\n\nDe link is 24 uur geldig. Heb je je niet aangemeld? Negeer dan deze e-mail.',
    'Activeer uw account bij {company} :: Beste {name},\n\nVoer de volgende activeringscode in om uw account te activeren: {code}\n\nHeeft u geen account aangevraagd? Dan hoeft u niets te doen.\n\nMet vriendelijke groet,\n{company}',
  ],
}

export const HAND_FORUM: Texts = {
  en: [
    'Welcome to the {company} forum - please activate :: Hi {name},\n\nthanks for joining the {company} community forum! Before you can post, please activate your account:\n\n{link}\n\nUsername: {name}\n\nSee you in the threads!',
    'Confirm your community membership :: Hello {name},\n\nSomeone (hopefully you) registered the username "{name}" on the {company} Community with this email address. Confirm to start posting: {link}\n\nIf it wasn’t you, the account is removed after 7 days.',
  ],
  de: [
    'Willkommen im {company} Forum - bitte aktivieren :: Hallo {name},\n\nschön, dass du dabei bist! Bevor du Beiträge schreiben kannst, aktiviere bitte dein Konto:\n\n{link}\n\nBenutzername: {name}\n\nBis bald im Forum!',
    'Registrierung in der {company} Community bestätigen :: Hallo {name},\n\nmit dieser E-Mail-Adresse wurde der Benutzername „{name}“ in unserer Community registriert. Bitte bestätigen: {link}\n\nOhne Bestätigung wird das Konto nach 7 Tagen gelöscht.',
  ],
  fr: [
    'Bienvenue sur le forum {company} - activez votre compte :: Bonjour {name},\n\nmerci de rejoindre le forum {company} ! Pour pouvoir publier, activez votre compte :\n\n{link}\n\nNom d’utilisateur : {name}\n\nÀ bientôt sur le forum !',
    'Confirmez votre inscription à la communauté {company} :: Bonjour {name},\n\nle pseudo « {name} » a été enregistré sur la communauté {company} avec cette adresse. Confirmez pour participer : {link}\n\nSans confirmation, le compte sera supprimé sous 7 jours.',
  ],
  es: [
    'Bienvenido al foro de {company} - activa tu cuenta :: Hola {name}:\n\n¡gracias por unirte al foro de {company}! Antes de publicar, activa tu cuenta:\n\n{link}\n\nNombre de usuario: {name}\n\n¡Nos vemos en los hilos!',
    'Confirma tu registro en la comunidad {company} :: Hola {name}:\n\nSe ha registrado el usuario «{name}» en la Comunidad {company} con esta dirección. Confirma para empezar a participar: {link}\n\nSi no has sido tú, la cuenta se eliminará en 7 días.',
  ],
  pt: [
    'Bem-vindo ao fórum {company} - ative a sua conta :: Olá {name},\n\nobrigado por se juntar ao fórum {company}! Antes de publicar, ative a sua conta:\n\n{link}\n\nNome de utilizador: {name}\n\nAté já no fórum!',
    'Confirme seu cadastro na comunidade {company} :: Oi {name},\n\no usuário "{name}" foi cadastrado na Comunidade {company} com este e-mail. Confirme para começar a participar: {link}\n\nSe não foi você, a conta será removida em 7 dias.',
  ],
  it: [
    'Benvenuto nel forum {company} - attiva l’account :: Ciao {name},\n\ngrazie per esserti iscritto al forum di {company}! Prima di scrivere, attiva il tuo account:\n\n{link}\n\nNome utente: {name}\n\nCi vediamo nelle discussioni!',
    'Conferma l’iscrizione alla community {company} :: Ciao {name},\n\nil nome utente "{name}" è stato registrato nella Community {company} con questo indirizzo. Conferma per partecipare: {link}\n\nSenza conferma l’account verrà rimosso tra 7 giorni.',
  ],
  nl: [
    'Welkom op het {company} forum - activeer je account :: Hoi {name},\n\nleuk dat je meedoet op het forum van {company}! Activeer eerst je account voordat je berichten plaatst:\n\n{link}\n\nGebruikersnaam: {name}\n\nTot in de topics!',
    'Bevestig je aanmelding bij de {company} community :: Hallo {name},\n\nde gebruikersnaam "{name}" is met dit e-mailadres geregistreerd in de {company} Community. Bevestig om mee te doen: {link}\n\nZonder bevestiging verwijderen we het account na 7 dagen.',
  ],
}

export const HAND_OPTIN: Texts = {
  en: [
    'Confirm your subscription to {company} news :: Hi {name},\n\none click and you’re in: please confirm that you want to receive the {company} newsletter.\n\n{link}\n\nIf you didn’t ask for this, do nothing - you won’t hear from us again.',
    'One more step: confirm your email ✉️ :: Hello {name}!\n\nYou (or someone using your address) signed up for updates from {company}. Confirm here: {link}\n\nWe send one email a month, and you can unsubscribe any time.',
  ],
  de: [
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung :: Hallo {name},\n\nvielen Dank für Ihr Interesse am Newsletter von {company}. Bitte bestätigen Sie Ihre Anmeldung (Double-Opt-In):\n\n{link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.',
    'Nur noch ein Klick ✉️ :: Hi {name},\n\ndu hast dich für Neuigkeiten von {company} angemeldet. Bestätige kurz deine Adresse: {link}\n\nKeine Sorge: Abmelden geht jederzeit mit einem Klick.',
  ],
  fr: [
    'Confirmez votre inscription à la newsletter {company} :: Bonjour {name},\n\nmerci de votre intérêt pour la lettre d’information de {company}. Merci de confirmer votre inscription :\n\n{link}\n\nSi vous n’avez rien demandé, ignorez simplement ce message.',
    'Plus qu’un clic ! ✉️ :: Coucou {name},\n\ntu t’es inscrit(e) aux nouvelles de {company}. Confirme ton adresse ici : {link}\n\nDésinscription possible à tout moment.',
  ],
  es: [
    'Confirma tu suscripción al boletín de {company} :: Hola {name}:\n\ngracias por tu interés en el boletín de {company}. Confirma tu suscripción aquí:\n\n{link}\n\nSi no lo has solicitado tú, ignora este correo.',
    'Solo falta un paso ✉️ :: ¡Hola {name}!\n\nAlguien (seguramente tú) se ha suscrito a las novedades de {company}. Confírmalo aquí: {link}\n\nEnviamos un correo al mes y puedes darte de baja cuando quieras.',
  ],
  pt: [
    'Confirme a sua subscrição da newsletter {company} :: Olá {name},\n\nobrigado pelo interesse na newsletter da {company}. Confirme a sua subscrição aqui:\n\n{link}\n\nSe não fez este pedido, ignore este e-mail.',
    'Só falta um clique ✉️ :: Oi {name}!\n\nVocê se inscreveu para receber novidades da {company}. Confirme seu e-mail: {link}\n\nPode cancelar a inscrição quando quiser.',
  ],
  it: [
    'Conferma la tua iscrizione alla newsletter {company} :: Ciao {name},\n\ngrazie per esserti iscritto alla newsletter di {company}. Conferma l’iscrizione qui:\n\n{link}\n\nSe non hai fatto tu la richiesta, ignora questa email.',
    'Manca solo un clic ✉️ :: Ciao {name}!\n\nQualcuno (speriamo tu) si è iscritto agli aggiornamenti di {company}. Conferma qui: {link}\n\nPuoi annullare l’iscrizione in qualsiasi momento.',
  ],
  nl: [
    'Bevestig je inschrijving voor de nieuwsbrief van {company} :: Hoi {name},\n\nbedankt voor je interesse in de nieuwsbrief van {company}. Bevestig je inschrijving hier:\n\n{link}\n\nHeb je je niet ingeschreven? Negeer deze e-mail dan.',
    'Nog één klik ✉️ :: Hallo {name}!\n\nJe hebt je aangemeld voor updates van {company}. Bevestig je adres: {link}\n\nUitschrijven kan altijd.',
  ],
}

export const HAND_RESET: Texts = {
  en: [
    'Reset your password :: Hi,\n\nWe received a request to reset the password for the {company} account linked to {email}. Choose a new password here:\n\n{link}\n\nThis link expires in 60 minutes. If you didn’t ask for a reset, you can ignore this email - your password stays the same.',
    '{company}: your password reset code :: Your password reset code is {code}.\n\nIt expires in 15 minutes. Never share this code with anyone.\n\nNot you? Secure your account: {link}',
  ],
  de: [
    'Passwort zurücksetzen :: Hallo,\n\nfür Ihr Konto bei {company} ({email}) wurde das Zurücksetzen des Passworts angefordert. Neues Passwort festlegen:\n\n{link}\n\nDer Link ist 60 Minuten gültig. Falls Sie das nicht waren, ignorieren Sie diese E-Mail.',
    'Dein Code zum Zurücksetzen: {code} :: Hi,\n\nhier ist dein Code, um dein {company} Passwort zurückzusetzen: {code}\n\nGültig für 15 Minuten. Gib ihn niemals weiter.',
  ],
  fr: [
    'Réinitialisation de votre mot de passe :: Bonjour,\n\nune demande de réinitialisation du mot de passe a été faite pour le compte {company} associé à {email}. Choisissez un nouveau mot de passe :\n\n{link}\n\nCe lien expire dans 60 minutes. Si vous n’êtes pas à l’origine de la demande, ignorez cet e-mail.',
    'Votre code de réinitialisation {company} :: Votre code de réinitialisation est {code}.\n\nIl est valable 15 minutes. Ne le communiquez à personne.',
  ],
  es: [
    'Restablece tu contraseña :: Hola:\n\nHemos recibido una solicitud para restablecer la contraseña de la cuenta de {company} asociada a {email}. Elige una nueva aquí:\n\n{link}\n\nEl enlace caduca en 60 minutos. Si no lo has solicitado, ignora este correo.',
    'Código para restablecer su contraseña: {code} :: Su código de restablecimiento de {company} es {code}.\n\nCaduca en 15 minutos. No lo comparta con nadie.',
  ],
  pt: [
    'Redefinir a sua palavra-passe :: Olá,\n\nrecebemos um pedido para redefinir a palavra-passe da conta {company} associada a {email}. Defina uma nova aqui:\n\n{link}\n\nA ligação expira em 60 minutos. Se não fez o pedido, ignore este e-mail.',
    'Seu código de redefinição de senha :: Seu código para redefinir a senha da {company} é {code}.\n\nEle expira em 15 minutos. Não compartilhe com ninguém.',
  ],
  it: [
    'Reimposta la tua password :: Ciao,\n\nabbiamo ricevuto una richiesta di reimpostazione della password per l’account {company} collegato a {email}. Scegli una nuova password:\n\n{link}\n\nIl link scade tra 60 minuti. Se non sei stato tu, ignora questa email.',
    'Codice di reimpostazione {company}: {code} :: Il tuo codice per reimpostare la password è {code}.\n\nÈ valido 15 minuti. Non condividerlo con nessuno.',
  ],
  nl: [
    'Wachtwoord opnieuw instellen :: Hallo,\n\nwe hebben een verzoek ontvangen om het wachtwoord van het {company}-account van {email} opnieuw in te stellen. Kies een nieuw wachtwoord:\n\n{link}\n\nDe link verloopt na 60 minuten. Heb je dit niet aangevraagd? Negeer dan deze e-mail.',
    'Je herstelcode voor {company} :: Je code om je wachtwoord te herstellen is {code}.\n\nDe code is 15 minuten geldig. Deel hem met niemand.',
  ],
}
