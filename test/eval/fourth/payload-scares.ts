// Attacker texts that frighten (written for this set): legal threats, take-down demands, fake
// police notices, account shutdowns and fake invoices with a phone number. `title` goes in a
// subject field, `name` in a name field, `message` in a message field. {case}, {phone}, {email},
// {code} and {amount} are filled once per wave.
import type { Lang } from '../types.ts'

export interface PayloadText {
  title: string
  name: string
  message: string
}

export type PayloadTexts = { en: readonly PayloadText[] } & Partial<
  Record<Lang, readonly PayloadText[]>
>

export const LEGAL: PayloadTexts = {
  en: [
    {
      title: 'FINAL NOTICE BEFORE LITIGATION – Case No. {case} – respond within 48 hours',
      name: 'Legal Dept Case {case}',
      message:
        'This is formal notice that a civil claim for defamation has been prepared against the holder of {email}. Failure to contact our office on {phone} within 48 hours will result in proceedings without further warning.',
    },
    {
      title: 'Court summons issued against {email} – hearing scheduled, ref {case}',
      name: 'Clerk of Court',
      message:
        'A summons has been issued in your name. Call the registry on {phone} to confirm attendance or a default judgment will be entered.',
    },
  ],
  de: [
    {
      title: 'LETZTE MAHNUNG VOR KLAGEERHEBUNG – Az. {case} – Frist 48 Stunden',
      name: 'Rechtsabteilung Az {case}',
      message:
        'Gegen den Inhaber der Adresse {email} wurde Klage wegen Urheberrechtsverletzung vorbereitet. Melden Sie sich binnen 48 Stunden unter {phone}, sonst wird das Verfahren ohne weitere Ankündigung eröffnet.',
    },
  ],
  fr: [
    {
      title: 'MISE EN DEMEURE – Dossier n° {case} – réponse exigée sous 48 h',
      name: 'Service contentieux {case}',
      message:
        'Une plainte a été déposée à l’encontre du titulaire de {email}. Sans appel au {phone} sous 48 heures, la procédure sera engagée sans autre avertissement.',
    },
  ],
  es: [
    {
      title: 'REQUERIMIENTO JUDICIAL – Expediente {case} – plazo de 48 horas',
      name: 'Departamento Jurídico {case}',
      message:
        'Se ha presentado una demanda contra el titular de {email}. Si no llama al {phone} en 48 horas, el procedimiento seguirá sin más aviso.',
    },
  ],
  pt: [
    {
      title: 'NOTIFICAÇÃO EXTRAJUDICIAL – Processo {case} – responda em 48 horas',
      name: 'Jurídico Processo {case}',
      message:
        'Foi aberto um processo contra o titular de {email}. Ligue para {phone} em até 48 horas ou a ação seguirá sem novo aviso.',
    },
  ],
  it: [
    {
      title: 'DIFFIDA LEGALE – Pratica n. {case} – rispondere entro 48 ore',
      name: 'Ufficio Legale {case}',
      message:
        'È stata predisposta una citazione contro il titolare di {email}. Contatti il numero {phone} entro 48 ore, altrimenti si procederà senza ulteriore preavviso.',
    },
  ],
  nl: [
    {
      title: 'INGEBREKESTELLING – Dossier {case} – reageer binnen 48 uur',
      name: 'Juridische Zaken {case}',
      message:
        'Tegen de houder van {email} is een dagvaarding voorbereid. Bel binnen 48 uur naar {phone}, anders wordt de procedure zonder verdere waarschuwing gestart.',
    },
  ],
}

export const TAKEDOWN: PayloadTexts = {
  en: [
    {
      title:
        'TAKE-DOWN DEMAND #{case}: remove the listed content within 24h or your domain will be suspended',
      name: 'TAKEDOWN ORDER {case}',
      message:
        'Your hosting provider has been instructed to suspend every service linked to {email}. Reference {case}. Contact compliance on {phone} immediately.',
    },
    {
      title: 'CONTENT REMOVAL ORDER – copyright complaint {case} – urgent',
      name: 'Copyright Enforcement',
      message: 'Remove the infringing material today. Evidence file: {case}. Queries: {phone}.',
    },
  ],
  de: [
    {
      title: 'LÖSCHAUFFORDERUNG Nr. {case}: Inhalte binnen 24 Std. entfernen',
      name: 'Löschauftrag {case}',
      message:
        'Ihr Provider wurde angewiesen, alle mit {email} verbundenen Dienste zu sperren. Rückfragen ausschließlich unter {phone}.',
    },
  ],
  fr: [
    {
      title: 'ORDRE DE RETRAIT n° {case} : supprimez le contenu sous 24 h',
      name: 'Retrait de contenu {case}',
      message: 'Votre hébergeur suspendra tous les services liés à {email}. Contact : {phone}.',
    },
  ],
}

