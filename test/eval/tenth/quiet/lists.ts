// Mailing-list traffic and forum digests: threads of a translators' list and a subtitle-software
// list whose replies carry `[list] Re:`, `AW:`, `RE :`, `R:` and `Antw:`, and weekly digests of a
// forum, in the person's working languages.
import type { Random } from '../../prng.ts'
import { dayTime, type Everyday } from './item.ts'

const THREADS = [
  [
    '[tradlist] ',
    'Rates for sworn translation in 2027',
    'I would not go below 0.14 per word for sworn work.',
  ],
  [
    '[tradlist] ',
    'CAT tool for Dutch legal texts?',
    'We switched last year and never looked back.',
  ],
  [
    '[subtitlers] ',
    'Line length for Flemish TV',
    'The broadcaster still asks for 42 characters per line.',
  ],
  ['[subtitlers] ', 'Shot changes and minimum gap', 'Two frames is the usual minimum here.'],
  [
    '[vertalers-be] ',
    'Beëdiging en de nieuwe wet',
    'De termijn voor de eed is nog steeds zes maanden.',
  ],
] as const
const PREFIXES = ['Re: ', 'Re: ', 'AW: ', 'RE : ', 'R: ', 'Antw: ', ''] as const
const WRITERS = [
  'Greet Wouters <greet@vertaalhuis.example>',
  'Olivier Duval <o.duval@example.org>',
  'Anke Berndt <anke.berndt@example.de>',
  'Marco Pini <marco.pini@example.it>',
  'Paula Reis <preis@example.pt>',
] as const

export function listMail(rng: Random, start: number, days: number): Everyday[] {
  const out: Everyday[] = []
  for (let i = 0; i < 45; i++) {
    const [tag, topic, line] = rng.pick(THREADS)
    const prefix = rng.pick(PREFIXES)
    out.push({
      at: dayTime(rng, start, rng.int(0, days - 1)),
      from: rng.pick(WRITERS),
      subject: `${tag}${prefix}${topic}`,
      body: `${line}\n\n> ${topic}\n\n-- \nlist info: https://lists.example.org/${tag.slice(1, -2)}`,
      source: 'list',
    })
  }
  for (let week = 0; week * 7 < days; week++)
    out.push(
      {
        at: dayTime(rng, start, week * 7 + 1),
        from: 'Subtitle Forum <digest@forum.subtitlers.example>',
        subject: `Weekly digest: 14 new topics in Subtitle Forum`,
        body: 'Popular this week: "Line length for Flemish TV", "Reading speed presets".\nYou are receiving this digest because you are a member.',
        source: 'forum-digest',
      },
      {
        at: dayTime(rng, start, week * 7 + 4),
        from: 'Vertalersforum <no-reply@vertalersforum.example>',
        subject: 'Samenvatting: nieuwe berichten in Vertalersforum',
        body: '8 nieuwe berichten in onderwerpen die je volgt.\nJe ontvangt deze samenvatting omdat je lid bent.',
        source: 'forum-digest',
      },
    )
  return out
}
