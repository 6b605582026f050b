// Attacker payloads that frighten: fake legal action, take-down orders, police notices, fake
// account deletion, sextortion. Written for the fifth set; phone numbers come from ranges reserved
// for fiction (UK 01632 960xxx / 07700 900xxx, US 555-01xx, France 01 99 00 xx xx).
import type { PayloadText } from './types.ts'

export const LEGAL: PayloadText = {
  en: [
    'FINAL LEGAL WARNING: court summons No. CV-2026-88412 issued in your name',
    'Failure to call the bailiff office on +44 1632 960418 within 24 hours results in seizure of assets.',
  ],
  de: [
    'LETZTE MAHNUNG vor Klageerhebung – Aktenzeichen 7 C 4481/26',
    'Rufen Sie die Kanzlei unter +44 20 7946 0321 an, sonst wird der Gerichtsvollzieher beauftragt.',
  ],
  fr: [
    'MISE EN DEMEURE – citation à comparaître n° 26/0419 au tribunal judiciaire',
    "Contactez l'étude d'huissier au 01 99 00 41 27 sous 48 h pour éviter la saisie.",
  ],
  es: [
    'AVISO JUDICIAL: demanda interpuesta contra usted, expediente 1187/2026',
    'Llame al despacho de abogados al +1 202 555 0147 antes de 24 horas o se procederá al embargo.',
  ],
  pt: [
    'NOTIFICAÇÃO JUDICIAL: processo nº 0041873-22.2026 aberto contra você',
    'Ligue para o escritório +44 1632 960733 em até 24 h para evitar o bloqueio dos seus bens.',
  ],
  it: [
    'ATTO DI CITAZIONE: procedimento n. 3391/2026 a suo carico',
    'Contatti lo studio legale al +44 1632 960552 entro 24 ore per evitare il pignoramento.',
  ],
  nl: [
    'LAATSTE AANMANING: dagvaarding zaaknummer C/13/7724 op uw naam',
    'Bel het incassobureau op +44 1632 960286 binnen 24 uur om beslaglegging te voorkomen.',
  ],
}

export const TAKEDOWN: PayloadText = {
  en: [
    'TAKEDOWN NOTICE: your website will be removed for copyright infringement in 12 hours',
    'Our DMCA agent filed 14 complaints. Submit a counter-notice at dmca-desk.example/case/88412 now.',
  ],
  de: [
    'ABMAHNUNG: Ihre Domain wird wegen Urheberrechtsverletzung in 12 Stunden gesperrt',
    'Widerspruch nur über abmahn-stelle.example/fall/5527 möglich.',
  ],
  fr: [
    'AVIS DE RETRAIT : votre site sera supprimé pour contrefaçon sous 12 heures',
    'Contestez la plainte sur retrait-droits.example/dossier/7741 avant ce soir.',
  ],
  es: [
    'ORDEN DE RETIRADA: su web será eliminada por infracción de derechos de autor',
    'Presente su contranotificación en retirada-dmca.example/caso/3390 en 12 horas.',
  ],
  it: [
    'ORDINE DI RIMOZIONE: il suo sito verrà oscurato per violazione del copyright',
    'Invii la contestazione su rimozioni-web.example/pratica/6120 entro 12 ore.',
  ],
}

export const POLICE: PayloadText = {
  en: [
    'CYBERCRIME UNIT: an arrest warrant has been issued for your email address',
    'Reference NCU/26/40917. Call the duty officer on 07700 900612 to avoid prosecution.',
  ],
  de: [
    'POLIZEI – Ermittlungsverfahren gegen Sie eingeleitet (Vorgang 2026-ST-4471)',
    'Melden Sie sich umgehend unter +44 7700 900845, sonst erfolgt eine Vorladung.',
  ],
  fr: [
    'GENDARMERIE NATIONALE : convocation pour infraction sur internet, PV n° 26-9981',
    "Rappelez l'officier au 01 99 00 72 16 avant demain midi.",
  ],
  es: [
    'POLICÍA NACIONAL: citación por delito informático, diligencias 4471/26',
    'Comuníquese con el agente al +1 202 555 0163 para evitar la detención.',
  ],
  pt: [
    'POLÍCIA JUDICIÁRIA: mandado de notificação em seu nome, auto nº 26/5512',
    'Contacte o inspetor de serviço pelo +44 7700 900371 nas próximas 24 horas.',
  ],
  it: [
    'POLIZIA POSTALE: denuncia a suo carico per reati informatici, prot. 26/7730',
    "Chiami l'ufficiale di turno al +44 7700 900218 entro oggi.",
  ],
  nl: [
    'POLITIE: proces-verbaal opgemaakt tegen uw e-mailadres, dossier 26-PV-3318',
    'Bel de dienstdoende agent op +44 7700 900507 om vervolging te voorkomen.',
  ],
}

export const DELETION: PayloadText = {
  en: [
    'Your account is scheduled for PERMANENT DELETION today at 23:59',
    'All photos, mail and files will be erased. Cancel the deletion at keep-account.example/stop.',
  ],
  de: [
    'Ihr Konto wird heute um 23:59 Uhr ENDGÜLTIG GELÖSCHT',
    'Alle Daten gehen verloren. Löschung stoppen: konto-behalten.example/stopp',
  ],
  fr: [
    'Votre compte sera SUPPRIMÉ DÉFINITIVEMENT ce soir à 23 h 59',
    'Photos et fichiers seront effacés. Annulez sur garder-compte.example/annuler',
  ],
  es: [
    'Su cuenta será ELIMINADA DEFINITIVAMENTE hoy a las 23:59',
    'Perderá todos sus archivos. Cancele la eliminación en mantener-cuenta.example/cancelar',
  ],
  pt: [
    'A sua conta será APAGADA DEFINITIVAMENTE hoje às 23h59',
    'Todos os dados serão perdidos. Cancele em manter-conta.example/cancelar',
  ],
  nl: [
    'Uw account wordt vandaag om 23:59 DEFINITIEF VERWIJDERD',
    "Alle foto's en bestanden gaan verloren. Annuleer via account-houden.example/stop",
  ],
}

export const SEXTORTION: PayloadText = {
  en: [
    'I have recorded you through your webcam. Pay 1450 USD in Bitcoin or everyone sees it',
    'Wallet bc1q7fz0kq3wr9d8xh2mlv5n4e6t. You have 48 hours. Do not reply to this message.',
  ],
  de: [
    'Ich habe Sie über Ihre Webcam aufgenommen. Zahlen Sie 1450 EUR in Bitcoin',
    'Wallet bc1q7fz0kq3wr9d8xh2mlv5n4e6t, 48 Stunden Zeit, sonst geht das Video an alle Kontakte.',
  ],
  fr: [
    "J'ai enregistré votre webcam. Payez 1450 EUR en Bitcoin ou la vidéo sera envoyée",
    'Portefeuille bc1q7fz0kq3wr9d8xh2mlv5n4e6t. Vous avez 48 heures.',
  ],
  es: [
    'Te he grabado con tu cámara web. Paga 1450 EUR en Bitcoin o todos lo verán',
    'Monedero bc1q7fz0kq3wr9d8xh2mlv5n4e6t. Tienes 48 horas.',
  ],
  it: [
    'Ti ho registrato dalla webcam. Paga 1450 EUR in Bitcoin o lo vedranno tutti',
    'Portafoglio bc1q7fz0kq3wr9d8xh2mlv5n4e6t. Hai 48 ore di tempo.',
  ],
}
