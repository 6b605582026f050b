// Turns the list threads and code-hosting threads into quiet-inbox mail: a thread's posts a few
// hours to a day apart, replies with the thread's reply prefix, quoted text kept.
import type { Random } from '../../prng.ts'
import { HOUR } from '../clock.ts'
import { CODE_THREADS } from './code-hosting.ts'
import { between, type Everyday } from './everyday.ts'
import { THREADS } from './oss-threads.ts'
import type { Thread } from './thread.ts'

const LAST_MOMENT_DAY = 20

function threadMail(rng: Random, thread: Thread, source: string): Everyday[] {
  let at = between(rng, thread.startDay, 7, 23)
  return thread.posts.map((post, i) => {
    if (i > 0) at += rng.int(1, 26) * HOUR + rng.int(0, 3_599) * 1000
    const latest = between(rng, LAST_MOMENT_DAY, 20, 23)
    return {
      at: Math.min(at, latest),
      from: post.author,
      subject: i === 0 ? thread.subject : thread.reply(thread.subject),
      body: post.body,
      source,
    }
  })
}

export function ossMail(rng: Random): Everyday[] {
  return [
    ...THREADS.flatMap((t) => threadMail(rng, t, 'open-source mailing list')),
    ...CODE_THREADS.flatMap((t) => threadMail(rng, t, 'code hosting notification')),
  ]
}
