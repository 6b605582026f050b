import { w, type Product } from '../types.ts'

// Spiceworks Help Desk (cloud) user notification for a new ticket (Settings > Email
// Notifications, "Ticket created"); Spiceworks community help desk documentation.
export const spiceworks: Product = {
  product: 'Spiceworks Help Desk',
  family: 'helpdesk',
  source: 'Spiceworks Help Desk docs, email notification "Ticket created" to the end user',
  ticket: '####',
  hosted: 'help@{slug}.on.spiceworks.com',
  texts: {
    en: [
      w(
        '[Ticket #{ticket}] {subject}',
        `##- Please type your reply above this line -##\n\nHi {name},\n\nYour ticket has been received and will be addressed by the {company} help desk shortly. Please reply to this email if you have any further information.\n\nTicket #{ticket}: {subject}\nStatus: Open`,
      ),
    ],
  },
}
