// Shop newsletters of the quiet inbox: each shop says "thanks for subscribing" once (one asks
// for a confirmation first), then sends its weekly letters. Written for this set; shops made up.
import type { Random } from '../../prng.ts'
import { MINUTE } from '../clock.ts'
import { between, type Everyday } from './everyday.ts'

interface Shop {
  from: string
  joinedDay: number
  welcome: { subject: string; body: string }
  letters: readonly string[]
  letterBody: string
}

const SHOPS: readonly Shop[] = [
  {
    from: 'Velvetleaf Plants <hello@velvetleafplants.com>',
    joinedDay: 0,
    welcome: {
      subject: 'Welcome to the Velvetleaf family 🌿 here’s 10% off',
      body: 'Thanks for subscribing! As promised, here’s 10% off your first order with code LEAFY10.\n\nExpect care tips, new arrivals and the odd plant pun every Thursday.',
    },
    letters: [
      'Autumn repotting guide + new ceramics',
      'Low-light heroes for dark flats',
      'Last chance: bulbs for spring',
    ],
    letterBody:
      'This week at Velvetleaf: what to repot before winter, a new range of hand-thrown pots, and our staff picks.\n\nShop now · Unsubscribe',
  },
  {
    from: 'Maison Perle <bonjour@maisonperle.fr>',
    joinedDay: 2,
    welcome: {
      subject: 'Bienvenue chez Maison Perle !',
      body: 'Merci pour votre inscription à notre newsletter. Chaque semaine : nouveautés, coulisses de l’atelier et ventes privées réservées aux abonnées.',
    },
    letters: [
      'Nouvelle collection : les mailles d’automne',
      'Vente privée : -20 % ce week-end',
      'Les coulisses de l’atelier',
    ],
    letterBody:
      'Découvrez les nouveautés de la semaine et nos conseils d’entretien pour la laine.\n\nSe désinscrire',
  },
  {
    from: 'Buitenkans Outdoor <nieuws@buitenkans.nl>',
    joinedDay: 5,
    welcome: {
      subject: 'Welkom bij Buitenkans!',
      body: 'Leuk dat je je hebt ingeschreven. Je ontvangt voortaan elke maandag onze tips voor wandelen en kamperen, en als eerste onze acties.',
    },
    letters: [
      'Wandelroutes voor de herfstvakantie',
      'Regenjassen getest: welke houdt je echt droog?',
    ],
    letterBody:
      'Deze week: vijf herfstroutes in de Ardennen en een test van twaalf regenjassen.\n\nUitschrijven',
  },
  {
    from: 'Kettenblatt Radsport <newsletter@kettenblatt-radsport.de>',
    joinedDay: 9,
    welcome: {
      subject: 'Danke für deine Anmeldung!',
      body: 'Schön, dass du dabei bist. Ab jetzt bekommst du einmal pro Woche Neuigkeiten rund ums Rad, Werkstatt-Tipps und Angebote.',
    },
    letters: [
      'Licht an: Die besten Fahrradlampen für den Herbst',
      'Werkstatt-Tipp: Kette richtig ölen',
    ],
    letterBody:
      'Die Tage werden kürzer – unsere Werkstatt erklärt, worauf es bei Beleuchtung ankommt.\n\nAbmelden',
  },
  {
    from: 'Bottega Lumi <ciao@bottegalumi.it>',
    joinedDay: 13,
    welcome: {
      subject: 'Benvenuta nella newsletter di Bottega Lumi',
      body: 'Grazie per esserti iscritta! Ogni due settimane ti racconteremo le novità del laboratorio e le candele di stagione.',
    },
    letters: ['Le candele d’autunno sono arrivate'],
    letterBody:
      'Nuove fragranze: fico, legno di cedro e castagna. Spedizione gratuita sopra i 40 €.\n\nCancella iscrizione',
  },
]

export function shopNewsletters(rng: Random): Everyday[] {
  const source = 'shop newsletter'
  return SHOPS.flatMap((shop, s) => {
    const joinedAt = between(rng, shop.joinedDay, 19, 23)
    const mails: Everyday[] = []
    if (s === 2)
      mails.push({
        at: joinedAt - 2 * MINUTE,
        from: shop.from,
        subject: 'Bevestig je inschrijving',
        body: 'Klik op de knop om je inschrijving voor de nieuwsbrief van Buitenkans te bevestigen.\n\nJa, ik wil de nieuwsbrief',
        source,
      })
    mails.push({ at: joinedAt, from: shop.from, ...shop.welcome, source })
    shop.letters.forEach((subject, i) => {
      const day = shop.joinedDay + 3 + i * 6
      if (day < 21)
        mails.push({
          at: between(rng, day, 7, 10),
          from: shop.from,
          subject,
          body: shop.letterBody,
          source,
        })
    })
    return mails
  })
}
