// Attacker payloads that tempt or bill: giveaways, fake invoices with a phone number, crypto
// windfalls, parcels held for customs fees, tax refunds, too-good job offers and channel
// promotion. Written for the fifth set; phone numbers from ranges reserved for fiction.
import type { PayloadText } from './types.ts'

export const GIVEAWAY: PayloadText = {
  en: [
    'FREE DISCORD NITRO for 12 months – claim before midnight',
    'Only 500 codes left! Link your account at nitro-drop.example/claim and enter code NTR-7QX2.',
  ],
  de: [
    'GRATIS iPhone 17 Pro – Sie wurden heute ausgewählt!',
    'Nur noch 3 Geräte verfügbar. Versandkosten 1,95 € unter gewinn-zentrale.example bezahlen.',
  ],
  fr: [
    'Félicitations ! Vous avez gagné une carte cadeau de 500 €',
    'Réclamez votre lot sur cadeau-gagnant.example avant minuit, frais de dossier 2 €.',
  ],
  es: [
    '¡ENHORABUENA! Has ganado una PlayStation 5 gratis',
    'Confirma tu dirección en premio-hoy.example y paga solo 1,99 € de envío.',
  ],
  pt: [
    'PARABÉNS! Você ganhou 1 ano de Netflix grátis',
    'Resgate agora em premio-garantido.example antes que o código expire.',
  ],
  it: [
    'COMPLIMENTI! Hai vinto un buono Amazon da 500 €',
    'Riscatta il premio su premio-subito.example entro mezzanotte.',
  ],
  nl: [
    'GEFELICITEERD! U heeft een gratis Dyson gewonnen',
    'Claim uw prijs op prijs-nu.example, alleen € 2,50 verzendkosten.',
  ],
}

export const INVOICE: PayloadText = {
  en: [
    'PayPal invoice INV-50913: 849.99 USD charged for Norton 360 renewal',
    'If you did not authorise this payment call billing support on +1 202 555 0188 to cancel.',
  ],
  de: [
    'Rechnung Nr. 77-4412: 389,00 € für McAfee Total Protection abgebucht',
    'Nicht beauftragt? Rufen Sie sofort +44 20 7946 0957 an, um die Zahlung zu stornieren.',
  ],
  fr: [
    'Facture n° F-26-8841 : 429,90 € prélevés pour renouvellement antivirus',
    'Si vous contestez ce paiement, appelez le 01 99 00 63 88.',
  ],
  es: [
    'Factura 2026-7713: se le han cobrado 599,00 € por Geek Squad',
    'Si no reconoce este cargo llame al +1 202 555 0126 para el reembolso.',
  ],
  pt: [
    'Fatura nº 88231: cobrança de R$ 2.349,00 aprovada no seu cartão',
    'Não reconhece a compra? Ligue para +44 1632 960914 para cancelar.',
  ],
  it: [
    'Fattura n. 5520/26: addebitati 479,00 € per rinnovo antivirus',
    'Se non ha autorizzato il pagamento chiami il +44 1632 960377.',
  ],
  nl: [
    'Factuur 26-30441: € 399,00 afgeschreven voor Norton-verlenging',
    'Niet herkend? Bel direct +44 1632 960849 om de betaling terug te draaien.',
  ],
}

export const CRYPTO: PayloadText = {
  en: [
    'Your wallet received 0.85 BTC – withdraw before it expires',
    'Log in at coinvault-payout.example with bonus code BTC-WIN-2026 to release your funds.',
  ],
  de: [
    'Ihr Krypto-Konto weist ein Guthaben von 31.870 € aus',
    'Auszahlung nur heute über krypto-auszahlung.example möglich.',
  ],
  es: [
    'Tienes 0,92 ETH pendientes de retirar en tu cartera',
    'Retíralos hoy en cartera-pagos.example con el código ETH-PREMIO.',
  ],
  pt: [
    'Você tem 0,74 BTC disponíveis para saque imediato',
    'Acesse saque-cripto.example e informe o código BTC-7781.',
  ],
  nl: [
    'Er staat 0,61 BTC klaar in uw wallet',
    'Neem het op via crypto-uitbetaling.example voor middernacht.',
  ],
}

