// Class 5: a company's reply on a ticket the person opened (their mail to the company sits in
// the sent folder days earlier); the reply quotes the ticket number. Slots {ref} {subject}
// {agent} {brand} {name}.
import type { Lang } from '../../types.ts'

export const TICKET: Record<Lang, readonly string[]> = {
  en: [
    '[#{ref}] Re: {subject}|Hi {name},\nThanks for your patience. I’ve checked your account and the refund went out today; it should show in 3-5 days.\nBest, {agent}\n{brand} Support · Ticket #{ref}',
    'Re: {subject} (ticket {ref})|Hello {name}, could you send us a photo of the serial number plate? That helps us book the repair.\n{agent}',
    'Your ticket #{ref} has been updated|{agent} replied: "The replacement part is on its way." Reply to this email to add a comment.',
  ],
  de: [
    '[#{ref}] AW: {subject}|Hallo {name},\ndanke für Ihre Geduld. Die Gutschrift ist heute rausgegangen und sollte in 3-5 Tagen sichtbar sein.\nViele Grüße, {agent}\n{brand} Kundenservice · Ticket #{ref}',
    'AW: {subject} [Ticket {ref}]|Guten Tag {name}, könnten Sie uns ein Foto des Typenschilds schicken? Dann planen wir die Reparatur.\n{agent}',
    'Ihr Ticket #{ref} wurde aktualisiert|{agent} hat geantwortet: „Das Ersatzteil ist unterwegs.“ Antworten Sie auf diese E-Mail, um etwas zu ergänzen.',
  ],
  fr: [
    '[#{ref}] RE : {subject}|Bonjour {name},\nMerci de votre patience. Le remboursement est parti aujourd’hui, comptez 3 à 5 jours.\nCordialement, {agent}\nService client {brand} · Ticket #{ref}',
    'RE : {subject} (dossier {ref})|Bonjour {name}, pourriez-vous nous envoyer une photo de la plaque signalétique ?\n{agent}',
    'Votre demande #{ref} a été mise à jour|{agent} a répondu : « La pièce de rechange est en route. » Répondez à cet e-mail pour compléter.',
  ],
  es: [
    '[#{ref}] RE: {subject}|Hola {name}:\nGracias por tu paciencia. El reembolso ha salido hoy; lo verás en 3-5 días.\nUn saludo, {agent}\nAtención al cliente {brand} · Ticket #{ref}',
    'RE: {subject} (caso {ref})|Hola {name}, ¿nos podrías mandar una foto de la placa con el número de serie?\n{agent}',
    'Tu solicitud #{ref} se ha actualizado|{agent} ha respondido: «La pieza de recambio ya va de camino.»',
  ],
  pt: [
    '[#{ref}] RE: {subject}|Olá {name},\nObrigado pela paciência. O reembolso foi feito hoje e deve aparecer em 3 a 5 dias.\nAbraço, {agent}\nSuporte {brand} · Ticket #{ref}',
    'Enc: {subject} (pedido {ref})|Bom dia {name}, pode enviar-nos uma fotografia da placa com o número de série?\n{agent}',
    'Seu chamado #{ref} foi atualizado|{agent} respondeu: "A peça de reposição já está a caminho."',
  ],
  it: [
    '[#{ref}] R: {subject}|Ciao {name},\ngrazie per la pazienza. Il rimborso è partito oggi e lo vedrai in 3-5 giorni.\nUn saluto, {agent}\nAssistenza {brand} · Ticket #{ref}',
    'R: {subject} (pratica {ref})|Buongiorno {name}, può inviarci una foto della targhetta con il numero di serie?\n{agent}',
    'La tua richiesta #{ref} è stata aggiornata|{agent} ha risposto: "Il pezzo di ricambio è in arrivo."',
  ],
  nl: [
    '[#{ref}] Re: {subject}|Hoi {name},\nBedankt voor je geduld. De terugbetaling is vandaag verstuurd en staat binnen 3-5 dagen op je rekening.\nGroet, {agent}\nKlantenservice {brand} · Ticket #{ref}',
    'Re: {subject} (melding {ref})|Beste {name}, kunt u ons een foto van het typeplaatje sturen?\n{agent}',
    'Je vraag #{ref} is bijgewerkt|{agent} antwoordde: "Het onderdeel is onderweg."',
  ],
}
