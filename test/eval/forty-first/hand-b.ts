// Hand-written first mails of the subscription and reset families, one company's own wording per
// language, written for this set. A reset form asks for the address only: no name in them.
import type { ByLang } from './wording.ts'

export const HAND_SUBSCRIPTION: ByLang = {
  en: [
    'One more click: confirm your subscription',
    'Hi {name},\n\nSomeone (hopefully you) asked to receive the {company} newsletter at this address. Please confirm:\n\n{link}\n\nNo confirmation, no emails – if this was not you, simply ignore this message.\n\n{company} · You can unsubscribe at any time.',
  ],
  de: [
    'Newsletter-Anmeldung bestätigen',
    'Hallo {name},\n\nvielen Dank für Ihr Interesse am Newsletter von {company}. Bitte bestätigen Sie Ihre Anmeldung mit einem Klick:\n\n{link}\n\nErst nach Ihrer Bestätigung senden wir Ihnen E-Mails (Double-Opt-In). Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.\n\nImpressum: {company} GmbH',
  ],
  fr: [
    'Confirmez votre inscription à la newsletter {company}',
    'Bonjour {name},\n\nPour recevoir nos actualités et offres, merci de confirmer votre adresse :\n\n{link}\n\nSi vous n’avez rien demandé, ne faites rien : vous ne recevrez aucun message.\n\n{company} – Se désinscrire à tout moment',
  ],
  es: [
    '¿Confirmas tu suscripción?',
    'Hola {name},\n\nHemos recibido una solicitud para suscribir este correo al boletín de {company}. Confírmala aquí:\n\n{link}\n\nSi no fuiste tú, no hagas nada.\n\n{company} · Darse de baja',
  ],
  pt: [
    'Confirme a sua subscrição',
    'Olá {name},\n\nObrigado por subscrever a newsletter da {company}. Clique no botão para confirmar o seu email:\n\n{link}\n\nSe não pediu esta subscrição, ignore esta mensagem.\n\n{company} · Cancelar subscrição',
  ],
  it: [
    'Conferma la tua iscrizione alla newsletter',
    'Ciao {name},\n\nmanca solo un passaggio per ricevere la newsletter di {company}: conferma la tua iscrizione qui\n\n{link}\n\nSe non ti sei iscritto, ignora questa email.\n\n{company} · Annulla iscrizione',
  ],
  nl: [
    'Bevestig je inschrijving op de nieuwsbrief',
    'Hoi {name},\n\nBedankt voor je aanmelding voor de nieuwsbrief van {company}. Bevestig je inschrijving via deze link:\n\n{link}\n\nNiet aangemeld? Dan hoef je niets te doen.\n\n{company} · Afmelden',
  ],
}

export const HAND_RESET: ByLang = {
  en: [
    'Reset your {company} password',
    'We received a request to reset the password for the {company} account linked to this email.\n\nChoose a new password here (valid for 60 minutes):\n{link}\n\nIf you did not ask for this, you can ignore this email; your password stays the same.\n\n{company} Support',
  ],
  de: [
    'Passwort zurücksetzen',
    'Hallo,\n\nfür Ihr Konto bei {company} wurde das Zurücksetzen des Passworts angefordert. Über den folgenden Link vergeben Sie ein neues Passwort:\n\n{link}\n\nDer Link ist eine Stunde gültig. Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nIhr {company}-Team',
  ],
  fr: [
    'Réinitialisation de votre mot de passe',
    'Bonjour,\n\nVous avez demandé à réinitialiser votre mot de passe {company}. Cliquez sur ce lien pour en choisir un nouveau :\n\n{link}\n\nCe lien expire dans 30 minutes. Si vous n’êtes pas à l’origine de la demande, ignorez cet e-mail.\n\nL’équipe {company}',
  ],
  es: [
    'Restablece tu contraseña de {company}',
    'Hola:\n\nAlguien ha solicitado restablecer la contraseña de tu cuenta en {company}. Usa este código: {code}\n\nO haz clic aquí: {link}\n\nSi no lo solicitaste, ignora este correo.\n\nEquipo de {company}',
  ],
  pt: [
    'Redefinição da palavra-passe',
    'Olá,\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {company}. Para escolher uma nova, use o link:\n\n{link}\n\nSe não fez este pedido, pode ignorar este email em segurança.\n\nEquipa {company}',
  ],
  it: [
    'Reimposta la password',
    'Ciao,\n\nabbiamo ricevuto una richiesta di reimpostazione della password per il tuo account {company}. Clicca qui per impostarne una nuova:\n\n{link}\n\nIl link scade tra 24 ore. Se non sei stato tu, ignora questo messaggio.\n\n{company}',
  ],
  nl: [
    'Wachtwoord opnieuw instellen',
    'Hallo,\n\nEr is gevraagd om het wachtwoord van je {company}-account opnieuw in te stellen. Via deze link kies je een nieuw wachtwoord:\n\n{link}\n\nDeze link is 1 uur geldig. Heb je dit niet aangevraagd? Negeer dan deze e-mail.\n\nTeam {company}',
  ],
}
