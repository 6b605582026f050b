// Forum notifications of the quiet inbox: replies to the person's topics and watched threads,
// and weekly summaries, in the manner of Discourse and phpBB boards. Written for this set; the
// forums and people are made up.
import type { Random } from '../../prng.ts'
import { between, type Everyday } from './everyday.ts'

interface Topic {
  forum: string
  from: string
  subject: (n: number) => string
  replies: readonly string[]
  days: readonly number[]
}

const TOPICS: readonly Topic[] = [
  {
    forum: 'Brussels Cyclists',
    from: 'Brussels Cyclists <noreply@forum.brusselscyclists.example>',
    subject: () => '[Brussels Cyclists] Safe route from Etterbeek to Schuman?',
    replies: [
      'lucvdb replied:\n\nTake Rue des Champs then the new lane on Avenue de Cortenbergh, much calmer than the Chaussée.',
      'annaK replied:\n\nSeconding Luc. Avoid Montgomery at rush hour.',
      'fietsfanaat replied:\n\nDe nieuwe fietsstraat in de Oudergemselaan is ook een aanrader.',
      'lucvdb replied:\n\n@imogen did you try it? Curious how it went.',
    ],
    days: [1, 1, 2, 6],
  },
  {
    forum: 'The Fresh Loaf Forum',
    from: 'Sourdough Corner <mailer@sourdoughcorner.example>',
    subject: () => 'Reply to topic – “Starter too runny after feeding”',
    replies: [
      'Hello Imogen,\n\nbakerbert has replied to the topic “Starter too runny after feeding” that you are watching.\n\nTry a stiffer feed (50 % hydration) for a few days.',
      'Hello Imogen,\n\nmarieke_bakt has replied to the topic “Starter too runny after feeding”.\n\nOok de temperatuur speelt mee: 24 °C is ideaal.',
      'Hello Imogen,\n\nbakerbert has replied to the topic “Starter too runny after feeding”.\n\nGlad it worked! Post a crumb shot.',
    ],
    days: [4, 5, 9],
  },
  {
    forum: 'Forum Photo Argentique',
    from: 'Forum Photo Argentique <notifications@photo-argentique.example>',
    subject: () => 'Nouvelle réponse dans « Développer la HP5 à 1600 ISO »',
    replies: [
      'Bonjour Imogen,\n\npellicule_72 a répondu à votre message :\n« Au Rodinal 1+50 c’est granuleux ; préférez le DD-X, 12 minutes à 20 °C. »',
      'Bonjour Imogen,\n\nchambre_noire a répondu :\n« Je confirme pour le DD-X. Agitation douce toutes les minutes. »',
    ],
    days: [7, 8],
  },
]

export function forumMail(rng: Random): Everyday[] {
  const source = 'forum'
  const replies = TOPICS.flatMap((topic) =>
    topic.replies.map((body, i) => ({
      at: between(rng, topic.days[i]!, 8, 23),
      from: topic.from,
      subject: topic.subject(i),
      body,
      source,
    })),
  )
  const summaries = [6, 13, 20].map((day) => ({
    at: between(rng, day, 6, 7),
    from: 'Brussels Cyclists <noreply@forum.brusselscyclists.example>',
    subject: '[Brussels Cyclists] Summary',
    body: 'Since your last visit:\n\n• Winter tyres – worth it in Brussels? (14 replies)\n• Stolen bike alert: blue Gazelle near Flagey (6 replies)\n• Critical Mass last Friday, photos (22 replies)\n\nUnsubscribe from these summaries in your preferences.',
    source,
  }))
  const digests = [3, 10, 17].map((day) => ({
    at: between(rng, day, 18, 20),
    from: 'Sourdough Corner <mailer@sourdoughcorner.example>',
    subject: 'Sourdough Corner – topics you watch have new posts',
    body: 'There are new posts in 3 topics you are watching. Log in to read them.',
    source,
  }))
  return [...replies, ...summaries, ...digests]
}
