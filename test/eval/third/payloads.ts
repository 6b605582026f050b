// Attacker payloads of the third set, per language: what the attacker types into the subject or
// name field of a web form. Written for this set; phone numbers and addresses are made up.
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

type Texts = Record<Exclude<PayloadKind, 'empty'>, readonly string[]>

export const PAYLOADS: Record<Lang, Texts> = {
  en: {
    legal: [
      'FINAL NOTICE OF LITIGATION - respond within 24 hours or judgment will be entered',
      'Cease and desist: your domain infringes registered trademarks, counsel has been instructed',
      'Summons to appear - Circuit Court case 26-CV-0418',
    ],
    takedown: [
      'TAKE DOWN ORDER: your accounts will be suspended today',
      'DMCA TAKEDOWN - all your websites go offline at midnight',
      'URGENT: content removal demanded by rights holder',
    ],
    police: [
      'Cyber Crime Unit notice: your IP is linked to an open investigation',
      'Federal warrant issued in your name, call agent Reyes at +1 202 555 0147',
    ],
    giveaway: [
      'FREE DISCORD NITRO - claim yours at nitro-gift-drop.example',
      'You won a PS5! Claim within 2 hours',
      'Congratulations, 0.5 BTC airdrop waiting for you',
    ],
    invoice: [
      'Invoice INV-88213 for $749.99 has been charged. Not you? Call +1 888 555 0199',
      'Your annual renewal of $399.00 is complete - to cancel phone +1 877 555 0123',
    ],
    extortion: [
      'I have recorded you through your webcam. Pay 1200 USD in bitcoin or everyone sees it',
      'We hold your data. Pay or it gets published on Friday',
    ],
    filler: ['hello', 'test', 'Jane Doe', 'info request', 'question', 'hi there', 'John'],
  },
  de: {
    legal: [
      'LETZTE MAHNUNG vor Klageerhebung - Frist 24 Stunden',
      'Abmahnung wegen Markenrechtsverletzung, unser Anwalt ist beauftragt',
      'Ladung zur Verhandlung, Amtsgericht Az. 3 C 1187/26',
    ],
    takedown: [
      'LÖSCHUNGSANORDNUNG: Ihre Konten werden heute gesperrt',
      'SOFORTIGE SPERRUNG aller Ihrer Webseiten angeordnet',
    ],
    police: [
      'Bundeskriminalamt: Ermittlungsverfahren gegen Sie eingeleitet',
      'Polizei-Vorladung - rufen Sie sofort +49 30 5550 1234 an',
    ],
    giveaway: [
      'GRATIS DISCORD NITRO - jetzt abholen',
      'Sie haben ein iPhone 17 gewonnen! Nur noch heute einlösen',
    ],
    invoice: [
      'Rechnung RE-55120 über 849,00 EUR wurde abgebucht. Nicht Sie? +49 800 555 0190',
      'Ihr Jahresabo wurde verlängert: 299,99 EUR, Widerruf unter +49 800 555 0111',
    ],
    extortion: [
      'Ich habe Zugriff auf Ihre Kamera. Zahlen Sie 1000 EUR in Bitcoin',
      'Ihre Daten sind bei uns. Zahlung bis Freitag oder Veröffentlichung',
    ],
    filler: ['Hallo', 'Test', 'Max Mustermann', 'Anfrage', 'Frage', 'Guten Tag', 'Erika'],
  },
  fr: {
    legal: [
      'MISE EN DEMEURE - dernier avis avant poursuites judiciaires',
      'Assignation devant le tribunal judiciaire, réponse exigée sous 24h',
      'Contrefaçon de marque constatée, notre avocat est saisi',
    ],
    takedown: [
      'ORDRE DE SUPPRESSION : vos comptes seront fermés aujourd’hui',
      'SUSPENSION IMMÉDIATE de tous vos sites exigée',
    ],
    police: [
      'Gendarmerie nationale : une procédure est ouverte contre vous',
      'Convocation police judiciaire, appelez le +33 1 55 50 12 34',
    ],
    giveaway: [
      'DISCORD NITRO GRATUIT - réclamez-le maintenant',
      'Félicitations, vous avez gagné une trottinette électrique !',
    ],
    invoice: [
      'Facture FA-30917 de 649,00 € prélevée. Pas vous ? Appelez le +33 9 70 55 50 11',
      'Renouvellement annuel de 349,90 € effectué - pour annuler +33 9 70 55 50 22',
    ],
    extortion: [
      'J’ai piraté votre webcam. Payez 900 € en bitcoin ou je diffuse tout',
      'Nous détenons vos fichiers. Paiement avant vendredi',
    ],
    filler: ['Bonjour', 'test', 'Jean Dupont', 'demande', 'question', 'Salut', 'Marie'],
  },
  es: {
    legal: [
      'ÚLTIMO AVISO antes de acciones legales - plazo de 24 horas',
      'Requerimiento judicial por infracción de marca registrada',
      'Citación ante el juzgado, procedimiento 512/2026',
    ],
    takedown: [
      'ORDEN DE RETIRADA: sus cuentas serán suspendidas hoy',
      'CIERRE INMEDIATO de todos sus sitios web',
    ],
    police: [
      'Policía Nacional: investigación abierta contra usted',
      'Guardia Civil - llame urgentemente al +34 910 555 123',
    ],
    giveaway: [
      'DISCORD NITRO GRATIS - reclámalo ya',
      '¡Has ganado un iPhone 17! Reclámalo en 2 horas',
    ],
    invoice: [
      'Factura F-77120 de 799,00 € cobrada. ¿No fue usted? Llame al +34 900 555 019',
      'Renovación anual de 289,00 € completada, para cancelar +34 900 555 044',
    ],
    extortion: [
      'Tengo grabaciones de su cámara. Pague 1000 € en bitcoin',
      'Tenemos sus datos. Pague antes del viernes o los publicamos',
    ],
    filler: ['Hola', 'prueba', 'Juan Pérez', 'consulta', 'pregunta', 'Buenas', 'Lucía'],
  },
  pt: {
    legal: [
      'ÚLTIMO AVISO antes de ação judicial - prazo de 24 horas',
      'Notificação extrajudicial por violação de marca registada',
      'Citação do tribunal, processo 2231/26',
    ],
    takedown: [
      'ORDEM DE REMOÇÃO: as suas contas serão suspensas hoje',
      'BLOQUEIO IMEDIATO de todos os seus sites',
    ],
    police: [
      'Polícia Judiciária: foi aberto um inquérito contra si',
      'Polícia Federal - ligue já para +55 11 5555 0142',
    ],
    giveaway: [
      'DISCORD NITRO GRÁTIS - resgate agora',
      'Parabéns, ganhou uma PlayStation 5! Resgate em 2 horas',
    ],
    invoice: [
      'Fatura FT-4412 de 599,00 € debitada. Não foi você? Ligue +351 210 555 019',
      'Renovação anual de R$ 1.299,00 aprovada. Para cancelar +55 11 5555 0177',
    ],
    extortion: [
      'Gravei você pela webcam. Pague 800 € em bitcoin',
      'Temos os seus dados. Pague até sexta ou publicamos tudo',
    ],
    filler: ['Olá', 'teste', 'João Silva', 'pedido', 'dúvida', 'Bom dia', 'Ana'],
  },
  it: {
    legal: [
      'ULTIMO AVVISO prima di azione legale - termine 24 ore',
      'Diffida per violazione di marchio registrato, il legale è incaricato',
      'Citazione in giudizio, Tribunale di Milano R.G. 4417/2026',
    ],
    takedown: [
      'ORDINE DI RIMOZIONE: i tuoi account saranno sospesi oggi',
      'OSCURAMENTO IMMEDIATO di tutti i tuoi siti',
    ],
    police: [
      'Polizia Postale: procedimento aperto a tuo carico',
      'Carabinieri - chiama subito il +39 02 5550 1234',
    ],
    giveaway: [
      'DISCORD NITRO GRATIS - riscattalo ora',
      'Hai vinto un monopattino elettrico! Ritiralo entro oggi',
    ],
    invoice: [
      'Fattura FT-20931 di 699,00 € addebitata. Non sei tu? Chiama +39 800 555 019',
      'Rinnovo annuale di 259,00 € completato, per annullare +39 800 555 088',
    ],
    extortion: [
      'Ho registrato dalla tua webcam. Paga 900 € in bitcoin',
      'Abbiamo i tuoi dati. Paga entro venerdì o li pubblichiamo',
    ],
    filler: ['Ciao', 'prova', 'Mario Rossi', 'richiesta', 'domanda', 'Buongiorno', 'Giulia'],
  },
  nl: {
    legal: [
      'LAATSTE AANMANING voor gerechtelijke stappen - termijn 24 uur',
      'Sommatie wegens inbreuk op merkrecht, advocaat ingeschakeld',
      'Dagvaarding rechtbank Amsterdam, zaaknummer C/13/7712',
    ],
    takedown: [
      'VERWIJDERBEVEL: uw accounts worden vandaag geblokkeerd',
      'ONMIDDELLIJKE BLOKKADE van al uw websites',
    ],
    police: [
      'Politie Nederland: er loopt een onderzoek naar u',
      'Oproep recherche - bel direct +31 20 555 0142',
    ],
    giveaway: ['GRATIS DISCORD NITRO - claim nu', 'Gefeliciteerd, u heeft een iPhone 17 gewonnen!'],
    invoice: [
      'Factuur F-66104 van € 749,00 afgeschreven. Niet u? Bel +31 85 555 0190',
      'Jaarabonnement van € 279,00 verlengd, opzeggen via +31 85 555 0123',
    ],
    extortion: [
      'Ik heb u gefilmd via uw webcam. Betaal 1000 euro in bitcoin',
      'Wij hebben uw gegevens. Betaal voor vrijdag of we publiceren alles',
    ],
    filler: ['Hallo', 'test', 'Jan Jansen', 'vraag', 'verzoek', 'Goedemiddag', 'Sanne'],
  },
}
