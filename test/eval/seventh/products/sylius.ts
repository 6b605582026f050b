// Sylius: the shop's "Email address verification" and "Password reset" mails. source: Sylius
// ShopBundle default e-mail templates (`verification_token`: "Hello <name>! To verify your email
// address - please visit <url>"; `password_reset`); translations follow Sylius's bundled
// message files where known, else reconstructed.
import type { Product } from '../product.ts'

const own = ['{co} <shop@{domain}>', '{co} Shop <no-reply@shop.{domain}>', 'shop@{domain}']

export const SYLIUS_VERIFY: Product = {
  product: 'Sylius',
  family: 'verification',
  source: 'Sylius ShopBundle email verification template',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Email address verification',
      body: 'Hello {name}!\n\nTo verify your email address - please visit {url}\n\nRegards, the {co} team',
    },
    de: {
      subject: 'Bestätigung der E-Mail-Adresse',
      body: 'Hallo {name}!\n\nUm Ihre E-Mail-Adresse zu bestätigen, besuchen Sie bitte {url}\n\nMit freundlichen Grüßen, Ihr {co}-Team',
    },
    fr: {
      subject: "Vérification de l'adresse e-mail",
      body: "Bonjour {name} !\n\nPour vérifier votre adresse e-mail, rendez-vous sur {url}\n\nCordialement, l'équipe {co}",
    },
    es: {
      subject: 'Verificación de la dirección de correo electrónico',
      body: '¡Hola, {name}!\n\nPara verificar tu dirección de correo electrónico, visita {url}\n\nSaludos, el equipo de {co}',
    },
    pt: {
      subject: 'Verificação do endereço de e-mail',
      body: 'Olá {name}!\n\nPara verificar o seu endereço de e-mail, visite {url}\n\nCumprimentos, a equipa {co}',
    },
    it: {
      subject: "Verifica dell'indirizzo email",
      body: 'Ciao {name}!\n\nPer verificare il tuo indirizzo email, visita {url}\n\nCordiali saluti, il team {co}',
    },
    nl: {
      subject: 'Verificatie van je e-mailadres',
      body: 'Hallo {name}!\n\nBezoek {url} om je e-mailadres te verifiëren.\n\nMet vriendelijke groet, het {co}-team',
    },
  },
}

export const SYLIUS_RESET: Product = {
  product: 'Sylius',
  family: 'reset',
  source: 'Sylius ShopBundle password reset template',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Password reset',
      body: 'Hello {name}!\n\nYou have requested a password reset. To reset your password, please visit {url}\n\nIf you did not ask for it, you can ignore this message.',
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Hallo {name}!\n\nSie haben das Zurücksetzen Ihres Passworts angefordert. Besuchen Sie dazu bitte {url}\n\nWenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.',
    },
    fr: {
      subject: 'Réinitialisation du mot de passe',
      body: "Bonjour {name} !\n\nVous avez demandé la réinitialisation de votre mot de passe. Pour le réinitialiser, rendez-vous sur {url}\n\nSi vous n'avez rien demandé, ignorez ce message.",
    },
    es: {
      subject: 'Restablecimiento de contraseña',
      body: '¡Hola, {name}!\n\nHas solicitado restablecer tu contraseña. Para hacerlo, visita {url}\n\nSi no lo has solicitado, ignora este mensaje.',
    },
    pt: {
      subject: 'Redefinição da palavra-passe',
      body: 'Olá {name}!\n\nPediu a redefinição da sua palavra-passe. Para a redefinir, visite {url}\n\nSe não fez este pedido, ignore esta mensagem.',
    },
    it: {
      subject: 'Reimpostazione della password',
      body: 'Ciao {name}!\n\nHai richiesto la reimpostazione della password. Per reimpostarla visita {url}\n\nSe non l’hai richiesta tu, ignora questo messaggio.',
    },
    nl: {
      subject: 'Wachtwoord opnieuw instellen',
      body: 'Hallo {name}!\n\nJe hebt gevraagd je wachtwoord opnieuw in te stellen. Bezoek daarvoor {url}\n\nHeb je dit niet gevraagd, dan kun je dit bericht negeren.',
    },
  },
}
