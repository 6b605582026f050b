// Every product of the twelfth set, by wording family.
import type { Family, Product } from '../product.ts'
import { DOTDIGITAL } from './dotdigital.ts'
import { ECWID } from './ecwid.ts'
import { HELPY } from './helpy.ts'
import { ICONTACT } from './icontact.ts'
import { IVANTI } from './ivanti.ts'
import { MAILTRAIN } from './mailtrain.ts'
import { MISSKEY } from './misskey.ts'
import { MOBILIZON } from './mobilizon.ts'
import { NHOST } from './nhost.ts'
import { OUTLINE } from './outline.ts'
import { PIXELFED } from './pixelfed.ts'
import { PRETIX } from './pretix.ts'
import { PROPELAUTH } from './propelauth.ts'
import { VISION } from './vision.ts'
import { YMLP } from './ymlp.ts'
import { YOUTRACK } from './youtrack.ts'

export const PRODUCTS: readonly Product[] = [
  YOUTRACK,
  HELPY,
  VISION,
  IVANTI,
  PIXELFED,
  MOBILIZON,
  ECWID,
  PRETIX,
  MAILTRAIN,
  YMLP,
  ICONTACT,
  DOTDIGITAL,
  NHOST,
  PROPELAUTH,
  MISSKEY,
  OUTLINE,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
