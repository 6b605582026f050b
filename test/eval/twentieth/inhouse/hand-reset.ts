// Hand-written password resets and sign-in codes (three per language): a code alone in the
// subject line, security bullet lists, formal and casual address.
import type { HandText } from './types.ts'

export const HAND_RESET: readonly HandText[] = [
  {
    lang: 'en',
    subject: 'Reset your {brand} password',
    body: "Hi {name},\n\nSomebody (hopefully you) asked to reset the password for your {brand} account. Choose a new one here:\n\n{link}\n\nThe link expires in {minutes} minutes. If you didn't ask, ignore this email – your password won't change.\n\n{brand} Security",
  },
  {
    lang: 'en',
    subject: 'Your sign-in code: {code}',
    body: '{code}\n\nUse this code to sign in to {brand}. It expires in {minutes} minutes.',
  },
  {
    lang: 'en',
    subject: '{brand} account recovery',
    body: 'Hello {name},\n\nWe received a request to recover access to the {brand} account linked to {email}.\n\nTo continue, open the secure page below and follow the steps:\n{link}\n\nFor your security:\n• this link can be used once\n• it expires after {minutes} minutes\n• our staff will never ask for your password\n\nIf you did not make this request, we recommend you review your account activity. No changes have been made.\n\n{brand} Account Services',
  },
  {
    lang: 'de',
    subject: 'Passwort zurücksetzen',
    body: 'Hallo {name},\n\ndu hast ein neues Passwort für {brand} angefordert. Hier kannst du es festlegen:\n\n{link}\n\nDer Link funktioniert {minutes} Minuten lang. Warst du das nicht? Dann ignoriere diese Mail einfach.\n\nDein {brand}-Team',
  },
  {
    lang: 'de',
    subject: '{brand} Anmeldecode',
    body: 'Ihr Anmeldecode: {code}\nGültig für {minutes} Minuten. Geben Sie diesen Code niemals weiter.',
  },
  {
    lang: 'de',
    subject: 'Ihre Anfrage zum Zurücksetzen des Passworts',
    body: 'Sehr geehrte/r {name},\n\nwir haben eine Anfrage erhalten, das Passwort für Ihr Kundenkonto bei {brand} zurückzusetzen. Über den folgenden Link können Sie ein neues Passwort vergeben:\n\n{link}\n\nAus Sicherheitsgründen ist der Link nur {minutes} Minuten gültig und kann nur einmal verwendet werden.\n\nFalls Sie diese Anfrage nicht gestellt haben, bleibt Ihr bisheriges Passwort unverändert.\n\nMit freundlichen Grüßen\nIhr {brand} Kundenservice',
  },
  {
    lang: 'fr',
    subject: 'Réinitialisation de votre mot de passe',
    body: "Bonjour {name},\n\nVous avez demandé à réinitialiser votre mot de passe {brand}. Cliquez sur le lien ci-dessous pour en choisir un nouveau :\n\n{link}\n\nLe lien restera actif {minutes} minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n\nL'équipe {brand}",
  },
  {
    lang: 'fr',
    subject: 'Ton code de connexion {brand}',
    body: 'Code : {code}\nValable {minutes} minutes. Garde-le pour toi.',
  },
  {
    lang: 'fr',
    subject: '{brand} – mot de passe oublié',
    body: "Madame, Monsieur {name},\n\nUne demande de réinitialisation du mot de passe associé à votre espace client ({email}) a été effectuée le {date}.\n\nPour définir un nouveau mot de passe, rendez-vous sur :\n{link}\n\nCe lien est à usage unique et reste valable {minutes} minutes. Si vous n'avez rien demandé, votre mot de passe actuel reste inchangé et vous pouvez ignorer ce message.\n\nCordialement,\nVotre service clients {brand}",
  },
  {
    lang: 'es',
    subject: 'Restablece tu contraseña',
    body: 'Hola {name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {brand}. Crea una nueva aquí:\n\n{link}\n\nEl enlace deja de funcionar en {minutes} minutos. Si no lo has pedido tú, ignora este correo.\n\nEl equipo de {brand}',
  },
  {
    lang: 'es',
    subject: '{code} – código de acceso de {brand}',
    body: 'Tu código de acceso es {code}. Caduca en {minutes} minutos.',
  },
  {
    lang: 'es',
    subject: '{brand}: solicitud de cambio de contraseña',
    body: 'Estimado/a {name}:\n\nSe ha solicitado el cambio de contraseña de la cuenta asociada a {email}. Para establecer una nueva, acceda al siguiente enlace:\n\n{link}\n\nPor su seguridad, el enlace solo puede usarse una vez y caduca en {minutes} minutos. Si usted no ha realizado esta solicitud, su contraseña actual sigue siendo válida.\n\nAtentamente,\nEquipo de seguridad de {brand}',
  },
  {
    lang: 'pt',
    subject: 'Redefinir a sua palavra-passe',
    body: 'Olá {name},\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {brand}. Escolha uma nova aqui:\n\n{link}\n\nO link expira em {minutes} minutos. Se não foi você, ignore este e-mail.\n\nEquipa {brand}',
  },
  {
    lang: 'pt',
    subject: 'Seu código de acesso {brand}',
    body: 'Código: {code}\nVálido por {minutes} minutos. Não compartilhe com ninguém.',
  },
  {
    lang: 'pt',
    subject: '{brand} – recuperação de acesso',
    body: 'Caro(a) {name},\n\nFoi pedida a recuperação do acesso à conta associada a {email}.\n\nPara definir uma nova palavra-passe, utilize a ligação seguinte:\n{link}\n\nPor motivos de segurança, a ligação só pode ser usada uma vez e expira em {minutes} minutos. Se não fez este pedido, a sua palavra-passe atual mantém-se.\n\nCom os nossos cumprimentos,\n{brand}',
  },
  {
    lang: 'it',
    subject: 'Reimposta la tua password',
    body: 'Ciao {name},\n\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account {brand}. Scegline una nuova qui:\n\n{link}\n\nIl link resta valido per {minutes} minuti. Se non hai chiesto niente, ignora pure questa e-mail.\n\nIl team {brand}',
  },
  {
    lang: 'it',
    subject: 'Il tuo codice di accesso {brand}',
    body: 'Codice: {code}\nValido per {minutes} minuti. Non condividerlo con nessuno.',
  },
  {
    lang: 'it',
    subject: '{brand} – recupero password',
    body: "Gentile {name},\n\nè stata richiesta la reimpostazione della password per l'account associato a {email}.\n\nPer impostare una nuova password, acceda al link seguente:\n{link}\n\nPer motivi di sicurezza il link è utilizzabile una sola volta e scade dopo {minutes} minuti. Se non ha effettuato Lei la richiesta, la password attuale resta invariata.\n\nCordiali saluti,\nServizio Clienti {brand}",
  },
  {
    lang: 'nl',
    subject: 'Stel je wachtwoord opnieuw in',
    body: 'Hoi {name},\n\nWe kregen een verzoek om het wachtwoord van je {brand}-account opnieuw in te stellen. Kies hier een nieuw wachtwoord:\n\n{link}\n\nDe link verloopt over {minutes} minuten. Was jij dit niet? Negeer deze mail dan.\n\nTeam {brand}',
  },
  {
    lang: 'nl',
    subject: 'Je inlogcode voor {brand}',
    body: 'Je code: {code}\nGeldig voor {minutes} minuten. Deel hem met niemand.',
  },
  {
    lang: 'nl',
    subject: '{brand} – wachtwoord vergeten',
    body: 'Beste {name},\n\nEr is gevraagd het wachtwoord te herstellen van het account dat bij {email} hoort.\n\nVia onderstaande link stelt u een nieuw wachtwoord in:\n{link}\n\nDeze link kan één keer worden gebruikt en verloopt na {minutes} minuten. Heeft u dit niet aangevraagd, dan blijft uw huidige wachtwoord gewoon geldig.\n\nMet vriendelijke groet,\nKlantenservice {brand}',
  },
]
