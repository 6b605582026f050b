// A company of the wave under way writing again within it ("Your link was sent again", a
// reminder) is the wave's, whatever its words say (engine.ts). Its important mail stays its own,
// and a sending service's shared domain is no company: the display name must name the brand.
import type { MailFeatures } from '../mail/features.ts'
import type { Wave } from './wave.ts'

export function writesAgain(
  mail: Pick<MailFeatures, 'important' | 'brand' | 'nameBrand'>,
  wave: Pick<Wave, 'brands'>,
  identity: string,
): boolean {
  return (
    mail.important === null &&
    wave.brands.has(mail.brand) &&
    (mail.nameBrand === undefined || mail.nameBrand.includes(identity))
  )
}
