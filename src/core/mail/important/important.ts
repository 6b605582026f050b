// Important mail: account security, purchases and receipts, payments, shipping, bank and card
// alerts, in en, de, fr, es, pt, it and nl. Such mail is never relay and is pinned when it arrives
// during a wave: floods are used to bury it (Microsoft's mail-bombing write-up, see
// docs/DESIGN.md). Matched on text folded like the confirmation lexicon (lower case, no
// diacritics, styled letters plain), at word starts. A sign-in code or a password-reset link is
// not here: unasked, those are what verification waves are made of (lexicon.ts).
import { foldForLexicon } from '../lexicon/lexicon.ts'
import { ORDER_ID } from '../codes/order-id.ts'
import { PICKUP, TRAVEL_DAY } from '../lexicon/lexicon-day-of.ts'
import { saysAccountChanged, TWO_FACTOR } from './account-changes.ts'

export type ImportantKind =
  'account-security' | 'purchase' | 'payment' | 'shipping' | 'bank' | 'official'

// "Password reset" alone is a reset request (what verification waves send); "has been reset" is done.
const CHANGED =
  '(?:changed|updated|geandert|aktualisiert|modifie|change|cambiad[ao]|actualizad[ao]|alterad[ao]|atualizad[ao]|modificat[aeio]|cambiat[aeio]|gewijzigd|bijgewerkt|(?:has been|was|wurde|a ete|ha sido|fue|foi|e stat[ao]|is) (?:reset|zuruckgesetzt|reinitialise|restablecid[ao]|redefinid[ao]|reimpostat[ao]|gereset))'
const SWITCHED =
  '(?:enabled|disabled|turned (?:on|off)|activated|deactivated|aktiviert|deaktiviert|active|desactive|activad[ao]|desactivad[ao]|ativad[ao]|desativad[ao]|attivat[ao]|disattivat[ao]|ingeschakeld|uitgeschakeld)'

/** A password named in the seven languages, on folded text. */
const PASSWORD =
  '(?:password|passwort|kennwort|mot de passe|contrasena|senha|palavra-passe|wachtwoord)'
// "Modification de votre mot de passe", "Änderung Ihres Passworts": the change named first.
const PASSWORD_CHANGE = `(?:modification|changement|anderung|cambio|alteracao|mudanca|modifica|wijziging|verandering) (?:(?:de|du|des|of|ihres|deines|tu|su|da|della|del|van|je|uw|votre|your) )*${PASSWORD}`
// "Se ha cambiado tu contraseña", "We changed your password": the change named before the password,
// in the past only ("Change your password" is what a reset asks).
const CHANGED_PASSWORD = `(?:changed|updated|geandert|modifie|cambiad[ao]|actualizad[ao]|alterad[ao]|atualizad[ao]|modificat[ao]|cambiat[ao]|gewijzigd|bijgewerkt|se cambio|modifico|actualizo|alterou) (?:(?:your|tu|su|votre|ihr|dein|seu|sua|a sua|il tuo|la tua|je|uw|the|la|le|el|o|a|il|das|het|de) )?${PASSWORD}`
// A device added to or changed on the account: the second factor of online banking.
const DEVICE_CHANGE = `(?:(?:device|gerat|appareil|dispositivo|apparaat|toestel)[^.\\n]{0,40}(?:${CHANGED}|${SWITCHED}|added|hinzugefugt|ajoute|anadido|adicionado|aggiunto|associato|toegevoegd|gekoppeld)|(?:new|neues|nouvel|nuevo|novo|nuovo|nieuw) (?:device|gerat|appareil|dispositivo|apparaat|toestel)|${CHANGED} (?:(?:your|tu|su|seu|votre|il tuo|je|uw|ihr) )?(?:device|gerat|appareil|dispositivo|apparaat|toestel))`
// "Er is ingelogd met uw DigiD", "Nuevo acceso a tu banca online".
const NEW_LOGIN =
  '(?:(?:er is|is) ingelogd|nuevo acceso|new access|neuer zugriff|nouvel acces|nouvel appareil connecte)'
