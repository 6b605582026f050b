// Attacker texts typed into the name / subject fields of the forms, written for this set in the
// seven languages: fake legal threats, take-down orders, police notices, giveaways, fake invoices
// and crypto bait. Bland names stand in for the waves that carry no payload at all.
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'threat',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

export const PAYLOADS: Record<PayloadKind, Record<Lang, string>> = {
  threat: {
    en: 'FINAL LEGAL WARNING: lawsuit filed against you, respond within 24h',
    de: 'LETZTE ABMAHNUNG: Klage gegen Sie eingereicht, Frist 24 Stunden',
    fr: 'DERNIER AVERTISSEMENT JURIDIQUE : plainte déposée contre vous sous 24h',
    es: 'ÚLTIMO AVISO LEGAL: demanda presentada contra usted, responda en 24h',
    pt: 'ÚLTIMO AVISO JURÍDICO: processo aberto contra você, responda em 24h',
    it: 'ULTIMA DIFFIDA LEGALE: denuncia depositata contro di te, rispondi entro 24h',
    nl: 'LAATSTE JURIDISCHE WAARSCHUWING: rechtszaak tegen u gestart, reageer binnen 24u',
  },
  takedown: {
    en: 'TAKE DOWN ORDER 7731 - your website will be removed today',
    de: 'LÖSCHUNGSANORDNUNG 7731 - Ihre Website wird heute entfernt',
    fr: "ORDRE DE RETRAIT 7731 - votre site sera supprimé aujourd'hui",
    es: 'ORDEN DE RETIRADA 7731 - su web será eliminada hoy',
    pt: 'ORDEM DE REMOÇÃO 7731 - seu site será retirado hoje',
    it: 'ORDINE DI RIMOZIONE 7731 - il tuo sito verrà rimosso oggi',
    nl: 'VERWIJDERINGSBEVEL 7731 - uw website wordt vandaag offline gehaald',
  },
  police: {
    en: 'Cyber Police notice: your IP was logged, case 55-902',
    de: 'Hinweis der Cyberpolizei: Ihre IP wurde erfasst, Az. 55-902',
    fr: 'Avis de la cyberpolice : votre IP a été enregistrée, dossier 55-902',
    es: 'Aviso de la ciberpolicía: su IP ha sido registrada, expediente 55-902',
    pt: 'Aviso da polícia cibernética: seu IP foi registrado, processo 55-902',
    it: 'Avviso della polizia postale: il tuo IP è stato registrato, pratica 55-902',
    nl: 'Melding cyberpolitie: uw IP-adres is vastgelegd, zaak 55-902',
  },
  giveaway: {
    en: 'YOU WON a PS6 + $500 gift card, claim at prize-desk.example',
    de: 'SIE HABEN GEWONNEN: PS6 + 500 € Gutschein, abholen bei prize-desk.example',
    fr: 'VOUS AVEZ GAGNÉ une PS6 + 500 € de bons, réclamez sur prize-desk.example',
    es: 'HAS GANADO una PS6 + 500 € en tarjetas, reclama en prize-desk.example',
    pt: 'VOCÊ GANHOU um PS6 + R$ 2.500 em vale, resgate em prize-desk.example',
    it: 'HAI VINTO una PS6 + buono da 500 €, riscatta su prize-desk.example',
    nl: 'U HEEFT GEWONNEN: PS6 + bon van € 500, claim via prize-desk.example',
  },
  invoice: {
    en: 'Invoice INV-88412 overdue: $1,249.00 charged, call +1 808 555 0199 to cancel',
    de: 'Rechnung RE-88412 überfällig: 1.249,00 € abgebucht, Storno unter +49 30 5550199',
    fr: 'Facture FA-88412 impayée : 1 249,00 € débités, annulez au +33 1 55 50 01 99',
    es: 'Factura FV-88412 vencida: 1.249,00 € cobrados, cancele al +34 910 555 019',
    pt: 'Fatura FT-88412 vencida: R$ 1.249,00 cobrados, cancele pelo +55 11 5550-0199',
    it: 'Fattura FT-88412 scaduta: addebitati 1.249,00 €, annulla al +39 02 5550199',
    nl: 'Factuur F-88412 verlopen: € 1.249,00 afgeschreven, annuleer via +31 20 555 0199',
  },
  crypto: {
    en: 'BTC wallet credited 0.82 BTC - withdraw now at coin-vault.example',
    de: 'BTC-Wallet mit 0,82 BTC gutgeschrieben - jetzt auszahlen: coin-vault.example',
    fr: 'Portefeuille crédité de 0,82 BTC - retirez sur coin-vault.example',
    es: 'Monedero con 0,82 BTC abonados - retira ya en coin-vault.example',
    pt: 'Carteira creditada com 0,82 BTC - saque agora em coin-vault.example',
    it: 'Wallet accreditato di 0,82 BTC - preleva subito su coin-vault.example',
    nl: 'Wallet bijgeschreven met 0,82 BTC - nu opnemen via coin-vault.example',
  },
}

/** Names and subjects a bot types when it carries no payload. */
export const BLAND: Record<Lang, { names: readonly string[]; subjects: readonly string[] }> = {
  en: {
    names: ['John', 'Mike', 'Sarah', 'john smith', 'Test'],
    subjects: ['Hello', 'Question', 'Support request', 'hi', 'Inquiry'],
  },
  de: {
    names: ['Thomas', 'Anna', 'Max Müller', 'Stefan', 'Test'],
    subjects: ['Hallo', 'Frage', 'Anfrage', 'hallo', 'Kontakt'],
  },
  fr: {
    names: ['Julien', 'Marie', 'Nicolas', 'jean dupont', 'Test'],
    subjects: ['Bonjour', 'Question', 'Demande', 'bonjour', 'Contact'],
  },
  es: {
    names: ['Carlos', 'María', 'Javier', 'juan garcia', 'Prueba'],
    subjects: ['Hola', 'Consulta', 'Pregunta', 'hola', 'Contacto'],
  },
  pt: {
    names: ['João', 'Ana', 'Pedro Silva', 'Lucas', 'Teste'],
    subjects: ['Olá', 'Dúvida', 'Pedido', 'oi', 'Contato'],
  },
  it: {
    names: ['Marco', 'Giulia', 'Luca', 'mario rossi', 'Prova'],
    subjects: ['Ciao', 'Domanda', 'Richiesta', 'salve', 'Informazioni'],
  },
  nl: {
    names: ['Jan', 'Sanne', 'Pieter de Vries', 'Kees', 'Test'],
    subjects: ['Hallo', 'Vraag', 'Verzoek', 'hoi', 'Contact'],
  },
}
