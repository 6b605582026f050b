// Important notices about something the person already bought, on the day it matters: a parcel or
// an order waiting to be picked up, and a flight's gate change or open check-in. Such mail comes
// from the shop or the airline and carries a pickup code or a booking reference; a flood is sent
// to bury it. Matched on folded text (lexicon.ts foldForLexicon), at word starts, in en, de, fr,
// es, pt, it and nl.

/** Waiting to be picked up: "ready for pickup", "abholbereit", "vous attend en point relais". */
export const PICKUP =
  /(?<![a-z0-9])(?:ready (?:for (?:pick ?up|collection)|to (?:be )?(?:collect|pick))|pick ?up code|collection code|abholbereit|zur abholung|abholcode|abholstation|(?:vous|t)'?\s?attend (?:en|au|a la|dans)|point relais|code de retrait|pret a etre retire|se puede recoger|listo para recoger|codigo de recogida|punto de recogida|te espera en|pront[ao] para (?:levantamento|retirada|recolha)|codigo de (?:levantamento|retirada)|ponto de recolha|pronto (?:per il|da) ritir|codice di ritiro|ti aspetta (?:nel|al|in|presso)|punto di ritiro|klaar (?:om op te halen|voor afhalen|om af te halen)|ligt (?:voor je |voor u )?klaar|ophaalcode|afhaalpunt|afhaalcode)/u

/** A flight's day: "gate change", "check-in is open", "Gatewechsel", "cambio de puerta". */
export const TRAVEL_DAY =
  /(?<![a-z0-9])(?:gate change|new gate|now (?:departs|boards) from|will now board|gatewechsel|gate-?anderung|neues gate|changement de porte|cambio de puerta|embarcara por la puerta|mudanca de porta|embarca agora pela porta|cambio (?:di )?gate|partira dal gate|gatewijziging|(?:online )?check-?in (?:is |ist |est |esta |e |ja |jetzt |nu |now |already )*(?:open|available|geoffnet|moglich|ouvert|abierto|disponible|disponivel|aberto|disponibile|aperto|geopend|mogelijk)|enregistrement (?:en ligne )?(?:est )?ouvert|check-?in (?:online )?(?:disponible|disponivel|disponibile))/u
