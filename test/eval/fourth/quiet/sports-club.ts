// Sports club mail of the quiet inbox: the child's football club (Dutch), its team app, and the
// person's own running club (English). Written for this set; clubs and people are made up.
import type { Random } from '../../prng.ts'
import { between, weekdays, type Everyday } from './everyday.ts'

const CLUB = 'KFC Zavelberg jeugd <jeugd@kfczavelberg.be>'
const APP = 'Teamkit <notifications@teamkit.app>'
const HARRIERS = 'Sablon Harriers <runs@sablonharriers.org>'

export function sportsMail(rng: Random): Everyday[] {
  const source = 'sports club'
  const matches = weekdays(3).map((day, i) => ({
    at: between(rng, day, 18, 21),
    from: 'Coach Driss El Amrani <driss.elamrani@kfczavelberg.be>',
    subject: `U10 Blauw: wedstrijd zaterdag tegen ${['FC Heide', 'SK Molenbeek-Oost', 'VC Kapelleveld'][i]}`,
    body: `Dag ouders,\n\nZaterdag spelen we ${i === 1 ? 'uit' : 'thuis'}. Verzamelen om 9u00 aan de kantine, aftrap 10u00. Wie kan rijden? Laat het weten in de app.\n\nSportieve groeten,\nDriss`,
    source,
  }))
  const digests = [2, 9, 16].map((day) => ({
    at: between(rng, day, 20, 22),
    from: APP,
    subject: `${rng.int(2, 6)} new messages in U10 Blauw`,
    body: 'Here’s what you missed in U10 Blauw:\n\nKatrien: Wie heeft Lucas zijn trainingsvest per ongeluk mee?\nDriss: Training morgen gaat door!\nTom: Ik kan zaterdag 3 kinderen meenemen.\n\nOpen Teamkit to reply.',
    source,
  }))
  const runs = weekdays(0).map((day) => ({
    at: between(rng, day, 12, 14),
    from: HARRIERS,
    subject: 'Tuesday intervals – meet at Étangs d’Ixelles, 19:00',
    body: 'Hi all,\n\nTomorrow: 6 × 800 m with 90 s recovery, then an easy cool-down lap. Headtorches from next week!\n\nSee you there,\nGareth',
    source,
  }))
  return [
    ...matches,
    ...digests,
    ...runs,
    {
      at: between(rng, 0, 9, 11),
      from: CLUB,
      subject: 'Trainingsschema najaar U8 – U12',
      body: 'Beste ouders,\n\nVanaf deze week trainen de U10-ploegen op maandag en woensdag van 17u30 tot 19u00 op veld 2. In bijlage het volledige schema tot de kerstvakantie.\n\nDe jeugdcoördinator',
      source,
    },
    {
      at: between(rng, 9, 14, 15),
      from: CLUB,
      subject: 'Afgelast: training woensdag (veld 2 onder water)',
      body: 'Door de hevige regen is veld 2 onbespeelbaar. De training van vandaag gaat niet door. Zaterdag spelen we normaal.',
      source,
    },
    {
      at: between(rng, 12, 10, 12),
      from: 'Penningmeester KFC Zavelberg <penningmeester@kfczavelberg.be>',
      subject: 'Herinnering lidgeld seizoen 2026-2027',
      body: 'Beste ouder,\n\nVolgens onze gegevens is het lidgeld voor Noah (€ 240) nog niet betaald. Mogen we vragen dit vóór 30 september over te schrijven? Betaal je al? Dan mag je deze mail negeren.\n\nBedankt,\nDe penningmeester',
      source,
    },
    {
      at: between(rng, 17, 19, 21),
      from: CLUB,
      subject: 'Vrijwilligers gezocht voor de kantine',
      body: 'Voor de thuiswedstrijden zoeken we nog helpende handen achter de toog. Schrijf je in via de link in Teamkit – één shift per seizoen is al fantastisch!',
      source,
    },
  ]
}
