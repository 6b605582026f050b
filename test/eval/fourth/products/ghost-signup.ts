// Ghost: the member sign-up magic link ("Complete your sign up"), sent by Ghost(Pro) from the
// site's ghost.io address or by a self-hosted site from its own domain.
// source: TryGhost/Ghost ghost/core/core/server/services/members/emails/signup.js and the
// members i18n strings (reconstructed).
import type { Product } from './product.ts'

export const GHOST_SIGNUP: Product = {
  product: 'Ghost',
  family: 'verification',
  source: 'TryGhost/Ghost members emails/signup.js ("Complete your sign up")',
  locals: ['noreply', 'hello'],
  subdomains: ['', 'blog.', 'news.'],
  hosted: (c) => `noreply@${c.slug}.ghost.io`,
  link: (c, token) => `https://${c.domain}/members/?token=${token}&action=signup`,
  texts: {
    en: [
      {
        subject: '🙌 Complete your sign up to {company}!',
        body: 'Hey there!\n\nTap the link below to complete the signup process for {company}, and be automatically signed in:\n\nActivate my account ( {link} )\n\nFor your security, the link will expire in 24 hours time.\n\nSee you soon!\n\nYou can also copy & paste this URL into your browser: {link}\n\nThis message was sent from {site} to {email}.',
      },
    ],
    de: [
      {
        subject: '🙌 Schließe deine Anmeldung bei {company} ab!',
        body: 'Hallo!\n\nTippe auf den Link unten, um deine Anmeldung bei {company} abzuschließen und automatisch eingeloggt zu werden:\n\nKonto aktivieren ( {link} )\n\nAus Sicherheitsgründen läuft der Link in 24 Stunden ab.\n\nBis bald!\n\nDiese Nachricht wurde von {site} an {email} gesendet.',
      },
    ],
    fr: [
      {
        subject: '🙌 Finalisez votre inscription à {company} !',
        body: 'Bonjour !\n\nCliquez sur le lien ci-dessous pour finaliser votre inscription à {company} et être connecté automatiquement :\n\nActiver mon compte ( {link} )\n\nPour votre sécurité, le lien expirera dans 24 heures.\n\nÀ bientôt !\n\nCe message a été envoyé par {site} à {email}.',
      },
    ],
    es: [
      {
        subject: '🙌 ¡Completa tu registro en {company}!',
        body: '¡Hola!\n\nPulsa el enlace de abajo para completar tu registro en {company} e iniciar sesión automáticamente:\n\nActivar mi cuenta ( {link} )\n\nPor tu seguridad, el enlace caduca en 24 horas.\n\n¡Hasta pronto!\n\nEste mensaje se envió desde {site} a {email}.',
      },
    ],
    pt: [
      {
        subject: '🙌 Conclua a sua inscrição em {company}!',
        body: 'Olá!\n\nToque na ligação abaixo para concluir a inscrição em {company} e entrar automaticamente:\n\nAtivar a minha conta ( {link} )\n\nPor segurança, a ligação expira em 24 horas.\n\nAté breve!\n\nEsta mensagem foi enviada por {site} para {email}.',
      },
    ],
    it: [
      {
        subject: '🙌 Completa la tua iscrizione a {company}!',
        body: 'Ciao!\n\nTocca il link qui sotto per completare l’iscrizione a {company} ed effettuare l’accesso automaticamente:\n\nAttiva il mio account ( {link} )\n\nPer sicurezza, il link scade tra 24 ore.\n\nA presto!\n\nQuesto messaggio è stato inviato da {site} a {email}.',
      },
    ],
    nl: [
      {
        subject: '🙌 Rond je aanmelding bij {company} af!',
        body: 'Hoi!\n\nTik op de link hieronder om je aanmelding bij {company} af te ronden en automatisch ingelogd te worden:\n\nMijn account activeren ( {link} )\n\nVoor je veiligheid verloopt de link over 24 uur.\n\nTot snel!\n\nDit bericht is door {site} naar {email} gestuurd.',
      },
    ],
  },
}
