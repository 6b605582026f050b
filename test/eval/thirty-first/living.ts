// The person keeps living during a wave: a colleague's mail from the morning, the person's reply
// sent during the wave, and the colleague's answer minutes later (a thread with Re: prefixes).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { REPLY_PREFIX, SENT_SUBJECTS } from './look/people.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const ANSWER: Record<Lang, string> = {
  en: 'Perfect, thanks. I’ll add it to the agenda.',
  de: 'Super, danke. Ich nehme es in die Tagesordnung auf.',
  fr: 'Parfait, merci. Je l’ajoute à l’ordre du jour.',
  es: 'Perfecto, gracias. Lo añado al orden del día.',
  pt: 'Perfeito, obrigado. Acrescento à ordem de trabalhos.',
  it: 'Perfetto, grazie. Lo aggiungo all’ordine del giorno.',
  nl: 'Prima, dank je. Ik zet het op de agenda.',
}

export function living(rng: Random, id: string, person: Person, start: number, end: number): Part {
  const part = emptyPart()
  const colleague = person.contacts[0]!
  const topic = rng.pick(SENT_SUBJECTS[person.lang])
  const re = rng.pick(REPLY_PREFIX[person.lang].slice(0, 2))
  const during = start + Math.floor(rng.next() * Math.max(MINUTE, end - start))
  const from = `${colleague.name} <${colleague.address}>`
  const label = { label: 'ham' as const, lang: person.lang, source: 'living:colleague' }
  put(
    part,
    {
      id: `${id}-col-0`,
      at: start - rng.int(2, 5) * HOUR,
      from,
      subject: topic,
      body: `${person.first}, ${topic}?\n${colleague.name.split(' ')[0]}`,
      to: person.address,
    },
    label,
  )
  put(
    part,
    {
      id: `${id}-col-1`,
      at: during,
      from: `${person.name} <${person.address}>`,
      subject: `${re} ${topic}`,
      body: `OK.\n${person.first}`,
      to: colleague.address,
      sent: true,
    },
    label,
  )
  put(
    part,
    {
      id: `${id}-col-2`,
      at: Math.min(end, during + rng.int(3, 12) * MINUTE),
      from,
      subject: `${re} ${re} ${topic}`,
      body: ANSWER[person.lang],
      to: person.address,
    },
    label,
  )
  return part
}
