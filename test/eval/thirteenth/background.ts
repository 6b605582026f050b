// The everyday inbox around a wave or a burst: SpamAssassin ham at random times in a span, and a
// few notes from people the person knows, in the person's language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `sa-list/${mail.group}` : `sa/${mail.group}` }
}

/** One SpamAssassin ham mail delivered to the person at a new time. */
export function addHam(part: Part, id: string, at: number, mail: HamMail, person: Person): void {
  add(
    part,
    record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), person.address),
    hamLabel(mail),
  )
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
  for (let i = 0; i < count; i++)
    addHam(part, `${prefix}-ham-${i}`, rng.int(from, to), rng.pick(ham), person)
  return part
}

const NOTES: Record<Lang, readonly [string, string, string][]> = {
  en: [
    [
      'Tess Adebayo <tess.adebayo@fastpost.example>',
      'Re: Sunday walk',
      'Still on for Sunday? I can bring the flask if you bring the map.',
    ],
    [
      'Gareth Lynn <g.lynn@northpost.example>',
      'photos from the wedding',
      'Finally sorted them, the link is below. The one with the dog is my favourite.',
    ],
    [
      'Dad <h.tolliver@fastpost.example>',
      'Re: boiler',
      'The engineer came this morning, all fine now. Call me when you get a minute.',
    ],
  ],
  de: [
    [
      'Katrin Vogelsang <katrin.v@postfach.example>',
      'Re: Grillen am Samstag',
      'Passt, ich bringe Salat mit. Soll ich noch jemanden fragen?',
    ],
    [
      'Uwe Brenner <uwe.brenner@web-post.example>',
      'Fotos vom Ausflug',
      'Hier die Bilder vom Wochenende, das Album ist freigegeben.',
    ],
    [
      'Mama <ilse.wendelstein@postfach.example>',
      'Re: Weihnachten',
      'Wir freuen uns, dass ihr kommt. Bringt warme Sachen mit!',
    ],
  ],
  fr: [
    [
      'Claire Dubreuil <claire.dubreuil@courrier.example>',
      'Re: dîner vendredi',
      'Parfait pour vendredi, je réserve pour quatre. Tu confirmes pour Marc ?',
    ],
    [
      'Hugo Lemaire <hugo.lemaire@laposte-mail.example>',
      'les photos du week-end',
      'Voilà le lien vers l’album, il y en a de très réussies.',
    ],
    [
      'Papa <b.marchetti@courrier.example>',
      'Re: la voiture',
      'Le garage a appelé, elle sera prête jeudi. Bises.',
    ],
  ],
  es: [
    [
      'Lucía Ferrán <lucia.ferran@correo.example>',
      'Re: cena del sábado',
      'Perfecto, llevo el postre. ¿A qué hora quedamos?',
    ],
    [
      'Álvaro Mena <alvaro.mena@buzon.example>',
      'fotos de la excursión',
      'Te paso el enlace con las fotos, hay algunas muy buenas.',
    ],
    [
      'Mamá <carmen.berrocal@correo.example>',
      'Re: el cumpleaños',
      'Ya tengo el regalo para la abuela, luego te cuento.',
    ],
  ],
  pt: [
    [
      'Beatriz Couto <beatriz.couto@caixa.example>',
      'Re: jantar de sábado',
      'Combinado, eu levo a sobremesa. Que horas?',
    ],
    [
      'Rui Fontes <rui.fontes@correio.example>',
      'fotos do passeio',
      'Segue o link do álbum, ficaram ótimas.',
    ],
    [
      'Mãe <lurdes.albuquerque@caixa.example>',
      'Re: aniversário da avó',
      'Já comprei o bolo, não te esqueças das velas.',
    ],
  ],
  it: [
    [
      'Chiara Benvenuti <chiara.benvenuti@posta.example>',
      'Re: cena di sabato',
      'Perfetto, porto il dolce. A che ora ci vediamo?',
    ],
    [
      'Davide Ruggeri <davide.ruggeri@casella.example>',
      'foto della gita',
      "Ecco il link all'album, sono venute benissimo.",
    ],
    [
      'Mamma <rita.salvemini@posta.example>',
      'Re: pranzo di domenica',
      'Vi aspettiamo alle una, porta anche il vino.',
    ],
  ],
  nl: [
    [
      'Lotte Brouwer <lotte.brouwer@mailbox.example>',
      'Re: etentje zaterdag',
      'Top, ik neem het toetje mee. Hoe laat?',
    ],
    [
      'Bram Veenstra <bram.veenstra@postbus.example>',
      "foto's van het uitje",
      'Hierbij de link naar het album, mooie plaatjes!',
    ],
    [
      'Mam <greet.dijkhuizen@mailbox.example>',
      'Re: verjaardag oma',
      'Ik heb de taart al besteld, vergeet de kaarsjes niet.',
    ],
  ],
}

export function notesPart(
  rng: Random,
  person: Person,
  count: number,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [sender, subject, body] = rng.pick(NOTES[person.lang])
    add(
      part,
      record(`${prefix}-note-${i}`, rng.int(from, to), sender, subject, body, person.address),
      {
        label: 'ham',
        lang: person.lang,
        source: 'note',
      },
    )
  }
  return part
}
