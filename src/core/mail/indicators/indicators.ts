// Relay indicators on the text the attacker controls: the title a helpdesk echoed. Reported wave
// themes (docs/signals.md 4.2): fake law-enforcement orders, takedown notices, free "Discord
// Nitro", strings of odd Unicode; crypto lures in 2023 (docs/signals.md 4.1). Every pattern is
// linear.
import { bounded, foldStyled, INVISIBLE_CONTROLS, OVERLAY_MARKS } from '../text.ts'

/** The shared pattern is global (for replace); a test needs a stateless copy, made once. */
const INVISIBLE = new RegExp(INVISIBLE_CONTROLS.source, 'u')
const OVERLAID = new RegExp(OVERLAY_MARKS.source, 'u')
import type { Language } from '../templates/templates.ts'
import type { ReasonCode } from '../../types.ts'

// Mathematical alphanumerics, fullwidth forms, enclosed alphanumerics (circled, squared, negative).
const STYLED =
  /[\u{1d400}-\u{1d7ff}\uff01-\uff5e\u2460-\u24ff\u{1f130}-\u{1f189}\u{1f1e6}-\u{1f1ff}]/u
/**
 * A run of three styled letters or digits (mathematical alphanumerics, fullwidth and circled
 * letters): a styled word. Fullwidth punctuation and circled digits stand alone in everyday
 * Japanese and in lists ("（black）", "①"), and a flag emoji is no disguise.
 */
const STYLED_LETTERS =
  '\\u{1d400}-\\u{1d7ff}\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u24b6-\\u24e9\\u{1f130}-\\u{1f189}'
const STYLED_RUN = new RegExp(`[${STYLED_LETTERS}]{3}`, 'u')
const LATIN = /\p{Script=Latin}/u
const CONFUSABLE_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u

const LEGAL =
  /(?<![\p{L}\p{N}])(?:take ?down|taken down|law enforcement|court order|subpoena|dmca|copyright infringement|cease and desist|lawsuit|legal action|police(?! d.assurance| de caract)|fbi|interpol|warrant|arrest|europol|prosecut\w*)(?![\p{L}\p{N}])/iu
/**
 * The same threats in de, fr, es, pt, it and nl, read on text without diacritics: the police, a
 * court, an arrest warrant, legal action, a copyright claim. (A deadline alone is what helpdesks
 * promise, "nous vous répondrons sous 24 heures": not read in these languages.)
 */
const LEGAL_OTHER =
  /(?<![\p{L}\p{N}])(?:polizei|staatsanwaltschaft|haftbefehl|gerichtsbeschluss|gerichtliche verfugung|abmahnung|rechtliche schritte|urheberrechtsverletzung|gendarmerie|mandat d.arret|poursuites? judiciaires?|plainte penale|mise en demeure|decision de justice|violation (?:des|de) droits? d.auteur|policia|orden judicial|acciones legales|orden de (?:arresto|detencion)|fiscalia|demanda judicial|(?:infraccion|violacion) de (?:los )?derechos de autor|mandado de (?:prisao|detencao)|(?:ordem|decisao) judicial|processo judicial|ministerio publico|violacao de direitos (?:de autor|autorais)|polizia|carabinieri|mandato di arresto|azion[ei] legal[ei]|ordine del tribunale|denuncia penale|violazione del diritto d.autore|politie|arrestatiebevel|dagvaarding|gerechtelijk bevel|juridische stappen|inbreuk op (?:het )?auteursrecht)(?![\p{L}\p{N}])/iu
/** A deadline with what happens at it, in the six other languages: "innerhalb von 24 Stunden gelöscht". */
const DEADLINE_OTHER =
  /(?<![\p{L}\p{N}])(?:innerhalb(?: von)?|binnen|dans les|sous|en las proximas|en un plazo de|en|em|nas proximas|entro(?: le)?(?: prossime)?) 2?4 ?(?:stunden|heures|horas|ore|uur|u)(?![\p{L}\p{N}])[^.]{0,60}(?:geloscht|gesperrt|entfernt|supprime|ferme|suspendu|bloque|eliminad|suspendid|bloquead|removid|rimoss|eliminat|sospes|bloccat|verwijderd|geblokkeerd|opgeschort)|(?:geloscht|gesperrt|entfernt|supprime|ferme|suspendu|bloque|eliminad|suspendid|bloquead|removid|rimoss|eliminat|sospes|bloccat|verwijderd|geblokkeerd|opgeschort)[^.]{0,60}(?:innerhalb(?: von)?|binnen|dans les|sous|en las proximas|en un plazo de|en|em|nas proximas|entro(?: le)?(?: prossime)?) 2?4 ?(?:stunden|heures|horas|ore|uur|u)(?![\p{L}\p{N}])/iu

