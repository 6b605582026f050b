// Delivery updates of the quiet inbox: four parcels, each shipped, out for delivery and
// delivered (or left at a pick-up point), from shops and carriers in several languages.
// Written for this set; shops and carriers are made up.
import type { Random } from '../../prng.ts'
import { HOUR } from '../clock.ts'
import { shaped } from '../render.ts'
import { between, type Everyday } from './everyday.ts'

interface Parcel {
  shop: string
  carrier: string
  day: number
  texts: readonly [string, string, string]
  bodies: readonly [string, string, string]
}

const PARCELS: readonly Parcel[] = [
  {
    shop: 'Velvetleaf Plants <orders@velvetleafplants.com>',
    carrier: 'Postlijn <tracking@postlijn.be>',
    day: 2,
    texts: [
      'Your Velvetleaf order has shipped',
      'Je pakket wordt vandaag bezorgd',
      'Je pakket is bezorgd',
    ],
    bodies: [
      'Good news! Your plants are on their way. Track your parcel: {track}',
      'Track & trace {track}: je pakket wordt vandaag tussen 10u en 14u bezorgd.',
      'Je pakket {track} is bezorgd en afgegeven aan een buur (nr. 14).',
    ],
  },
  {
    shop: 'Kettenblatt Radsport <shop@kettenblatt-radsport.de>',
    carrier: 'Paketblitz <info@paketblitz.de>',
    day: 9,
    texts: [
      'Deine Bestellung ist unterwegs',
      'Ihre Sendung ist in Belgien angekommen',
      'Zugestellt: Ihre Sendung {track}',
    ],
    bodies: [
      'Hallo Imogen, deine Bestellung wurde an Paketblitz übergeben. Sendungsnummer {track}.',
      'Ihre Sendung {track} wurde an den Zustellpartner in Belgien übergeben.',
      'Die Sendung {track} wurde heute um 11:42 zugestellt.',
    ],
  },
  {
    shop: 'Maison Perle <commandes@maisonperle.fr>',
    carrier: 'Relais Colis Express <suivi@relaiscolis-express.fr>',
    day: 11,
    texts: [
      'Votre commande MP-20931 a été expédiée',
      'Votre colis est disponible en point relais',
      'Rappel : votre colis vous attend',
    ],
    bodies: [
      'Bonne nouvelle, votre commande est en route ! Numéro de suivi : {track}.',
      'Votre colis {track} est disponible au point relais « Librairie du Parvis ». Il y sera conservé 10 jours.',
      'Votre colis {track} vous attend encore 5 jours au point relais.',
    ],
  },
  {
    shop: 'Bottega Lumi <ordini@bottegalumi.it>',
    carrier: 'Postlijn <tracking@postlijn.be>',
    day: 16,
    texts: ['Il tuo ordine è stato spedito', 'Je pakket komt morgen', 'Je pakket is bezorgd'],
    bodies: [
      'Ciao Imogen, il tuo ordine è partito oggi dal nostro laboratorio. Tracking: {track}',
      'Track & trace {track}: je pakket wordt morgen bezorgd.',
      'Je pakket {track} is bezorgd in je brievenbus.',
    ],
  },
]

export function deliveryMail(rng: Random): Everyday[] {
  const source = 'delivery update'
  return PARCELS.flatMap((parcel) => {
    const track = shaped(rng, '3S@@@##########')
    const shipped = between(rng, parcel.day, 9, 17)
    const times = [shipped, shipped + rng.int(20, 30) * HOUR, shipped + rng.int(40, 52) * HOUR]
    return times.map((at, i) => ({
      at,
      from: i === 0 ? parcel.shop : parcel.carrier,
      subject: parcel.texts[i]!.replace('{track}', track),
      body: parcel.bodies[i]!.replace('{track}', track),
      source,
    }))
  })
}
