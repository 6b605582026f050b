// Payload texts written for this set: the words attackers type into a form's name and subject
// fields. English for every kind, the wave's language for most. Phone numbers are from ranges
// reserved for fiction (UK 07700 900xxx, US 555-01xx), sites under .example.
import type { Lang } from '../../types.ts'

export const PAYLOAD_KINDS = [
  'threat',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

type Texts = Partial<Record<Lang, readonly string[]>> & { en: readonly string[] }

export const PAYLOAD_TEXTS: Record<PayloadKind, Texts> = {
  threat: {
    en: [
      'FINAL NOTICE: lawsuit filed against you, respond within 24h',
      'Legal action pending - case 4471/B - call +44 7700 900412',
    ],
    de: [
      'LETZTE MAHNUNG: Klage gegen Sie eingereicht, Frist 24 Stunden',
      'Anwaltliche Abmahnung – sofort melden: +49 155 5501 77',
    ],
    fr: ['DERNIER AVIS : plainte déposée contre vous, réponse sous 24 h'],
    es: ['AVISO FINAL: demanda presentada contra usted, responda en 24 h'],
    pt: ['AVISO FINAL: processo judicial contra si, responda em 24 h'],
    it: ['ULTIMO AVVISO: denuncia depositata contro di te, rispondi entro 24 ore'],
    nl: ['LAATSTE AANMANING: rechtszaak tegen u gestart, reageer binnen 24 uur'],
  },
  takedown: {
    en: [
      'TAKE DOWN ORDER: your website will be removed today',
      'DMCA TAKEDOWN NOTICE - account suspended unless you reply',
    ],
    de: ['LÖSCHUNGSANORDNUNG: Ihre Website wird heute entfernt'],
    fr: ['ORDRE DE RETRAIT : votre site sera supprimé aujourd’hui'],
    it: ['ORDINE DI RIMOZIONE: il tuo sito sarà oscurato oggi'],
    nl: ['VERWIJDERINGSBEVEL: uw website wordt vandaag offline gehaald'],
  },
  police: {
    en: ['POLICE NOTICE: warrant issued in your name, call 555-0143 now'],
    de: ['POLIZEI: Haftbefehl gegen Sie erlassen, rufen Sie sofort an'],
    es: ['POLICÍA: orden de detención a su nombre, llame ya al 555-0187'],
    pt: ['POLÍCIA: mandado emitido em seu nome, ligue já para 555-0161'],
    it: ['POLIZIA POSTALE: mandato a tuo nome, chiama subito il 555-0122'],
  },
  giveaway: {
    en: [
      'FREE DISCORD NITRO - claim at nitro-drop.example',
      'You WON a PlayStation 6! Claim: gift-vault.example',
    ],
    de: ['GRATIS iPhone 17 gewonnen! Jetzt abholen: preis-jetzt.example'],
    fr: ['Vous avez GAGNÉ un iPhone 17 ! Réclamez-le : cadeau-vite.example'],
    es: ['¡Has GANADO 1.000 € en Amazon! Reclámalo: premio-ya.example'],
    pt: ['GANHOU um vale de 500 €! Resgate em: brinde-ja.example'],
    nl: ['GRATIS Nitro! Claim nu op nitro-gratis.example'],
  },
  invoice: {
    en: ['Invoice INV-88231 overdue $1,249.99 - call billing 555-0199 to cancel'],
    de: ['Rechnung RE-55102 über 899,00 € fällig – Storno unter +49 155 5501 90'],
    fr: ['Facture FA-30917 de 649,90 € impayée – annulation au 555-0131'],
    es: ['Factura F-7731 de 499,99 € pendiente – cancele en el 555-0176'],
    it: ['Fattura n. 2291 da 799,00 € scaduta – annulla al 555-0108'],
    nl: ['Factuur 20931 van € 549,00 openstaand – bel 555-0154 om te annuleren'],
  },
  crypto: {
    en: ['Your BTC withdrawal of 2.4 BTC is pending - confirm at coin-vault.example'],
    de: ['Ihr Bitcoin-Guthaben von 0,87 BTC verfällt heute – jetzt sichern'],
    pt: ['Recebeu 1,3 BTC – confirme o levantamento em cripto-agora.example'],
    es: ['Tienes 0,9 BTC sin reclamar – confírmalo en cripto-ya.example'],
  },
}
