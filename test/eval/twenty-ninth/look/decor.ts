// Everyday mail that decorates itself the way real marketing does: mathematical bold or script
// headlines, emoji, fullwidth or circled letters, preheaders padded with zero-width non-joiners
// and no-break spaces, the person's name in styled letters. Composed from words per language.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import {
  boldScript,
  circled,
  fullwidth,
  preheader,
  sansBold,
  sansItalic,
  serifBold,
  SPARKLE,
} from '../styled.ts'

interface DecorWords {
  headlines: readonly string[]
  lines: readonly string[]
  fresh: string
  hello: string
  unsubscribe: string
}

const WORDS: Record<Lang, DecorWords> = {
  en: {
    headlines: ['BLACK FRIDAY', 'Cozy Season Drop', 'Your Weekly Quest'],
    lines: [
      'Up to 40% off knitwear, this weekend only',
      'Double XP for all players until Sunday',
      'Our new episode is live - grab a tea',
    ],
    fresh: 'New',
    hello: 'Hey',
    unsubscribe: 'Unsubscribe',
  },
  de: {
    headlines: ['BLACK WEEK', 'Neu im Sortiment', 'Dein Wochen-Quest'],
    lines: [
      'Bis zu 40 % auf Strick, nur dieses Wochenende',
      'Doppelte XP für alle bis Sonntag',
      'Die neue Folge ist online',
    ],
    fresh: 'Neu',
    hello: 'Hallo',
    unsubscribe: 'Abmelden',
  },
  fr: {
    headlines: ['BLACK FRIDAY', 'Nouvelle collection', 'Ta quête de la semaine'],
    lines: [
      'Jusqu’à -40 % sur la maille ce week-end',
      'XP doublée pour tous jusqu’à dimanche',
      'Le nouvel épisode est en ligne',
    ],
    fresh: 'Nouveau',
    hello: 'Coucou',
    unsubscribe: 'Se désinscrire',
  },
  es: {
    headlines: ['BLACK FRIDAY', 'Nueva colección', 'Tu misión semanal'],
    lines: [
      'Hasta -40 % en punto este finde',
      'Doble XP para todos hasta el domingo',
      'Ya está el nuevo episodio',
    ],
    fresh: 'Nuevo',
    hello: 'Hola',
    unsubscribe: 'Darse de baja',
  },
  pt: {
    headlines: ['BLACK FRIDAY', 'Nova coleção', 'A sua missão da semana'],
    lines: [
      'Até -40 % em malhas este fim de semana',
      'XP a dobrar para todos até domingo',
      'O novo episódio já saiu',
    ],
    fresh: 'Novo',
    hello: 'Olá',
    unsubscribe: 'Cancelar inscrição',
  },
  it: {
    headlines: ['BLACK FRIDAY', 'Nuova collezione', 'La tua missione della settimana'],
    lines: [
      'Fino al -40% sulla maglieria nel weekend',
      'XP doppi per tutti fino a domenica',
      'È uscito il nuovo episodio',
    ],
    fresh: 'Novità',
    hello: 'Ciao',
    unsubscribe: 'Annulla iscrizione',
  },
  nl: {
    headlines: ['BLACK FRIDAY', 'Nieuwe collectie', 'Je weekquest'],
    lines: [
      'Tot 40% korting op breiwerk dit weekend',
      'Dubbele XP voor iedereen tot zondag',
      'De nieuwe aflevering staat online',
    ],
    fresh: 'Nieuw',
    hello: 'Hoi',
    unsubscribe: 'Afmelden',
  },
}

const STYLES = [sansBold, serifBold, sansItalic, boldScript, fullwidth, circled] as const

/** One decorated marketing mail from brand {b} for the person named `first`. */
export function decorated(
  rng: Random,
  lang: Lang,
  first: string,
  variant: number,
): [string, string] {
  const w = WORDS[lang]
  const style = STYLES[variant % STYLES.length]!
  const emoji = rng.pick(SPARKLE)
  const headline = rng.pick(w.headlines)
  const line = rng.pick(w.lines)
  const subject =
    variant % 3 === 0
      ? `${emoji} ${style(headline)} ${emoji}`
      : variant % 3 === 1
        ? `✨ ${boldScript(w.fresh)} ✨ ${line}`
        : `${style(first)}, ${line.toLowerCase()} ${emoji}`
  const body = [
    preheader(line, rng.int(8, 30)),
    `${w.hello} ${rng.chance(0.5) ? boldScript(first) : sansBold(first)} ${emoji}`,
    `${sansBold(headline)} - ${line}.`,
    '{link}',
    `${w.unsubscribe}: {link}`,
  ].join('\n')
  return [subject, body]
}
