// The everyday inbox around a wave: SpamAssassin ham (easy and hard) placed at random times in
// the days around it, and a few personal notes from friends and family in the person's language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `spamassassin/${mail.group}${mail.listId ? '/list' : ''}` }
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

interface Note {
  from: string
  subject: string
  body: string
}

const NOTES: Record<Lang, readonly Note[]> = {
  en: [
    {
      from: 'Gemma Quayle <gemma.quayle@gmail.com>',
      subject: 'Sunday lunch?',
      body: 'Mum asks if you can bring the trifle again. 1pm as usual x',
    },
    {
      from: 'Tom Ashdown <tom.ashdown@btinternet.com>',
      subject: 'Re: bike rack',
      body: 'Fitted it last night, works a treat. Thanks for lending the spanner.',
    },
  ],
  de: [
    {
      from: 'Ulrike Wiesendanger <ulli.w@gmx.de>',
      subject: 'Geburtstag Opa',
      body: 'Denkst du an die Karte für Opa? Wir treffen uns um 15 Uhr bei ihm.',
    },
    {
      from: 'Malte Brenner <malte.brenner@posteo.de>',
      subject: 'Re: Umzug Samstag',
      body: 'Ich bring den Transporter um 9 mit. Kaffee wäre super.',
    },
  ],
  fr: [
    {
      from: 'Inès Marchetti <ines.marchetti@free.fr>',
      subject: 'Photos de vacances',
      body: "Je t'ai mis les photos de Collioure sur le drive, dis-moi si tu les vois.",
    },
    {
      from: 'Bastien Roul <bastien.roul@laposte.net>',
      subject: 'Re: tennis jeudi',
      body: 'Ok pour jeudi 19 h, je réserve le court.',
    },
  ],
  es: [
    {
      from: 'Amaia Barrenechea <amaia.barre@hotmail.es>',
      subject: 'Cena del viernes',
      body: '¿Te viene bien a las nueve? Reservo en el sitio de siempre.',
    },
    {
      from: 'Koldo Urrutia <koldo.urrutia@gmail.com>',
      subject: 'Re: las llaves',
      body: 'Te dejo las llaves en el buzón, gracias por todo.',
    },
  ],
  pt: [
    {
      from: 'Matilde Figueiredo <matilde.fig@gmail.com>',
      subject: 'Jantar de domingo',
      body: 'A mãe pergunta se trazes a sobremesa. Às 13h como sempre.',
    },
    {
      from: 'Duarte Pinto <duarte.pinto@sapo.pt>',
      subject: 'Re: futebol',
      body: 'Quinta às 20h no pavilhão, confirmas?',
    },
  ],
  it: [
    {
      from: 'Chiara Brambilla <chiara.brambilla@gmail.com>',
      subject: 'Pranzo da nonna',
      body: 'Domenica alle 13, porti tu il dolce?',
    },
    {
      from: 'Davide Locatelli <d.locatelli@tiscali.it>',
      subject: 'Re: trapano',
      body: 'Te lo riporto sabato mattina, grazie mille.',
    },
  ],
  nl: [
    {
      from: 'Sjoerd Tjalsma <sjoerd.tjalsma@ziggo.nl>',
      subject: 'Verjaardag oma',
      body: 'Zaterdag om drie uur bij oma, neem jij de taart mee?',
    },
    {
      from: 'Lotte de Haan <lotte.dehaan@kpnmail.nl>',
      subject: 'Re: fietstocht',
      body: 'Zondag om tien uur bij de molen, ik neem koffie mee.',
    },
  ],
}

export function notesPart(
  rng: Random,
  lang: Lang,
  person: Person,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  NOTES[lang].forEach((note, i) => {
    const rec = record(
      `${prefix}-note-${i}`,
      rng.int(from, to),
      note.from,
      note.subject,
      note.body,
      person.address,
    )
    add(part, rec, { label: 'ham', lang, source: 'personal-note' })
  })
  return part
}
