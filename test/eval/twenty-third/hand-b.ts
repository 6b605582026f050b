// Hand-written company wordings for newsletter double opt-in and password reset / sign-in codes,
// three per language. "subject | body", body lines split by " / ".
import type { Lang } from '../types.ts'

export const HAND_SUBSCRIPTION: Record<Lang, readonly string[]> = {
  en: [
    'Confirm your subscription to {company} | Hi {name}, / You asked to get the {company} newsletter. Click to confirm and we’ll start sending: {link} / If this wasn’t you, do nothing and you won’t hear from us again.',
    'Are you sure? 💌 | Please confirm you want our weekly letter: {link} / — {company}',
    '{company}: one click to finish signing up | We received a request to add this address to our mailing list. Confirm here: {link}',
  ],
  de: [
    'Nur noch ein Klick: Newsletter bestätigen | Hallo {name}, / bitte bestätige deine Anmeldung zum {company}-Newsletter: {link} / Ohne Bestätigung schicken wir dir nichts.',
    'Bestätigung Ihrer Anmeldung | Sehr geehrte/r {name}, / wir haben eine Anmeldung für unseren Newsletter erhalten. Bitte bestätigen Sie diese über {link} / {company}',
    '{company} Newsletter – fast geschafft! | Klick auf den Link und du bist dabei: {link}',
  ],
  fr: [
    'Confirmez votre inscription à la newsletter | Bonjour {name}, / Merci de votre intérêt pour {company}. Confirmez votre inscription ici : {link} / Sans confirmation, vous ne recevrez rien.',
    'Un dernier clic ✉️ | Salut {name}, confirme que tu veux recevoir nos nouvelles : {link} / {company}',
    '{company} – validation de votre abonnement | Nous avons reçu une demande d’abonnement pour cette adresse. Validez-la ici : {link}',
  ],
  es: [
    'Confirma tu suscripción | ¡Hola {name}! / Solo falta un paso para recibir la newsletter de {company}: {link} / Si no fuiste tú, ignora este correo.',
    'Alta en el boletín de {company} | Estimado/a {name}: / Hemos recibido una petición de alta en nuestro boletín. Por favor, confírmela aquí: {link}',
    '¿Nos confirmas? 📬 | Pulsa para empezar a recibir nuestras novedades: {link} — {company}',
  ],
  pt: [
    'Confirme a sua subscrição | Olá {name}, / Recebemos um pedido para subscrever a newsletter {company}. Confirme aqui: {link}',
    'Confirme sua inscrição na newsletter | Oi {name}! Falta só confirmar seu e-mail para receber as novidades da {company}: {link}',
    '{company}: confirma que queres receber as nossas notícias? | Basta um clique: {link} / Se não pediste isto, ignora.',
  ],
  it: [
    'Conferma la tua iscrizione | Ciao {name}, / abbiamo ricevuto la tua richiesta di iscrizione alla newsletter {company}. Confermala qui: {link}',
    'Iscrizione alla newsletter di {company} | Gentile {name}, / per completare l’iscrizione clicchi sul link: {link} / Senza conferma non riceverà alcuna comunicazione.',
    'Manca solo un clic ✨ | Conferma e sei dei nostri: {link} — {company}',
  ],
  nl: [
    'Bevestig je inschrijving | Hoi {name}, / We kregen een aanmelding voor de nieuwsbrief van {company}. Bevestig hier: {link}',
    'Aanmelding nieuwsbrief {company} | Beste {name}, / Wilt u uw aanmelding bevestigen via deze link? {link} / Zonder bevestiging ontvangt u niets.',
    'Nog één klik 📨 | Klik om onze updates te ontvangen: {link} — {company}',
  ],
}

export const HAND_RESET: Record<Lang, readonly string[]> = {
  en: [
    'Reset your {company} password | Hi {name}, / We received a request to reset your password. Choose a new one here: {link} / This link expires in 1 hour. If you didn’t ask, ignore this email.',
    'Your {company} login code is {code} | Use {code} to sign in. It expires in 10 minutes. Someone else? You can safely ignore this.',
    'Password help for {company} | Forgot it? Happens to everyone. Set a new password: {link}',
  ],
  de: [
    'Passwort zurücksetzen für dein {company}-Konto | Hallo {name}, / wir haben eine Anfrage zum Zurücksetzen deines Passworts erhalten. Neues Passwort festlegen: {link} / Der Link ist 60 Minuten gültig.',
    'Ihr Anmeldecode: {code} | Geben Sie {code} ein, um sich bei {company} anzumelden. Der Code verfällt in 10 Minuten.',
    'Neues Passwort anfordern – {company} | Sehr geehrte/r {name}, über folgenden Link können Sie ein neues Passwort vergeben: {link}',
  ],
  fr: [
    'Réinitialisation de votre mot de passe {company} | Bonjour {name}, / Vous avez demandé à changer votre mot de passe. Cliquez ici : {link} / Ce lien expire dans une heure.',
    'Votre code de connexion : {code} | Saisissez {code} pour vous connecter à {company}. Valable 10 minutes.',
    'Mot de passe oublié ? | Pas de panique {name}, choisis-en un nouveau ici : {link} — {company}',
  ],
  es: [
    'Restablece tu contraseña de {company} | Hola {name}: / Hemos recibido una solicitud para cambiar tu contraseña. Hazlo aquí: {link} / El enlace vence en 1 hora.',
    'Tu código de acceso es {code} | Introduce {code} para iniciar sesión en {company}. Caduca en 10 minutos.',
    'Recuperación de contraseña – {company} | Estimado/a {name}: / Para crear una nueva contraseña, acceda al siguiente enlace: {link}',
  ],
  pt: [
    'Redefinir a sua palavra-passe | Olá {name}, / Recebemos um pedido para redefinir a palavra-passe da sua conta {company}: {link} / O link expira em 60 minutos.',
    'Redefinição de senha {company} | Oi {name}, recebemos sua solicitação de nova senha. Crie uma aqui: {link}',
    'Código de acesso {company}: {code} | Use {code} para entrar. Expira em 10 minutos.',
  ],
  it: [
    'Reimposta la password di {company} | Ciao {name}, / abbiamo ricevuto una richiesta di reimpostazione della password. Scegline una nuova: {link} / Il link scade tra un’ora.',
    'Il tuo codice di accesso: {code} | Inserisci {code} per accedere a {company}. Valido 10 minuti.',
    'Recupero password {company} | Gentile {name}, / per impostare una nuova password segua il link: {link}',
  ],
  nl: [
    'Stel je wachtwoord opnieuw in | Hoi {name}, / We kregen een verzoek om je wachtwoord bij {company} te wijzigen: {link} / De link verloopt na een uur.',
    'Je inlogcode: {code} | Gebruik {code} om in te loggen bij {company}. Geldig voor 10 minuten.',
    'Wachtwoord vergeten – {company} | Beste {name}, / Via deze link kiest u een nieuw wachtwoord: {link}',
  ],
}
