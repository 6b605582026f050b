// Words beside a concept that take back what it says: a click offered to leave a list ("Un clic
// pour vous désabonner") is no click left to join one, and a link named in a warning ("we will
// never send you a link asking for your password") is no link to use.
import type { ConceptHit } from './lexicon.ts'

/** How near the taking-back word stands, in characters. */
const NEAR = 40

/** Hits i and j make no pair when either is taken back by the words beside it. */
export function pairBlocked(hits: readonly ConceptHit[], i: number, j: number): boolean {
  return takenBack(hits, i) || takenBack(hits, j)
}

function takenBack(hits: readonly ConceptHit[], k: number): boolean {
  const hit = hits[k]!
  if (hit.concept === 'oneClick') {
    const next = hits[k + 1]
    return next?.concept === 'unsubscribe' && next.at - hit.at <= NEAR
  }
  if (hit.concept === 'link') {
    const before = hits[k - 1]
    return before?.concept === 'never' && hit.at - before.at <= NEAR
  }
  return false
}
