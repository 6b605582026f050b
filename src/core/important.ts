// Important mail: account security, purchases, payments, shipping, bank and card alerts. Such
// mail is never relay and is pinned when it arrives during a wave: floods are used to bury it
// (brief; Microsoft's mail-bombing write-up in SIGNALS 5). Patterns in en, de, fr, es. Word edges
// are Unicode-aware lookarounds: \b only knows ASCII letters, so it fails after "modifié".
import { foldStyled } from './text.ts'

export type ImportantKind = 'account-security' | 'purchase' | 'payment' | 'shipping' | 'bank'

const PATTERNS: readonly [ImportantKind, RegExp][] = [
  [
    'account-security',
    /(?<![\p{L}\p{N}])(?:password (?:was |has been )?(?:changed|reset)|reset your password|new sign-?in|sign-?in attempt|new login|security alert|two-factor|2-step verification|2fa|recovery (?:email|phone)|verification code is|passwort (?:wurde )?(?:geändert|zurückgesetzt)|neue anmeldung|sicherheitswarnung|mot de passe (?:a été )?(?:modifié|réinitialisé)|nouvelle connexion|alerte de sécurité|contraseña (?:ha sido )?(?:cambiada|restablecida)|nuevo inicio de sesión|alerta de seguridad)(?![\p{L}\p{N}])/iu,
  ],
  [
    'purchase',
    /(?<![\p{L}\p{N}])(?:order confirmation|your order|order #?\d|receipt for|thanks for your purchase|bestellbestätigung|ihre bestellung|confirmation de (?:votre )?commande|votre commande|confirmación de(?:l)? pedido|tu pedido|su pedido)(?![\p{L}\p{N}])/iu,
  ],
  [
    'payment',
    /(?<![\p{L}\p{N}])(?:payment (?:received|confirmation|failed)|your invoice|zahlung|rechnung|paiement|facture|pago recibido|factura)(?![\p{L}\p{N}])/iu,
  ],
  [
    'shipping',
    /(?<![\p{L}\p{N}])(?:has shipped|shipped|out for delivery|tracking number|versandt|versendet|zustellung|expédié|livraison|enviado|entrega)(?![\p{L}\p{N}])/iu,
  ],
  [
    'bank',
    /(?<![\p{L}\p{N}])(?:transaction alert|card (?:was )?(?:charged|declined)|withdrawal|wire transfer|kontobewegung|überweisung|karte|virement|carte bancaire|transferencia|tarjeta)(?![\p{L}\p{N}])/iu,
  ],
]

/** The kind of important mail this is, judged on text the sender wrote (never a helpdesk echo). */
export function importantKind(subject: string, snippet: string): ImportantKind | null {
  const text = `${foldStyled(subject)}\n${foldStyled(snippet).slice(0, 300)}`
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind
  return null
}
