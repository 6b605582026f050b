// Helpdesk ticket acknowledgements.
// SmarterTrack (SmarterTools): the "New ticket auto-responder" template of the SmarterTrack
// help (ticket number in the subject, "a member of our staff will respond").
// Issuetrak: the "Issue Submitted" notification of the Issuetrak notification templates (issue
// number, the submitted subject, a link to view the issue).
import type { Product } from './types.ts'

export const SMARTERTRACK: Product = {
  family: 'helpdesk',
  product: 'SmarterTrack',
  sender: 'own',
  texts: {
    en: '[Ticket {ref}] {name} || Thank you for contacting {company}. Your ticket {ref} has been received and a member of our staff will respond as soon as possible. To add information, reply to this email and keep the ticket number in the subject. {link}',
    de: '[Ticket {ref}] {name} || Vielen Dank für Ihre Nachricht an {company}. Ihr Ticket {ref} ist eingegangen; ein Mitarbeiter wird sich so bald wie möglich melden. Für Ergänzungen antworten Sie bitte auf diese E-Mail, ohne die Ticketnummer im Betreff zu ändern. {link}',
    fr: '[Ticket {ref}] {name} || Merci d’avoir contacté {company}. Votre ticket {ref} a bien été reçu et un membre de notre équipe vous répondra dès que possible. Pour compléter votre demande, répondez à ce message en gardant le numéro dans l’objet. {link}',
    es: '[Ticket {ref}] {name} || Gracias por contactar con {company}. Hemos recibido su ticket {ref} y un miembro de nuestro equipo le responderá lo antes posible. Para añadir información, responda a este correo sin cambiar el número del asunto. {link}',
    pt: '[Ticket {ref}] {name} || Obrigado por contactar a {company}. O seu ticket {ref} foi recebido e um membro da equipa responderá assim que possível. Para acrescentar informação, responda a este email mantendo o número no assunto. {link}',
    it: '[Ticket {ref}] {name} || Grazie per aver contattato {company}. Il tuo ticket {ref} è stato ricevuto e un membro del nostro staff risponderà il prima possibile. Per aggiungere dettagli rispondi a questa email lasciando il numero nell’oggetto. {link}',
    nl: '[Ticket {ref}] {name} || Bedankt voor je bericht aan {company}. Je ticket {ref} is ontvangen en een medewerker reageert zo snel mogelijk. Wil je iets toevoegen, beantwoord dan deze mail en laat het ticketnummer in het onderwerp staan. {link}',
  },
}

export const ISSUETRAK: Product = {
  family: 'helpdesk',
  product: 'Issuetrak',
  sender: 'display',
  texts: {
    en: 'Issue #{ref} has been submitted || Issue #{ref} was submitted on your behalf. Subject: {name}. You will be notified when the issue is updated or closed. View the issue: {link}',
    de: 'Vorgang #{ref} wurde angelegt || Der Vorgang #{ref} wurde für Sie erfasst. Betreff: {name}. Sie werden benachrichtigt, sobald er aktualisiert oder geschlossen wird. Vorgang ansehen: {link}',
    fr: 'Le dossier #{ref} a été soumis || Le dossier #{ref} a été soumis en votre nom. Objet : {name}. Vous serez averti de chaque mise à jour ou de sa clôture. Voir le dossier : {link}',
    es: 'Se ha enviado la incidencia #{ref} || La incidencia #{ref} se ha registrado a su nombre. Asunto: {name}. Le avisaremos cuando se actualice o se cierre. Ver la incidencia: {link}',
    pt: 'A ocorrência #{ref} foi registada || A ocorrência #{ref} foi registada em seu nome. Assunto: {name}. Será notificado quando for atualizada ou encerrada. Ver ocorrência: {link}',
    it: 'La segnalazione #{ref} è stata inviata || La segnalazione #{ref} è stata registrata a tuo nome. Oggetto: {name}. Riceverai un avviso quando verrà aggiornata o chiusa. Vedi la segnalazione: {link}',
    nl: 'Melding #{ref} is ingediend || Melding #{ref} is namens u ingediend. Onderwerp: {name}. U krijgt bericht zodra de melding wordt bijgewerkt of gesloten. Bekijk de melding: {link}',
  },
}
