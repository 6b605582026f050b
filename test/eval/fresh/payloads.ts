// What attackers type into the forms' subject or name field, per language. Written for this set:
// fake legal threats and take-down orders, fake police notices, giveaways, fake invoices with a
// phone number, extortion, bland filler and nothing at all.
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'legal',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'extortion',
  'filler',
  'empty',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

export const PAYLOADS: Record<Lang, Record<Exclude<PayloadKind, 'empty'>, readonly string[]>> = {
  en: {
    legal: [
      'FINAL NOTICE: COPYRIGHT CLAIM FILED AGAINST YOUR DOMAIN - RESPOND WITHIN 24 HOURS',
      'CEASE AND DESIST - LEGAL PROCEEDINGS OPENED, CASE NO. 4471-CV-2026',
    ],
    takedown: [
      'TAKE DOWN ORDERS ISSUED FOR ALL YOUR ACCOUNTS',
      'URGENT DMCA TAKEDOWN - YOUR CONTENT WILL BE REMOVED TODAY',
    ],
    police: [
      'CYBER CRIME UNIT: ARREST WARRANT PENDING IN YOUR NAME',
      'FEDERAL NOTICE - YOUR IP ADDRESS HAS BEEN RECORDED',
    ],
    giveaway: [
      'FREE DISCORD NITRO - CLAIM YOURS BEFORE MIDNIGHT',
      'CONGRATULATIONS YOU WON A $1000 GIFT CARD',
    ],
    invoice: [
      'Invoice 88213 overdue: $2,499.00 will be charged today, call +1 (808) 555-0142 to cancel',
      'Your Geek Squad renewal $389.99 processed - dispute at +1 888 555 0197',
    ],
    extortion: [
      'I have recorded you. Pay 0.05 BTC within 48 hours or your contacts get the video',
      'We have all your passwords - send $900 in bitcoin or everything is published',
    ],
    filler: ['hello', 'test request', 'Inquiry', 'asdf asdf'],
  },
  de: {
    legal: [
      'LETZTE MAHNUNG: ABMAHNUNG WEGEN URHEBERRECHTSVERLETZUNG - FRIST 24 STUNDEN',
      'KLAGE EINGEREICHT - AKTENZEICHEN 3 O 118/26',
    ],
    takedown: [
      'LÖSCHANORDNUNG FÜR ALLE IHRE KONTEN ERLASSEN',
      'SPERRVERFÜGUNG: IHRE INHALTE WERDEN HEUTE ENTFERNT',
    ],
    police: [
      'BUNDESKRIMINALAMT: HAFTBEFEHL GEGEN SIE BEANTRAGT',
      'POLIZEILICHE VORLADUNG - IHRE IP WURDE GESPEICHERT',
    ],
    giveaway: [
      'GRATIS DISCORD NITRO - JETZT EINLÖSEN',
      'GLÜCKWUNSCH! SIE HABEN EINEN 500 € GUTSCHEIN GEWONNEN',
    ],
    invoice: [
      'Rechnung 44120 überfällig: 1.299,00 € werden heute abgebucht, Widerspruch unter 0800 555 0142',
    ],
    extortion: [
      'Ich habe Sie aufgezeichnet. Zahlen Sie 0,05 BTC in 48 Stunden oder das Video geht an Ihre Kontakte',
    ],
    filler: ['hallo', 'Anfrage', 'test'],
  },
  fr: {
    legal: [
      'MISE EN DEMEURE : PLAINTE POUR CONTREFAÇON DÉPOSÉE - RÉPONSE SOUS 24 H',
      'AVIS FINAL AVANT POURSUITES JUDICIAIRES',
    ],
    takedown: [
      'ORDRE DE SUPPRESSION ÉMIS POUR TOUS VOS COMPTES',
      'RETRAIT IMMÉDIAT DE VOS CONTENUS - DÉCISION DE JUSTICE',
    ],
    police: [
      'GENDARMERIE NATIONALE : CONVOCATION JUDICIAIRE À VOTRE NOM',
      'BRIGADE NUMÉRIQUE - VOTRE ADRESSE IP A ÉTÉ IDENTIFIÉE',
    ],
    giveaway: [
      'DISCORD NITRO GRATUIT - RÉCLAMEZ-LE MAINTENANT',
      'FÉLICITATIONS VOUS AVEZ GAGNÉ UNE CARTE CADEAU DE 500 €',
    ],
    invoice: ['Facture 30917 impayée : 899,00 € prélevés aujourd’hui, contestez au 09 70 55 01 42'],
    extortion: [
      'Je vous ai filmé. Payez 0,05 BTC sous 48 heures sinon la vidéo part à tous vos contacts',
    ],
    filler: ['bonjour', 'demande', 'test'],
  },
  es: {
    legal: [
      'ÚLTIMO AVISO: DENUNCIA POR INFRACCIÓN DE DERECHOS DE AUTOR - RESPONDA EN 24 HORAS',
      'DEMANDA PRESENTADA CONTRA USTED - EXPEDIENTE 552/2026',
    ],
    takedown: ['ORDEN DE RETIRADA EMITIDA PARA TODAS SUS CUENTAS'],
    police: [
      'POLICÍA NACIONAL: ORDEN DE DETENCIÓN A SU NOMBRE',
      'AVISO DE LA GUARDIA CIVIL - SU IP HA SIDO REGISTRADA',
    ],
    giveaway: [
      'DISCORD NITRO GRATIS - RECLÁMALO YA',
      'FELICIDADES HA GANADO UNA TARJETA REGALO DE 500 €',
    ],
    invoice: [
      'Factura 77310 vencida: se cobrarán 749,00 € hoy, para cancelar llame al 900 555 142',
    ],
    extortion: [
      'Tengo un vídeo suyo. Pague 0,05 BTC en 48 horas o lo enviaré a todos sus contactos',
    ],
    filler: ['hola', 'consulta', 'prueba'],
  },
  pt: {
    legal: [
      'NOTIFICAÇÃO EXTRAJUDICIAL: PROCESSO POR VIOLAÇÃO DE DIREITOS AUTORAIS - PRAZO 24H',
      'ÚLTIMO AVISO ANTES DA AÇÃO JUDICIAL',
    ],
    takedown: ['ORDEM DE REMOÇÃO EMITIDA PARA TODAS AS SUAS CONTAS'],
    police: [
      'POLÍCIA FEDERAL: MANDADO DE PRISÃO EM SEU NOME',
      'INTIMAÇÃO POLICIAL - SEU IP FOI REGISTRADO',
    ],
    giveaway: [
      'DISCORD NITRO GRÁTIS - RESGATE AGORA',
      'PARABÉNS VOCÊ GANHOU UM VALE-PRESENTE DE R$ 1.000',
    ],
    invoice: ['Fatura 51288 vencida: R$ 1.899,90 serão cobrados hoje, cancele pelo 0800 555 0142'],
    extortion: [
      'Eu gravei você. Pague 0,05 BTC em 48 horas ou o vídeo vai para todos os seus contatos',
    ],
    filler: ['olá', 'contato', 'teste'],
  },
  it: {
    legal: [
      'ULTIMO AVVISO: DIFFIDA PER VIOLAZIONE DEL DIRITTO D’AUTORE - RISPONDERE ENTRO 24 ORE',
      'ATTO DI CITAZIONE DEPOSITATO - R.G. 2291/2026',
    ],
    takedown: ['ORDINE DI RIMOZIONE EMESSO PER TUTTI I TUOI ACCOUNT'],
    police: [
      'POLIZIA POSTALE: MANDATO DI ARRESTO A TUO NOME',
      'AVVISO DELLA GUARDIA DI FINANZA - IL TUO IP È STATO REGISTRATO',
    ],
    giveaway: [
      'DISCORD NITRO GRATIS - RISCATTALO ORA',
      'COMPLIMENTI HAI VINTO UN BUONO REGALO DA 500 €',
    ],
    invoice: ['Fattura 60412 scaduta: 999,00 € addebitati oggi, per annullare chiama 800 555 142'],
    extortion: [
      'Ti ho registrato. Paga 0,05 BTC entro 48 ore o il video arriva a tutti i tuoi contatti',
    ],
    filler: ['ciao', 'richiesta', 'prova'],
  },
  nl: {
    legal: [
      'LAATSTE AANMANING: AANKLACHT WEGENS INBREUK OP AUTEURSRECHT - REAGEER BINNEN 24 UUR',
      'DAGVAARDING UITGEVAARDIGD - ZAAKNUMMER C/13/7741',
    ],
    takedown: ['VERWIJDERINGSBEVEL UITGEVAARDIGD VOOR AL UW ACCOUNTS'],
    police: [
      'POLITIE CYBERCRIME: ARRESTATIEBEVEL OP UW NAAM',
      'OFFICIËLE KENNISGEVING - UW IP-ADRES IS VASTGELEGD',
    ],
    giveaway: [
      'GRATIS DISCORD NITRO - CLAIM HEM NU',
      'GEFELICITEERD U HEEFT EEN CADEAUKAART VAN € 500 GEWONNEN',
    ],
    invoice: [
      'Factuur 21876 vervallen: € 1.149,00 wordt vandaag afgeschreven, annuleren via 0800 555 0142',
    ],
    extortion: [
      'Ik heb je gefilmd. Betaal 0,05 BTC binnen 48 uur of de video gaat naar al je contacten',
    ],
    filler: ['hallo', 'vraag', 'test'],
  },
}
