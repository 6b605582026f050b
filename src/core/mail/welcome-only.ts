// A welcome that asks for nothing: "Welcome to Kexto, Priya!", "Willkommen bei Grilbox", "Your
// account is ready". A service that confirms a sign-up sends its welcome once the address or the
// account is confirmed, or at the same moment as the confirmation; a welcome that comes minutes
// after its own company's confirmation says somebody clicked (wave/answered.ts). A welcome that
// still asks (to verify, to confirm, to finish the sign-up, to enter a code) answers nothing.
import { conceptHits, foldForLexicon, type Concept, type Confirmation } from './lexicon/lexicon.ts'

/** What a welcome that still waits for the click names. */
const ASKING: ReadonlySet<Concept> = new Set([
  'verify',
  'verifyCompound',
  'oneClick',
  'finish',
  'complete',
  'code',
  'otp',
  'consent',
  'link',
  'instructions',
  'reset',
  'resetCompound',
])

/** How much of the subject and the opening is read. */
const READ_CHARS = 400

export function welcomesOnly(
  confirmation: Confirmation | null,
  subject: string,
  opening: string,
): boolean {
  if (confirmation !== 'welcome') return false
  const text = foldForLexicon(`${subject.slice(0, 200)}\n${opening.slice(0, READ_CHARS)}`)
  return !conceptHits(text).some((hit) => ASKING.has(hit.concept))
}