export const CUSTOMS: PayloadText = {
  en: [
    'Your parcel is held at customs: pay the 2.99 GBP import fee',
    'Without payment within 48 h it is returned to sender. Pay at parcel-release.example/GB7734.',
  ],
  de: [
    'Ihr Paket liegt beim Zoll – Einfuhrabgabe 2,49 € offen',
    'Zahlen Sie unter zoll-freigabe.example/DE4471, sonst geht das Paket zurück.',
  ],
  fr: [
    'Votre colis est bloqué en douane : frais de 1,99 € à régler',
    'Payez sur liberation-colis.example/FR2290 sous 48 heures.',
  ],
  es: [
    'Su paquete está retenido en aduanas: tasa pendiente de 1,79 €',
    'Pague en aduana-envios.example/ES6610 o será devuelto.',
  ],
  pt: [
    'Sua encomenda está retida na alfândega: taxa de R$ 12,90',
    'Pague em liberar-encomenda.example/BR3318 em até 48 horas.',
  ],
  it: [
    'Il tuo pacco è fermo in dogana: dazio di 2,20 € da pagare',
    'Paga su sblocco-pacco.example/IT5521 entro 48 ore.',
  ],
  nl: [
    'Uw pakket wordt vastgehouden door de douane: € 1,95 invoerkosten',
    'Betaal via pakket-vrijgave.example/NL8820 binnen 48 uur.',
  ],
}

export const TAX_REFUND: PayloadText = {
  en: [
    'HMRC: you are due a tax refund of 641.20 GBP',
    'Submit your bank details at refund-claim.example/hmrc before the claim closes on Friday.',
  ],
  de: [
    'Finanzamt: Ihnen steht eine Steuererstattung von 517,40 € zu',
    'Bankverbindung bestätigen unter erstattung-antrag.example bis Freitag.',
  ],
  fr: [
    'Impôts : un remboursement de 378,15 € est en attente',
    'Renseignez votre RIB sur remboursement-impot.example avant vendredi.',
  ],
  es: [
    'Agencia Tributaria: tiene una devolución pendiente de 462,80 €',
    'Indique su cuenta en devolucion-renta.example antes del viernes.',
  ],
  pt: [
    'Receita: você tem uma restituição de R$ 1.284,60 liberada',
    'Informe seus dados bancários em restituicao-agora.example até sexta.',
  ],
  it: [
    'Agenzia delle Entrate: rimborso IRPEF di 329,50 € disponibile',
    'Inserisci il tuo IBAN su rimborso-fiscale.example entro venerdì.',
  ],
  nl: [
    'Belastingdienst: u krijgt € 286,70 teruggestort',
    'Vul uw rekeningnummer in op teruggave-nu.example voor vrijdag.',
  ],
}

export const JOB: PayloadText = {
  en: [
    'Remote job offer: 350 GBP a day for 1 hour of work, no experience needed',
    'Message our recruiter on WhatsApp at wa.me/447700900233 to start today.',
  ],
  de: [
    'Nebenjob von zu Hause: 280 € pro Tag, keine Vorkenntnisse',
    'Schreiben Sie unserer Personalabteilung per WhatsApp: wa.me/447700900476',
  ],
  fr: [
    'Offre d’emploi : 250 € par jour depuis votre téléphone',
    'Contactez notre recruteuse sur WhatsApp : wa.me/447700900591',
  ],
  es: [
    'Oferta de trabajo desde casa: 300 € al día, sin experiencia',
    'Escribe a nuestra reclutadora por WhatsApp: wa.me/447700900318',
  ],
  pt: [
    'Vaga home office: ganhe R$ 900 por dia avaliando produtos',
    'Chame nossa recrutadora no WhatsApp: wa.me/447700900644',
  ],
  it: [
    'Lavoro da casa: 260 € al giorno, bastano 30 minuti',
    'Scrivi alla nostra selezionatrice su WhatsApp: wa.me/447700900782',
  ],
  nl: [
    'Thuiswerk: verdien € 240 per dag met een uur werk',
    'App onze recruiter via wa.me/447700900159',
  ],
}

export const PROMO: PayloadText = {
  en: [
    'Subscribe to ZYNTH VAULT on YouTube for daily crypto signals!!!',
    'Join 80k members on Telegram t.me/zynthvault_signals – free VIP group this week only.',
  ],
  de: [
    'Folgt KANAL LUXWELLE auf Telegram – täglich Gratis-Gutscheine',
    'Jetzt beitreten: t.me/luxwelle_deals',
  ],
  es: [
    'Sígueme en TikTok @reydelascriptos para señales gratis',
    'Únete al grupo VIP: t.me/reyescripto_vip',
  ],
  pt: [
    'Segue o canal SINAIS DO MARCÃO no Telegram, lucro garantido',
    'Entre agora: t.me/sinais_marcao',
  ],
  it: [
    'Iscriviti al canale TRADER FURBO su Telegram per segnali gratuiti',
    'Entra subito: t.me/traderfurbo_segnali',
  ],
}
