import { w, type Product } from '../types.ts'

// RedmineUP Helpdesk plugin, "Auto answer" for new tickets (project settings > Helpdesk >
// Auto answer message); redmineup.com helpdesk plugin documentation.
export const redmineHelpdesk: Product = {
  product: 'Redmine Helpdesk (RedmineUP)',
  family: 'helpdesk',
  source: 'redmineup.com Helpdesk plugin docs, project auto answer message',
  ticket: '####',
  texts: {
    en: [
      w(
        '[{company} - Support #{ticket}] {subject}',
        `Dear {name},\n\nThank you for your request. It has been registered in our system under number #{ticket}; our specialists will contact you shortly.\n\nPlease keep the ticket number in the subject when replying.\n\nBest regards,\n{company} support team`,
      ),
    ],
    de: [
      w(
        '[{company} - Support #{ticket}] {subject}',
        `Sehr geehrte/r {name},\n\nvielen Dank für Ihre Anfrage. Sie wurde unter der Nummer #{ticket} in unserem System registriert; unsere Spezialisten melden sich in Kürze.\n\nBitte behalten Sie die Ticketnummer im Betreff, wenn Sie antworten.\n\nMit freundlichen Grüßen\nIhr {company} Support-Team`,
      ),
    ],
    fr: [
      w(
        '[{company} - Support #{ticket}] {subject}',
        `Bonjour {name},\n\nMerci pour votre demande. Elle a été enregistrée sous le numéro #{ticket} ; nos spécialistes vous contacteront prochainement.\n\nMerci de conserver le numéro du ticket dans l’objet de vos réponses.\n\nCordialement,\nL’équipe support {company}`,
      ),
    ],
    it: [
      w(
        '[{company} - Supporto #{ticket}] {subject}',
        `Gentile {name},\n\ngrazie per la tua richiesta. È stata registrata nel nostro sistema con il numero #{ticket}; i nostri specialisti ti contatteranno a breve.\n\nTi preghiamo di mantenere il numero del ticket nell’oggetto quando rispondi.\n\nCordiali saluti,\nIl team di supporto {company}`,
      ),
    ],
  },
}
