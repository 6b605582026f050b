import { w, type Product } from '../types.ts'

// Ghost members sign-up email (ghost/core members email templates, subject "🙌 Complete your
// sign up to {site}!") and the ghost/i18n translations of member emails.
export const ghost: Product = {
  product: 'Ghost',
  family: 'subscription',
  source: 'github.com/TryGhost/Ghost, members signup email template and ghost/i18n locales',
  hosted: 'noreply@{slug}.ghost.io',
  texts: {
    en: [
      w(
        '🙌 Complete your sign up to {company}!',
        `Hey there!\n\nTap the link below to complete the signup process for {company}, and be automatically signed in:\n\nActivate my account: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nFor your security, the link will expire in 24 hours time.\n\nSee you soon!\n\nYou can also copy & paste this URL into your browser. If you did not make this request, you can simply delete this message.`,
      ),
    ],
    de: [
      w(
        '🙌 Schließe deine Anmeldung bei {company} ab!',
        `Hallo!\n\nTippe auf den Link unten, um die Anmeldung bei {company} abzuschließen und automatisch eingeloggt zu werden:\n\nMein Konto aktivieren: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nAus Sicherheitsgründen läuft der Link in 24 Stunden ab.\n\nBis bald!`,
      ),
    ],
    fr: [
      w(
        '🙌 Finalisez votre inscription à {company} !',
        `Bonjour !\n\nAppuyez sur le lien ci-dessous pour finaliser votre inscription à {company} et être connecté automatiquement :\n\nActiver mon compte : https://{slug}.ghost.io/members/?token={token}&action=signup\n\nPour votre sécurité, le lien expirera dans 24 heures.\n\nÀ bientôt !`,
      ),
    ],
    es: [
      w(
        '🙌 ¡Completa tu registro en {company}!',
        `¡Hola!\n\nToca el enlace de abajo para completar el registro en {company} e iniciar sesión automáticamente:\n\nActivar mi cuenta: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nPor tu seguridad, el enlace caducará en 24 horas.\n\n¡Hasta pronto!`,
      ),
    ],
    pt: [
      w(
        '🙌 Conclua sua inscrição em {company}!',
        `Olá!\n\nToque no link abaixo para concluir a inscrição em {company} e entrar automaticamente:\n\nAtivar minha conta: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nPor segurança, o link expira em 24 horas.\n\nAté breve!`,
      ),
    ],
    it: [
      w(
        '🙌 Completa la tua iscrizione a {company}!',
        `Ciao!\n\nTocca il link qui sotto per completare l’iscrizione a {company} ed effettuare automaticamente l’accesso:\n\nAttiva il mio account: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nPer sicurezza il link scadrà tra 24 ore.\n\nA presto!`,
      ),
    ],
    nl: [
      w(
        '🙌 Rond je aanmelding bij {company} af!',
        `Hallo!\n\nTik op de link hieronder om je aanmelding bij {company} af te ronden en automatisch in te loggen:\n\nMijn account activeren: https://{slug}.ghost.io/members/?token={token}&action=signup\n\nVoor je veiligheid verloopt de link over 24 uur.\n\nTot snel!`,
      ),
    ],
  },
}
