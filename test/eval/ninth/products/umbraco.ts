// source: Umbraco CMS back-office / members "Password reset requested" mail (its language files
// name the key resetPasswordEmailCopySubject and the body with the reset link); English closest
// to it, other languages follow Umbraco's translations where known (reconstruction).
import type { Product } from '../product.ts'

const url = (d: string, t: string) => `https://www.${d}/umbraco/reset?r=${t}`

export const UMBRACO: Product = {
  product: 'Umbraco',
  family: 'reset',
  source: 'Umbraco "Password reset requested" email (resetPasswordEmailCopySubject)',
  echo: 'name',
  hosted: null,
  locals: ['no-reply', 'website'],
  texts: {
    en: (f) => ({
      subject: `Umbraco: Reset Password`,
      body: `Password reset requested\n\nYour username to login to ${f.company} is: ${f.name}\n\nClick this link to reset your password:\n${url(f.domain, f.token)}\n\nIf you did not request a password reset, you can safely ignore this email.`,
    }),
    de: (f) => ({
      subject: `Umbraco: Passwort zurücksetzen`,
      body: `Zurücksetzen des Passworts angefordert\n\nIhr Benutzername für ${f.company} lautet: ${f.name}\n\nKlicken Sie auf diesen Link, um Ihr Passwort zurückzusetzen:\n${url(f.domain, f.token)}\n\nWenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren.`,
    }),
    fr: (f) => ({
      subject: `Umbraco : réinitialiser le mot de passe`,
      body: `Réinitialisation du mot de passe demandée\n\nVotre nom d'utilisateur pour ${f.company} est : ${f.name}\n\nCliquez sur ce lien pour réinitialiser votre mot de passe :\n${url(f.domain, f.token)}\n\nSi vous n'avez rien demandé, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `Umbraco: restablecer contraseña`,
      body: `Se ha solicitado restablecer la contraseña\n\nTu nombre de usuario en ${f.company} es: ${f.name}\n\nHaz clic en este enlace para restablecer tu contraseña:\n${url(f.domain, f.token)}\n\nSi no lo solicitaste, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `Umbraco: redefinir senha`,
      body: `Redefinição de senha solicitada\n\nSeu nome de usuário em ${f.company} é: ${f.name}\n\nClique neste link para redefinir sua senha:\n${url(f.domain, f.token)}\n\nSe você não solicitou, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `Umbraco: reimposta password`,
      body: `Reimpostazione della password richiesta\n\nIl tuo nome utente per ${f.company} è: ${f.name}\n\nFai clic su questo link per reimpostare la password:\n${url(f.domain, f.token)}\n\nSe non l'hai richiesta, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `Umbraco: wachtwoord opnieuw instellen`,
      body: `Wachtwoordherstel aangevraagd\n\nJe gebruikersnaam voor ${f.company} is: ${f.name}\n\nKlik op deze link om je wachtwoord opnieuw in te stellen:\n${url(f.domain, f.token)}\n\nHeb je dit niet aangevraagd? Negeer dan deze e-mail.`,
    }),
  },
}