const URGENCY =
  /(?<![\p{L}\p{N}])(?:urgent|immediately|final notice|final warning|action required|within 24 hours|account (?:will be )?(?:suspended|terminated|deleted)|last chance)(?![\p{L}\p{N}])/iu
const GIVEAWAY =
  /(?<![\p{L}\p{N}])(?:free (?:discord )?nitro|nitro|giveaway|airdrop|free gift|gift ?card|claim (?:your|now)|winner|prize|bitcoin|btc|eth|ethereum|crypto|usdt|wallet|unclaimed)(?![\p{L}\p{N}])/iu
const LINK =
  /(?:https?:\/\/|www\.|\b[a-z0-9-]{2,63}\.(?:com|net|org|gg|xyz|io|ru|top|link|ly|me)\b)/iu
const PHONE = /\+?\d[\d\s().-]{8,18}\d/u
/** Dates read like phone numbers ("2026-11-28", "28.11.2026"): left out before looking for one. */
const DATES = /(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/gu
const INVITE =
  /(?<![\p{L}\p{N}])(?:discord\.gg\/\w+|invite code|promo code|use code|referral code)(?![\p{L}\p{N}])/iu

/** Common function words per language, to tell the payload's language from the template's. */
const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'the',
    'and',
    'your',
    'you',
    'for',
    'with',
    'this',
    'is',
    'are',
    'from',
    'has',
    'been',
  ]),
  de: new Set([
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ihr',
    'ihre',
    'sie',
    'wir',
    'mit',
    'für',
  ]),
  fr: new Set([
    'le',
    'la',
    'les',
    'et',
    'est',
    'vous',
    'votre',
    'pour',
    'avec',
    'des',
    'une',
    'nous',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'y',
    'es',
    'su',
    'para',
    'con',
    'una',
    'por',
    'usted',
    'nosotros',
  ]),
  pt: new Set(['o', 'os', 'as', 'e', 'sua', 'seu', 'para', 'com', 'uma', 'não', 'você', 'nós']),
  it: new Set(['il', 'lo', 'gli', 'e', 'è', 'tuo', 'tua', 'per', 'con', 'una', 'non', 'noi']),
}

export function relayIndicators(payload: string, templateLanguage: Language | null): ReasonCode[] {
  const raw = bounded(payload)
  const folded = foldStyled(raw)
  const found: ReasonCode[] = []
  if (STYLED.test(raw) || OVERLAID.test(raw)) found.push('styled-unicode')
  if (hasMixedScriptWord(folded)) found.push('mixed-script')
  if (INVISIBLE.test(raw)) found.push('invisible-controls')
  if (isAllCaps(folded)) found.push('all-caps')
  const plain = withoutDiacritics(folded)
  if (LEGAL.test(folded) || LEGAL_OTHER.test(plain)) found.push('legal-threat')
  if (URGENCY.test(folded) || DEADLINE_OTHER.test(plain)) found.push('urgency')
  if (GIVEAWAY.test(folded)) found.push('giveaway-crypto')
  if (LINK.test(folded)) found.push('link-in-subject')
  if (PHONE.test(folded.replace(DATES, ' '))) found.push('phone-in-subject')
  if (INVITE.test(folded)) found.push('invite-code')
  // The payload's language matters only against a template's: read only then.
  const language = templateLanguage && payloadLanguage(folded)
  if (language && language !== templateLanguage) found.push('language-mismatch')
  return found
}

/**
 * Text written to slip past filters: a styled or struck-out word, a word mixing Latin with
 * look-alike letters, an invisible character between two Latin letters ("F\u200bR\u200bE\u200bE").
 * Companies do not write so; attackers typing into a form do. Invisible characters elsewhere are
 * left alone: mailing tools pad hidden preview text with them between words, and Persian, Hebrew
 * and Japanese text needs them inside words.
 */
export function isDisguised(text: string): boolean {
  const raw = bounded(text)
  return STYLED_RUN.test(raw) || hidesLetters(raw)
}

/** Struck-out letters, an invisible character inside a word, a word mixing scripts. */
function hidesLetters(raw: string): boolean {
  return (
    OVERLAID.test(raw) || INVISIBLE_IN_LATIN_WORD.test(raw) || hasMixedScriptWord(foldStyled(raw))
  )
}

/**
 * Inside a word only the characters that hide a letter's neighbour count: a directional mark or
 * isolate is what software puts around a name it did not write (a calendar's "⁨Lunch⁩⁨Thursday⁩").
 */
const INVISIBLE_IN_LATIN_WORD =
  /\p{Script=Latin}[\u200b-\u200d\u202a-\u202e\u2060-\u2064\ufeff]+\p{Script=Latin}/u

/**
 * Text typed into a form rather than the sender's own decoration: struck-out letters, an invisible
 * character inside a word, a word mixing scripts; or styled words that say what payloads say (a
 * legal threat, a giveaway, a threat to the account, a bill, a link). Newsletters style their own
 * headlines and the reader's name ("𝗕𝗟𝗔𝗖𝗞 𝗙𝗥𝗜𝗗𝗔𝗬", "Hey 𝓗𝓪𝓻𝓻𝓲𝓮𝓽").
 */
