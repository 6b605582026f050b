// Every product of the fifth set, by family. One file per product and family.
import type { Family, Product } from '../product.ts'
import { COGNITO_FORMS } from './helpdesk/cognito-forms.ts'
import { ELEMENTOR_FORMS } from './helpdesk/elementor-forms.ts'
import { FORMSTACK } from './helpdesk/formstack.ts'
import { HELPWISE } from './helpdesk/helpwise.ts'
import { HIVER } from './helpdesk/hiver.ts'
import { ITOP } from './helpdesk/itop.ts'
import { NINJA_FORMS } from './helpdesk/ninja-forms.ts'
import { PAPERFORM } from './helpdesk/paperform.ts'
import { RICHPANEL } from './helpdesk/richpanel.ts'
import { TALLY } from './helpdesk/tally.ts'
import { WUFOO } from './helpdesk/wufoo.ts'
import { ZOHO_FORMS } from './helpdesk/zoho-forms.ts'
import { ACCOUNT_CODE } from './reset/account-code.ts'
import { AUTHJS_SIGNIN } from './reset/authjs.ts'
import { BANK_OTP } from './reset/bank-otp.ts'
import { BETTER_AUTH_RESET } from './reset/better-auth.ts'
import { BUGZILLA_RESET } from './reset/bugzilla.ts'
import { INVISION_RESET } from './reset/invision.ts'
import { LUCIA_RESET } from './reset/lucia.ts'
import { MYBB_RESET } from './reset/mybb.ts'
import { SYNAPSE_RESET } from './reset/synapse.ts'
import { VBULLETIN_RESET } from './reset/vbulletin.ts'
import { XENFORO_RESET } from './reset/xenforo.ts'
import { ZULIP_RESET } from './reset/zulip.ts'
import { BENCHMARK_EMAIL } from './subscription/benchmark-email.ts'
import { ELASTIC_EMAIL } from './subscription/elastic-email.ts'
import { EMMA } from './subscription/emma.ts'
import { FLUENTCRM } from './subscription/fluentcrm.ts'
import { KEILA } from './subscription/keila.ts'
import { MAILSTER } from './subscription/mailster.ts'
import { NEWSLETTER_PLUGIN } from './subscription/newsletter-plugin.ts'
import { SELZY } from './subscription/selzy.ts'
import { SENDPULSE } from './subscription/sendpulse.ts'
import { ZOHO_CAMPAIGNS } from './subscription/zoho-campaigns.ts'
import { BETTER_AUTH_VERIFY } from './verification/better-auth.ts'
import { BUGZILLA_VERIFY } from './verification/bugzilla.ts'
import { INVISION_VERIFY } from './verification/invision.ts'
import { LUCIA_VERIFY } from './verification/lucia.ts'
import { MEMBERSTACK_VERIFY } from './verification/memberstack.ts'
import { MYBB_VERIFY } from './verification/mybb.ts'
import { SQUARESPACE_VERIFY } from './verification/squarespace.ts'
import { SYNAPSE_VERIFY } from './verification/synapse.ts'
import { VBULLETIN_VERIFY } from './verification/vbulletin.ts'
import { WEBFLOW_VERIFY } from './verification/webflow.ts'
import { XENFORO_VERIFY } from './verification/xenforo.ts'
import { ZULIP_VERIFY } from './verification/zulip.ts'

export const BY_FAMILY: Record<Family, readonly Product[]> = {
  helpdesk: [
    WUFOO,
    FORMSTACK,
    COGNITO_FORMS,
    PAPERFORM,
    TALLY,
    ZOHO_FORMS,
    NINJA_FORMS,
    ELEMENTOR_FORMS,
    HIVER,
    HELPWISE,
    RICHPANEL,
    ITOP,
  ],
  verification: [
    BETTER_AUTH_VERIFY,
    LUCIA_VERIFY,
    MYBB_VERIFY,
    XENFORO_VERIFY,
    VBULLETIN_VERIFY,
    INVISION_VERIFY,
    SYNAPSE_VERIFY,
    ZULIP_VERIFY,
    BUGZILLA_VERIFY,
    SQUARESPACE_VERIFY,
    MEMBERSTACK_VERIFY,
    WEBFLOW_VERIFY,
  ],
  subscription: [
    EMMA,
    BENCHMARK_EMAIL,
    SENDPULSE,
    NEWSLETTER_PLUGIN,
    FLUENTCRM,
    MAILSTER,
    ZOHO_CAMPAIGNS,
    ELASTIC_EMAIL,
    SELZY,
    KEILA,
  ],
  reset: [
    AUTHJS_SIGNIN,
    BETTER_AUTH_RESET,
    LUCIA_RESET,
    MYBB_RESET,
    XENFORO_RESET,
    VBULLETIN_RESET,
    INVISION_RESET,
    ZULIP_RESET,
    SYNAPSE_RESET,
    BUGZILLA_RESET,
    ACCOUNT_CODE,
    BANK_OTP,
  ],
}

export const FAMILIES = Object.keys(BY_FAMILY) as Family[]

export const PRODUCTS: readonly Product[] = FAMILIES.flatMap((family) => BY_FAMILY[family])
