import { w, type Product } from '../types.ts'

// Default email notification "Incident opened for me" (incident.opened.myself) of the Incident
// Management application; checkable in any instance under System Notification > Email >
// Notifications, and in the ServiceNow product documentation "Incident notifications".
export const servicenow: Product = {
  product: 'ServiceNow',
  family: 'helpdesk',
  source: 'ServiceNow docs, Incident Management default notification "Incident opened for me"',
  ticket: 'INC00#####',
  hosted: '{slug}@service-now.com',
  texts: {
    en: [
      w(
        'Incident {ticket} -- opened on your behalf',
        `Your incident has been opened on your behalf.\n\nShort description: {subject}\nCaller: {name}\n\nClick here to view Incident: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nThank you,\n{company} Service Desk\n\nRef:MSG{code}`,
      ),
    ],
    de: [
      w(
        'Vorfall {ticket} -- in Ihrem Namen eröffnet',
        `Ihr Vorfall wurde in Ihrem Namen eröffnet.\n\nKurzbeschreibung: {subject}\nAnrufer: {name}\n\nHier klicken, um den Vorfall anzuzeigen: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nVielen Dank\n{company} Service Desk\n\nRef:MSG{code}`,
      ),
    ],
    fr: [
      w(
        'Incident {ticket} -- ouvert en votre nom',
        `Votre incident a été ouvert en votre nom.\n\nDescription courte : {subject}\nAppelant : {name}\n\nCliquez ici pour afficher l’incident : {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nMerci,\nCentre de services {company}\n\nRef:MSG{code}`,
      ),
    ],
    es: [
      w(
        'Incidente {ticket} -- abierto en su nombre',
        `Se ha abierto un incidente en su nombre.\n\nDescripción breve: {subject}\nSolicitante: {name}\n\nHaga clic aquí para ver el incidente: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nGracias,\nCentro de servicios de {company}\n\nRef:MSG{code}`,
      ),
    ],
    pt: [
      w(
        'Incidente {ticket} -- aberto em seu nome',
        `Seu incidente foi aberto em seu nome.\n\nDescrição resumida: {subject}\nSolicitante: {name}\n\nClique aqui para ver o incidente: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nObrigado,\nCentral de Serviços {company}\n\nRef:MSG{code}`,
      ),
    ],
    it: [
      w(
        'Incidente {ticket} -- aperto a tuo nome',
        `Il tuo incidente è stato aperto a tuo nome.\n\nBreve descrizione: {subject}\nChiamante: {name}\n\nFai clic qui per visualizzare l’incidente: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nGrazie,\nService Desk {company}\n\nRef:MSG{code}`,
      ),
    ],
    nl: [
      w(
        'Incident {ticket} -- namens u geopend',
        `Uw incident is namens u geopend.\n\nKorte beschrijving: {subject}\nMelder: {name}\n\nKlik hier om het incident te bekijken: {ticket}\nhttps://{slug}.service-now.com/sp?id=ticket&table=incident&sys_id={token}\n\nBedankt,\n{company} Servicedesk\n\nRef:MSG{code}`,
      ),
    ],
  },
}
