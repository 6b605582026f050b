// Everyday personal mail of the third set: calendar invitations, shipping updates, newsletters,
// school and club mail, mailing-list threads and forum digests.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DEVS, type Mail } from './everyday-dev.ts'
import type { Person } from './people.ts'

const DAY = 86_400_000

export const CAL: Record<Lang, { invite: string; updated: string; accepted: string }> = {
  en: { invite: 'Invitation', updated: 'Updated invitation', accepted: 'Accepted' },
  de: { invite: 'Einladung', updated: 'Aktualisierte Einladung', accepted: 'Angenommen' },
  fr: { invite: 'Invitation', updated: 'Invitation mise à jour', accepted: 'Accepté' },
  es: { invite: 'Invitación', updated: 'Invitación actualizada', accepted: 'Aceptado' },
  pt: { invite: 'Convite', updated: 'Convite atualizado', accepted: 'Aceito' },
  it: { invite: 'Invito', updated: 'Invito aggiornato', accepted: 'Accettato' },
  nl: { invite: 'Uitnodiging', updated: 'Bijgewerkte uitnodiging', accepted: 'Geaccepteerd' },
}
export const MEETINGS = [
  'Weekly sync',
  'Sprint planning',
  'Dentist',
  '1:1 Greta / {first}',
  'Quarterly review',
  'Team lunch',
]

export function calendar(rng: Random, person: Person, lang: Lang, at: number): Mail {
  const words = CAL[lang]
  const title = rng.pick(MEETINGS).replace('{first}', person.first)
  const day = new Date(at + rng.int(1, 6) * DAY).toISOString().slice(0, 10)
  const hour = rng.int(8, 17)
  const which = rng.pick(['invite', 'invite', 'updated', 'accepted'] as const)
  const who = rng.pick(DEVS)
  return {
    from:
      which === 'accepted'
        ? `${who} <${who.split(' ')[0]!.toLowerCase()}@oxbowdev.com>`
        : `${who} <calendar-notification@google.com>`,
    subject: `${words[which]}: ${title} @ ${day} ${hour}:00 - ${hour}:30 (CET) (${person.address})`,
    body: `${title}\nWhen: ${day} ${hour}:00 – ${hour}:30\nJoining info: meet.example.com/abc-defg-hij\nGuests: ${who}, ${person.name}\nReply for ${person.address}: Yes / No / Maybe\nInvitation from Google Calendar`,
    source: 'calendar',
  }
}

export const SHIP: Record<Lang, (n: string) => [string, string]> = {
  en: (n) => [
    `Your order #${n} has shipped`,
    `Good news! Your order #${n} is on its way. Track your parcel with the link below.`,
  ],
  de: (n) => [
    `Deine Bestellung ${n} wurde versandt`,
    `Gute Nachrichten! Deine Bestellung ${n} ist unterwegs. Sendungsverfolgung über den Link unten.`,
  ],
  fr: (n) => [
    `Votre commande ${n} a été expédiée`,
    `Bonne nouvelle ! Votre commande ${n} est en route. Suivez votre colis ci-dessous.`,
  ],
  es: (n) => [`Tu pedido ${n} ha sido enviado`, `¡Buenas noticias! Tu pedido ${n} está en camino.`],
  pt: (n) => [
    `A sua encomenda ${n} foi expedida`,
    `Boas notícias! A sua encomenda ${n} está a caminho.`,
  ],
  it: (n) => [
    `Il tuo ordine ${n} è stato spedito`,
    `Buone notizie! Il tuo ordine ${n} è in viaggio.`,
  ],
  nl: (n) => [`Je bestelling ${n} is verzonden`, `Goed nieuws! Je bestelling ${n} is onderweg.`],
}
export const SHOPS = [
  'Gorsebrook Books <orders@gorsebrook-books.co.uk>',
  'Radwerk Teile <shop@radwerk-teile.de>',
  'Papeterie Lumen <commandes@papeterie-lumen.fr>',
  'Zapatería Olmo <pedidos@zapateriaolmo.es>',
]

export interface Newsletter {
  from: string
  name: string
  lang: Lang
}
export const NEWSLETTERS: readonly Newsletter[] = [
  { from: 'The Margin Notes <hello@marginnotes.news>', name: 'The Margin Notes', lang: 'en' },
  {
    from: 'Plattenkiste Wochenpost <post@plattenkiste.de>',
    name: 'Plattenkiste Wochenpost',
    lang: 'de',
  },
  {
    from: 'La Gazette du Potager <lettre@gazettedupotager.fr>',
    name: 'La Gazette du Potager',
    lang: 'fr',
  },
  { from: 'Fietsnieuws <redactie@fietsnieuws.nl>', name: 'Fietsnieuws', lang: 'nl' },
]
export const WELCOME: Record<Lang, (name: string) => [string, string]> = {
  en: (n) => [
    `Thanks for subscribing to ${n}!`,
    `You're in. Every Sunday you'll get ${n} with five links worth your time. If you ever want to stop, the unsubscribe link is at the bottom of every issue.`,
  ],
  de: (n) => [
    `Danke für dein Abo: ${n}`,
    `Schön, dass du dabei bist! Jeden Freitag kommt die ${n} mit den neuesten Platten.`,
  ],
  fr: (n) => [
    `Merci pour votre abonnement à ${n}`,
    `Bienvenue ! Chaque mois, ${n} vous apporte conseils et semis de saison.`,
  ],
  es: (n) => [`Gracias por suscribirte a ${n}`, `¡Bienvenido!`],
  pt: (n) => [`Obrigado por subscrever ${n}`, `Bem-vindo!`],
  it: (n) => [`Grazie per l'iscrizione a ${n}`, `Benvenuto!`],
  nl: (n) => [
    `Bedankt voor je aanmelding bij ${n}`,
    `Welkom! Elke week het laatste fietsnieuws in je inbox.`,
  ],
}

