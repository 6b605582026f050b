// The person's own earlier mail that an out-of-office or a ticket reply answers: notes to
// colleagues and partners, and requests to a company's support. Subjects are kept verbatim by
// the reply.
import type { Lang } from '../../types.ts'
import type { LookText } from './types.ts'

export const NOTES: Record<Lang, readonly LookText[]> = {
  en: [
    [
      'Quote for the kitchen job',
      'Hi {sender},\n\ncould you send the updated quote when you get a chance?\n\nThanks,\n{name}',
    ],
    [
      'Thursday workshop – agenda',
      'Hi all, attached is the draft agenda for Thursday. Comments welcome. {name}',
    ],
    ['Invoice 2026-118', 'Hello {sender}, please find our invoice attached. Best, {name}'],
  ],
  de: [
    [
      'Angebot Badsanierung',
      'Hallo {sender},\n\nkönnten Sie mir das überarbeitete Angebot schicken?\n\nDanke und Gruß\n{name}',
    ],
    ['Workshop Donnerstag – Agenda', 'Hallo zusammen, anbei der Entwurf der Agenda. {name}'],
    ['Rechnung 2026-118', 'Hallo {sender}, anbei unsere Rechnung. Viele Grüße, {name}'],
  ],
  fr: [
    [
      'Devis cuisine',
      'Bonjour {sender},\n\npourriez-vous m’envoyer le devis mis à jour ?\n\nMerci,\n{name}',
    ],
    ['Atelier jeudi – ordre du jour', 'Bonjour à tous, voici le projet d’ordre du jour. {name}'],
    ['Facture 2026-118', 'Bonjour {sender}, veuillez trouver ci-joint notre facture. {name}'],
  ],
  es: [
    [
      'Presupuesto de la reforma',
      'Hola {sender}:\n\n¿me puedes mandar el presupuesto actualizado?\n\nGracias,\n{name}',
    ],
    [
      'Taller del jueves – orden del día',
      'Hola a todos, os paso el borrador del orden del día. {name}',
    ],
    ['Factura 2026-118', 'Hola {sender}, te adjunto nuestra factura. Saludos, {name}'],
  ],
  pt: [
    [
      'Orçamento da cozinha',
      'Olá {sender},\n\npode enviar-me o orçamento atualizado?\n\nObrigado,\n{name}',
    ],
    ['Workshop de quinta – agenda', 'Olá a todos, segue o rascunho da agenda. {name}'],
    ['Fatura 2026-118', 'Olá {sender}, segue em anexo a nossa fatura. {name}'],
  ],
  it: [
    [
      'Preventivo cucina',
      'Ciao {sender},\n\npuoi mandarmi il preventivo aggiornato?\n\nGrazie,\n{name}',
    ],
    ['Workshop di giovedì – agenda', 'Ciao a tutti, vi mando la bozza dell’agenda. {name}'],
    ['Fattura 2026-118', 'Buongiorno {sender}, in allegato la nostra fattura. {name}'],
  ],
  nl: [
    [
      'Offerte keuken',
      'Hoi {sender},\n\nkun je me de aangepaste offerte sturen?\n\nDank je,\n{name}',
    ],
    ['Workshop donderdag – agenda', 'Hallo allemaal, hierbij de conceptagenda. {name}'],
    ['Factuur 2026-118', 'Beste {sender}, bijgaand onze factuur. Groet, {name}'],
  ],
}

export const REQUESTS: Record<Lang, readonly LookText[]> = {
  en: [
    [
      'Refund for order {order}',
      "Hello, I returned the parcel two weeks ago but haven't received the refund yet. Order {order}. Thanks, {name}",
    ],
    [
      'Dishwasher not draining',
      'Hi, my dishwasher (bought in March) stopped draining. Can someone come and look at it? {name}',
    ],
    [
      'Wrong size delivered',
      'Hello, I ordered a medium and received a large. How do I exchange it? {name}',
    ],
  ],
  de: [
    [
      'Erstattung Bestellung {order}',
      'Guten Tag, ich habe das Paket vor zwei Wochen zurückgeschickt, aber noch keine Erstattung erhalten. {name}',
    ],
    [
      'Waschmaschine pumpt nicht ab',
      'Hallo, meine Waschmaschine pumpt nicht mehr ab. Kann ein Techniker vorbeikommen? {name}',
    ],
    [
      'Falsche Größe geliefert',
      'Hallo, ich habe M bestellt und L bekommen. Wie kann ich umtauschen? {name}',
    ],
  ],
  fr: [
    [
      'Remboursement commande {order}',
      "Bonjour, j'ai renvoyé le colis il y a deux semaines et je n'ai toujours pas été remboursé. {name}",
    ],
    [
      'Lave-vaisselle en panne',
      'Bonjour, mon lave-vaisselle ne vidange plus. Un technicien peut-il passer ? {name}',
    ],
    [
      'Mauvaise taille livrée',
      "Bonjour, j'ai commandé du M et reçu du L. Comment faire l'échange ? {name}",
    ],
  ],
  es: [
    [
      'Reembolso del pedido {order}',
      'Hola, devolví el paquete hace dos semanas y aún no he recibido el reembolso. {name}',
    ],
    [
      'La lavadora no desagua',
      'Hola, mi lavadora ha dejado de desaguar. ¿Puede venir un técnico? {name}',
    ],
    ['Talla equivocada', 'Hola, pedí una M y me ha llegado una L. ¿Cómo la cambio? {name}'],
  ],
  pt: [
    [
      'Reembolso da encomenda {order}',
      'Olá, devolvi a encomenda há duas semanas e ainda não recebi o reembolso. {name}',
    ],
    [
      'Máquina de lavar não escoa',
      'Olá, a minha máquina deixou de escoar a água. Pode vir um técnico? {name}',
    ],
    ['Tamanho errado', 'Olá, encomendei M e recebi L. Como faço a troca? {name}'],
  ],
  it: [
    [
      "Rimborso dell'ordine {order}",
      'Buongiorno, ho restituito il pacco due settimane fa ma non ho ancora ricevuto il rimborso. {name}',
    ],
    [
      'La lavastoviglie non scarica',
      'Salve, la mia lavastoviglie non scarica più. Può passare un tecnico? {name}',
    ],
    [
      'Taglia sbagliata',
      'Buongiorno, ho ordinato una M e mi è arrivata una L. Come faccio il cambio? {name}',
    ],
  ],
  nl: [
    [
      'Terugbetaling bestelling {order}',
      'Hallo, ik heb het pakket twee weken geleden teruggestuurd maar nog geen geld terug gekregen. {name}',
    ],
    [
      'Vaatwasser pompt niet af',
      'Hallo, mijn vaatwasser pompt niet meer af. Kan er een monteur langskomen? {name}',
    ],
    ['Verkeerde maat geleverd', 'Hallo, ik heb M besteld en L gekregen. Hoe kan ik ruilen? {name}'],
  ],
}