export const POLICE: PayloadTexts = {
  en: [
    {
      title:
        'INTERPOL CYBER DIVISION – Notice of investigation {case} – your device has been flagged',
      name: 'Police Cyber Unit',
      message:
        'Your IP address was recorded accessing prohibited material. To avoid arrest you must call Officer R. Hale on {phone} today and quote file {case}.',
    },
  ],
  de: [
    {
      title: 'CYBERPOLIZEI – Ermittlungsverfahren {case} gegen Sie eingeleitet',
      name: 'Kriminalpolizei Cybercrime',
      message:
        'Ihre IP-Adresse wurde beim Zugriff auf verbotene Inhalte erfasst. Rufen Sie heute noch {phone} an und nennen Sie das Aktenzeichen {case}.',
    },
  ],
  fr: [
    {
      title: 'GENDARMERIE – CONVOCATION – procédure n° {case}',
      name: 'Brigade numérique',
      message:
        'Vous êtes convoqué(e) dans le cadre de la procédure {case}. Appelez le {phone} sous 24 heures pour éviter un mandat d’amener.',
    },
  ],
  es: [
    {
      title: 'POLICÍA – Citación urgente, expediente {case}',
      name: 'Unidad de Delitos Telemáticos',
      message:
        'Su dirección IP figura en la investigación {case}. Llame hoy al {phone} para evitar la detención.',
    },
  ],
  pt: [
    {
      title: 'POLÍCIA – Notificação {case}: compareça ou será detido',
      name: 'Divisão de Crimes Cibernéticos',
      message: 'O seu IP foi registado no inquérito {case}. Contacte {phone} ainda hoje.',
    },
  ],
  it: [
    {
      title: 'POLIZIA POSTALE – Avviso di indagine n. {case}',
      name: 'Polizia Postale',
      message:
        'Il suo indirizzo IP risulta nell’indagine {case}. Chiami oggi il {phone} per evitare l’arresto.',
    },
  ],
  nl: [
    {
      title: 'POLITIE – Oproeping voor verhoor, zaaknummer {case}',
      name: 'Team Digitale Recherche',
      message:
        'Uw IP-adres komt voor in onderzoek {case}. Bel vandaag nog {phone} om aanhouding te voorkomen.',
    },
  ],
}

export const ACCOUNT: PayloadTexts = {
  en: [
    {
      title: 'Mailbox {email} will be DEACTIVATED in 24h – verify now at mail-keepalive.site',
      name: 'Mail Administrator',
      message:
        'Your mailbox has exceeded its storage quota and will be closed. Keep your account active: https://mail-keepalive.site/{code}',
    },
  ],
  de: [
    {
      title: 'Ihr Postfach {email} wird in 24 Std. GESPERRT – jetzt bestätigen',
      name: 'Postfach-Administrator',
      message:
        'Bestätigen Sie Ihr Konto, um die Löschung zu verhindern: https://postfach-check.site/{code}',
    },
  ],
  es: [
    {
      title: 'Su cuenta {email} será SUSPENDIDA hoy – verifique aquí',
      name: 'Administrador de correo',
      message: 'Evite el cierre de su buzón: https://buzon-verifica.site/{code}',
    },
  ],
}

export const INVOICE: PayloadTexts = {
  en: [
    {
      title:
        'Invoice INV-{case}: {amount} charged for Total Antivirus renewal – call {phone} to cancel',
      name: 'Billing Dept {phone}',
      message:
        'Thank you for your purchase. Your card has been charged {amount} for a 3-year renewal. If you did not authorise this, call our cancellation desk on {phone} within 24 hours.',
    },
    {
      title: 'PAYMENT CONFIRMED {amount} – Order {case} – not you? Call {phone}',
      name: 'Order Support',
      message: 'Order {case} for {amount} has been dispatched. For a refund call {phone}.',
    },
  ],
  de: [
    {
      title: 'Rechnung RE-{case}: {amount} abgebucht – Widerspruch unter {phone}',
      name: 'Buchhaltung {phone}',
      message:
        'Ihr Abonnement wurde für {amount} verlängert. Nicht beauftragt? Rufen Sie {phone} an.',
    },
  ],
  fr: [
    {
      title: 'Facture n° {case} : {amount} prélevés – contestation au {phone}',
      name: 'Service facturation',
      message: 'Votre abonnement a été renouvelé pour {amount}. Pour annuler, appelez le {phone}.',
    },
  ],
  es: [
    {
      title: 'Factura {case}: cargo de {amount} – si no lo reconoce llame al {phone}',
      name: 'Facturación {phone}',
      message: 'Se ha renovado su suscripción por {amount}. Para cancelar llame al {phone}.',
    },
  ],
  pt: [
    {
      title: 'Fatura {case}: débito de {amount} – não reconhece? Ligue {phone}',
      name: 'Financeiro {phone}',
      message: 'A sua assinatura foi renovada por {amount}. Para cancelar ligue {phone}.',
    },
  ],
  it: [
    {
      title: 'Fattura n. {case}: addebito di {amount} – per annullare chiama {phone}',
      name: 'Ufficio Fatturazione',
      message: 'Il tuo abbonamento è stato rinnovato per {amount}. Per il rimborso chiama {phone}.',
    },
  ],
  nl: [
    {
      title: 'Factuur {case}: {amount} afgeschreven – niet herkend? Bel {phone}',
      name: 'Facturatie {phone}',
      message: 'Uw abonnement is verlengd voor {amount}. Annuleren kan via {phone}.',
    },
  ],
}
