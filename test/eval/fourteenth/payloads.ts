// Attacker payloads typed into the name / subject fields, written fresh for this set in each
// language: fake legal threats, take-down orders, police notices, giveaways, fake invoices and
// crypto lures. Bland names stand in for waves that carry no payload at all.
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

export const PAYLOADS: Record<Lang, Record<PayloadKind, string>> = {
  en: {
    threat: 'FINAL LEGAL WARNING: court summons filed against you, reply within 24h',
    takedown: 'TAKE DOWN ORDER 4471 - your domain will be suspended tonight',
    police: 'Cyber Police Unit: your IP is flagged, pay the fine at fine-desk.example',
    giveaway: 'CLAIM 5000 USD GIFT CARD NOW winners-hub.example',
    invoice: 'Invoice INV-88213 overdue $1,249.00 call +1 808 555 0199',
    crypto: 'Your BTC wallet received 0.84 BTC withdraw at coin-vault.example',
  },
  de: {
    threat: 'LETZTE MAHNUNG: Klage wird eingereicht, Frist 24 Stunden',
    takedown: 'LÖSCHANORDNUNG: Ihre Website wird heute gesperrt',
    police: 'Bundespolizei Cyberstelle: Bußgeld sofort zahlen auf strafe-portal.example',
    giveaway: 'GRATIS iPhone 16 GEWONNEN jetzt abholen gewinn-box.example',
    invoice: 'Rechnung RE-55102 offen 899,00 EUR Zahlung überfällig',
    crypto: 'Bitcoin-Gutschrift 0,7 BTC wartet auf krypto-kasse.example',
  },
  fr: {
    threat: 'MISE EN DEMEURE : assignation au tribunal sous 48h',
    takedown: 'ORDRE DE RETRAIT : votre site sera fermé ce soir',
    police: 'Gendarmerie cyber : amende à régler sur amende-rapide.example',
    giveaway: 'CARTE CADEAU 1000 € OFFERTE réclamez sur cadeau-flash.example',
    invoice: 'Facture FA-30917 impayée 740,00 € relance finale',
    crypto: 'Gain crypto 2,3 ETH à retirer sur portefeuille-eth.example',
  },
  es: {
    threat: 'AVISO LEGAL FINAL: demanda judicial en su contra, responda en 24h',
    takedown: 'ORDEN DE RETIRADA: su dominio será suspendido hoy',
    police: 'Policía cibernética: pague la multa en multa-online.example',
    giveaway: 'GANASTE UNA TARJETA REGALO DE 800 € reclama en premio-ya.example',
    invoice: 'Factura F-77120 vencida 1.150,00 € pague hoy',
    crypto: 'Recibiste 0,5 BTC retira en billetera-cripto.example',
  },
  pt: {
    threat: 'NOTIFICAÇÃO JUDICIAL: processo aberto contra você, prazo 24h',
    takedown: 'ORDEM DE REMOÇÃO: seu site será bloqueado hoje',
    police: 'Polícia cibernética: pague a multa em multa-agora.example',
    giveaway: 'VOCÊ GANHOU UM VALE DE R$ 2.000 resgate em premio-rapido.example',
    invoice: 'Fatura NF-40981 em atraso R$ 3.480,00 pague hoje',
    crypto: 'Depósito de 1,2 ETH aguardando saque em cripto-cofre.example',
  },
  it: {
    threat: 'DIFFIDA LEGALE: citazione in tribunale entro 48 ore',
    takedown: 'ORDINE DI RIMOZIONE: il tuo sito verrà oscurato stasera',
    police: 'Polizia Postale: paga la sanzione su sanzione-web.example',
    giveaway: 'HAI VINTO UN BUONO DA 500 € ritira su regalo-subito.example',
    invoice: 'Fattura FT-21934 scaduta 612,00 € saldo immediato',
    crypto: 'Accredito di 0,9 BTC da prelevare su portafoglio-btc.example',
  },
  nl: {
    threat: 'LAATSTE SOMMATIE: dagvaarding wordt ingediend binnen 24 uur',
    takedown: 'VERWIJDERBEVEL: uw website gaat vanavond offline',
    police: 'Cyberpolitie: betaal de boete via boete-loket.example',
    giveaway: 'GRATIS CADEAUKAART VAN 750 EURO claim op prijs-nu.example',
    invoice: 'Factuur FN-66310 achterstallig € 985,00 betaal vandaag',
    crypto: 'Je ontving 0,6 BTC, opnemen via munt-kluis.example',
  },
}

/** Names and subjects of waves with no payload: what a person might type. */
export const BLAND: Record<Lang, readonly string[]> = {
  en: ['John', 'Mike', 'hello', 'test', 'Sarah'],
  de: ['Hallo', 'Peter', 'Anfrage', 'Klaus', 'test'],
  fr: ['Bonjour', 'Julien', 'Question', 'Marie', 'test'],
  es: ['Hola', 'Carlos', 'Consulta', 'Lucía', 'prueba'],
  pt: ['Olá', 'João', 'Dúvida', 'Ana', 'teste'],
  it: ['Ciao', 'Marco', 'Domanda', 'Giulia', 'prova'],
  nl: ['Hoi', 'Jan', 'Vraag', 'Sanne', 'test'],
}
