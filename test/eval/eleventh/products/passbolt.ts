// Passbolt: the account recovery mail anyone can trigger from the recover page by typing an
// address; a one-line notice with the recovery link. Source: Passbolt API email template
// LU/user_register_self / AN/user_recover ("Your account recovery"), translations after
// Passbolt's Crowdin files where known, otherwise a site's own.
import type { Product } from '../product.ts'

export const PASSBOLT: Product = {
  product: 'Passbolt',
  family: 'reset',
  source: 'Passbolt email template AN/user_recover ("Your account recovery")',
  hosted: (c) => `no-reply@${c.slug}.passbolt.cloud`,
  ownLocal: 'passbolt',
  texts: {
    en: {
      subject: 'Your account recovery, {name}!',
      body: 'You just requested to recover your passbolt account on {site}. Start recovery: {link}',
    },
    de: {
      subject: 'Wiederherstellung Ihres Kontos, {name}!',
      body: 'Sie haben soeben die Wiederherstellung Ihres Passbolt-Kontos auf {site} angefordert. Wiederherstellung starten: {link}',
    },
    fr: {
      subject: 'Récupération de votre compte, {name} !',
      body: 'Vous venez de demander la récupération de votre compte passbolt sur {site}. Démarrer la récupération : {link}',
    },
    es: {
      subject: '¡Recuperación de tu cuenta, {name}!',
      body: 'Acabas de solicitar la recuperación de tu cuenta de passbolt en {site}. Iniciar la recuperación: {link}',
    },
    pt: {
      subject: 'Recuperação da sua conta, {name}!',
      body: 'Você acabou de pedir a recuperação da sua conta passbolt em {site}. Iniciar recuperação: {link}',
    },
    it: {
      subject: 'Recupero del tuo account, {name}!',
      body: 'Hai appena richiesto il recupero del tuo account passbolt su {site}. Avvia il recupero: {link}',
    },
    nl: {
      subject: 'Herstel van je account, {name}!',
      body: 'Je hebt zojuist gevraagd je passbolt-account op {site} te herstellen. Herstel starten: {link}',
    },
  },
}
