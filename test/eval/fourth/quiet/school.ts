// School and parents' association mail of the quiet inbox (a Dutch-language primary school in
// Brussels, a French-speaking after-school academy). Written for this set; names are made up.
import type { Random } from '../../prng.ts'
import { between, weekdays, type Everyday } from './everyday.ts'

const SCHOOL = 'Basisschool De Vlinder <info@bsdevlinder.be>'
const PARENTS = 'Oudervereniging De Vlinder <ouders@bsdevlinder.be>'
const TEACHER = 'Juf Els Van Aken <els.vanaken@bsdevlinder.be>'

export function schoolMail(rng: Random): Everyday[] {
  const source = 'school'
  const mails: Everyday[] = weekdays(4).map((day, week) => ({
    at: between(rng, day, 15, 17),
    from: SCHOOL,
    subject: `Nieuwsbrief De Vlinder – week ${37 + week}`,
    body: `Beste ouders,\n\nIn deze nieuwsbrief: de planning van week ${38 + week}, nieuws uit de klassen en een oproep voor leesouders.\n\n• Maandag: start zwemlessen 3de en 4de leerjaar\n• Woensdag: vrije namiddag\n• Vrijdag: fruitdag\n\nFijn weekend!\nHet schoolteam`,
    source,
  }))
  mails.push(
    {
      at: between(rng, 1, 19, 21),
      from: PARENTS,
      subject: 'Uitnodiging algemene vergadering oudervereniging – 24 september',
      body: 'Dag ouders,\n\nOp donderdag 24 september om 20u houden we onze algemene vergadering in de refter. Op de agenda: het schoolfeest, de taartenverkoop en de nieuwe speelplaats.\n\nIedereen welkom!\nHet bestuur',
      source,
    },
    {
      at: between(rng, 8, 8, 9),
      from: PARENTS,
      subject: 'Herinnering: taartenverkoop vrijdag aan de schoolpoort',
      body: 'Wie bakt er mee? Breng je taart vrijdag vóór 8u30 naar de refter. De opbrengst gaat naar nieuwe boeken voor de bib.\n\nBedankt!',
      source,
    },
    {
      at: between(rng, 18, 20, 22),
      from: PARENTS,
      subject: 'Verslag algemene vergadering 24/09',
      body: 'Dag allemaal,\n\nIn bijlage het verslag van donderdag. Belangrijkste punten: schoolfeest op 6 juni, nieuwe kassa voor de taartenverkoop, twee nieuwe bestuursleden.\n\nGroetjes,\nSofie (secretaris)',
      source,
    },
    {
      at: between(rng, 2, 12, 13),
      from: TEACHER,
      subject: 'Klas 4B: uitstap naar het Africamuseum – toestemming',
      body: 'Beste ouders,\n\nOp dinsdag 29 september gaan we met de klas naar het Africamuseum in Tervuren. Willen jullie het toestemmingsstrookje in de schoolagenda ondertekenen?\n\nVriendelijke groeten,\nJuf Els',
      source,
    },
    {
      at: between(rng, 9, 16, 17),
      from: TEACHER,
      subject: 'Re: Afwezigheid Noah maandag',
      body: 'Dag Imogen,\n\nBedankt om te verwittigen. Beterschap aan Noah! Ik geef hem het huiswerk van maandag mee in zijn map.\n\nJuf Els\n\n> Op 13 sep. 2026 schreef Imogen Blackwood:\n> Noah is ziek en blijft morgen thuis.',
      source,
    },
    {
      at: between(rng, 15, 11, 12),
      from: 'Schoolapp De Vlinder <noreply@schoolapp.bsdevlinder.be>',
      subject: 'Nieuw bericht van juf Els: zwemzak niet vergeten',
      body: 'Je hebt een nieuw bericht in de schoolapp.\n\nJuf Els: Morgen zwemmen! Vergeet de zwemzak met badmuts niet.\n\nOpen de app om te antwoorden.',
      source,
    },
    {
      at: between(rng, 3, 10, 12),
      from: 'Académie Les Petits Pinceaux <inscriptions@petitspinceaux.be>',
      subject: 'Lettre aux parents – reprise des ateliers du mercredi',
      body: 'Chers parents,\n\nLes ateliers de dessin reprennent le mercredi 16 septembre de 14 h à 16 h. Merci de prévoir un tablier. Le paiement du trimestre peut se faire par virement.\n\nÀ bientôt,\nL’équipe des Petits Pinceaux',
      source,
    },
    {
      at: between(rng, 14, 9, 10),
      from: 'Académie Les Petits Pinceaux <inscriptions@petitspinceaux.be>',
      subject: 'Rappel : photo de groupe mercredi',
      body: 'Petit rappel : la photo de groupe aura lieu mercredi au début de l’atelier. Les bons de commande seront distribués la semaine suivante.',
      source,
    },
    {
      at: between(rng, 7, 7, 8),
      from: 'Schoolapp De Vlinder <noreply@schoolapp.bsdevlinder.be>',
      subject: 'Nieuw bericht van meester Kris: turnzak mee',
      body: 'Je hebt een nieuw bericht in de schoolapp.\n\nMeester Kris: Vanaf deze week turnen we op dinsdag. Turnzak mee, aub!',
      source,
    },
    {
      at: between(rng, 17, 19, 20),
      from: PARENTS,
      subject: 'Oproep: helpers voor het herfstfeest',
      body: 'Dag ouders,\n\nVoor het herfstfeest op 16 oktober zoeken we helpers voor de soepkraam en het knutselhoekje. Schrijf je in via het formulier.\n\nBedankt!',
      source,
    },
    {
      at: between(rng, 10, 10, 11),
      from: 'Facturatie De Vlinder <facturen@bsdevlinder.be>',
      subject: 'Schoolrekening september – Noah Blackwood',
      body: 'Beste ouder,\n\nDe schoolrekening van september staat klaar: middagtoezicht, soep en zwemmen, samen € 38,40. Gelieve te betalen vóór 15 oktober met de gestructureerde mededeling op de rekening.',
      source,
    },
  )
  return mails
}
