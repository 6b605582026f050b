// PeerTube: account e-mail verification and password reset of an instance. source: PeerTube's
// server e-mail templates (`verify-email` "Verify your email on <instance>", `password-reset`
// "Reset your account password"); PeerTube sends these in English, the other languages are
// reconstructions of an instance's translated templates.
import type { Product } from '../product.ts'

const own = ['{co} <noreply@video.{domain}>', 'PeerTube <peertube@tube.{domain}>']

export const PEERTUBE_VERIFY: Product = {
  product: 'PeerTube',
  family: 'verification',
  source: 'PeerTube server template verify-email (reconstructed translations)',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Verify your email on {co}',
      body: 'Welcome to {co}, {name}!\n\nTo start using PeerTube on {co} you must verify your email. Please follow this link to verify this email belongs to you: {url}\n\nIf you are not the person who initiated this request, please ignore this email.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse auf {co}',
      body: 'Willkommen auf {co}, {name}!\n\nUm PeerTube auf {co} zu nutzen, müssen Sie Ihre E-Mail-Adresse bestätigen. Folgen Sie diesem Link, um zu bestätigen, dass diese Adresse Ihnen gehört: {url}\n\nWenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail bitte.',
    },
    fr: {
      subject: 'Vérifiez votre adresse e-mail sur {co}',
      body: "Bienvenue sur {co}, {name} !\n\nPour commencer à utiliser PeerTube sur {co}, vous devez vérifier votre adresse e-mail. Suivez ce lien pour confirmer qu'elle vous appartient : {url}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.",
    },
    es: {
      subject: 'Verifica tu correo en {co}',
      body: '¡Bienvenido/a a {co}, {name}!\n\nPara empezar a usar PeerTube en {co} tienes que verificar tu correo. Sigue este enlace para confirmar que esta dirección es tuya: {url}\n\nSi no has hecho esta solicitud, ignora este correo.',
    },
    pt: {
      subject: 'Verifique o seu e-mail em {co}',
      body: 'Bem-vindo(a) a {co}, {name}!\n\nPara começar a usar o PeerTube em {co}, tem de verificar o seu e-mail. Siga esta ligação para confirmar que este endereço lhe pertence: {url}\n\nSe não fez este pedido, ignore este e-mail.',
    },
    it: {
      subject: 'Verifica la tua email su {co}',
      body: 'Benvenuto su {co}, {name}!\n\nPer iniziare a usare PeerTube su {co} devi verificare la tua email. Segui questo link per confermare che l’indirizzo è tuo: {url}\n\nSe non hai fatto tu questa richiesta, ignora questa email.',
    },
    nl: {
      subject: 'Verifieer je e-mailadres op {co}',
      body: 'Welkom op {co}, {name}!\n\nOm PeerTube op {co} te gebruiken, moet je je e-mailadres verifiëren. Volg deze link om te bevestigen dat dit adres van jou is: {url}\n\nHeb je dit niet aangevraagd? Negeer deze e-mail dan.',
    },
  },
}

export const PEERTUBE_RESET: Product = {
  product: 'PeerTube',
  family: 'reset',
  source: 'PeerTube server template password-reset (reconstructed translations)',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Reset your account password',
      body: 'A reset password procedure for your account {name} has been requested on {co}.\n\nPlease follow this link to reset it: {url}\n(the link will expire within 1 hour)\n\nIf you are not the person who initiated this request, please ignore this email.',
    },
    de: {
      subject: 'Setzen Sie Ihr Kontopasswort zurück',
      body: 'Für Ihr Konto {name} wurde auf {co} das Zurücksetzen des Passworts angefordert.\n\nFolgen Sie diesem Link, um es zurückzusetzen: {url}\n(der Link läuft nach 1 Stunde ab)\n\nWenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Réinitialisez le mot de passe de votre compte',
      body: "Une réinitialisation du mot de passe de votre compte {name} a été demandée sur {co}.\n\nSuivez ce lien pour le réinitialiser : {url}\n(le lien expirera dans 1 heure)\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.",
    },
    es: {
      subject: 'Restablece la contraseña de tu cuenta',
      body: 'Se ha solicitado en {co} restablecer la contraseña de tu cuenta {name}.\n\nSigue este enlace para restablecerla: {url}\n(el enlace caduca en 1 hora)\n\nSi no has hecho esta solicitud, ignora este correo.',
    },
    pt: {
      subject: 'Redefina a palavra-passe da sua conta',
      body: 'Foi pedida em {co} a redefinição da palavra-passe da sua conta {name}.\n\nSiga esta ligação para a redefinir: {url}\n(a ligação expira dentro de 1 hora)\n\nSe não fez este pedido, ignore este e-mail.',
    },
    it: {
      subject: 'Reimposta la password del tuo account',
      body: 'È stata richiesta su {co} la reimpostazione della password del tuo account {name}.\n\nSegui questo link per reimpostarla: {url}\n(il link scade entro 1 ora)\n\nSe non hai fatto tu questa richiesta, ignora questa email.',
    },
    nl: {
      subject: 'Stel het wachtwoord van je account opnieuw in',
      body: 'Er is op {co} gevraagd het wachtwoord van je account {name} opnieuw in te stellen.\n\nVolg deze link om het opnieuw in te stellen: {url}\n(de link verloopt binnen 1 uur)\n\nHeb je dit niet aangevraagd? Negeer deze e-mail dan.',
    },
  },
}