export const CLUB: readonly Mail[] = [
  {
    from: 'Grundschule am Ahornweg <sekretariat@gs-ahornweg.de>',
    subject: 'Elternbrief: Wandertag am Freitag',
    body: 'Liebe Eltern, am Freitag findet der Wandertag statt. Bitte geben Sie Ihrem Kind festes Schuhwerk und ein Lunchpaket mit.',
    source: 'school',
  },
  {
    from: 'TSV Moosgrund Leichtathletik <info@tsv-moosgrund.de>',
    subject: 'Training fällt am Dienstag aus',
    body: 'Hallo zusammen, wegen der Hallensperrung fällt das Training am Dienstag aus.',
    source: 'club',
  },
  {
    from: 'Ambleside Running Club <committee@amblesiderc.org.uk>',
    subject: 'Club night moved to Thursday',
    body: 'Hi all, track night moves to Thursday this week. Bring a head torch.',
    source: 'club',
  },
  {
    from: 'École Jules Verne <ecole@ecole-julesverne.fr>',
    subject: 'Sortie scolaire au musée - autorisation',
    body: 'Madame, Monsieur, merci de signer l’autorisation de sortie avant lundi.',
    source: 'school',
  },
  {
    from: 'Koor De Zangvogels <bestuur@zangvogels.nl>',
    subject: 'Repetitie-rooster april',
    body: 'Beste leden, in de bijlage het rooster voor april. Tot donderdag!',
    source: 'club',
  },
  {
    from: 'Parents Association <pta@oakfield-primary.sch.uk>',
    subject: 'Cake sale this Friday 🍰',
    body: 'Please send any cakes in on Friday morning. All proceeds go to the library fund.',
    source: 'school',
  },
]

export const LISTS: readonly {
  list: string
  lang: Lang
  prefix: string
  topics: readonly string[]
}[] = [
  {
    list: 'tiles-dev',
    lang: 'en',
    prefix: 'Re:',
    topics: ['Release 3.2 planning', 'Proposal: drop Node 18', 'CI runners out of disk'],
  },
  {
    list: 'linux-user-de',
    lang: 'de',
    prefix: 'AW:',
    topics: ['Probleme mit WLAN nach Update', 'Backup mit rsync', 'Drucker wird nicht erkannt'],
  },
  {
    list: 'asso-velo',
    lang: 'fr',
    prefix: 'RE :',
    topics: ['Sortie de dimanche', 'Cotisation 2026', 'Atelier réparation'],
  },
  {
    list: 'fotografia',
    lang: 'it',
    prefix: 'R:',
    topics: ['Uscita a Bergamo', 'Obiettivo 35mm consigli', 'Mostra di maggio'],
  },
  {
    list: 'fietsclub',
    lang: 'nl',
    prefix: 'Antw:',
    topics: ['Route zaterdag', 'Nieuwe clubshirts', 'Ledenvergadering'],
  },
  {
    list: 'senderismo',
    lang: 'es',
    prefix: 'RE:',
    topics: ['Ruta del domingo', 'Material para la nieve', 'Cuotas 2026'],
  },
  {
    list: 'astro-pt',
    lang: 'pt',
    prefix: 'Re:',
    topics: ['Observação de sábado', 'Telescópio usado à venda', 'Eclipse de agosto'],
  },
]
export const LIST_PEOPLE = [
  'Henrike Voss',
  'Paolo Greco',
  'Anouk Smit',
  'Luc Perrin',
  'Rafael Mota',
  'Carmen Ibáñez',
  'Dermot Kane',
]

export function listMail(rng: Random): Mail {
  const l = rng.pick(LISTS)
  const who = rng.pick(LIST_PEOPLE)
  const topic = rng.pick(l.topics)
  const reply = rng.chance(0.7)
  const subject = reply
    ? rng.chance(0.5)
      ? `[${l.list}] ${l.prefix} ${topic}`
      : `${l.prefix} [${l.list}] ${topic}`
    : `[${l.list}] ${topic}`
  return {
    from: `${who} <${who.split(' ')[0]!.toLowerCase()}@${rng.pick(['mailbox.org', 'posteo.de', 'free.fr', 'libero.it', 'ziggo.nl', 'sapo.pt'])}>`,
    subject,
    body: `${rng.pick(['Agreed.', 'Ich sehe das genauso.', 'Bonne idée !', 'Per me va bene.', 'Prima, ik ben erbij.', 'De acuerdo.', 'Concordo.'])}\n\n> ${topic}\n\n_______________________________________________\n${l.list} mailing list\n${l.list}@lists.example.org`,
    source: `list ${l.list}`,
  }
}

export function forumDigest(rng: Random): Mail {
  return rng.pick([
    {
      from: 'Allotment Growers Forum <digest@allotmentgrowers.org>',
      subject: 'Your weekly digest from Allotment Growers Forum',
      body: '12 new topics this week: "Blight on early potatoes", "Best netting for brassicas"…\nYou are receiving this because you enabled the weekly summary.',
      source: 'forum digest',
    },
    {
      from: 'Bastelforum <noreply@bastelforum.de>',
      subject: 'Zusammenfassung: Neue Beiträge in deinen Themen',
      body: 'Seit deinem letzten Besuch gibt es 7 neue Antworten in 3 Themen.',
      source: 'forum digest',
    },
  ])
}
