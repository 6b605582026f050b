// Important mail: account security, purchases and receipts, payments, shipping, bank and card
// alerts, in en, de, fr, es, pt, it and nl. Such mail is never relay and is pinned when it arrives
// during a wave: floods are used to bury it (Microsoft's mail-bombing write-up, see
// docs/DESIGN.md). Matched on text folded like the confirmation lexicon (lower case, no
// diacritics, styled letters plain), at word starts. A sign-in code or a password-reset link is
// not here: unasked, those are what verification waves are made of (lexicon.ts).
import { foldForLexicon } from './lexicon.ts'

export type ImportantKind = 'account-security' | 'purchase' | 'payment' | 'shipping' | 'bank'

// "Password reset" alone is a reset request (what verification waves send); "has been reset" is done.
const CHANGED =
  '(?:changed|updated|geandert|aktualisiert|modifie|change|cambiad[ao]|actualizad[ao]|alterad[ao]|atualizad[ao]|modificat[ao]|cambiat[ao]|gewijzigd|bijgewerkt|(?:has been|was|wurde|a ete|ha sido|fue|foi|e stat[ao]|is) (?:reset|zuruckgesetzt|reinitialise|restablecid[ao]|redefinid[ao]|reimpostat[ao]|gereset))'
const SWITCHED =
  '(?:enabled|disabled|turned (?:on|off)|activated|deactivated|aktiviert|deaktiviert|active|desactive|activad[ao]|desactivad[ao]|ativad[ao]|desativad[ao]|attivat[ao]|disattivat[ao]|ingeschakeld|uitgeschakeld)'
const TWO_FACTOR =
  '(?:two-factor|two factor|2-step|two-step|2fa|zwei-faktor|2-faktor|double authentification|deux facteurs|dos pasos|duas etapas|due fattori|due passaggi|tweestaps|twee-factor)'

const PATTERNS: readonly [ImportantKind, RegExp][] = [
  [
    'account-security',
    new RegExp(
      `(?<![a-z0-9])(?:(?:password|passwort|kennwort|mot de passe|contrasena|senha|wachtwoord)[^.\\n]{0,30}${CHANGED}|${TWO_FACTOR}[^.\\n]{0,40}${SWITCHED}|new (?:sign-?in|login|device)|sign-?in attempt|unusual (?:sign-?in|activity)|suspicious (?:sign-?in|activity|login)|security alert|sicherheitswarnung|sicherheitshinweis|neue anmeldung|alerte de securite|nouvelle connexion|alerta de seguridad|nuevo inicio de sesion|alerta de seguranca|novo (?:login|acesso)|avviso di sicurezza|nuovo accesso|beveiligingswaarschuwing|nieuwe (?:aanmelding|login)|recovery (?:email|phone)[^.\\n]{0,20}${CHANGED})`,
      'u',
    ),
  ],
  [
    'purchase',
    /(?<![a-z0-9])(?:order confirm|your order|order #?\d|order number|receipt|thanks for (?:your purchase|riding)|thank you for your (?:purchase|order)|purchase confirm|your (?:trip|ride) with|subscription (?:renewed|renewal)|bestellbestatigung|ihre bestellung|deine bestellung|quittung|kaufbeleg|confirmation de (?:votre )?commande|votre commande|votre recu|confirmacion de(?:l| tu| su)? pedido|tu pedido|su pedido|recibo|confirmacao (?:do|de) pedido|(?:o )?seu pedido|conferma (?:d'|dell')ordine|il tuo ordine|ricevuta|orderbevestiging|je bestelling|uw bestelling|kassabon)/u,
  ],
  [
    'payment',
    /(?<![a-z0-9])(?:payment (?:received|sent|confirm|failed|successful|declined)|your payment|you (?:sent|paid|received) (?:a payment|money|\$|€|£|\d)|money (?:sent|received)|invoice|zahlung(?:sbestatigung| erhalten| gesendet| eingegangen| bestatigt| fehlgeschlagen)|rechnung|paiement (?:recu|envoye|confirme|refuse)|confirmation de paiement|facture|pago (?:recibido|enviado|confirmado|rechazado)|confirmacion de pago|factura|pagamento (?:recebido|enviado|confirmado|recusado|ricevuto|inviato|confermato|rifiutato)|conferma di pagamento|fatura|fattura|betaling (?:ontvangen|verzonden|bevestigd|mislukt)|betalingsbevestiging|factuur)/u,
  ],
  [
    'shipping',
    /(?<![a-z0-9])(?:has shipped|shipped|out for delivery|delivered|tracking number|your (?:package|parcel)|versandt|versendet|zugestellt|sendungsverfolgung|ihr paket|expedie|livraison|votre colis|enviado|entregado|tu paquete|entregue|encomenda|spedit[ao]|consegnat[ao]|il tuo pacco|verzonden|bezorgd|je pakket|uw pakket)/u,
  ],
  [
    'bank',
    /(?<![a-z0-9])(?:transaction (?:alert|of)|card ending|card (?:was )?(?:charged|declined|used)|charge of|a purchase of|withdrawal|wire transfer|direct debit|low balance|kontobewegung|uberweisung|lastschrift|kartenzahlung|karte endet|kontostand|virement|prelevement|carte (?:bancaire|se terminant)|transferencia|tarjeta|cargo (?:en|de)|cartao|transacao|bonifico|carta (?:di credito|che termina)|addebito|transazione|overboeking|afschrijving|pinbetaling|creditcard|transactie)/u,
  ],
]

/** The kind of important mail this is, judged on text the sender wrote (never a helpdesk echo). */
export function importantKind(subject: string, snippet: string): ImportantKind | null {
  const text = foldForLexicon(`${subject.slice(0, 300)}\n${snippet.slice(0, 300)}`)
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind
  return null
}