export function isTypedIn(text: string): boolean {
  const raw = bounded(text)
  if (hidesLetters(raw)) return true
  if (!STYLED_RUN.test(raw)) return false
  const styled = foldStyled((raw.match(STYLED_SPAN) ?? []).join(' '))
  return [LEGAL, GIVEAWAY, THREAT, BILL, LINK].some((pattern) => pattern.test(styled))
}

/** Styled letters and digits with the spaces and signs between them: the styled words. */
const STYLED_SPAN = new RegExp(
  `[${STYLED_LETTERS}][${STYLED_LETTERS}\\uff01-\\uff5e\\s\\p{P}\\p{S}\\p{N}]*`,
  'gu',
)
const THREAT =
  /(?<![\p{L}\p{N}])(?:final notice|final warning|action required|account (?:will be )?(?:suspended|terminated|deleted|erased))(?![\p{L}\p{N}])/iu
const BILL =
  /(?<![\p{L}\p{N}])(?:invoice|overdue|unpaid|payment due|charged|fine|penalty|debt)(?![\p{L}\p{N}])/iu

/**
 * A payload in a body: a word typed in disguise, a legal threat or a giveaway, what an attacker
 * types into a form and a company's own notice in the lexicon's languages does not carry.
 */
export function carriesPayloadSigns(text: string): boolean {
  if (isTypedIn(text)) return true
  const folded = foldStyled(bounded(text))
  return LEGAL.test(folded) || GIVEAWAY.test(folded)
}

function hasMixedScriptWord(text: string): boolean {
  // Most payloads hold no Cyrillic, Greek, Armenian or Cherokee letter at all: skip the split.
  if (!CONFUSABLE_SCRIPTS.test(text)) return false
  return text
    .replace(UNIT_SIGNS, '')
    .split(/\s+/u)
    .some((word) => LATIN.test(word) && CONFUSABLE_SCRIPTS.test(word) && mixesScripts(word))
}

const HYPHENS = /[\u002d\u2010-\u2015]+/u

/**
 * A hyphen joins two words, each in one script: "β-Carotin", "Κατερίνα-Shop" are no disguise.
 * A part made only of letters that look Latin ("Рау-Pal", "FREE-ВТС" in Cyrillic) still is.
 */
function mixesScripts(word: string): boolean {
  const parts = word.split(HYPHENS)
  if (parts.length === 1) return true
  return parts.some(
    (part) => (LATIN.test(part) && CONFUSABLE_SCRIPTS.test(part)) || onlyLookAlikes(part),
  )
}

/** Cyrillic, Greek and Cherokee capitals and small letters drawn like Latin ones. */
const LOOK_ALIKE =
  /^[\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425\u0405\u0406\u0408\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf\p{Script=Cherokee}]+$/u

function onlyLookAlikes(part: string): boolean {
  return CONFUSABLE_SCRIPTS.test(part) && LOOK_ALIKE.test(part.replace(/[^\p{L}]/gu, ''))
}

/** Micro and ohm signs, which NFKC makes Greek letters: "50µg", "10kΩ" are units, not disguise. */
const UNIT_SIGNS = /[\u00b5\u03bc\u2126\u03a9]/gu

const UPPER = /\p{Lu}/gu
const LOWER = /\p{Ll}/gu

export function isAllCaps(text: string): boolean {
  const [upper, lower] = NON_ASCII.test(text) ? letterCases(text) : asciiLetterCases(text)
  return upper >= 6 && upper >= 4 * lower
}

const NON_ASCII = /[^\0-\x7f]/u

/** Upper- and lower-case letters of any script. */
function letterCases(text: string): [number, number] {
  return [text.match(UPPER)?.length ?? 0, text.match(LOWER)?.length ?? 0]
}

/** The same count for ASCII text, without building an array of every letter. */
function asciiLetterCases(text: string): [number, number] {
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
  }
  return [upper, lower]
}

/** Each function word with the languages it belongs to, built once. */
const LANGUAGES_OF: ReadonlyMap<string, Language[]> = (() => {
  const map = new Map<string, Language[]>()
  for (const [language, words] of Object.entries(STOPWORDS) as [Language, ReadonlySet<string>][]) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), language])
  }
  return map
})()

/** The language whose function words clearly dominate, or null when unsure. */
export function payloadLanguage(text: string): Language | null {
  const hits = new Map<Language, number>()
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const language of LANGUAGES_OF.get(word) ?? [])
      hits.set(language, (hits.get(language) ?? 0) + 1)
  }
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1])
  if (!best || best[1] < 2 || (second && second[1] >= best[1])) return null
  return best[0]
}

function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}
