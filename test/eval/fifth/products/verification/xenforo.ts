// XenForo: the email confirmation after registration (email template `user_email_confirmation`,
// phrase "Account confirmation required"), greeting the username. Source: XenForo 2 default
// email templates and phrases; other languages after XenForo's community language packs
// (reconstruction).
import type { Product } from '../../product.ts'

const confirm = (domain: string, token: string) =>
  `https://community.${domain}/account-confirmation/${token.slice(0, 12)}/email?c=${token.slice(12, 28)}`

export const XENFORO_VERIFY: Product = {
  product: 'XenForo',
  family: 'verification',
  source: 'XenForo 2 email template user_email_confirmation, "Account confirmation required"',
  echo: 'name',
  hosted: null,
  locals: ['noreply', 'community', 'forum'],
  subdomains: ['', 'community.'],
  texts: {
    en: (f) => ({
      subject: `${f.name}, account confirmation required at ${f.company} Community`,
      body: `${f.name}, in order to complete your registration at ${f.company} Community, you need to confirm your account by clicking the link below.\n\n${confirm(f.domain, f.token)}\n\nOnce you confirm your account, you will have full access to ${f.company} Community.\n\nThis message was sent to you because you registered at ${f.company} Community. If you did not register, please ignore this email.`,
    }),
    de: (f) => ({
      subject: `${f.name}, Kontobestätigung bei ${f.company} Community erforderlich`,
      body: `${f.name}, um deine Registrierung bei ${f.company} Community abzuschließen, musst du dein Konto über den folgenden Link bestätigen.\n\n${confirm(f.domain, f.token)}\n\nSobald dein Konto bestätigt ist, hast du vollen Zugriff auf ${f.company} Community.\n\nDu erhältst diese Nachricht, weil du dich bei ${f.company} Community registriert hast. Falls nicht, ignoriere diese E-Mail bitte.`,
    }),
    fr: (f) => ({
      subject: `${f.name}, confirmation du compte requise sur ${f.company} Communauté`,
      body: `${f.name}, pour terminer votre inscription sur ${f.company} Communauté, vous devez confirmer votre compte en cliquant sur le lien ci-dessous.\n\n${confirm(f.domain, f.token)}\n\nUne fois votre compte confirmé, vous aurez un accès complet à ${f.company} Communauté.\n\nCe message vous a été envoyé suite à votre inscription. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `${f.name}, es necesario confirmar tu cuenta en ${f.company} Comunidad`,
      body: `${f.name}, para completar tu registro en ${f.company} Comunidad debes confirmar tu cuenta haciendo clic en el enlace de abajo.\n\n${confirm(f.domain, f.token)}\n\nCuando la confirmes tendrás acceso completo a ${f.company} Comunidad.\n\nRecibes este mensaje porque te registraste en ${f.company} Comunidad. Si no fuiste tú, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `${f.name}, confirmação de conta necessária em ${f.company} Comunidade`,
      body: `${f.name}, para concluir seu cadastro em ${f.company} Comunidade, você precisa confirmar sua conta clicando no link abaixo.\n\n${confirm(f.domain, f.token)}\n\nDepois da confirmação você terá acesso completo a ${f.company} Comunidade.\n\nVocê recebeu esta mensagem porque se cadastrou em ${f.company} Comunidade. Se não foi você, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `${f.name}, è richiesta la conferma dell'account su ${f.company} Community`,
      body: `${f.name}, per completare la registrazione su ${f.company} Community devi confermare il tuo account cliccando sul link qui sotto.\n\n${confirm(f.domain, f.token)}\n\nDopo la conferma avrai accesso completo a ${f.company} Community.\n\nRicevi questo messaggio perché ti sei registrato su ${f.company} Community. Se non sei stato tu, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `${f.name}, accountbevestiging vereist op ${f.company} Community`,
      body: `${f.name}, om je registratie op ${f.company} Community te voltooien moet je je account bevestigen via de link hieronder.\n\n${confirm(f.domain, f.token)}\n\nNa de bevestiging heb je volledige toegang tot ${f.company} Community.\n\nJe ontvangt dit bericht omdat je je hebt geregistreerd op ${f.company} Community. Heb je dat niet gedaan, negeer deze e-mail dan.`,
    }),
  },
}
