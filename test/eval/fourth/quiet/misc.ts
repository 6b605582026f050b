// The rest of an ordinary inbox: library reminders, gym bookings, a garage's service reminder,
// a daily news briefing, podcast episodes, job alerts, the commune's waste calendar, a monthly
// statement notice and a meter-reading request. Written for this set; senders are made up.
import type { Random } from '../../prng.ts'
import { between, weekdays, type Everyday } from './everyday.ts'

const HEADLINES = [
  'Budget talks stall again · Metro line 3 delayed · Rain all week',
  'New cycle lanes on the small ring · Heatwave ends · Museum night returns',
  'Port strike called off · School places shortage · Derby ends 1–1',
  'Tram fares frozen · Record turnout at car-free Sunday · Book fair opens',
  'Energy prices dip · Park renovation finished · Storm warning for the coast',
]

export function miscMail(rng: Random): Everyday[] {
  const briefing = weekdays().map((day, i) => ({
    at: between(rng, day, 6, 7),
    from: 'The Brussels Briefing <briefing@brusselsbriefing.example>',
    subject: `Morning briefing: ${HEADLINES[i % HEADLINES.length]!.split(' · ')[0]}`,
    body: `Good morning.\n\n${HEADLINES[i % HEADLINES.length]!.replace(/ · /gu, '\n')}\n\nRead the full briefing online. You are receiving this because you subscribed.`,
    source: 'news briefing',
  }))
  const podcast = [2, 9, 16].map((day, i) => ({
    at: between(rng, day, 5, 6),
    from: 'Slow Maps Podcast <episodes@slowmaps.example>',
    subject: `New episode: ${['The mapmakers of Antwerp', 'Why rivers move', 'Drawing the Alps by hand'][i]}`,
    body: 'A new episode is out. Listen in your podcast app or on the web.\n\nRunning time: 42 minutes.',
    source: 'podcast',
  }))
  const jobs = [3, 10, 17].map((day) => ({
    at: between(rng, day, 7, 9),
    from: 'Jobradar <alerts@jobradar.example>',
    subject: `${rng.int(3, 11)} new jobs for “data analyst” in Brussels`,
    body: 'New matches for your job alert:\n\n• Data Analyst – energy trading (hybrid)\n• Junior BI Developer – NGO\n• Analyste de données – mutualité\n\nManage alerts',
    source: 'job alert',
  }))
  const gym = [1, 8, 15].map((day) => ({
    at: between(rng, day, 7, 8),
    from: 'Studio Zuid Fitness <booking@studiozuid.example>',
    subject: 'Booking confirmed: Yoga flow, Wednesday 07:00',
    body: 'You’re booked in! Yoga flow with Ines, Wednesday 07:00, studio 2.\n\nCan’t make it? Cancel up to 6 hours before to keep your credit.',
    source: 'gym booking',
  }))
  return [
    ...briefing,
    ...podcast,
    ...jobs,
    ...gym,
    {
      at: between(rng, 4, 9, 10),
      from: 'Bibliotheek Elsene <uitleen@bib-elsene.example>',
      subject: 'Herinnering: uitleentermijn verloopt over 3 dagen',
      body: 'Beste lezer,\n\nDe uitleentermijn van 2 materialen verloopt op 14 september. Je kan ze online verlengen.\n\nDe bibliotheek',
      source: 'library',
    },
    {
      at: between(rng, 18, 9, 10),
      from: 'Bibliotheek Elsene <uitleen@bib-elsene.example>',
      subject: 'Je reservatie ligt klaar',
      body: 'Je gereserveerde boek "De Zilveren Rivier" ligt tot 2 oktober voor je klaar aan de balie.',
      source: 'library',
    },
    {
      at: between(rng, 6, 10, 12),
      from: 'Garage Moderne Etterbeek <atelier@garagemoderne.example>',
      subject: 'Rappel : entretien annuel de votre véhicule',
      body: 'Bonjour Madame Blackwood,\n\nVotre Skoda arrive à son entretien annuel. Prenez rendez-vous en ligne ou au 02 555 88 10.\n\nGarage Moderne',
      source: 'garage',
    },
    {
      at: between(rng, 7, 8, 10),
      from: 'Commune d’Ixelles – Propreté <proprete@ixelles.example>',
      subject: 'Collectes des déchets : calendrier d’octobre',
      body: 'Sacs blancs : lundi et jeudi. Sacs bleus et jaunes : jeudi. Déchets verts : un mercredi sur deux.\n\nRetrouvez le calendrier complet sur le site de la commune.',
      source: 'municipality',
    },
    {
      at: between(rng, 2, 6, 8),
      from: 'Polderbank <info@polderbank.example>',
      subject: 'Je maandoverzicht van augustus staat klaar',
      body: 'Beste klant,\n\nJe maandoverzicht van augustus is beschikbaar in de app onder Documenten.',
      source: 'bank statement notice',
    },
    {
      at: between(rng, 14, 17, 19),
      from: 'Sibelga Meterstand <meterstand@netbeheer-brussel.example>',
      subject: 'Geef uw meterstand door vóór 30 september',
      body: 'Geachte klant,\n\nHet is tijd om uw meterstanden door te geven. Dat kan online in twee minuten.\n\nBedankt voor uw medewerking.',
      source: 'utility notice',
    },
  ]
}
