// Sports: an international social volleyball league in Lisbon (English: fixtures, results,
// standings, a cancelled session) and a padel club's court bookings (Portuguese and Spanish).
import type { Random } from '../../prng.ts'
import { during, type QuietMail } from './kit.ts'

const LEAGUE = 'Tagus Social Volleyball <fixtures@tagusvolley.example>'
const CAPTAIN = 'Dario Restrepo <dario.restrepo@mailpost.example>'
const PADEL = 'Clube Padel Miradouro <reservas@padelmiradouro.pt>'
const OPPONENTS = ['Net Results', 'Spike Lee Fans', 'Block Party', 'Setters of Belém', 'Dig Deep']

export function sportsMail(rng: Random): QuietMail[] {
  const out: QuietMail[] = []
  const push = (
    day: number,
    from: string,
    subject: string,
    body: string,
    lang: 'en' | 'pt' | 'es' = 'en',
  ) => out.push({ at: during(rng, day, 8, 22), from, subject, body, source: 'sports', lang })
  for (let week = 0; week < 3; week++) {
    const opponent = OPPONENTS[(week * 2) % OPPONENTS.length]!
    push(
      week * 7,
      LEAGUE,
      `Week ${week + 7} fixtures – Division 2`,
      `Hi all,\n\nThis week's games (Wednesday, Pavilhão Alto Mirante):\n19:00 Sand Witches vs ${opponent} (court 1)\n20:00 ${OPPONENTS[(week + 3) % 5]} vs Dig Deep (court 2)\n\nRefs: team listed second provides a line judge. Have fun!`,
    )
    push(
      week * 7 + 1,
      CAPTAIN,
      `Re: Week ${week + 7} fixtures – Division 2`,
      `Who's in for Wednesday? I have 5 so far, need one more. ${week === 1 ? 'Femke, are you back from Utrecht by then?' : 'Reply here please.'}\n\nDario`,
    )
    push(
      week * 7 + 3,
      LEAGUE,
      `Results and standings after week ${week + 7}`,
      `Sand Witches ${rng.int(1, 3)}–${rng.int(0, 2)} ${opponent}\n\nStandings (Div 2): 1. Block Party 21 pts, 2. Sand Witches ${14 + week * 3} pts, 3. Dig Deep 13 pts.\n\nPhotos are in the shared album.`,
    )
    push(
      week * 7 + 4,
      PADEL,
      'Reserva confirmada – Campo 3',
      `Olá Femke, a sua reserva do campo 3 para sábado às ${rng.pick(['10h00', '11h30', '17h00'])} está confirmada (90 min). Cancelamento gratuito até 24 h antes.`,
      'pt',
    )
  }
  push(
    9,
    LEAGUE,
    'Wednesday session cancelled – hall flooded',
    'Sorry everyone, the pavilion roof leaked after the storm and the hall is closed tonight. Games move to next week; updated schedule to follow.',
  )
  push(
    11,
    CAPTAIN,
    'Christmas social',
    'Dinner after the last game on the 16th? I can book at the Cape Verdean place near the hall. Thumbs up in the group chat or reply here.',
  )
  push(
    14,
    'Torneo Padel Amigos <torneo@padelamigos.example>',
    'Inscripción confirmada – Torneo de Navidad',
    'Hola Femke, tu pareja y tú estáis inscritas en la categoría mixta C. El cuadro se publica el jueves. ¡Nos vemos en la pista!',
    'es',
  )
  push(
    18,
    LEAGUE,
    'Season 2027 registration opens Monday',
    'Team captains: registration for the spring season opens on Monday at 10:00. Fee per team stays at 180 €.',
  )
  return out
}
