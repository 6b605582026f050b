// Newsletters she reads: weekly letters in English, German, French and Portuguese, and one she
// subscribed to during the window (its confirmation request, which she clicked, and welcome).
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { at, type QuietMail } from './kit.ts'

const WEEKLY: readonly [Lang, string, string, string][] = [
  [
    'en',
    'The Tagus Letter <letter@tagusletter.example>',
    'The Tagus Letter #%n: where to eat this week, tram 28 changes',
    'Good morning! This week: three new tascas in Arroios, the tram 28 timetable change, and a walk along the Aqueduct.',
  ],
  [
    'de',
    'Datenwoche <redaktion@datenwoche.example>',
    'Datenwoche Nr. %n – Streaming, Lakehouse und ein Rant über YAML',
    'Hallo zusammen, diese Woche: Vergleich von drei Streaming-Engines, ein Lakehouse-Praxisbericht und Leserbriefe.',
  ],
  [
    'fr',
    'Le Petit Rail <bonjour@lepetitrail.example>',
    'Le Petit Rail n° %n – les trains de nuit reviennent',
    'Au sommaire : la nouvelle ligne de nuit Paris–Lisbonne (enfin ?), les cartes de réduction et un reportage à Porto.',
  ],
  [
    'pt',
    'Lisboa Cultural <agenda@lisboacultural.example>',
    'Agenda da semana #%n: concertos, exposições e cinema ao ar livre',
    'Esta semana: fado no Largo, exposição de azulejo contemporâneo e sessões de cinema grátis.',
  ],
]

export function newsletterMail(rng: Random): QuietMail[] {
  const out: QuietMail[] = []
  WEEKLY.forEach(([lang, from, subject, body], i) => {
    for (let week = 0; week < 3; week++)
      out.push({
        at: at(week * 7 + i + 1, 6, rng.int(0, 50)),
        from,
        subject: subject.replace('%n', String(120 + week + i * 7)),
        body: `${body}\n\nUnsubscribe · Manage preferences`,
        source: 'newsletter',
        lang,
      })
  })
  out.push({
    at: at(9, 22, 14),
    from: 'Fio de Prumo <newsletter@fiodeprumo.example>',
    subject: 'Confirme a sua subscrição',
    body: 'Olá! Pediu para receber o Fio de Prumo, a newsletter semanal sobre arquitetura em Lisboa. Confirme aqui: https://fiodeprumo.example/confirmar?k=77ad\n\nSe não foi você, ignore este e-mail.',
    source: 'newsletter',
    lang: 'pt',
  })
  out.push({
    at: at(9, 22, 16),
    from: 'Fio de Prumo <newsletter@fiodeprumo.example>',
    subject: 'Bem-vinda ao Fio de Prumo',
    body: 'Obrigado por confirmar! A primeira edição chega na sexta-feira de manhã.',
    source: 'newsletter',
    lang: 'pt',
  })
  return out
}