// Someone tried the account's password, said as a notice: "Someone tried to sign in to your
// account", "Failed login attempts", "Tentative de connexion inhabituelle bloquée", "Alguém tentou
// entrar na sua conta", "Mislukte inlogpogingen", "entered the correct password"; a breach told
// to the account's users ("a security incident at …", "Sicherheitsvorfall"); new recovery codes.
// Read only on mail that confirms nothing (important-of.ts): a name typed into a sign-up form
// ("Welcome, Failed login attempts") stands in a verification's subject.
const SECURITY_NOTICE = new RegExp(
  `(?<![a-z0-9])(?:failed (?:sign-?in|log-?in|login) attempts?|failed attempts? to (?:sign|log) in|(?:someone|somebody) tried to (?:sign|log) ?in|(?:entered|used) the correct password|(?:sign-?in|log-?in|login) (?:attempt )?(?:was )?blocked|blocked a (?:sign-?in|log-?in|login) attempt|fehlgeschlagene (?:anmeldeversuche|anmeldungen|login-?versuche)|jemand (?:hat )?versucht, sich (?:bei [^.\\n]{1,40} )?anzumelden|anmeldeversuch blockiert|a tente de se connecter|echecs? de connexion|tentative de connexion (?:inhabituelle|bloquee|suspecte)|intentos? (?:de inicio de sesion|de acceso) (?:fallid[oa]s?|bloquead[oa]s?)|(?:alguien|alguem) (?:ha )?(?:intentado|intento|tentou) (?:acceder|entrar|iniciar sesion|aceder|acessar|iniciar sessao)|tentativas? de (?:acesso|inicio de sessao) (?:falhad[oa]s|bloquead[oa])|tentativa de inicio de sessao invulgar|qualcuno ha tentato di accedere|tentativi di accesso (?:non riusciti|bloccati)|mislukte (?:inlogpogingen|aanmeldpogingen)|iemand probeerde in te loggen|ongebruikelijke inlogpoging|security incident|sicherheitsvorfall|incident de securite|incidente de seguridad|incidente de seguranca|incidente di sicurezza|beveiligingsincident|recovery codes|wiederherstellungscodes|codes de recuperation|codigos de (?:recuperacion|recuperacao)|codici di recupero|herstelcodes)(?![a-z])`,
  'u',
)
/** An account that does not exist has nothing to protect: "… but no account exists". */
const NO_ACCOUNT =
  /(?<![a-z])(?:no account|not registered|does not exist|doesn t exist|kein konto|aucun compte|ninguna cuenta|nenhuma conta|nessun account|geen account)(?![a-z])/u

/**
 * The text (subject and first lines, folded) is a notice that someone tried the account, of a
 * breach, or of new recovery codes, for an account that exists.
 */
export function isSecurityNotice(text: string): boolean {
  return SECURITY_NOTICE.test(text) && !NO_ACCOUNT.test(text)
}

// An amount of money with its currency: "€ 52,53", "36,37 €", "$272.28", "R$ 415,22", "EUR 12.00".
const AMOUNT =
  /(?:[€$£]|r\$|eur|usd|gbp|chf|brl)\s?\d{1,3}(?:[.,\s]?\d{3})*[.,]\d{2}(?!\d)|(?<![\d.,])\d{1,3}(?:[.,\s]?\d{3})*[.,]\d{2}\s?(?:€|eur(?![a-z])|\$|£|chf|usd)/u

/** A payment named beside its amount: "un paiement de 1.946,50 €", "payment of $120.00". */
const PAYMENT_OF_AMOUNT = new RegExp(
  `(?<![a-z])(?:payment|paiement|zahlung|pago|pagamento|betaling|purchase|achat|kauf|compra|acquisto|aankoop|transaction|transaccion|transacao|transazione|transactie)(?![a-z])[^.\\n]{0,25}(?:${AMOUNT.source})`,
  'u',
)

