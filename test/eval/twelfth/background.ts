// The mail around a wave or a burst: SpamAssassin ham messages at random times of the days
// around it, and short personal notes from friends and family in the person's language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `sa-list/${mail.group}` : `sa/${mail.group}` }
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number },
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count && ham.length > 0; i++) {
    const mail = rng.pick(ham)
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    const id = `${prefix}-ham-${i}`
    add(
      part,
      record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), person.address),
      hamLabel(mail),
    )
  }
  return part
}

const NOTES: Record<Lang, readonly [string, string, string][]> = {
  en: [
    [
      'Tessa Morrow <tessa.morrow@fastpost.example>',
      'Sunday lunch?',
      'Are you free on Sunday? Mum is making the roast, bring the kids.',
    ],
    [
      'Dev Anand <dev.a@homemail.example>',
      'photos from the hike',
      'Finally uploaded them, the album link is in the group chat.',
    ],
  ],
  de: [
    [
      'Jonas Kranich <jonas.k@postfach.example>',
      'Samstag Umzug',
      'Kannst du am Samstag ab 9 beim Umzug helfen? Pizza geht auf mich.',
    ],
    [
      'Mama <ulrike.obermaier@postfach.example>',
      'Rezept',
      'Hier das Rezept vom Zwetschgenkuchen, wie versprochen.',
    ],
  ],
  fr: [
    [
      'Lucie Marchal <lucie.m@courriel.example>',
      'Dîner jeudi',
      'On se retrouve jeudi à 20 h chez Paul ? Dis-moi si tu viens.',
    ],
    [
      'Papa <g.vasseur@courriel.example>',
      'photos de Noël',
      'Je t’envoie enfin les photos de Noël, bises.',
    ],
  ],
  es: [
    [
      'Iker Lasa <iker.lasa@correo.example>',
      'Partido del domingo',
      '¿Vienes al partido el domingo? Quedamos a las 11 en el bar.',
    ],
    [
      'Mamá <begona.galdos@correo.example>',
      'receta',
      'Te paso la receta de las croquetas que te gustaron.',
    ],
  ],
  pt: [
    [
      'Caio Lins <caio.lins@caixa.example>',
      'churrasco sábado',
      'Vai ter churrasco lá em casa sábado, aparece!',
    ],
    ['Mãe <rosa.quintela@caixa.example>', 'fotos', 'Mandei as fotos do aniversário da vó.'],
  ],
  it: [
    [
      'Matteo Ferri <matteo.f@posta.example>',
      'cena venerdì',
      'Venerdì cena da me alle 20, porti il vino?',
    ],
    [
      'Mamma <anna.zanetti@posta.example>',
      'ricetta',
      'Ecco la ricetta del tiramisù che mi avevi chiesto.',
    ],
  ],
  nl: [
    [
      'Sander Kok <sander.kok@brievenbus.example>',
      'zaterdag verhuizen',
      'Kun je zaterdag vanaf 9 uur helpen met verhuizen? Ik trakteer op pizza.',
    ],
    [
      'Mam <ineke.hoogland@brievenbus.example>',
      'recept',
      'Hier het recept van de appeltaart, zoals beloofd.',
    ],
  ],
}

export function notesPart(
  rng: Random,
  person: Person,
  span: { from: number; to: number },
  prefix: string,
): Part {
  const part = emptyPart()
  NOTES[person.lang].forEach(([from, subject, body], i) => {
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    add(part, record(`${prefix}-note-${i}`, at, from, subject, body, person.address), {
      label: 'ham',
      lang: person.lang,
      source: 'note',
    })
  })
  return part
}
