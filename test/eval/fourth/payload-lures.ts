// Attacker texts that tempt (written for this set): giveaways, crypto windfalls, parcels held
// at customs, channel promotion, too-good job offers, and keyboard mash with no message at all.
import type { PayloadTexts } from './payload-scares.ts'

export const GIVEAWAY: PayloadTexts = {
  en: [
    {
      title: 'FREE DISCORD NITRO 12 MONTHS – claim at nitro-drops.gift/{code}',
      name: 'FREE NITRO GIFT',
      message:
        'Congratulations! You were picked for a free 12-month Nitro code. Claim it before midnight: https://nitro-drops.gift/{code}',
    },
    {
      title: 'You WON a PS5 Pro bundle! Confirm shipping at winner-claims.shop',
      name: 'Prize Team',
      message:
        'Your entry was drawn. Pay only {amount} shipping to receive your console: https://winner-claims.shop/{code}',
    },
  ],
  de: [
    {
      title: 'GRATIS Steam-Guthaben 100 € – jetzt einlösen: steam-bonus.gift/{code}',
      name: 'Gewinnspiel-Team',
      message:
        'Du wurdest ausgelost! Löse dein Guthaben innerhalb von 24 Stunden ein: https://steam-bonus.gift/{code}',
    },
  ],
  fr: [
    {
      title: 'CADEAU : une carte cadeau de 250 € vous attend – réclamez-la ici',
      name: 'Service Cadeaux',
      message:
        'Vous avez été tiré(e) au sort. Récupérez votre carte : https://cadeau-express.shop/{code}',
    },
  ],
  es: [
    {
      title: 'SORTEO: ¡has ganado un iPhone 17! Reclámalo en premio-hoy.shop/{code}',
      name: 'Ganador del Sorteo',
      message: 'Solo tienes que pagar {amount} de envío: https://premio-hoy.shop/{code}',
    },
  ],
  pt: [
    {
      title: 'PARABÉNS! Você ganhou R$ 1.000 no PIX premiado – resgate já',
      name: 'Pix Premiado',
      message: 'Resgate o seu prémio em 24 horas: https://pix-premiado.shop/{code}',
    },
  ],
  it: [
    {
      title: 'HAI VINTO un buono da 500 € – ritiralo ora su buoni-vincenti.shop',
      name: 'Concorso Estivo',
      message: 'Conferma i tuoi dati entro oggi: https://buoni-vincenti.shop/{code}',
    },
  ],
  nl: [
    {
      title: 'GEFELICITEERD: jouw cadeaukaart van € 300 staat klaar',
      name: 'Winnaarsteam',
      message: 'Claim je cadeaukaart binnen 24 uur: https://cadeau-winnaar.shop/{code}',
    },
  ],
}

export const CRYPTO: PayloadTexts = {
  en: [
    {
      title: 'You received 0.48 BTC – confirm withdrawal on wallet-release.io within 12 hours',
      name: 'Wallet Payout Desk',
      message:
        'A transfer of 0.48 BTC is waiting in your name. Release it before it expires: https://wallet-release.io/{code}',
    },
    {
      title: 'Action required: claim your unclaimed ETH airdrop (ref {case})',
      name: 'Airdrop Claims',
      message:
        'Your address qualified for 2.1 ETH. Connect your wallet to claim: https://eth-claimdrop.xyz/{code}',
    },
  ],
}

export const CUSTOMS: PayloadTexts = {
  en: [
    {
      title: 'Parcel held at customs – pay {amount} release fee: parcel-release.eu/{code}',
      name: 'Customs Clearance',
      message:
        'Your parcel could not be delivered because import duty of {amount} is unpaid. Pay now: https://parcel-release.eu/{code}',
    },
  ],
  de: [
    {
      title: 'Ihr Paket liegt beim Zoll – Gebühr {amount} begleichen',
      name: 'Zollabfertigung',
      message:
        'Zahlen Sie die Einfuhrgebühr, damit die Zustellung erfolgen kann: https://paket-zollfrei.eu/{code}',
    },
  ],
  fr: [
    {
      title: 'Colis bloqué en douane – frais de {amount} à régler',
      name: 'Service Douane',
      message: 'Réglez les frais pour débloquer la livraison : https://colis-douane.eu/{code}',
    },
  ],
  es: [
    {
      title: 'Paquete retenido en aduana – abone {amount} para la entrega',
      name: 'Aduanas Envíos',
      message: 'Pague la tasa para liberar su envío: https://envio-aduana.eu/{code}',
    },
  ],
  pt: [
    {
      title: 'Encomenda retida na alfândega – pague {amount} para libertar',
      name: 'Alfândega Envios',
      message: 'Pague a taxa para receber a sua encomenda: https://encomenda-livre.eu/{code}',
    },
  ],
  it: [
    {
      title: 'Pacco fermo in dogana – paga {amount} di sdoganamento',
      name: 'Ufficio Dogane',
      message: 'Paga i diritti doganali per ricevere il pacco: https://pacco-sblocco.eu/{code}',
    },
  ],
  nl: [
    {
      title: 'Pakket vastgehouden door de douane – betaal {amount} inklaringskosten',
      name: 'Douane Inklaring',
      message: 'Betaal de kosten om uw pakket te ontvangen: https://pakket-vrij.eu/{code}',
    },
  ],
}

export const CHANNEL: PayloadTexts = {
  en: [
    {
      title: 'JOIN t.me/profitsignals_vip FOR 300% DAILY GAINS 🚀',
      name: 't.me/profitsignals_vip',
      message:
        'Free signals every day, 300% gains, join now before the group closes: t.me/profitsignals_vip',
    },
    {
      title: 'SUBSCRIBE youtube.com/@grindmindset_daily NOW',
      name: 'SUB TO GRINDMINDSET',
      message: 'SUBSCRIBE SUBSCRIBE SUBSCRIBE youtube.com/@grindmindset_daily',
    },
  ],
}

export const RECRUITMENT: PayloadTexts = {
  en: [
    {
      title: 'Remote job: earn $450/day liking videos – WhatsApp {phone}',
      name: 'HR Recruiter Amanda',
      message:
        'We are hiring part-time online assistants. No experience needed, paid daily. Message Amanda on WhatsApp {phone}.',
    },
  ],
  es: [
    {
      title: 'Trabajo desde casa: gana 300 € al día – escribe al WhatsApp {phone}',
      name: 'Recursos Humanos Laura',
      message: 'Buscamos asistentes en línea, pago diario. Escríbenos por WhatsApp al {phone}.',
    },
  ],
  pt: [
    {
      title: 'Vaga remota: ganhe R$ 800 por dia – chame no WhatsApp {phone}',
      name: 'RH Recrutamento',
      message:
        'Trabalho simples pelo celular, pagamento diário. Fale connosco no WhatsApp {phone}.',
    },
  ],
}

export const GIBBERISH: PayloadTexts = {
  en: [
    {
      title: 'kjsdf qwpeoi {case} zzxq mmnb',
      name: 'asdfgh jkl',
      message: 'qwe qwe qwe {case} lkj poiuy',
    },
    { title: 'aaaaaaaaaaaaaaaaaaaa', name: 'aaaa', message: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
    { title: 'x', name: '.', message: 'test' },
  ],
}