/** An offer: what a shop's code looks like ("10% off", "€5,00 off", "voucher"). */
const OFFER =
  /\d ?%|\d(?:[.,]\d+)? ?(?:€|eur|\$|£)? off(?![a-z])|(?<![a-z])(?:voucher|coupon|discount|rabatt|gutschein|remise|descuento|desconto|sconto|korting)(?![a-z])/u

/**
 * The folded subject names a payment with its amount (a code that authorises a payment), and is
 * no offer ("10% off your first purchase: €5,00").
 */
export function namesPaymentOfAmount(subject: string): boolean {
  const head = subject.slice(0, 300)
  return PAYMENT_OF_AMOUNT.test(head) && !OFFER.test(head)
}

/** The text names an amount of money with its currency (`text` folded). */
export function namesAmount(text: string): boolean {
  return AMOUNT.test(text.slice(0, 500))
}

/**
 * A change to the account's own security settings: a password changed or reset, two-factor turned
 * on or off, recovery details changed. Mail that carries a sign-in code may say so too; a new
 * sign-in or a new device is what a login code's mail says, and is not such a change.
 */
const SETTINGS_CHANGED = `${PASSWORD}[^.\\n]{0,30}${CHANGED}|${TWO_FACTOR}[^.\\n]{0,40}(?:${SWITCHED}|${CHANGED})|recovery (?:email|phone)[^.\\n]{0,20}${CHANGED}|${CHANGED_PASSWORD}`

