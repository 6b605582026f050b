// Every product of the seventh set, by family.
import type { Family, Product } from '../product.ts'
import { CHATWOOT } from './chatwoot.ts'
import { CRAFT_ACTIVATE, CRAFT_RESET } from './craft-cms.ts'
import { DIRECTUS_RESET } from './directus.ts'
import { EZMLM } from './ezmlm.ts'
import { FORMIDABLE_FORMS } from './formidable-forms.ts'
import { GITLAB_SERVICE_DESK } from './gitlab-service-desk.ts'
import { GLADLY } from './gladly.ts'
import { GROUPS_IO } from './groups-io.ts'
import { HALO_ITSM } from './halo-itsm.ts'
import { HUMHUB } from './humhub.ts'
import { KAYAKO } from './kayako.ts'
import { LOGTO_REGISTER, LOGTO_SIGN_IN } from './logto.ts'
import { MAILWIZZ } from './mailwizz.ts'
import { NOPCOMMERCE } from './nopcommerce.ts'
import { PEERTUBE_RESET, PEERTUBE_VERIFY } from './peertube.ts'
import { SARBACANE } from './sarbacane.ts'
import { SENDER_NET } from './sender-net.ts'
import { SYLIUS_RESET, SYLIUS_VERIFY } from './sylius.ts'
import { WAGTAIL_RESET } from './wagtail.ts'

export const PRODUCTS: readonly Product[] = [
  GITLAB_SERVICE_DESK,
  KAYAKO,
  GLADLY,
  CHATWOOT,
  FORMIDABLE_FORMS,
  HALO_ITSM,
  PEERTUBE_VERIFY,
  HUMHUB,
  CRAFT_ACTIVATE,
  SYLIUS_VERIFY,
  NOPCOMMERCE,
  LOGTO_REGISTER,
  GROUPS_IO,
  EZMLM,
  SENDER_NET,
  MAILWIZZ,
  SARBACANE,
  DIRECTUS_RESET,
  PEERTUBE_RESET,
  CRAFT_RESET,
  SYLIUS_RESET,
  LOGTO_SIGN_IN,
  WAGTAIL_RESET,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
