// The inbox around a wave or burst: SpamAssassin ham moved to the days around it, and a few
// personal notes from friends and family in the person's language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
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
    const at = from + Math.floor(rng.next() * (to - from))
    add(
      part,
      record(
        `${prefix}-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  }
  return part
}

const NOTES: Record<Lang, readonly [string, string, string][]> = {
  en: [
    [
      'Tom Ashby <tom.ashby@fastpost.test>',
      'Sunday lunch?',
      'Are you free on Sunday? Mum is making her roast. Let me know by Friday.',
    ],
    [
      'Priya N <priya.n@mailnest.test>',
      'Re: photos from the hike',
      'These came out great! Can you send the one by the lake in full size?',
    ],
  ],
  de: [
    [
      'Lukas Berger <lukas.berger@webpost.test>',
      'Grillen am Samstag',
      'Hi, wir grillen am Samstag ab 17 Uhr. Bringst du Salat mit?',
    ],
    [
      'Mama <gabi.brennecke@heimnetz.test>',
      'AW: Geburtstag Opa',
      'Wir treffen uns um 15 Uhr bei Oma. Kuchen ist besorgt.',
    ],
  ],
  fr: [
    [
      'Élodie Garnier <elodie.g@boitemail.test>',
      'Ciné jeudi ?',
      'On va voir le nouveau film jeudi soir, tu viens ?',
    ],
    [
      'Papa <jp.vautrin@maisonnet.test>',
      'RE: vacances',
      'On a réservé la maison du 12 au 19 août. Dis-nous si ça te va.',
    ],
  ],
  es: [
    [
      'Pablo Ortega <pablo.ortega@correo-casa.test>',
      'Partido del domingo',
      '¿Te apuntas al fútbol el domingo a las 11?',
    ],
    [
      'Mamá <carmen.a@hogar-mail.test>',
      'RE: comida familiar',
      'Al final la comida es en casa de la tía Rosa. Trae postre.',
    ],
  ],
  pt: [
    [
      'Bruno Teles <bruno.teles@meumail.test>',
      'Churrasco sábado',
      'Sábado tem churrasco lá em casa, a partir das 13h. Topa?',
    ],
    [
      'Mãe <lucia.fontoura@casa-net.test>',
      'RE: aniversário',
      'O bolo já está encomendado, chega às 18h.',
    ],
  ],
  it: [
    [
      'Giorgio Conti <giorgio.conti@postamia.test>',
      'Calcetto giovedì',
      'Giovedì alle 20 calcetto, ci sei?',
    ],
    [
      'Mamma <anna.scarpellini@casa-posta.test>',
      'R: pranzo domenica',
      'Domenica pranzo da noi, porta il vino.',
    ],
  ],
  nl: [
    [
      'Joris van Dam <joris.vandam@mijnpost.test>',
      'Borrel vrijdag',
      'Vrijdag borrel in het café om de hoek, ben je erbij?',
    ],
    [
      'Mam <ineke.oudendijk@thuisnet.test>',
      'RE: verjaardag opa',
      'We zijn er zondag om 14 uur. Neem jij de taart mee?',
    ],
  ],
}

export function notesPart(
  rng: Random,
  lang: Lang,
  person: Person,
  count: number,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [sender, subject, body] = rng.pick(NOTES[lang])
    const at = from + Math.floor(rng.next() * (to - from))
    add(part, record(`${prefix}-note-${i}`, at, sender, subject, body, person.address), {
      label: 'ham',
      lang,
      source: 'personal note',
    })
  }
  return part
}
