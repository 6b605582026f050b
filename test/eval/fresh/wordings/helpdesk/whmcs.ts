import { w, type Product } from '../types.ts'

// WHMCS default email template "Support Ticket Opened" (Setup > Email Templates > Support
// Messages); WHMCS documentation "Email Templates". Translations follow WHMCS's per-language
// template copies.
export const whmcs: Product = {
  product: 'WHMCS',
  family: 'helpdesk',
  source: 'WHMCS docs, Email Templates, support template "Support Ticket Opened"',
  ticket: '######',
  texts: {
    en: [
      w(
        '[Ticket ID: {ticket}] {subject}',
        `Dear {name},\n\nThank you for contacting our support team. A support ticket has now been opened for your request. You will be notified when a response is made by email. The details of your ticket are shown below.\n\nSubject: {subject}\nPriority: Medium\nStatus: Open\n\nYou can view the ticket at any time at https://{site}/clients/viewticket.php?tid={ticket}&c={token}\n\n{company}`,
      ),
    ],
    de: [
      w(
        '[Ticket-ID: {ticket}] {subject}',
        `Hallo {name},\n\nvielen Dank für Ihre Kontaktaufnahme mit unserem Support-Team. Für Ihre Anfrage wurde ein Support-Ticket eröffnet. Sie werden per E-Mail benachrichtigt, sobald eine Antwort vorliegt. Die Details Ihres Tickets finden Sie unten.\n\nBetreff: {subject}\nPriorität: Mittel\nStatus: Offen\n\nSie können das Ticket jederzeit hier einsehen: https://{site}/kunden/viewticket.php?tid={ticket}&c={token}\n\n{company}`,
      ),
    ],
    fr: [
      w(
        '[Ticket ID : {ticket}] {subject}',
        `Bonjour {name},\n\nMerci d’avoir contacté notre équipe de support. Un ticket a été ouvert pour votre demande. Vous serez averti par e-mail dès qu’une réponse sera apportée. Les détails de votre ticket figurent ci-dessous.\n\nSujet : {subject}\nPriorité : Moyenne\nStatut : Ouvert\n\nVous pouvez consulter le ticket à tout moment : https://{site}/clients/viewticket.php?tid={ticket}&c={token}\n\n{company}`,
      ),
    ],
    nl: [
      w(
        '[Ticket-ID: {ticket}] {subject}',
        `Beste {name},\n\nBedankt voor het contact met ons supportteam. Er is een supportticket geopend voor uw verzoek. U ontvangt een e-mail zodra er gereageerd wordt. De gegevens van uw ticket staan hieronder.\n\nOnderwerp: {subject}\nPrioriteit: Gemiddeld\nStatus: Open\n\nU kunt het ticket altijd bekijken via https://{site}/klanten/viewticket.php?tid={ticket}&c={token}\n\n{company}`,
      ),
    ],
  },
}
