// Every product of the fresh set, by family.
import type { Product } from './types.ts'
import { deskpro } from './helpdesk/deskpro.ts'
import { freescout } from './helpdesk/freescout.ts'
import { freshservice } from './helpdesk/freshservice.ts'
import { groove } from './helpdesk/groove.ts'
import { hubspotService } from './helpdesk/hubspot-service.ts'
import { inhouseHelpdesk } from './helpdesk/inhouse.ts'
import { liveagent } from './helpdesk/liveagent.ts'
import { odoo } from './helpdesk/odoo.ts'
import { reamaze } from './helpdesk/reamaze.ts'
import { redmineHelpdesk } from './helpdesk/redmine-helpdesk.ts'
import { salesforce } from './helpdesk/salesforce.ts'
import { servicenow } from './helpdesk/servicenow.ts'
import { spiceworks } from './helpdesk/spiceworks.ts'
import { sysaid } from './helpdesk/sysaid.ts'
import { whmcs } from './helpdesk/whmcs.ts'
import { auth0Reset } from './reset/auth0.ts'
import { cognitoReset } from './reset/cognito.ts'
import { inhouseCodes } from './reset/inhouse-codes.ts'
import { joomlaReset } from './reset/joomla.ts'
import { magentoReset } from './reset/magento.ts'
import { moodleReset } from './reset/moodle.ts'
import { nextcloudReset } from './reset/nextcloud.ts'
import { oktaReset } from './reset/okta.ts'
import { shopwareReset } from './reset/shopware.ts'
import { activecampaign } from './subscription/activecampaign.ts'
import { beehiiv } from './subscription/beehiiv.ts'
import { buttondown } from './subscription/buttondown.ts'
import { campaignMonitor } from './subscription/campaign-monitor.ts'
import { getresponse } from './subscription/getresponse.ts'
import { ghost } from './subscription/ghost.ts'
import { hubspotMarketing } from './subscription/hubspot-marketing.ts'
import { klaviyo } from './subscription/klaviyo.ts'
import { mailjet } from './subscription/mailjet.ts'
import { phplist } from './subscription/phplist.ts'
import { sendy } from './subscription/sendy.ts'
import { auth0Verify } from './verification/auth0.ts'
import { clerkVerify } from './verification/clerk.ts'
import { cognitoVerify } from './verification/cognito.ts'
import { drupalVerify } from './verification/drupal.ts'
import { giteaVerify } from './verification/gitea.ts'
import { joomlaVerify } from './verification/joomla.ts'
import { magentoVerify } from './verification/magento.ts'
import { mastodonVerify } from './verification/mastodon.ts'
import { moodleVerify } from './verification/moodle.ts'
import { oktaVerify } from './verification/okta.ts'
import { phpbbVerify } from './verification/phpbb.ts'
import { prestashopVerify } from './verification/prestashop.ts'

export const PRODUCTS: readonly Product[] = [
  servicenow,
  salesforce,
  freshservice,
  freescout,
  odoo,
  hubspotService,
  whmcs,
  liveagent,
  deskpro,
  sysaid,
  spiceworks,
  reamaze,
  groove,
  redmineHelpdesk,
  inhouseHelpdesk,
  auth0Verify,
  cognitoVerify,
  clerkVerify,
  oktaVerify,
  magentoVerify,
  prestashopVerify,
  mastodonVerify,
  giteaVerify,
  drupalVerify,
  joomlaVerify,
  moodleVerify,
  phpbbVerify,
  activecampaign,
  getresponse,
  mailjet,
  klaviyo,
  ghost,
  phplist,
  campaignMonitor,
  beehiiv,
  buttondown,
  sendy,
  hubspotMarketing,
  auth0Reset,
  cognitoReset,
  oktaReset,
  nextcloudReset,
  magentoReset,
  joomlaReset,
  moodleReset,
  shopwareReset,
  inhouseCodes,
]
