// What surrounds a wave in its inbox: SpamAssassin ham around it, important mail inside (3-6)
// and outside (1-2) its span, and a few notes from people the person knows.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { importantMail } from './important.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `${mail.group} list` : mail.group }
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = rng.int(from, to)
    const rec = record(
      `${prefix}-ham-${i}`,
      at,
      mail.from,
      mail.subject,
      mail.text.slice(0, 2_000),
      person.address,
    )
    add(part, rec, hamLabel(mail))
  }
  return part
}

export function importantAround(
  rng: Random,
  lang: Lang,
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const inside = rng.int(3, 6)
  const outside = rng.int(1, 2)
  for (let i = 0; i < inside + outside; i++) {
    const [from, subject, body] = importantMail(rng, lang)
    const during = i < inside
    const at = during
      ? rng.int(start + MINUTE, Math.max(start + 2 * MINUTE, end - MINUTE))
      : end + rng.int(90, 600) * MINUTE
    const label: MailLabel = { label: 'important', lang, ...(during ? { waveId } : {}) }
    add(part, record(`${waveId}-imp-${i}`, at, from, subject, body, person.address), label)
  }
  return part
}

const NOTES: Record<Lang, readonly (readonly [string, string, string])[]> = {
  en: [
    [
      'Priya Natarajan <priya.n@hey.example>',
      'Sunday lunch?',
      'Are you still up for lunch on Sunday? I can book the place on Mill Lane for 1pm.',
    ],
    [
      'Dad <g.osei@btinternet.example>',
      'Re: the boiler',
      'The engineer came, all sorted. Cost less than we feared.',
    ],
  ],
  de: [
    [
      'Lena Scholz <lena.scholz@web.example>',
      'Samstag',
      'Bleibt es bei Samstag? Ich bringe den Kuchen mit.',
    ],
    [
      'Opa Karl <karl.k@t-online.example>',
      'Fotos vom Geburtstag',
      'Anbei die Bilder, die schönsten sind die vom See.',
    ],
  ],
  fr: [
    [
      'Mathilde Perrin <mathilde.p@free.example>',
      'Ce week-end',
      'On se voit toujours samedi ? Je peux passer te prendre vers 10h.',
    ],
    [
      'Maman <c.garnier@orange.example>',
      'Re: anniversaire de papi',
      'Super, je lui dirai que tu viens.',
    ],
  ],
  es: [
    [
      'Álvaro Ruiz <alvaro.ruiz@hotmail.example>',
      'Cena del jueves',
      '¿Sigue en pie la cena del jueves? Reservo para cuatro.',
    ],
    [
      'Mamá <pilar.n@telefonica.example>',
      'Re: fotos',
      'Qué bonitas las fotos de la playa, ¡gracias!',
    ],
  ],
  pt: [
    [
      'Rita Faria <rita.faria@gmail.example>',
      'Jantar sexta',
      'Ainda combinado o jantar de sexta? Levo a sobremesa.',
    ],
    ['Pai <jm.menezes@sapo.example>', 'Re: carro', 'Já está na oficina, fica pronto amanhã.'],
  ],
  it: [
    [
      'Elena Ferri <elena.ferri@gmail.example>',
      'Sabato sera',
      'Confermi per sabato? Prenoto io la pizzeria.',
    ],
    [
      'Mamma <rosa.p@libero.example>',
      'Re: pranzo di domenica',
      'Perfetto, allora vi aspettiamo per l’una.',
    ],
  ],
  nl: [
    [
      'Jeroen Mulder <jeroen.m@kpn.example>',
      'Zaterdag',
      'Gaat zaterdag nog door? Ik neem de taart mee.',
    ],
    ['Mam <ans.v@ziggo.example>', 'Re: verjaardag oma', 'Leuk dat jullie komen, tot dan!'],
  ],
}

export function notesPart(
  rng: Random,
  person: Person,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  NOTES[person.lang].forEach(([sender, subject, body], i) => {
    const rec = record(
      `${prefix}-note-${i}`,
      rng.int(from, to),
      sender,
      subject,
      body,
      person.address,
    )
    add(part, rec, { label: 'ham', lang: person.lang, source: 'personal note' })
  })
  return part
}
