// What the person writes to companies in each language, and the wrappers the companies' desks
// put around the echoed subject (`{s}` the sent subject, `{n}` a request number). A wrapper
// without `{s}` names only the number; its body then quotes the subject.
import type { Lang } from '../../types.ts'

export interface OwnWords {
  requests: readonly string[]
  wrappers: readonly string[]
  ack: string
  body: string
}

export const OWN_WORDS: Record<Lang, OwnWords> = {
  en: {
    requests: [
      'Subject access request under GDPR Article 15',
      'Please close my account and delete my data',
      'Cancel my membership',
      'Question about my last bill',
      'Refund for order not received',
      'Update my postal address',
    ],
    wrappers: [
      'Re: {s}',
      '[#{n}] {s}',
      'Request received: {s}',
      "We've got your message - {s}",
      'Ticket {n}',
    ],
    ack: 'Thanks for getting in touch. We have received your message and will reply within 5 working days.',
    body: 'Hello,\n\nI am writing regarding my account registered to this address. Please confirm receipt.\n\nKind regards',
  },
  de: {
    requests: [
      'Auskunftsersuchen nach Art. 15 DSGVO',
      'Bitte löschen Sie mein Kundenkonto',
      'Kündigung meines Vertrags',
      'Frage zu meiner letzten Rechnung',
      'Rückerstattung für nicht erhaltene Bestellung',
      'Änderung meiner Anschrift',
    ],
    wrappers: [
      'AW: {s}',
      'Eingangsbestätigung - {s}',
      '[#{n}] {s}',
      'Ihre Anfrage {n}',
      'Wir haben Ihre Nachricht erhalten: {s}',
    ],
    ack: 'Vielen Dank für Ihre Nachricht. Wir haben sie erhalten und antworten innerhalb von 5 Werktagen.',
    body: 'Guten Tag,\n\nich schreibe Ihnen bezüglich meines Kundenkontos unter dieser Adresse. Bitte bestätigen Sie den Eingang.\n\nMit freundlichen Grüßen',
  },
  fr: {
    requests: [
      "Demande d'accès à mes données (RGPD art. 15)",
      'Suppression de mon compte client',
      'Résiliation de mon abonnement',
      'Question sur ma dernière facture',
      'Remboursement commande non reçue',
      "Changement d'adresse postale",
    ],
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Demande reçue : {s}',
      'Accusé de réception - {s}',
      'Dossier n° {n}',
    ],
    ack: 'Merci pour votre message. Nous l’avons bien reçu et vous répondrons sous 5 jours ouvrés.',
    body: 'Bonjour,\n\nJe vous écris au sujet de mon compte associé à cette adresse. Merci d’en accuser réception.\n\nCordialement',
  },
  es: {
    requests: [
      'Solicitud de acceso a mis datos (art. 15 RGPD)',
      'Baja de mi cuenta y borrado de datos',
      'Cancelación de mi suscripción',
      'Consulta sobre mi última factura',
      'Reembolso de pedido no recibido',
      'Cambio de dirección postal',
    ],
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Solicitud recibida: {s}',
      'Hemos recibido tu consulta - {s}',
      'Caso {n}',
    ],
    ack: 'Gracias por escribirnos. Hemos recibido tu mensaje y te responderemos en un plazo de 5 días laborables.',
    body: 'Hola:\n\nLes escribo sobre mi cuenta asociada a esta dirección. Les ruego que confirmen la recepción.\n\nUn saludo',
  },
  pt: {
    requests: [
      'Pedido de acesso aos meus dados (art. 18 LGPD)',
      'Exclusão da minha conta',
      'Cancelamento da minha assinatura',
      'Dúvida sobre a minha última fatura',
      'Reembolso de pedido não recebido',
      'Alteração de endereço',
    ],
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Solicitação recebida: {s}',
      'Recebemos sua mensagem - {s}',
      'Protocolo {n}',
    ],
    ack: 'Obrigado pelo contato. Recebemos sua mensagem e responderemos em até 5 dias úteis.',
    body: 'Olá,\n\nEscrevo a respeito da minha conta associada a este endereço. Peço que confirmem o recebimento.\n\nAtenciosamente',
  },
  it: {
    requests: [
      'Richiesta di accesso ai dati (art. 15 GDPR)',
      'Cancellazione del mio account',
      'Disdetta del mio abbonamento',
      "Domanda sull'ultima fattura",
      'Rimborso ordine non ricevuto',
      "Cambio dell'indirizzo",
    ],
    wrappers: [
      'R: {s}',
      '[#{n}] {s}',
      'Richiesta ricevuta: {s}',
      'Abbiamo ricevuto il tuo messaggio - {s}',
      'Pratica n. {n}',
    ],
    ack: 'Grazie per averci scritto. Abbiamo ricevuto il tuo messaggio e risponderemo entro 5 giorni lavorativi.',
    body: 'Buongiorno,\n\nvi scrivo riguardo al mio account associato a questo indirizzo. Vi prego di confermare la ricezione.\n\nCordiali saluti',
  },
  nl: {
    requests: [
      'Inzageverzoek AVG artikel 15',
      'Verwijder mijn account en gegevens',
      'Opzegging van mijn abonnement',
      'Vraag over mijn laatste factuur',
      'Terugbetaling niet ontvangen bestelling',
      'Wijziging van mijn adres',
    ],
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Verzoek ontvangen: {s}',
      'We hebben je bericht ontvangen - {s}',
      'Zaaknummer {n}',
    ],
    ack: 'Bedankt voor je bericht. We hebben het ontvangen en reageren binnen 5 werkdagen.',
    body: 'Beste,\n\nIk schrijf u over mijn account op dit adres. Wilt u de ontvangst bevestigen?\n\nMet vriendelijke groet',
  },
}
