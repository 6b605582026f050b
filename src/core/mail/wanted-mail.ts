// A double opt-in that names no list: the reader is told, in the imperative, to confirm that they
// want mail from now on ("Tap below to confirm and we'll send you our weekly picks", "Bitte
// bestätige, dass du die News von … bekommen möchtest", "Confirmez que vous souhaitez recevoir nos
// actualités"). A confirmation told of in the past ("you confirmed you want to receive"), a
// question ("Can you confirm you're coming? We'll send you the address"), a footer ("if you no
// longer want to receive our mail") and an order's "we'll send you a shipping confirmation" are
// none. Read on folded text (lexicon.ts foldForLexicon).

const CONFIRM_NOW =
  '(?:confirm (?:that|and|below|here|now)|please confirm|(?:tap|click|press)[^.!?\\n]{0,20} to confirm|bitte bestatige|bestatige,? dass|bestatigen sie,? dass|confirmez(?:-nous)? que|confirme(?:-nos)? que|confirma(?:-nos)? que|conferma(?:ci)? che|confermi che|bevestig(?: je| u)?,? dat)'

const WANT =
  "(?:we'll send you|we will send you|(?:want|wish|like) to (?:receive|get)|(?:bekommen|erhalten) (?:mochtest|mochten)|erhalten willst|(?:souhaitez|souhaites|voulez|veux) recevoir|(?:deseas|desea|quieres|quiere) recibir|(?:deseja|desejas|quer|queres) receber|(?:vuoi|desideri|desidera) ricevere|(?:wilt|wil) ontvangen|ontvangen (?:wilt|wil))"

const CONFIRM_WANTED = new RegExp(`(?<![a-z])${CONFIRM_NOW}[^.!?\\n]{0,80}?${WANT}`, 'u')

/** Words that turn the wish around: the mail confirms leaving a list. */
const NO_LONGER =
  /(?<![a-z])(?:no longer|not to|nicht mehr|ne plus|ya no|nao (?:quer|deseja)|non (?:vuoi|desideri)|niet (?:langer|meer))(?![a-z])/u

export function confirmsWantedMail(folded: string): boolean {
  const found = CONFIRM_WANTED.exec(folded)
  return found !== null && !NO_LONGER.test(found[0])
}
