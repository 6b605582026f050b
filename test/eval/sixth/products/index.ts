// Every product of the sixth set, by family.
import type { Family, Product } from '../product.ts'
import { FAVEO, HESK, SUPPORTPAL, TEAMWORK_DESK } from './helpdesk-a.ts'
import { DYNAMICS, FLUENT_FORMS, FORMINATOR, SUITECRM } from './helpdesk-b.ts'
import { FLASK_SECURITY_RESET, RAILS_RESET, SYMFONY_RESET } from './reset-a.ts'
import { ASPNET_RESET, JHIPSTER_RESET, METEOR_RESET, STRAPI_RESET } from './reset-b.ts'
import { INHOUSE_CODE, PARSE_RESET, PHOENIX_LOGIN } from './reset-c.ts'
import { JETPACK, LISTSERV } from './subscription-a.ts'
import { DADA_MAIL, GOOGLE_GROUPS, LOOPS } from './subscription-b.ts'
import {
  FLASK_SECURITY_VERIFY,
  JHIPSTER_VERIFY,
  STRAPI_VERIFY,
  SYMFONY_VERIFY,
} from './verification-a.ts'
import {
  ASPNET_VERIFY,
  METEOR_VERIFY,
  PARSE_VERIFY,
  PHOENIX_VERIFY,
  ULTIMATE_MEMBER,
} from './verification-b.ts'

export const PRODUCTS: readonly Product[] = [
  HESK,
  FAVEO,
  SUPPORTPAL,
  TEAMWORK_DESK,
  DYNAMICS,
  SUITECRM,
  FLUENT_FORMS,
  FORMINATOR,
  SYMFONY_VERIFY,
  FLASK_SECURITY_VERIFY,
  JHIPSTER_VERIFY,
  STRAPI_VERIFY,
  ASPNET_VERIFY,
  PHOENIX_VERIFY,
  METEOR_VERIFY,
  PARSE_VERIFY,
  ULTIMATE_MEMBER,
  JETPACK,
  LISTSERV,
  GOOGLE_GROUPS,
  DADA_MAIL,
  LOOPS,
  RAILS_RESET,
  SYMFONY_RESET,
  FLASK_SECURITY_RESET,
  JHIPSTER_RESET,
  STRAPI_RESET,
  ASPNET_RESET,
  METEOR_RESET,
  PHOENIX_LOGIN,
  PARSE_RESET,
  INHOUSE_CODE,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
