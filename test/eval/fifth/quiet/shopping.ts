// Online orders she placed and their shipping updates: confirmation, dispatched, out for
// delivery, delivered — from shops writing in five languages, days apart.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { during, type QuietMail } from './kit.ts'

interface Order {
  lang: Lang
  shop: string
  item: string
  day: number
  steps: readonly [string, string][]
}

const ORDERS: readonly Order[] = [
  {
    lang: 'de',
    shop: 'Kaffeeröster Elbhang <shop@elbhang-roester.example>',
    item: '2 × Espresso Bohnen 1 kg',
    day: 1,
    steps: [
      [
        'Ihre Bestellung 40-18821 ist eingegangen',
        'Vielen Dank! Wir rösten Ihren Kaffee frisch und versenden innerhalb von 2 Tagen. Summe: 38,80 €.',
      ],
      [
        'Ihre Bestellung ist unterwegs',
        'Ihr Paket wurde an den Versanddienstleister übergeben. Sendungsnummer 00340434 1882 1002.',
      ],
      ['Zustellung heute', 'Ihr Paket wird heute zugestellt.'],
      ['Ihr Paket wurde zugestellt', 'Zugestellt an: Nachbar (1. Stock). Viel Genuss!'],
    ],
  },
  {
    lang: 'es',
    shop: 'Zapatería Ondarreta <pedidos@ondarreta-zapatos.example>',
    item: 'Zapatillas trail, talla 39',
    day: 3,
    steps: [
      [
        'Hemos recibido tu pedido #OND-7731',
        '¡Gracias! Zapatillas trail, talla 39. Total: 89,95 €.',
      ],
      [
        'Tu pedido ha salido del almacén',
        'Número de seguimiento: PQ7731ES. Llegará en 3-5 días laborables.',
      ],
      ['Tu pedido llega hoy', 'El repartidor pasará hoy entre las 10:00 y las 14:00.'],
      [
        'Pedido entregado',
        'Tu pedido #OND-7731 se ha entregado. ¿Qué tal las zapatillas? Cuéntanoslo con una reseña.',
      ],
    ],
  },
  {
    lang: 'fr',
    shop: 'Librairie du Quai Vert <commandes@quaivert-livres.example>',
    item: '« L’Anomalie », poche',
    day: 6,
    steps: [
      [
        'Votre commande QV-55120 est confirmée',
        'Merci ! « L’Anomalie » (poche) – 9,90 € + port 4,50 €.',
      ],
      ['Votre commande a été expédiée', 'Votre colis est parti ce matin. Suivi : 6A55120931FR.'],
      ['Votre colis est en cours de livraison', 'Livraison prévue aujourd’hui.'],
      ['Colis livré', 'Votre colis a été déposé dans votre boîte aux lettres. Bonne lecture !'],
    ],
  },
  {
    lang: 'nl',
    shop: 'Fietsonderdelen Direct <klantenservice@fietsonderdelen-direct.example>',
    item: 'Achterlicht + remblokken',
    day: 8,
    steps: [
      [
        'Bevestiging van je bestelling 3098812',
        'Bedankt! Achterlicht en remblokken, totaal € 34,20. Verwachte levering: 3 werkdagen (internationaal).',
      ],
      [
        'Je pakket is onderweg',
        'Track & trace: 3SFOD30988120. Levering in Portugal via lokale partner.',
      ],
      ['Je pakket wordt vandaag bezorgd', 'Verwachte bezorging vandaag tussen 11:00 en 15:00.'],
      ['Je pakket is bezorgd', 'Bezorgd en afgetekend. Laat je een review achter?'],
    ],
  },
  {
    lang: 'it',
    shop: 'Ceramiche Vietrese Online <ordini@ceramichevietrese-online.example>',
    item: 'Set 4 piatti dipinti a mano',
    day: 11,
    steps: [
      [
        'Conferma del tuo ordine n. 20418',
        'Grazie per il tuo acquisto! Set 4 piatti dipinti a mano – 64,00 €. Imballo protettivo incluso.',
      ],
      ['Il tuo ordine è stato spedito', 'Tracking BRT 0418220193. Consegna stimata in 4-6 giorni.'],
      ['In consegna oggi', 'Il corriere consegnerà oggi il tuo pacco.'],
      ['Consegnato!', 'Il tuo ordine è stato consegnato. Speriamo che i piatti ti piacciano!'],
    ],
  },
]

export function shoppingMail(rng: Random): QuietMail[] {
  return ORDERS.flatMap((order) =>
    order.steps.map(([subject, body], i) => ({
      at: during(rng, order.day + [0, 1, 4, 4][i]!, i === 3 ? 15 : 8, i === 3 ? 19 : 13),
      from: order.shop,
      subject,
      body: `${body}\n\n${order.item}`,
      source: 'shipping',
      lang: order.lang,
    })),
  )
}
