// What the person writes to companies in one sitting (cancelling, asking, claiming), and the
// wrappers helpdesks put around the subject in their answer.
import type { Lang } from '../types.ts'

/** [subject, body]; {order} and {name} are filled. */
export const OWN_TOPICS: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    [
      'Please cancel my membership',
      'Hello,\n\nplease cancel my membership at the end of this month and confirm by email.\n\nThanks,\n{name}',
    ],
    [
      'Question about order {order}',
      'Hi, my order {order} still shows "processing" after a week. Could you check? {name}',
    ],
    [
      'Data deletion request (GDPR)',
      'Hello, under Article 17 GDPR I ask you to delete all personal data you hold about me. Regards, {name}',
    ],
    [
      'Change of address',
      'Hi, I have moved – please update my delivery address to 14 Harbour Row. Thanks, {name}',
    ],
    [
      'Invoice for September missing',
      'Hello, I cannot find the invoice for September in my account. Could you send it? {name}',
    ],
  ],
  de: [
    [
      'Kündigung meiner Mitgliedschaft',
      'Guten Tag,\n\nhiermit kündige ich meine Mitgliedschaft zum nächstmöglichen Termin. Bitte bestätigen Sie mir die Kündigung.\n\nMit freundlichen Grüßen\n{name}',
    ],
    [
      'Frage zu Bestellung {order}',
      'Hallo, meine Bestellung {order} steht seit einer Woche auf „in Bearbeitung“. Können Sie nachsehen? {name}',
    ],
    [
      'Auskunft nach Art. 15 DSGVO',
      'Guten Tag, bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben. {name}',
    ],
    [
      'Adressänderung',
      'Hallo, ich bin umgezogen – bitte ändern Sie meine Lieferadresse auf Hafenstraße 14. Danke, {name}',
    ],
    [
      'Rechnung September fehlt',
      'Hallo, die Rechnung für September finde ich nicht im Kundenkonto. Können Sie sie schicken? {name}',
    ],
  ],
  fr: [
    [
      'Résiliation de mon abonnement',
      'Bonjour,\n\nje souhaite résilier mon abonnement à la fin du mois. Merci de me le confirmer par e-mail.\n\nCordialement,\n{name}',
    ],
    [
      'Question sur la commande {order}',
      'Bonjour, ma commande {order} est toujours « en préparation » depuis une semaine. Pouvez-vous vérifier ? {name}',
    ],
    [
      'Demande de suppression de données (RGPD)',
      "Bonjour, conformément à l'article 17 du RGPD, je vous demande d'effacer mes données personnelles. {name}",
    ],
    [
      "Changement d'adresse",
      "Bonjour, j'ai déménagé : merci de mettre à jour mon adresse de livraison. {name}",
    ],
    [
      'Facture de septembre manquante',
      'Bonjour, je ne trouve pas la facture de septembre dans mon espace. Pouvez-vous me l’envoyer ? {name}',
    ],
  ],
  es: [
    [
      'Baja de mi suscripción',
      'Hola:\n\nquiero darme de baja a final de mes. Por favor, confirmadlo por correo.\n\nGracias,\n{name}',
    ],
    [
      'Consulta sobre el pedido {order}',
      'Hola, mi pedido {order} lleva una semana «en preparación». ¿Podéis revisarlo? {name}',
    ],
    [
      'Solicitud de supresión de datos (RGPD)',
      'Hola, conforme al artículo 17 del RGPD solicito la supresión de mis datos personales. {name}',
    ],
    [
      'Cambio de dirección',
      'Hola, me he mudado; por favor, actualizad mi dirección de envío. {name}',
    ],
    [
      'Falta la factura de septiembre',
      'Hola, no encuentro la factura de septiembre en mi cuenta. ¿Me la podéis enviar? {name}',
    ],
  ],
  pt: [
    [
      'Cancelamento da minha assinatura',
      'Olá,\n\ngostaria de cancelar a minha assinatura no fim do mês. Por favor confirmem por e-mail.\n\nObrigada,\n{name}',
    ],
    [
      'Dúvida sobre a encomenda {order}',
      'Olá, a encomenda {order} está "em processamento" há uma semana. Podem verificar? {name}',
    ],
    [
      'Pedido de apagamento de dados (RGPD)',
      'Olá, nos termos do artigo 17.º do RGPD peço o apagamento dos meus dados pessoais. {name}',
    ],
    ['Alteração de morada', 'Olá, mudei de casa; por favor atualizem a morada de entrega. {name}'],
    [
      'Falta a fatura de setembro',
      'Olá, não encontro a fatura de setembro na minha conta. Podem enviá-la? {name}',
    ],
  ],
  it: [
    [
      "Disdetta dell'abbonamento",
      "Buongiorno,\n\nvorrei disdire l'abbonamento a fine mese. Vi chiedo conferma via e-mail.\n\nGrazie,\n{name}",
    ],
    [
      "Domanda sull'ordine {order}",
      'Salve, l\'ordine {order} è "in lavorazione" da una settimana. Potete controllare? {name}',
    ],
    [
      'Richiesta di cancellazione dati (GDPR)',
      "Buongiorno, ai sensi dell'art. 17 GDPR chiedo la cancellazione dei miei dati personali. {name}",
    ],
    [
      'Cambio di indirizzo',
      "Salve, ho cambiato casa: aggiornate l'indirizzo di consegna, per favore. {name}",
    ],
    [
      'Manca la fattura di settembre',
      'Buongiorno, non trovo la fattura di settembre nel mio account. Potete inviarmela? {name}',
    ],
  ],
  nl: [
    [
      'Opzegging lidmaatschap',
      'Hallo,\n\nik wil mijn lidmaatschap per het einde van de maand opzeggen. Graag een bevestiging per e-mail.\n\nGroet,\n{name}',
    ],
    [
      'Vraag over bestelling {order}',
      'Hoi, mijn bestelling {order} staat al een week op "in behandeling". Kunnen jullie kijken? {name}',
    ],
    [
      'Verzoek tot verwijdering van gegevens (AVG)',
      'Hallo, op grond van artikel 17 AVG verzoek ik u mijn persoonsgegevens te verwijderen. {name}',
    ],
    ['Adreswijziging', 'Hoi, ik ben verhuisd; willen jullie mijn bezorgadres aanpassen? {name}'],
    [
      'Factuur september ontbreekt',
      'Hallo, ik kan de factuur van september niet vinden in mijn account. Kunnen jullie die sturen? {name}',
    ],
  ],
}

export const WRAPPERS: Record<Lang, readonly string[]> = {
  en: [
    'Re: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] Re: {subject}',
    'We received your request: {subject}',
    'Ticket {ticket}: {subject}',
  ],
  de: [
    'AW: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] AW: {subject}',
    'Ihre Anfrage: {subject}',
    'Ticket {ticket} – {subject}',
  ],
  fr: [
    'RE: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] RE : {subject}',
    'Votre demande : {subject}',
    'Ticket {ticket} – {subject}',
  ],
  es: [
    'RE: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] RE: {subject}',
    'Tu solicitud: {subject}',
    'Ticket {ticket} – {subject}',
  ],
  pt: [
    'RE: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] RE: {subject}',
    'O seu pedido: {subject}',
    'Ticket {ticket} – {subject}',
  ],
  it: [
    'R: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] R: {subject}',
    'La tua richiesta: {subject}',
    'Ticket {ticket} – {subject}',
  ],
  nl: [
    'Re: {subject}',
    '[#{ticket}] {subject}',
    '[{brand}] Re: {subject}',
    'Je aanvraag: {subject}',
    'Ticket {ticket} – {subject}',
  ],
}
