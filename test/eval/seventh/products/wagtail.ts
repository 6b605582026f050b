// Wagtail: the admin's password-reset mail (`wagtailadmin/account/password_reset/email.txt`:
// "Please follow the link below to reset your password", "Your username (in case you've
// forgotten)"). source: Wagtail's admin templates; translations follow Wagtail's locale files
// where known, else reconstructed.
import type { Product } from '../product.ts'

export const WAGTAIL_RESET: Product = {
  product: 'Wagtail',
  family: 'reset',
  source: 'Wagtail admin template password_reset/email.txt',
  echo: 'name',
  own: ['webmaster@{domain}', '{co} CMS <cms@{domain}>', '{co} <noreply@{domain}>'],
  texts: {
    en: {
      subject: 'Password reset',
      body: "Please follow the link below to reset your password:\n{url}\n\nYour username (in case you've forgotten): {name}",
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Bitte folgen Sie dem Link unten, um Ihr Passwort zurückzusetzen:\n{url}\n\nIhr Benutzername (falls Sie ihn vergessen haben): {name}',
    },
    fr: {
      subject: 'Réinitialisation du mot de passe',
      body: "Veuillez suivre le lien ci-dessous pour réinitialiser votre mot de passe :\n{url}\n\nVotre nom d'utilisateur (au cas où vous l'auriez oublié) : {name}",
    },
    es: {
      subject: 'Restablecer contraseña',
      body: 'Por favor, sigue el enlace de abajo para restablecer tu contraseña:\n{url}\n\nTu nombre de usuario (por si lo has olvidado): {name}',
    },
    pt: {
      subject: 'Redefinição de senha',
      body: 'Por favor, siga o link abaixo para redefinir sua senha:\n{url}\n\nSeu nome de usuário (caso tenha esquecido): {name}',
    },
    it: {
      subject: 'Reimpostazione password',
      body: 'Segui il link qui sotto per reimpostare la tua password:\n{url}\n\nIl tuo nome utente (nel caso l’avessi dimenticato): {name}',
    },
    nl: {
      subject: 'Wachtwoord opnieuw instellen',
      body: 'Volg de onderstaande link om je wachtwoord opnieuw in te stellen:\n{url}\n\nJe gebruikersnaam (voor het geval je die vergeten bent): {name}',
    },
  },
}
