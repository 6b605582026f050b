// iTop (Combodo, open-source ITSM): the notification "on object creation" of a User Request to
// its caller, with the request reference (R-000123) and title, sent by the iTop instance of the
// organisation. Source: Combodo iTop documentation "Notifications" (trigger on object creation,
// action email to `$this->caller_id$`, placeholders `$this->ref$`, `$this->title$`); texts
// reconstructed. de Sie, fr vous, es usted, pt pt-PT, it Lei, nl u.
import type { Product } from '../../product.ts'

const ref = (n: string) => `R-${n.padStart(6, '0').slice(-6)}`

export const ITOP: Product = {
  product: 'iTop',
  family: 'helpdesk',
  source: 'Combodo iTop notification on UserRequest creation, $this->ref$ / $this->title$',
  echo: 'subject',
  hosted: null,
  locals: ['itop', 'servicedesk', 'helpdesk', 'no-reply'],
  subdomains: ['', 'itsm.', 'servicedesk.', 'support.'],
  texts: {
    en: (f) => ({
      subject: `Your request ${ref(f.ref)} has been created: ${f.field}`,
      body: `Dear ${f.name},\n\nYour request ${ref(f.ref)} "${f.field}" has been registered by the ${f.company} service desk.\nStatus: New\nPriority: Low\n\nYou can follow it in the portal: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\n${f.company} Service Desk`,
    }),
    de: (f) => ({
      subject: `Ihre Anfrage ${ref(f.ref)} wurde angelegt: ${f.field}`,
      body: `Sehr geehrte/r ${f.name},\n\nIhre Anfrage ${ref(f.ref)} „${f.field}“ wurde vom Service Desk der ${f.company} erfasst.\nStatus: Neu\nPriorität: Niedrig\n\nVerfolgen Sie sie im Portal: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nService Desk ${f.company}`,
    }),
    fr: (f) => ({
      subject: `Votre demande ${ref(f.ref)} a été créée : ${f.field}`,
      body: `Bonjour ${f.name},\n\nVotre demande ${ref(f.ref)} « ${f.field} » a été enregistrée par le centre de services ${f.company}.\nStatut : Nouveau\nPriorité : Basse\n\nSuivez-la sur le portail : https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nCentre de services ${f.company}`,
    }),
    es: (f) => ({
      subject: `Su solicitud ${ref(f.ref)} ha sido creada: ${f.field}`,
      body: `Estimado/a ${f.name}:\n\nSu solicitud ${ref(f.ref)} «${f.field}» ha sido registrada por el centro de servicio de ${f.company}.\nEstado: Nuevo\nPrioridad: Baja\n\nPuede seguirla en el portal: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nCentro de servicio ${f.company}`,
    }),
    pt: (f) => ({
      subject: `O seu pedido ${ref(f.ref)} foi criado: ${f.field}`,
      body: `Caro(a) ${f.name},\n\nO seu pedido ${ref(f.ref)} "${f.field}" foi registado pelo service desk da ${f.company}.\nEstado: Novo\nPrioridade: Baixa\n\nPode acompanhá-lo no portal: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nService Desk ${f.company}`,
    }),
    it: (f) => ({
      subject: `La sua richiesta ${ref(f.ref)} è stata creata: ${f.field}`,
      body: `Gentile ${f.name},\n\nla sua richiesta ${ref(f.ref)} "${f.field}" è stata registrata dal service desk di ${f.company}.\nStato: Nuovo\nPriorità: Bassa\n\nPuò seguirla dal portale: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nService desk ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Uw verzoek ${ref(f.ref)} is aangemaakt: ${f.field}`,
      body: `Beste ${f.name},\n\nUw verzoek ${ref(f.ref)} "${f.field}" is geregistreerd door de servicedesk van ${f.company}.\nStatus: Nieuw\nPrioriteit: Laag\n\nVolg het in het portaal: https://${f.domain}/itop/pages/exec.php/object/view/UserRequest/${f.ref}\n\nServicedesk ${f.company}`,
    }),
  },
}
