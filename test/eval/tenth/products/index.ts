// Every product of the tenth set, by family. None is used by an earlier set (see README).
import type { Family, Product } from '../product.ts'
import { ATERA } from './helpdesk/atera.ts'
import { ESPOCRM } from './helpdesk/espocrm.ts'
import { MICROSOFT_FORMS } from './helpdesk/microsoft-forms.ts'
import { SOLARWINDS_SD } from './helpdesk/solarwinds.ts'
import { AUTHELIA } from './reset/authelia.ts'
import { GRAFANA } from './reset/grafana.ts'
import { OWNCLOUD } from './reset/owncloud.ts'
import { WORKOS_AUTHKIT } from './reset/workos-authkit.ts'
import { EMAILCHEF } from './subscription/emailchef.ts'
import { ICEGRAM_EXPRESS } from './subscription/icegram-express.ts'
import { KLICK_TIPP } from './subscription/klick-tipp.ts'
import { MAILRELAY } from './subscription/mailrelay.ts'
import { AZURE_B2C } from './verification/azure-b2c.ts'
import { OPEN_EDX } from './verification/open-edx.ts'
import { SALEOR } from './verification/saleor.ts'
import { VANILLA } from './verification/vanilla.ts'

export const PRODUCTS: readonly Product[] = [
  ESPOCRM,
  ATERA,
  SOLARWINDS_SD,
  MICROSOFT_FORMS,
  AZURE_B2C,
  OPEN_EDX,
  VANILLA,
  SALEOR,
  ICEGRAM_EXPRESS,
  KLICK_TIPP,
  MAILRELAY,
  EMAILCHEF,
  GRAFANA,
  AUTHELIA,
  WORKOS_AUTHKIT,
  OWNCLOUD,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
