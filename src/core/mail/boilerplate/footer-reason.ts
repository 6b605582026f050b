// A newsletter's footer saying why the reader gets it: "You are receiving this email because you
// signed up", "Du erhältst diese Mail, weil du den Newsletter abonniert hast", "Vous recevez ce
// message car vous êtes abonné", "Recibes este correo porque te suscribiste"; and its links to
// manage what the reader gets: "Manage your subscription", "Newsletter abbestellen", "Cancelar
// subscrição", "Frequentie wijzigen"; and how to stop it: "To stop receiving these messages…". The subscription it names was made long ago; it confirms
// nothing. Read on folded text (lexicon.ts foldForLexicon).

import { spansOf } from '../text.ts'

const BECAUSE =
  /(?<![a-z])(?:you(?:'re| are|'ve| have)? receiv[a-z]* (?:this|these)[^.!?\n]{0,40}(?:because|as)|(?:du erhaltst|sie erhalten) diese[^.!?\n]{0,40}weil|(?:vous recevez|tu recois) ce[^.!?\n]{0,40}(?:car|parce)|recibes? est[ae][^.!?\n]{0,40}porque|(?:voce )?recebes? est[ae][^.!?\n]{0,40}porque|ricev[ei] quest[ao][^.!?\n]{0,40}perche|(?:je|u) ontvangt deze[^.!?\n]{0,40}omdat)[^.!?\n]*/gu

const MANAGE =
  /(?<![a-z])(?:(?:manage|update|change|edit) (?:your |my )?(?:subscription|email preferences|preferences)|(?:newsletter )?abbestellen|(?:abo|abonnement|newsletter) (?:verwalten|kundigen|abbestellen)|einstellungen (?:andern|verwalten)|(?:gerer|modifier) (?:votre |mon |vos |mes )?(?:abonnement|preferences)|(?:gestionar|cancelar|administrar) (?:tu |su |mi |la )?suscripcion|(?:gerir|gerenciar|cancelar) (?:a |sua |a sua )?(?:subscricao|assinatura|inscricao)|alterar (?:a )?frequencia|(?:gestisci|gestire|annulla) (?:l'|il |il tuo |la tua )?(?:abbonamento|iscrizione)|(?:beheer|wijzig) (?:je |uw )?(?:abonnement|voorkeuren)|abonnement (?:beheren|opzeggen)|frequentie wijzigen)/gu

/**
 * How to stop the mail, to the end of its clause (a plain-text footer wraps its lines): "To stop
 * receiving this and other messages from use Perl, or to change your preferences, go to …".
 */
const STOP =
  /(?<![a-z])(?:(?:to )?stop receiving|no longer (?:wish|want) to receive|nicht mehr (?:erhalten|empfangen)|ne (?:plus|pas) recevoir|ne souhaitez plus recevoir|dejar de recibir|no (?:desea|deseas|quiere|quieres) recibir|deixar de receber|nao (?:deseja|desejas|quer|queres) (?:mais )?receber|non (?:vuoi|desideri) (?:piu )?ricevere|non ricevere piu|niet (?:langer|meer) ontvangen)[^.!?,]{0,200}/gu

/**
 * A subscription named with the year it began: "Suscrito desde 2023", "Abonniert seit 2021",
 * "You subscribed in 2023", "Sie erhalten diesen Newsletter seit 2022" — a newsletter's
 * furniture, not a sign-up.
 */
const SINCE =
  /(?<![a-z])(?:subscribed|subscriber|abonniert|abonnent(?:in)?|abonnee?|suscrito|suscriptora?|inscrito|assinante|iscritt[oa]|abbonat[oa]|geabonneerd|abonnee) (?:since|seit|depuis|desde|dal|sinds|dan|from|in|im|en|em|nel|nell'anno) (?:\d{4}|[a-z]+ \d{4})|(?:newsletter|nieuwsbrief|infolettre|boletin|receive|receiving|erhalten|erhaltst|recevez|recibes?|recebes?|ricevi|ontvangt) (?:[a-z]+ ){0,3}(?:since|seit|depuis|desde|dal|sinds) \d{4}/gu

/**
 * The spans of the text that say why the reader gets the mail or offer to manage it, as
 * [start, end) pairs.
 */
export function footerReasonSpans(folded: string): [number, number][] {
  return [
    ...spansOf(BECAUSE, folded),
    ...spansOf(MANAGE, folded),
    ...spansOf(STOP, folded),
    ...spansOf(SINCE, folded),
  ]
}
