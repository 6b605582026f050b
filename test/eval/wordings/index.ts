// Every wording family and product of the held-out set, listed so the report can name them.
import type { Lang } from '../types.ts'
import { contactForm7 } from './helpdesk/contact-form-7.ts'
import { freshdesk } from './helpdesk/freshdesk.ts'
import { front } from './helpdesk/front.ts'
import { glpi } from './helpdesk/glpi.ts'
import { gorgias } from './helpdesk/gorgias.ts'
import { happyfox } from './helpdesk/happyfox.ts'
import { helpscout } from './helpdesk/helpscout.ts'
import { inhouse } from './helpdesk/inhouse.ts'
import { intercom } from './helpdesk/intercom.ts'
import { jiraServiceManagement } from './helpdesk/jira-service-management.ts'
import { kayako } from './helpdesk/kayako.ts'
import { osticket } from './helpdesk/osticket.ts'
import { otrs } from './helpdesk/otrs.ts'
import { rt } from './helpdesk/rt.ts'
import { zammad } from './helpdesk/zammad.ts'
import { zendesk } from './helpdesk/zendesk.ts'
import { zohoDesk } from './helpdesk/zoho-desk.ts'
import { deviseReset } from './reset/devise.ts'
import { djangoReset } from './reset/django.ts'
import { laravelReset } from './reset/laravel.ts'
import { signInCodes } from './reset/sign-in-codes.ts'
import { wordpressReset } from './reset/wordpress.ts'
import { brevo } from './subscription/brevo.ts'
import { cleverreach } from './subscription/cleverreach.ts'
import { kit } from './subscription/kit.ts'
import { mailchimp } from './subscription/mailchimp.ts'
import { mailerlite } from './subscription/mailerlite.ts'
import { mailingLists } from './subscription/mailing-lists.ts'
import { mailpoet } from './subscription/mailpoet.ts'
import { substack } from './subscription/substack.ts'
import type { Family, Product } from './types.ts'
import { allauth } from './verification/allauth.ts'
import { devise } from './verification/devise.ts'
import { discourse } from './verification/discourse.ts'
import { firebase } from './verification/firebase.ts'
import { keycloak } from './verification/keycloak.ts'
import { laravel } from './verification/laravel.ts'
import { shopify } from './verification/shopify.ts'
import { supabase } from './verification/supabase.ts'
import { welcomeInhouse } from './verification/welcome-inhouse.ts'
import { woocommerce } from './verification/woocommerce.ts'
import { zendeskVerify } from './verification/zendesk-verify.ts'

export const PRODUCTS: readonly Product[] = [
  zendesk,
  freshdesk,
  zammad,
  osticket,
  otrs,
  rt,
  helpscout,
  kayako,
  happyfox,
  jiraServiceManagement,
  zohoDesk,
  intercom,
  gorgias,
  front,
  glpi,
  contactForm7,
  inhouse,
  devise,
  laravel,
  allauth,
  keycloak,
  firebase,
  supabase,
  discourse,
  shopify,
  woocommerce,
  zendeskVerify,
  welcomeInhouse,
  mailchimp,
  brevo,
  mailerlite,
  substack,
  kit,
  mailpoet,
  cleverreach,
  mailingLists,
  laravelReset,
  djangoReset,
  wordpressReset,
  deviseReset,
  signInCodes,
]

/** Products of the given families that have wording in the language. */
export function productsFor(families: readonly Family[], lang: Lang): Product[] {
  return PRODUCTS.filter((p) => families.includes(p.family) && (p.texts[lang]?.length ?? 0) > 0)
}

/** Helpdesk products whose acknowledgement subject repeats the subject the person wrote. */
export function echoingHelpdesks(lang: Lang): Product[] {
  return productsFor(['helpdesk'], lang).filter((p) =>
    p.texts[lang]!.some((text) => text.subject.includes('{payload}')),
  )
}
