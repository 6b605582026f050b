// Neighbourhood and volunteering mail of the quiet inbox: the residents' committee, a choir, a
// repair café and an allotment garden, in French, Dutch and English. Written for this set; the
// groups and people are made up.
import type { Random } from '../../prng.ts'
import { between, weekdays, type Everyday } from './everyday.ts'

export function communityMail(rng: Random): Everyday[] {
  const source = 'community'
  const choir = weekdays(2).map((day, i) => ({
    at: between(rng, day, 12, 14),
    from: 'Koor Cantabile <info@koorcantabile.example>',
    subject: `Repetitie donderdag: ${['Fauré Requiem, deel 1–3', 'Fauré Requiem, deel 4–5', 'doorloop concertprogramma'][i]}`,
    body: 'Dag zangers,\n\nDonderdag repeteren we zoals altijd om 20u in de parochiezaal. Neem je partituur en een potlood mee.\n\nMuzikale groet,\nHilde',
    source,
  }))
  const garden = [6, 13, 20].map((day, i) => ({
    at: between(rng, day, 9, 11),
    from: 'Potager partagé du Maelbeek <potager.maelbeek@gmail.example>',
    subject: [
      'Arrosage : planning de la semaine',
      'Récolte des courges samedi',
      'Compost : qui peut retourner le bac 2 ?',
    ][i]!,
    body: 'Bonjour à toutes et à tous,\n\nLe planning est dans le tableur partagé. Merci de cocher vos créneaux.\n\nBonne semaine au jardin !',
    source,
  }))
  return [
    ...choir,
    ...garden,
    {
      at: between(rng, 2, 18, 20),
      from: 'Comité de quartier Flagey <comite.flagey@gmail.example>',
      subject: 'Fête des voisins – samedi 26 septembre',
      body: 'Chers voisins,\n\nLa fête des voisins aura lieu le samedi 26 septembre dès 16 h, rue du Lac. Chacun apporte un plat à partager !\n\nLe comité',
      source,
    },
    {
      at: between(rng, 16, 18, 20),
      from: 'Comité de quartier Flagey <comite.flagey@gmail.example>',
      subject: 'Re: Fête des voisins – samedi 26 septembre',
      body: 'Petite précision : les tables et les bancs seront installés à partir de 14 h. Les volontaires sont les bienvenus.\n\n> La fête des voisins aura lieu le samedi 26 septembre',
      source,
    },
    {
      at: between(rng, 4, 10, 12),
      from: 'Repair Café Elsene <repaircafe.elsene@telenet.example>',
      subject: 'Repair Café zaterdag 3 oktober – vrijwilligers gezocht',
      body: 'Hallo herstellers,\n\nOp 3 oktober openen we weer de deuren. We zoeken nog iemand voor fietsen en iemand voor kleine elektro. Wie doet mee?\n\nGroetjes,\nBart',
      source,
    },
    {
      at: between(rng, 11, 20, 21),
      from: 'Bart Willems <bart.willems@telenet.example>',
      subject: 'Re: Repair Café zaterdag 3 oktober – vrijwilligers gezocht',
      body: 'Top Imogen, je staat op de planning voor fietsen van 14u tot 17u. Bedankt!\n\nBart',
      source,
    },
    {
      at: between(rng, 8, 19, 21),
      from: 'English Book Club Brussels <bookclub.brussels@gmail.example>',
      subject: 'October pick: “The Salt Road” – meeting on the 8th',
      body: 'Hello readers,\n\nThe October pick is The Salt Road. We meet on 8 October at 19:30 at the café on Place Fernand Cocq.\n\nHappy reading!',
      source,
    },
    {
      at: between(rng, 15, 9, 10),
      from: 'Repair Café Elsene <repaircafe.elsene@telenet.example>',
      subject: 'Nieuwsbrief september: 64 herstellingen!',
      body: 'Vorige maand werden 64 voorwerpen hersteld, van broodroosters tot naaimachines. Dank aan alle vrijwilligers!',
      source,
    },
  ]
}
