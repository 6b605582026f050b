// Every product wording of the third set, by family.
import type { Product } from '../types.ts'
import { crisp } from './helpdesk/crisp.ts'
import { dixa } from './helpdesk/dixa.ts'
import { edesk } from './helpdesk/edesk.ts'
import { gravityForms } from './helpdesk/gravity-forms.ts'
import { jitbit } from './helpdesk/jitbit.ts'
import { jotform } from './helpdesk/jotform.ts'
import { kustomer } from './helpdesk/kustomer.ts'
import { publicForms } from './helpdesk/public-forms.ts'
import { topdesk } from './helpdesk/topdesk.ts'
import { trengo } from './helpdesk/trengo.ts'
import { uvdesk } from './helpdesk/uvdesk.ts'
import { wpforms } from './helpdesk/wpforms.ts'
import { appCodes } from './reset/app-codes.ts'
import { authentikRecovery, fusionauth, oryKratos, stytchReset } from './reset/identity.ts'
import { mediawikiReset } from './reset/mediawiki.ts'
import { rocketchatReset } from './reset/rocketchat.ts'
import { bigcommerceReset, opencartReset, wixReset } from './reset/shops.ts'
import { zitadelReset } from './reset/zitadel.ts'
import { acumbamail } from './subscription/acumbamail.ts'
import { aweber } from './subscription/aweber.ts'
import { constantContact } from './subscription/constant-contact.ts'
import { emailoctopus } from './subscription/emailoctopus.ts'
import { mailcoach } from './subscription/mailcoach.ts'
import { mautic } from './subscription/mautic.ts'
import { inHouseNewsletter } from './subscription/newsletter-in-house.ts'
import { omnisend } from './subscription/omnisend.ts'
import { drip, flodesk, sendfox } from './subscription/small-senders.ts'
import { authentik } from './verification/authentik.ts'
import { bigcommerce } from './verification/bigcommerce.ts'
import { flarum } from './verification/flarum.ts'
import { inHouseWelcome } from './verification/in-house-welcome.ts'
import { mattermost } from './verification/mattermost.ts'
import { mediawiki } from './verification/mediawiki.ts'
import { nodebb } from './verification/nodebb.ts'
import { opencart } from './verification/opencart.ts'
import { rocketchat } from './verification/rocketchat.ts'
import { stytchSignup } from './verification/stytch.ts'
import { wix } from './verification/wix.ts'
import { zitadel } from './verification/zitadel.ts'

export const PRODUCTS: readonly Product[] = [
  trengo,
  uvdesk,
  jitbit,
  topdesk,
  crisp,
  gravityForms,
  wpforms,
  jotform,
  dixa,
  edesk,
  kustomer,
  publicForms,
  nodebb,
  flarum,
  mediawiki,
  mattermost,
  authentik,
  zitadel,
  opencart,
  bigcommerce,
  wix,
  stytchSignup,
  rocketchat,
  inHouseWelcome,
  mautic,
  omnisend,
  mailcoach,
  emailoctopus,
  constantContact,
  aweber,
  acumbamail,
  flodesk,
  sendfox,
  drip,
  inHouseNewsletter,
  stytchReset,
  fusionauth,
  oryKratos,
  authentikRecovery,
  zitadelReset,
  mediawikiReset,
  opencartReset,
  bigcommerceReset,
  wixReset,
  rocketchatReset,
  appCodes,
]
