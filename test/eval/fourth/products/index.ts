// Every product of the fourth set, by family.
import { ACTIVECAMPAIGN } from './activecampaign.ts'
import { APPWRITE_RECOVERY } from './appwrite-recovery.ts'
import { APPWRITE_VERIFICATION } from './appwrite-verification.ts'
import { BEEHIIV } from './beehiiv.ts'
import { BUTTONDOWN } from './buttondown.ts'
import { CAMPAIGN_MONITOR } from './campaign-monitor.ts'
import { CLERK_CODES } from './clerk-codes.ts'
import { CLERK_VERIFICATION } from './clerk-verification.ts'
import { COGNITO_VERIFICATION } from './cognito-verification.ts'
import { DESKPRO } from './deskpro.ts'
import { DRUPAL_RESET } from './drupal-reset.ts'
import { DRUPAL_WELCOME } from './drupal-welcome.ts'
import { FORMSPREE } from './formspree.ts'
import { FREESCOUT } from './freescout.ts'
import { GAME_ACCOUNT_CODES } from './game-account-codes.ts'
import { GETRESPONSE } from './getresponse.ts'
import { GHOST_SIGNUP } from './ghost-signup.ts'
import { GITEA_ACTIVATION } from './gitea-activation.ts'
import { GITEA_RECOVERY } from './gitea-recovery.ts'
import { GOOGLE_FORMS } from './google-forms.ts'
import { HELPDESK_COM } from './helpdesk-com.ts'
import { HUBSPOT_SERVICE } from './hubspot-service.ts'
import { JOOMLA_REGISTRATION } from './joomla-registration.ts'
import { JOOMLA_RESET } from './joomla-reset.ts'
import { KINDE } from './kinde.ts'
import { KLAVIYO } from './klaviyo.ts'
import { LEMMY_VERIFICATION } from './lemmy-verification.ts'
import { LIVEAGENT } from './liveagent.ts'
import { MAILJET } from './mailjet.ts'
import { MASTODON_CONFIRMATION } from './mastodon-confirmation.ts'
import { MOOSEND } from './moosend.ts'
import { NEXTCLOUD_RESET } from './nextcloud-reset.ts'
import { ODOO_HELPDESK } from './odoo-helpdesk.ts'
import { PHPLIST } from './phplist.ts'
import { POCKETBASE_RESET } from './pocketbase-reset.ts'
import { POCKETBASE_VERIFICATION } from './pocketbase-verification.ts'
import { PRESTASHOP_PASSWORD } from './prestashop-password.ts'
import { PRESTASHOP_WELCOME } from './prestashop-welcome.ts'
import type { Family, Product } from './product.ts'
import { SALESFORCE_WEB_TO_CASE } from './salesforce-web-to-case.ts'
import { SENDY } from './sendy.ts'
import { SERVICEDESK_PLUS } from './servicedesk-plus.ts'
import { SHOPWARE_REGISTRATION } from './shopware-registration.ts'
import { SUPERTOKENS } from './supertokens.ts'
import { SYMPA } from './sympa.ts'
import { TIDIO } from './tidio.ts'
import { TYPEFORM } from './typeform.ts'

export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export const PRODUCTS: readonly Product[] = [
  HELPDESK_COM,
  TIDIO,
  HUBSPOT_SERVICE,
  FREESCOUT,
  DESKPRO,
  SERVICEDESK_PLUS,
  ODOO_HELPDESK,
  SALESFORCE_WEB_TO_CASE,
  LIVEAGENT,
  TYPEFORM,
  GOOGLE_FORMS,
  FORMSPREE,
  CLERK_VERIFICATION,
  APPWRITE_VERIFICATION,
  POCKETBASE_VERIFICATION,
  GITEA_ACTIVATION,
  MASTODON_CONFIRMATION,
  LEMMY_VERIFICATION,
  JOOMLA_REGISTRATION,
  DRUPAL_WELCOME,
  GHOST_SIGNUP,
  COGNITO_VERIFICATION,
  SHOPWARE_REGISTRATION,
  PRESTASHOP_WELCOME,
  SENDY,
  MAILJET,
  KLAVIYO,
  GETRESPONSE,
  CAMPAIGN_MONITOR,
  ACTIVECAMPAIGN,
  MOOSEND,
  PHPLIST,
  SYMPA,
  BUTTONDOWN,
  BEEHIIV,
  CLERK_CODES,
  KINDE,
  SUPERTOKENS,
  APPWRITE_RECOVERY,
  POCKETBASE_RESET,
  GITEA_RECOVERY,
  JOOMLA_RESET,
  DRUPAL_RESET,
  PRESTASHOP_PASSWORD,
  NEXTCLOUD_RESET,
  GAME_ACCOUNT_CODES,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}

/** Helpdesks that answer mail (they can acknowledge what the person sent). */
export function mailHelpdesks(): Product[] {
  return productsOf('helpdesk').filter((p) => p.channel === 'email')
}
