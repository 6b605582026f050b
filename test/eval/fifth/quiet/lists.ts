// Mailing-list traffic: release announcements with [ANN] and discussion threads whose replies
// carry the posters' own client prefixes. Her own posts go out from her sent folder and come
// back through the list.
import type { Random } from '../../prng.ts'
import { DAY, HOUR } from '../clock.ts'
import { at, type QuietMail } from './kit.ts'
import { ANNOUNCEMENTS, POSTERS, THREADS } from './list-threads.ts'

export function listMail(rng: Random): QuietMail[] {
  const out: QuietMail[] = []
  THREADS.forEach((thread, t) => {
    let when = at(rng.int(0, 10), rng.int(7, 20), rng.int(0, 59))
    thread.posts.forEach(([who, text], i) => {
      const poster = POSTERS[who]!
      const subject = `[${thread.list}] ${i === 0 ? '' : `${poster.prefix} `}${thread.subject}`
      const quoted = i === 0 ? '' : `\n\n> ${thread.posts[i - 1]![1].slice(0, 120)}…`
      out.push({
        at: when,
        from: `${poster.name} <${poster.address}>`,
        subject,
        body: `${text}${quoted}\n\n--\n${thread.list} mailing list\nhttps://lists.example.org/${thread.list}`,
        source: `list ${thread.list}`,
      })
      when += rng.int(1, 16) * HOUR + (t % 2) * (DAY / 2)
    })
  })
  ANNOUNCEMENTS.forEach(([list, subject, body], i) => {
    out.push({
      at: at(1 + i * 3, rng.int(9, 17), rng.int(0, 59)),
      from: `${list} <${list}@lists.example.org>`,
      subject: `[ANN] ${subject}`,
      body: `${body}\n\n--\n${list}@lists.example.org — announcements only`,
      source: `list ${list}`,
      lang: 'en',
    })
  })
  return out
}
