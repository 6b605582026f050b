// Important mail that must be pinned, never called relay: receipts, payments, card and bank
// alerts, security and 2FA changes, orders and deliveries, from the services' own senders, in
// every wave language. Written for this set.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE, put, type Part } from './records.ts'

type Mail = readonly [from: string, subject: string, body: string]

const IMPORTANT: Record<Lang, readonly Mail[]> = {
  en: [
    [
      'PayPal <service@paypal.com>',
      'You sent a payment of £42.10 to Harbour Books',
      'You sent £42.10 GBP to Harbour Books. Transaction ID 8RT44120KP.',
    ],
    [
      'Monzo <help@monzo.com>',
      'Card payment declined',
      'A card payment of £312.00 at ELECTRO-HUB was declined. Was this you?',
    ],
    [
      'Google <no-reply@accounts.google.com>',
      'Security alert: 2-Step Verification turned off',
      "Two-step verification was turned off for your Google Account. If this wasn't you, secure your account.",
    ],
    [
      'Royal Mail <no-reply@royalmail.com>',
      'Your parcel is out for delivery',
      'Parcel RM10293847GB will be delivered today between 11:00 and 13:00.',
    ],
  ],
  de: [
    [
      'N26 <no-reply@n26.com>',
      'Neue Kartenzahlung: 89,90 €',
      'Mit deiner Mastercard wurden 89,90 € bei MEDIAMARKT bezahlt.',
    ],
    [
      'DHL Paket <noreply@dhl.de>',
      'Ihre Sendung kommt heute',
      'Die Sendung 00340434161094042557 wird heute zwischen 14:00 und 16:30 zugestellt.',
    ],
    [
      'Sparkasse <info@sparkasse.de>',
      'Sicherheitshinweis: neues Gerät registriert',
      'Für Ihr Online-Banking wurde ein neues Gerät für pushTAN registriert.',
    ],
  ],
  fr: [
    [
      'La Banque Postale <noreply@labanquepostale.fr>',
      'Virement reçu de 1 250,00 €',
      'Vous avez reçu un virement de 1 250,00 € de SARL MARTIN.',
    ],
    [
      'Amazon.fr <confirmation-commande@amazon.fr>',
      'Votre commande n° 405-1839201-4471 a été confirmée',
      'Merci pour votre commande. Livraison estimée : jeudi.',
    ],
    [
      'Colissimo <noreply@colissimo.fr>',
      'Votre colis a été livré',
      'Votre colis 6A19283746501 a été remis en boîte aux lettres.',
    ],
  ],
  es: [
    [
      'BBVA <avisos@bbva.es>',
      'Se ha realizado un cargo en tu tarjeta',
      'Cargo de 64,30 € en MERCADONA con tu tarjeta terminada en 4417.',
    ],
    [
      'Correos <noreply@correos.es>',
      'Tu envío está en reparto',
      'El envío PQ4F1X0712938460128001V llegará hoy.',
    ],
    [
      'Bizum <no-reply@bizum.es>',
      'Has recibido 25,00 €',
      'Lucía te ha enviado 25,00 € por Bizum: "cena".',
    ],
  ],
  pt: [
    [
      'CGD <caixadirecta@cgd.pt>',
      'Alteração da palavra-passe',
      'A palavra-passe da Caixadirecta foi alterada com sucesso.',
    ],
    [
      'CTT <noreply@ctt.pt>',
      'A sua encomenda está a caminho',
      'A encomenda RR123948576PT será entregue amanhã.',
    ],
    [
      'Nubank <todomundo@nubank.com.br>',
      'Compra aprovada de R$ 219,90',
      'Compra aprovada no cartão final 8812 em MAGALU.',
    ],
  ],
  it: [
    [
      'Intesa Sanpaolo <noreply@intesasanpaolo.com>',
      'Bonifico in uscita eseguito',
      'Il bonifico di 480,00 € a favore di Rossi Mario è stato eseguito.',
    ],
    [
      'Poste Italiane <noreply@poste.it>',
      'Il tuo pacco è in consegna',
      'La spedizione 3UW1A20938475 sarà consegnata oggi.',
    ],
    [
      'Satispay <noreply@satispay.com>',
      'Ricevuta di pagamento',
      'Hai pagato 12,50 € a Bar Centrale.',
    ],
  ],
  nl: [
    [
      'ING <noreply@ing.nl>',
      'Bijschrijving ontvangen',
      'Er is € 640,00 bijgeschreven op uw betaalrekening.',
    ],
    [
      'PostNL <noreply@postnl.nl>',
      'Je pakket wordt vandaag bezorgd',
      'Je pakket 3SABCD0192837 wordt tussen 15:10 en 17:10 bezorgd.',
    ],
    [
      'bol.com <service@bol.com>',
      'Bevestiging van je bestelling',
      'Bedankt voor je bestelling 4829301. We gaan ermee aan de slag.',
    ],
  ],
}

/** `count` important mails between `from` and `to`, labelled with the wave whose span they are in. */
export function importantPart(
  rng: Random,
  part: Part,
  langs: readonly Lang[],
  count: number,
  span: { from: number; to: number; prefix: string; waveId?: string },
): void {
  for (let i = 0; i < count; i++) {
    const lang = rng.pick(langs)
    const [from, subject, body] = rng.pick(IMPORTANT[lang])
    const at = span.from + Math.floor(rng.next() * Math.max(MINUTE, span.to - span.from))
    const label = {
      label: 'important' as const,
      lang,
      ...(span.waveId ? { waveId: span.waveId } : {}),
    }
    put(part, `${span.prefix}-imp-${i}`, { at, from, subject, body }, label)
  }
}
