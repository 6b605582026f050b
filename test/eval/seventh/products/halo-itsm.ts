// Halo ITSM / HaloPSA: the "ticket logged" acknowledgement of a service desk, quoting the
// ticket's summary (the subject typed into the portal or mail). source: reconstruction of the
// default new-ticket email template described in Halo's documentation; translations reconstructed.
import type { Product } from '../product.ts'

export const HALO_ITSM: Product = {
  product: 'Halo ITSM',
  family: 'helpdesk',
  source: 'reconstruction of the default "ticket logged" template (Halo docs)',
  echo: 'subject',
  own: ['{co} Service Desk <servicedesk@{domain}>', 'servicedesk@{domain}'],
  hosted: (c) => `${c.name} Service Desk <${c.slug}@${c.slug}.halopsa.com>`,
  texts: {
    en: {
      subject: 'Ticket {n} logged - {subj}',
      body: 'Dear {name},\n\nThank you for contacting the {co} Service Desk. Your ticket has been logged with reference {n} and one of our agents will be in touch shortly.\n\nSummary: {subj}\n\nYou can follow the progress of your ticket in our self-service portal: {url}\n\nPlease quote the reference in any correspondence.',
    },
    de: {
      subject: 'Ticket {n} erfasst - {subj}',
      body: 'Guten Tag {name},\n\nvielen Dank für Ihre Meldung an den {co} Service Desk. Ihr Ticket wurde unter der Nummer {n} erfasst; eine Mitarbeiterin oder ein Mitarbeiter meldet sich in Kürze.\n\nZusammenfassung: {subj}\n\nDen Bearbeitungsstand sehen Sie jederzeit im Self-Service-Portal: {url}\n\nBitte geben Sie die Nummer bei Rückfragen an.',
    },
    fr: {
      subject: 'Ticket {n} enregistré - {subj}',
      body: "Bonjour {name},\n\nMerci d'avoir contacté le Service Desk {co}. Votre ticket a été enregistré sous la référence {n} ; un de nos techniciens vous contactera prochainement.\n\nRésumé : {subj}\n\nVous pouvez suivre votre ticket sur notre portail libre-service : {url}\n\nMerci de rappeler cette référence dans vos échanges.",
    },
    es: {
      subject: 'Ticket {n} registrado - {subj}',
      body: 'Estimado/a {name}:\n\nGracias por contactar con el Service Desk de {co}. Su ticket ha quedado registrado con la referencia {n} y uno de nuestros agentes se pondrá en contacto en breve.\n\nResumen: {subj}\n\nPuede seguir el estado de su ticket en nuestro portal de autoservicio: {url}\n\nIndique esta referencia en cualquier comunicación.',
    },
    pt: {
      subject: 'Ticket {n} registado - {subj}',
      body: 'Caro(a) {name},\n\nObrigado por contactar o Service Desk da {co}. O seu ticket foi registado com a referência {n} e um dos nossos técnicos entrará em contacto brevemente.\n\nResumo: {subj}\n\nPode acompanhar o ticket no nosso portal de self-service: {url}\n\nIndique esta referência em qualquer contacto.',
    },
    it: {
      subject: 'Ticket {n} registrato - {subj}',
      body: 'Gentile {name},\n\ngrazie per aver contattato il Service Desk di {co}. Il tuo ticket è stato registrato con il riferimento {n} e un nostro operatore ti contatterà a breve.\n\nRiepilogo: {subj}\n\nPuoi seguire lo stato del ticket sul portale self-service: {url}\n\nIndica il riferimento in ogni comunicazione.',
    },
    nl: {
      subject: 'Ticket {n} geregistreerd - {subj}',
      body: 'Beste {name},\n\nBedankt voor je melding bij de {co} Service Desk. Je ticket is geregistreerd onder nummer {n}; een van onze medewerkers neemt binnenkort contact op.\n\nSamenvatting: {subj}\n\nVia ons selfserviceportaal volg je de voortgang: {url}\n\nVermeld het nummer bij verdere correspondentie.',
    },
  },
}
