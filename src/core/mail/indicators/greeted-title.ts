// A greeting that names a title typed into a form instead of a person ("Estimado/a 𝐄𝐥𝐨𝐧 𝐚𝐢𝐫𝐝𝐫𝐨𝐩",
// "Salut w<zero-width>e know where you live !", "Hej ｗｅ ｋｎｏｗ …"): the company's mail answers
// whoever typed it. The greetings of the lexicon's seven languages and of the other European
// languages companies write in: a disguised name after any of them is a typed-in title.
import type { ReasonCode } from '../../types.ts'
import { isTypedIn, relayIndicators } from './indicators.ts'

/** How much of the opening a greeting and the name after it take up. */
const OPENING_CHARS = 300

/**
 * What stands in a name's place, up to the first comma or sentence end: after a greeting word
 * ("Hallo", "Estimado/a", "Caro(a)"), or after a sentence's first words and a comma ("Ontvangen,
 * <title>", "Tack för ditt inskick, <title>"). A headline styled from its first letter is the
 * sender's own ("𝗡𝘂𝗿 𝗵𝗲𝘂𝘁𝗲: 30 %"). Most openings are plain ASCII, which disguises nothing: only
 * the others are read.
 */
export function greetsDisguisedTitle(opening: string): boolean {
  const head = opening.slice(0, OPENING_CHARS)
  if (!NOT_ASCII.test(head)) return false
  for (const found of head.matchAll(GREETED)) if (isTypedIn(found[1] ?? found[2]!)) return true
  return false
}

const NOT_ASCII = /[^\0-\x7f]/u
/** The greeting words of the lexicon's seven languages and of the other European languages. */
export const GREETING_WORDS = String.raw`(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?(?:\/r)?|guten tag|bonjour|salut|cher|ch[eè]re|hola|estimad[oa](?:\/a|\(a\)|s)?|querid[oa](?:\/a|\(a\)|s)?|ol[aá]|oi|prezad[oa](?:\/a|\(a\)|s)?|car[oa](?:\/a|\(a\))?|gentile|ciao|salve|hoi|beste|geachte|hej|hei|hallå|dzie[nń] dobry|witaj|witam|cze[sś][cć]|szanown[aye]|dobr[yý] den|ahoj|v[aá][zž]en[aáyý]|merhaba|say[iı]n|selam|γει[αά] σ(?:ας|ου)|αγαπητ(?:έ|ή|ε|η|ο[ιί]|οι)|szanowni|dobr[yý] de[nň]|добрий день|k[æa]re|po[sš]tovan[ia]|tere|bun[aă] ziua|stimat[eă]|kedves|tisztelt|szia|здравствуйте|добрый день|привет|шановн[аи]й?|доброго дня)`
const GREETED = new RegExp(
  String.raw`(?:^|[\s.!:|>\]])` +
    GREETING_WORDS +
    String.raw`[\s,]+([^,!?\n]{1,120})|(?:^|[.!?]\s+)[^,.!?\n]{1,60},\s*([^,!?\n]{1,120})`,
  'giu',
)
/**
 * What stands in a name's place after a greeting word that opens the text or a sentence of it, to
 * that sentence's end ("Caro(a) <name>,"; "Confirm your email. Hi <name>"); after a comma straight
 * after the greeting ("Hello, <text>"), the text that follows (`comma`).
 */
const GREETED_NAME = new RegExp(
  String.raw`(?:^|[.!?]\s+)\s*` + GREETING_WORDS + String.raw`(\s*,)?\s+([^,.!?\n]{1,120})`,
  'giu',
)

/**
 * What a payload says, that no person's name does: a legal threat, a giveaway, a phone number (a
 * link is what companies' own greetings carry: "Hi, grab your code at …").
 */
const PAYLOAD_CODES: readonly ReasonCode[] = ['legal-threat', 'giveaway-crypto', 'phone-in-subject']

/**
 * The relay indicators of what a greeting word greets ("Caro(a) AVISO: o seu site será removido
 * em 24 horas por violação de direitos de autor …", "Hi FREE NITRO at discord-gift.example"): a
 * verification's body greets the name typed into the form, which in a wave is the attacker's text.
 * Only what a payload says and no name does; plain ASCII is read too, unlike disguises.
 */
export function greetedPayload(opening: string): ReasonCode[] {
  const found = new Set<ReasonCode>()
  for (const [, comma, greeted] of opening.slice(0, OPENING_CHARS).matchAll(GREETED_NAME))
    for (const code of relayIndicators(greeted!, null))
      // After "Hello," comes the company's own sentence, whose numbers are its reference.
      if (PAYLOAD_CODES.includes(code) && !(comma && code === 'phone-in-subject')) found.add(code)
  return [...found]
}