const PATTERNS: readonly [ImportantKind, RegExp][] = [
  [
    'account-security',
    new RegExp(
      `(?<![a-z0-9])(?:${SETTINGS_CHANGED}|${TWO_FACTOR}[^.\\n]{0,40}(?:${SWITCHED}|${CHANGED}|regenerat|neu erstellt|regenere|regenerad|regenerat|opnieuw gegenereerd)|new (?:sign-?in|login|device)|sign-?in attempt|unusual (?:sign-?in|activity)|suspicious (?:sign-?in|activity|login)|security (?:alert|notice|notification|warning)|sicherheits(?:warnung|hinweis|meldung|benachrichtigung)|beveiligings(?:melding|waarschuwing|bericht|notificatie)|neue anmeldung|alerte de securite|nouvelle connexion|alerta de seguridad|nuevo inicio de sesion|novo inicio de sessao|alerta de seguranca|novo (?:login|acesso)|avviso di sicurezza|nuovo accesso|beveiligingswaarschuwing|nieuwe (?:aanmelding|login|inlog)|${PASSWORD_CHANGE}|${DEVICE_CHANGE}|${NEW_LOGIN})`,
      'u',
    ),
  ],
  [
    'purchase',
    /(?<![a-z0-9])(?:order confirm|your order|order #?\d|order number|receipt|thanks for (?:your purchase|riding)|thank you for your (?:purchase|order)|purchase confirm|conferma (?:d'|dell')?acquisto|confirmacion de (?:la )?compra|confirmation d.achat|kaufbestatigung|aankoopbevestiging|confirmacao de compra|booking confirm|your booking|buchungsbestatigung|ihre buchung|confirmation de (?:votre )?(?:reservation|voyage|reservation)|votre (?:reservation|voyage)|confirmacion de (?:tu |su )?reserva|tu reserva|localizador|confirmacao de reserva|sua reserva|conferma (?:della )?prenotazione|la tua prenotazione|boekingsbevestiging|je boeking|uw boeking|pnr|e-?ticket|boarding pass|bordkarte|carte d.embarquement|tarjeta de embarque|cartao de embarque|carta d.imbarco|instapkaart|your (?:trip|ride)|votre course|tu viaje|deine fahrt|ihre fahrt|sua viagem|la tua corsa|[a-z]+-?rit op|je rit|thanks for riding|merci d.avoir voyage|bedankt voor je rit|gracias por viajar|obrigad[oa] por viajar|grazie per aver viaggiato|subscription (?:renewed|renewal)|(?:subscription|membership|plan) (?:has been |was )?renewed|abo(?:nnement)? (?:wurde )?verlangert|abonnement (?:a ete )?renouvele|suscripcion renovada|assinatura renovada|abbonamento rinnovato|abonnement verlengd|your flight|(?:ihr|dein) flug|votre vol(?![a-z])|(?:tu|su) vuelo|(?:o )?seu voo|il tuo volo|(?:je|uw) vlucht|(?:zug|bahn)fahrt|billet de train|votre billet|(?:tu|su) billete|(?:o )?seu bilhete|il tuo biglietto|booking reference|buchungs(?:nummer|code)|numero de reservation|reference de (?:dossier|reservation)|codigo de reserva|codice (?:di )?prenotazione|boekings(?:nummer|code)|appointment (?:is |has been |was )?(?:confirmed|booked|scheduled)|(?:your|ihr|dein|votre|tu|su|o seu|a sua|il tuo|il suo|je|uw) (?:appointment|termin|rendez-vous|cita|appuntamento|afspraak)(?![a-z])|terminbestatigung|afspraakbevestiging|bevestiging (?:van )?(?:je |uw )?afspraak|confirmation (?:de |du )?(?:votre )?rendez-vous|cita confirmada|consulta (?:agendada|marcada)|appuntamento confermato|conferma (?:dell.|del )?appuntamento|bestellbestatigung|ihre bestellung|deine bestellung|quittung|kaufbeleg|confirmation de (?:votre )?commande|votre commande|votre recu|confirmacion de(?:l| tu| su)? pedido|tu pedido|su pedido|recibo|confirmacao (?:do|de) pedido|(?:o )?seu pedido(?: (?:n[oº]?\.? ?|#|numero )?\d| (?:foi|esta) (?:enviado|entregue|confirmado|expedido|pago|a caminho))|conferma (?:d'|dell')?ordine|il tuo ordine|ricevuta|orderbevestiging|je bestelling|uw bestelling|kassabon|(?:je|uw) bon van [^.!?\n%]{1,40} nr|(?:ihr |dein |zahlungs)beleg(?![a-z])|betaalbewijs)/u,
  ],
  // "order W639137", "Bestellung Nr. 40512": the lexicon's own pattern (order-id.ts).
  ['purchase', ORDER_ID],
  // A parcel waiting to be picked up, a flight's gate change or open check-in (lexicon-day-of.ts).
  ['shipping', PICKUP],
  ['purchase', TRAVEL_DAY],
  [
    'payment',
    /(?<![a-z0-9])(?:payment (?:received|sent|confirm|failed|successful|declined)|your payment|je betaling|uw betaling|ihre zahlung|votre paiement|tu pago|seu pagamento|il tuo pagamento|you(?:'ve| have) got money|sent you (?:\$|€|£|\d|money|a payment)|vous a envoye (?:\d|€|\$|de l.argent)|te ha enviado (?:\d|€|\$|dinero)|(?:hat|haben) (?:dir|ihnen) \d[^.\n]{0,20}(?:gesendet|geschickt|uberwiesen)|ti ha inviato (?:\d|€|denaro|soldi)|(?:te|lhe) enviou (?:\d|€|r\$|dinheiro)|heeft (?:je|u) (?:€ ?)?\d[^.\n]{0,20}(?:gestuurd|overgemaakt)|vous avez recu (?:de l.argent|un paiement)|has recibido (?:dinero|un pago)|(?:du hast|sie haben) (?:geld|eine zahlung) erhalten|recebeu (?:dinheiro|um pagamento)|hai ricevuto (?:denaro|soldi|un pagamento)|je hebt (?:geld|een betaling) ontvangen|zahlungseingang|(?:amount paid|(?:bezahlter|gezahlter) betrag|montant paye|importe pagado|valor pago|importo pagato|betaald bedrag) ?:|you (?:sent|paid|received) (?:a payment|money|\$|€|£|\d)|money (?:sent|received)|invoice|your (?:[a-z]+ )?bill(?![a-z])|bill is ready|statement is (?:ready|available)|new statement|(?:strom|gas|wasser|handy|mobilfunk|telefon|kreditkarten|monats|jahres)rechnung|(?:kreditkarten|gehalts|lohn|nebenkosten)abrechnung|releve de compte|votre releve|extracto|extrato|estratto conto|bolletta|energierekening|(?:je|uw) (?:maand)?afschrift|zahlung(?:sbestatigung| erhalten| gesendet| eingegangen| bestatigt| fehlgeschlagen)|rechnung|paiement (?:recu|envoye|confirme|refuse)|confirmation de paiement|facture|pago (?:recibido|enviado|confirmado|rechazado)|confirmacion de pago|factura|pagamento (?:recebido|enviado|confirmado|recusado|ricevuto|inviato|confermato|rifiutato)|conferma di pagamento|fatura|fattura|betaling (?:ontvangen|verzonden|bevestigd|mislukt)|betalingsbevestiging|factuur|(?:paid|bezahlt|paye|pagad[oa]|pag[oa]|pagat[oa]|betaald) (?:with|by|mit|par|avec|con|com|met) (?:(?:your|ihrer|deiner|votre|tu|su|seu|sua|il tuo|la tua|je|uw|a|an|la|le|el|o|il|de|het|een|une|un|una|um|uma|einer|der) )?(?:visa|mastercard|amex|card|credit card|debit card|karte|kreditkarte|carte|tarjeta|cartao|carta|kaart|pas|paypal))/u,
  ],
  [
    'shipping',
    /(?<![a-z0-9])(?:has shipped|shipped|out for delivery|on its way|(?:est|sont) en route|arrives today|kommt heute|arrive aujourd|llega hoy|(?:chega|chegara) hoje|arriva oggi|komt vandaag|en reparto|en camino|unterwegs|in zustellung|en cours de livraison|in consegna|onderweg|saiu para entrega|em transito|tu envio|seu envio|votre envoi|ihre sendung|la tua spedizione|je zending|uw zending|delivered|tracking number|your (?:package|parcel)|versandt|versendet|zugestellt|sendungsverfolgung|ihr paket|dein paket|deine sendung|sendungsnummer|expedie|livraison|votre colis|(?:pedido|paquete|envio|compra|pacote|orden)[^.\n]{0,40}enviad[oa]|entregado|tu paquete|entregue|encomenda|spedit[ao]|consegnat[ao]|il tuo pacco|(?:bestelling|pakket|zending|order)[^.\n]{0,40}verzonden|bezorgd|je pakket|uw pakket)/u,
  ],
  [
    // Tax offices and government portals: a notice waiting in the citizen's mailbox.
    'official',
    /(?<![a-z0-9])(?:steuerbescheid|einkommensteuer|finanzamt|elster|avis d.impot|impots\.gouv|declaration de revenus|agencia tributaria|hacienda|buzon electronico|notificacion electronica|financas|autoridade tributaria|agenzia (?:delle )?entrate|cassetto fiscale|belastingdienst|berichtenbox|mijnoverheid|tax account|steuerkonto|votre espace (?:particulier|fiscal|impots)|nouveau document est disponible|notificacion pendiente|nuova comunicazione|tax (?:return|refund|notice|bill)|hmrc|irs notice)/u,
  ],
  [
    // An insurer's policy, a pension fund's statement, an employer's payslip: documents the
    // person keeps, which no form anyone may fill in sends.
    'official',
    /(?<![a-z0-9])(?:your (?:[a-z]+ )?policy documents?|insurance policy (?:documents?|schedule|certificate|(?:no|number|nr)\.? ?\d|\d)|policy (?:no|number|nr)\.? ?\d|payslip|pay ?slip|pay ?stub|pension statement|versicherungs(?:unterlagen|schein|police)|(?:ihre|deine) police|police nr|renteninformation|rentenbescheid|documents? d.assurance|attestation d.assurance|contrat d.assurance (?:n|no|numero)(?![a-z])|fiche de paie|bulletin de (?:paie|salaire)|releve de (?:carriere|retraite)|poliza|(?:tu|su) nomina(?![a-z])|nomina de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|informe de (?:tu |su )?pension|apolice|documentos do seguro|recibo de vencimento|holerite|contracheque|extrato (?:da |de )?pensao|polizza|cedolino|busta paga|estratto (?:della )?pensione|(?:je|uw) polis(?![a-z])|polis(?:document|blad|nummer)|verzekeringsbewijs|pensioenoverzicht|loonstrook|salarisstrook)/u,
  ],
  [
    // Money that came or will go: a refund, a salary, rent, a direct debit announced, a statement.
    'payment',
    /(?<![a-z0-9])(?:your refund|refund (?:issued|processed|sent|approved|completed|of)|(?:ruck)?erstattung (?:veranlasst|erfolgt|uberwiesen|bearbeitet)|ruckerstattung|gutschrift|(?:votre )?remboursement (?:a ete|effectue|emis|de)|(?:tu|su) reembolso|reembolso (?:emitido|procesado|realizado|processado|efetuado)|(?:o seu |seu )?reembolso foi|(?:il tuo )?rimborso (?:e stato|emesso|effettuato)|(?:je|uw) terugbetaling|terugbetaling (?:is )?(?:verwerkt|uitgevoerd)|salary (?:has been |was )?paid|gehalt(?:seingang| eingegangen| uberwiesen)|salaire (?:verse|vire)|(?:tu|su) nomina (?:ha sido|se ha) (?:ingresad|abonad)|salario (?:recebido|creditado)|stipendio accreditato|salaris (?:ontvangen|overgemaakt|gestort)|rent (?:received|paid|payment)|miet(?:zahlung|eingang)|loyer (?:recu|paye)|(?:pago del )?alquiler (?:recibido|pagado)|renda (?:recebida|paga)|affitto (?:ricevuto|pagato)|huur(?:betaling| ontvangen| betaald)|(?:aankondiging )?automatische incasso|aviso de (?:domiciliacion|adeudo)|debito dire(?:c)?to|kontoauszug|account statement|(?:mortgage|loan) statement|jahresabrechnung|jaarafrekening|decompte annuel)/u,
  ],
  [
    // A donation received or made, told by the platform that took it: "New donation: 25,00 EUR
    // from …", "Anna donated £10", "Neue Spende", "Nouveau don", "Nuevo donativo", "Nova doação",
    // "Nuova donazione", "Nieuwe donatie", "Thank you for your donation of €50".
    'payment',
    /(?<![a-z0-9])(?:new donation|donation (?:received|of|from|to)|received a donation|(?:has |have )?donated (?:[€$£]|\d|eur|gbp|usd)|your donation|(?:neue|eingegangene) spende|spende (?:erhalten|eingegangen|von|uber)|(?:hat|haben) [^.\n]{0,30}gespendet|ihre spende|deine spende|nouveau don|don (?:recu|de \d|de [€$£])|(?:a|ont) fait un don|votre don|(?:nuevo|nueva) (?:donativo|donacion)|(?:donativo|donacion) (?:recibid[oa]|de \d|de [€$£])|ha donado|(?:tu|su) (?:donativo|donacion)|(?:novo|nova) (?:donativo|doacao)|(?:donativo|doacao) (?:recebid[oa]|de \d|de [€$£])|(?:doou|fez um donativo)|(?:o seu|seu|a sua|sua) (?:donativo|doacao)|nuova donazione|donazione (?:ricevuta|di \d|di [€$£]|da )|ha donato|la tua donazione|(?:nieuwe|ontvangen) (?:donatie|gift)|(?:donatie|gift) (?:ontvangen|van \d|van [€$£])|heeft [^.\n]{0,30}gedoneerd|(?:je|uw) (?:donatie|gift))/u,
  ],
  [
    // Tickets for an event the person bought.
    'purchase',
    /(?<![a-z0-9])(?:your tickets (?:for|are)|(?:ihre|deine) tickets (?:fur|sind)|vos billets (?:pour|sont)|(?:tus|sus) entradas (?:para|de)|(?:os seus|seus) (?:bilhetes|ingressos) (?:para|de)|i tuoi biglietti (?:per|sono)|(?:je|uw) tickets (?:voor|zijn))/u,
  ],
  [
    // A renewal notice from an insurer, a prescription or test results ready, a visa application.
    'official',
    /(?<![a-z0-9])(?:insurance renewal|renewal notice|avis d.echeance|beitragsrechnung|versicherungsbeitrag|rinnovo (?:della )?polizza|(?:your )?prescription (?:is )?ready|rezept (?:liegt|ist) bereit|e-?rezept|ordonnance (?:est )?(?:electronique|disponible|prete)|receta (?:esta )?(?:electronica|disponible|lista)|receita (?:esta )?(?:medica|eletronica|disponivel|pronta)|ricetta (?:e )?(?:elettronica|pronta|disponibile)|(?:herhaal)?recept (?:ligt|staat) klaar|vaccination|vaccin (?:reminder|appointment)|(?:grippe)?impf(?:ung|termin)|vacuna|vacinacao|vaccinazione|griepprik|(?:lab|test) results|laborbefund|befund liegt vor|resultats d.analyses?|resultados de (?:laboratorio|analisis|exames|los analisis)|risultati (?:degli esami|di laboratorio)|uitslag (?:van )?(?:je|uw) (?:onderzoek|bloedonderzoek|test)|(?:je|uw) uitslagen|visa application|visumantrag|demande de visa|solicitud de visado|pedido de visto|domanda di visto|visumaanvraag)/u,
  ],
  [
    'bank',
    /(?<![a-z0-9])(?:transaction (?:alert|of)|payee|beneficiar|beneficiair|begunstigde|(?:neuer |zahlungs)empfanger|card ending|card (?:was )?(?:charged|declined|used)|charge of|a purchase of|withdrawal|(?:retrait|retiro|levantamento|prelievo|auszahlung|opname) (?:de |di |da |do |von |van |of )?(?:[€$£] ?)?\d|auszahlungsanfrage|opnameverzoek|wire transfer|direct debit|low balance|kontobewegung|uberweisung|lastschrift|kartenzahlung|karte endet|kontostand|virement|prelevement|carte (?:bancaire|se terminant)|transferencia|tarjeta|cargo (?:en|de)|cartao|transacao|bonifico|carta (?:di credito|che termina)|addebito|transazione|overboeking|afschrijving|pinbetaling|betaling met je pas|betaalpas|girokonto|creditcard|transactie)/u,
  ],
]

const SETTINGS_CHANGE = new RegExp(`(?<![a-z0-9])(?:${SETTINGS_CHANGED})`, 'u')

export function isSettingsChange(subject: string): boolean {
  return SETTINGS_CHANGE.test(foldForLexicon(subject.slice(0, 300)))
}

const NAMES_CHANGE = new RegExp(`(?<![a-z0-9])${PASSWORD_CHANGE}`, 'u')

/**
 * A body that says the password was changed: "das Passwort Ihres Nethreen Möbel-Kontos wurde
 * soeben geändert", "le mot de passe de votre compte … vient d'être modifié". The account's name
 * may stand between the two, so the reach is a sentence, not a phrase.
 */
const SAYS_CHANGED = new RegExp(
  `(?<![a-z0-9])${PASSWORD}[^.\\n]{0,90}${CHANGED}|${CHANGED_PASSWORD}`,
  'u',
)

export function saysPasswordChanged(body: string): boolean {
  return SAYS_CHANGED.test(foldForLexicon(body.slice(0, 300)))
}

/**
 * "Cambio password", "Alteração de senha", "Änderung Ihres Passworts": the change named, not
 * said to be done. Over a body that asks for a new password, such a subject is a reset's.
 */
export function namesPasswordChangeOnly(subject: string): boolean {
  const folded = foldForLexicon(subject.slice(0, 300))
  if (NAMED_IN_ENGLISH.test(folded)) return !DONE_IN_ENGLISH.test(folded)
  return NAMES_CHANGE.test(folded) && !SETTINGS_CHANGE.test(folded)
}

/**
 * "Your password was not changed", "Ihr Passwort wurde noch nicht geändert", "Tu contraseña no se
 * ha cambiado": a password change said not to be made is a reset still open (asked for by anyone
 * who typed the address), no notice that a setting changed. Only where nothing else in the
 * subject says the change was made: "Passwort geändert – nicht von Ihnen geändert?" is a notice.
 */
export function saysChangeNotMade(subject: string): boolean {
  const folded = foldForLexicon(subject.slice(0, 300))
  if (!PASSWORD_WORD.test(folded)) return false
  const negated = NOT_MADE.exec(folded)
  if (negated === null) return false
  const rest = folded.slice(0, negated.index) + folded.slice(negated.index + negated[0].length)
  return !SAYS_CHANGED.test(rest)
}

const PASSWORD_WORD = new RegExp(`(?<![a-z0-9])${PASSWORD}`, 'u')

/** A negation, up to three words, then a participle of changing: "not yet been changed". */
const NOT_MADE =
  /(?:(?<![a-z])(?:not|nicht|pas|no|nao|non|niet)|n't)(?: [a-z']+){0,3} (?:changed|reset|updated|geandert|zuruckgesetzt|modifie|cambiad[ao]|cambiat[ao]|modificad[ao]|modificat[ao]|alterad[ao]|alterou|mudad[ao]|redefinid[ao]|gewijzigd|veranderd|aangepast)(?![a-z])/u

/**
 * "Password change", "Password change request": the English noun names the change (the French
 * "mot de passe changé" that the shared stems read says it was made).
 */
const NAMED_IN_ENGLISH = /(?<![a-z])password change(?: request(?:ed)?)?(?![a-z])/u
const DONE_IN_ENGLISH =
  /(?<![a-z])(?:password (?:was |has been )?changed|changed (?:your )?password)/u

/** "Pedido" with a number: an order as often as a numbered request (Portuguese and Spanish). */
const PEDIDO_ID = /(?<![a-z0-9])pedido(?: (?:n\.?[o°º]?|nr|numero|num)\.?)? ?[#:]? ?\d{4,}(?!\d)/u

/**
 * The same with its possessive ("o seu pedido 96190", "tu pedido 4471"): left as the bare word
 * when the rest is read, so only what else the mail says ("pedido … enviado") can make it an order.
 */
const PEDIDO_PHRASE = new RegExp(
  `(?<![a-z0-9])(?:(?:o |a )?(?:seu|sua|teu|tua|tu|su) )?${PEDIDO_ID.source.slice('(?<![a-z0-9])'.length)}`,
  'gu',
)

/**
 * The mail is a purchase only by "pedido" and its number: nothing else in it names a purchase, a
 * payment, a delivery or an amount. Over a request to verify an address ("O pedido n.º 688373
 * aguarda a validação do seu endereço"), the number is the request's.
 */
export function orderOnlyByPedido(subject: string, snippet: string): boolean {
  const text = foldForLexicon(`${subject.slice(0, 300)}\n${snippet.slice(0, 300)}`)
  if (!PEDIDO_ID.test(text) || AMOUNT.test(text)) return false
  const others = PATTERNS.filter(([, pattern]) => pattern !== ORDER_ID)
  const rest = text.replace(PEDIDO_PHRASE, ' pedido ')
  return !others.some(([kind, pattern]) => kind !== 'account-security' && pattern.test(rest))
}

/** The kind of important mail this is, judged on text the sender wrote (never a helpdesk echo). */
export function importantKind(subject: string, snippet: string): ImportantKind | null {
  const text = foldForLexicon(`${subject.slice(0, 300)}\n${snippet.slice(0, 300)}`)
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind
  // The contact address replaced, the mailbox forwarded, two-step changed (account-changes.ts).
  if (saysAccountChanged(text)) return 'account-security'
  // Money with its currency, in the subject or the first lines: a receipt, a payment, a charge.
  return AMOUNT.test(text.slice(0, 500)) ? 'payment' : null
}
