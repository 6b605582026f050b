import { w, type Product } from '../types.ts'

// SysAid end-user notification on a new service request submitted through the self-service
// portal or email integration (SysAid documentation, "Email notifications for end users").
export const sysaid: Product = {
  product: 'SysAid',
  family: 'helpdesk',
  source: 'SysAid docs, end-user notification "new service record submitted"',
  ticket: '#####',
  hosted: 'helpdesk@{slug}.sysaidit.com',
  texts: {
    en: [
      w(
        'Service Request #{ticket} has been submitted',
        `Dear {name},\n\nYour service request #{ticket} has been submitted to the {company} IT Service Desk.\n\nTitle: {subject}\nStatus: New\n\nYou can follow up on this request in the self-service portal: https://{slug}.sysaidit.com/SREdit.jsp?id={ticket}\n\nThis is an automatic message, please do not reply.`,
      ),
    ],
    es: [
      w(
        'La solicitud de servicio #{ticket} ha sido enviada',
        `Estimado/a {name}:\n\nSu solicitud de servicio #{ticket} se ha enviado al Service Desk de TI de {company}.\n\nTítulo: {subject}\nEstado: Nueva\n\nPuede consultar la solicitud en el portal de autoservicio: https://{slug}.sysaidit.com/SREdit.jsp?id={ticket}\n\nEste es un mensaje automático, no responda.`,
      ),
    ],
    it: [
      w(
        'La richiesta di servizio #{ticket} è stata inviata',
        `Gentile {name},\n\nla tua richiesta di servizio #{ticket} è stata inviata al Service Desk IT di {company}.\n\nTitolo: {subject}\nStato: Nuova\n\nPuoi seguire la richiesta nel portale self-service: https://{slug}.sysaidit.com/SREdit.jsp?id={ticket}\n\nMessaggio automatico, non rispondere.`,
      ),
    ],
  },
}
