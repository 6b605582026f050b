// Important notices about something the person already bought, on the day it matters: a parcel or
// an order waiting to be picked up, and a flight's gate change or open check-in. Such mail comes
// from the shop or the airline and carries a pickup code or a booking reference; a flood is sent
// to bury it. Matched on folded text (lexicon.ts foldForLexicon), as whole words, in en, de, fr,
// es, pt, it and nl. A phrase that says only "waits for you" or "check-in" needs the parcel, the
// order or the flight beside it: "une surprise vous attend", "Early check-in available" are offers.

const GOODS =
  '(?:parcel|package|order|paket|sendung|bestellung|colis|commande|paquete|pedido|envio|encomenda|pacote|ordine|pacco|spedizione|pakket|bestelling|zending)'

/** A parcel locker, the place an order waits in. */
const LOCKER =
  '(?:parcel locker|locker|packstation|paketstation|paketfach|consigne|casillero|taquilla|cacifo|armadietto|pakketautomaat|pakjesautomaat|pakketkluis)'

/** Waiting to be picked up: "ready for pickup", "abholbereit", "colis … vous attend en point relais". */
export const PICKUP = new RegExp(
  `(?<![a-z0-9])(?:ready for (?:pick ?up|collection)|zur abholung verfugbar|disponivel para (?:levantamento|recolha)|disponibile per il ritiro|${GOODS}[^.!?\\n]{0,60}(?:available for (?:pick ?up|collection)|disponible (?:au retrait|para recoger)|disponivel para (?:levantar|retirada|retirar)|kan (?:worden )?(?:opgehaald|afgehaald))|ready to be (?:collected|picked up)|pick ?up code|collection code|abholbereit|zur abholung bereit|abholcode|point relais|code de retrait|pret a etre retire|se puede recoger|listo para recoger|codigo de recogida|punto de recogida|pront[ao] para (?:levantamento|retirada|recolha)|codigo de (?:levantamento|retirada)|ponto de recolha|pronto (?:per il|da) ritir[oa]|codice di ritiro|punto di ritiro|klaar (?:om op te halen|voor afhalen|om af te halen)|ophaalcode|afhaalpunt|afhaalcode|pront[ao] para (?:levantar|recolher|retirar)|${GOODS}[^.!?\\n]{0,60}(?:vous attend|t'attend|te espera|espera por (?:si|voce|ti)|aguarda (?:no|na|em)|ti aspetta|wartet auf (?:dich|sie)|ligt (?:voor (?:je|u) )?klaar|is waiting (?:at|in)|awaits you (?:at|in))|${GOODS}[^.!?\\n]{0,60}(?:in|im|in der|dans la|en la|en el|no|na|nel|nell'|nella|in de|in het) ${LOCKER})(?![a-z])`,
  'u',
)

const FLIGHT = '(?:flight|flug|vol|vuelo|voo|volo|vlucht)'
/**
 * Check-in opened, as airlines and railways announce it: "Online inchecken is geopend", "Check-in
 * online disponibile", "Enregistrement en ligne ouvert", "Online-Check-in ab sofort möglich". Not
 * an offer ("Early check-in available", "Online check-in opens 30 hours before departure").
 */
const CHECK_IN_OPEN =
  '(?:(?<!early |late |fruher |fruhzeitiger |vroeg |anticipado |anticipato )(?:online[- ])?(?:check[- ]?in|inchecken|enregistrement en ligne)(?![a-z])(?: online)?(?: (?:for|fur|pour|para|per|voor|to|nach|naar|a) [^.!?\\n]{1,30}?)?(?: (?:is|ist|est|e|esta|kan|ab|now|nu|jetzt|sofort|gia|ja|ya)){0,2} (?:open|geopend|geoffnet|ouvert|aperto|abierto|aberto|disponible|disponibile|disponivel|available|moglich|nu)|(?:votre )?enregistrement(?: en ligne)?(?: est)?(?: desormais| maintenant)? ouvert|(?:you can|ya puedes|ya puede|ja podes|ja pode|ora puoi|jetzt kannst du|sie konnen jetzt|je kunt nu|u kunt nu|vous pouvez) (?:now )?(?:hacer |fazer |fare |effectuer )?(?:el |o |il |votre |tu |seu )?(?:online[- ])?(?:check[- ]?in|einchecken|inchecken|enregistrement))'

/**
 * A flight's day: "gate change", "Gatewechsel", "cambio de puerta", check-in opened for a
 * flight or announced as open.
 */
export const TRAVEL_DAY = new RegExp(
  `(?<![a-z0-9])(?:gate change|now (?:departs|boards) from gate|will now board at gate|gatewechsel|gate-?anderung|changement de porte|cambio de puerta|embarcara por la puerta|mudanca de porta|embarca agora pela porta|cambio (?:di )?gate|partira dal gate|gatewijziging|platform change|gleiswechsel|gleisanderung|changement de voie|cambio de (?:anden|via)|mudanca de (?:linha|plataforma)|cambio (?:di )?binario|spoorwijziging|${FLIGHT}(?: [a-z0-9]{2,8})?[^.!?\\n]{0,40}check[- ]?in|check[- ]?in[^.!?\\n]{0,40}(?<![a-z])${FLIGHT}|${CHECK_IN_OPEN})(?![a-z])`,
  'u',
)
