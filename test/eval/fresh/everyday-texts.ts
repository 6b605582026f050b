// The per-language texts of everyday.ts: calendar invitations, newsletters the person reads,
// carriers of their own orders, forums they watch.
import type { Lang } from '../types.ts'

export const CALENDAR: Record<Lang, [string, string]> = {
  en: [
    'Invitation: Quarterly planning @ Thu Mar 12, 2026 2pm - 3pm (GMT)',
    'You have been invited to the following event. Join with Google Meet. Reply for {address}: Yes / No / Maybe',
  ],
  de: [
    'Einladung: Teamfrühstück @ Fr. 13. März 2026 9:00 - 10:00 (MEZ)',
    'Sie wurden zu folgendem Termin eingeladen. Antworten für {address}: Ja / Nein / Vielleicht',
  ],
  fr: [
    'Invitation : Point projet @ mar. 10 mars 2026 10:00 - 10:30 (CET)',
    'Vous avez été invité(e) à l’événement suivant. Répondre pour {address} : Oui / Non / Peut-être',
  ],
  es: [
    'Invitación: Reunión de equipo @ mié 11 mar 2026 16:00 - 17:00 (CET)',
    'Has recibido una invitación para el siguiente evento. Responder para {address}: Sí / No / Quizás',
  ],
  pt: [
    'Convite: Revisão mensal @ qui 12 de mar de 2026 15:00 - 16:00 (BRT)',
    'Você foi convidado para o seguinte evento. Responder para {address}: Sim / Não / Talvez',
  ],
  it: [
    'Invito: Riunione di reparto @ lun 9 mar 2026 11:00 - 12:00 (CET)',
    'Sei stato invitato al seguente evento. Rispondi per {address}: Sì / No / Forse',
  ],
  nl: [
    'Uitnodiging: Werkoverleg @ di 10 mrt 2026 13:00 - 14:00 (CET)',
    'Je bent uitgenodigd voor het volgende evenement. Antwoord voor {address}: Ja / Nee / Misschien',
  ],
}

export const NEWSLETTERS: Record<Lang, [string, string][]> = {
  en: [
    [
      'The Overflow <newsletter@stackoverflow.email>',
      'The Overflow #318: the case for boring databases',
    ],
    [
      'Money Stuff <noreply@mail.bloombergbusiness.com>',
      'Money Stuff: The Bond Market Has Opinions',
    ],
  ],
  de: [
    ['heise online <newsletter@heise.de>', 'heise-Newsletter: Die wichtigsten Meldungen der Woche'],
  ],
  fr: [['Le Monde <newsletters@lemonde.fr>', 'La Matinale du Monde : l’essentiel de l’actualité']],
  es: [
    ['elDiario.es <boletin@eldiario.es>', 'El boletín de la mañana: lo que tienes que saber hoy'],
  ],
  pt: [
    [
      'Nexo Jornal <newsletter@nexojornal.com.br>',
      'A Semana: os assuntos que marcaram os últimos dias',
    ],
  ],
  it: [['Il Post <newsletter@ilpost.it>', 'Charlie, la newsletter del Post sui giornali']],
  nl: [
    [
      'De Correspondent <nieuwsbrief@decorrespondent.nl>',
      'Je wekelijkse selectie van De Correspondent',
    ],
  ],
}

export const SHIPPING: Record<Lang, [string, string]> = {
  en: ['Evri <noreply@evri.com>', 'Your Evri parcel from Bramble & Co is on its way'],
  de: ['Hermes <noreply@myhermes.de>', 'Ihre Sendung von Wollmeise Versand ist unterwegs'],
  fr: ['Mondial Relay <noreply@mondialrelay.fr>', 'Votre colis est disponible en Point Relais'],
  es: ['SEUR <noreply@seur.com>', 'Tu pedido de Tiendas Rocalba está en camino'],
  pt: ['CTT <noreply@ctt.pt>', 'A sua encomenda está a caminho'],
  it: ['GLS Italy <noreply@gls-italy.com>', 'La tua spedizione è stata affidata al corriere'],
  nl: ['DHL eCommerce <noreply@dhlecommerce.nl>', 'Je pakket is onderweg'],
}

export const FORUM: Record<Lang, [string, string]> = {
  en: [
    'Home Assistant Community <noreply@community.home-assistant.io>',
    '[Home Assistant Community] Summary',
  ],
  de: ['Pi-hole Userspace <noreply@discourse.pi-hole.net>', '[Pi-hole Userspace] Zusammenfassung'],
  fr: [
    'Forum Ubuntu-fr <noreply@forum.ubuntu-fr.org>',
    '[Forum Ubuntu-fr] Réponse au sujet : Wi-Fi instable après mise à jour',
  ],
  es: ['Foro Rankia <noreply@rankia.com>', 'Resumen semanal del foro'],
  pt: [
    'Fórum Clube do Hardware <noreply@clubedohardware.com.br>',
    'Nova resposta no tópico que você segue',
  ],
  it: ['Forum HTML.it <noreply@forum.html.it>', 'Nuova risposta nella discussione che segui'],
  nl: ['Tweakers <noreply@tweakers.net>', 'Nieuwe reactie in topic: Glasvezel modem valt weg'],
}
