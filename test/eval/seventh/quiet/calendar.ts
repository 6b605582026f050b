// Calendar invitations, updates and replies in several languages, in the shapes Google Calendar
// and Outlook give them ("Invitation: <title> @ <when>", "Accepted: ...", "Invito aggiornato").
import type { Random } from '../../prng.ts'
import type { Everyday } from './types.ts'

const ITEMS: readonly (readonly [string, string, string])[] = [
  [
    'Invitation: Terminology review @ Tue 12 Jan 2027 10:00 - 11:00 (CET)',
    'Verbaline Studio <calendar-notification@google.com>',
    'You have been invited to the following event. Join with Meet. Reply for bea.lanzoni@mailbox.example: Yes / No / Maybe',
  ],
  [
    'Invito: Riunione condominio @ gio 14 gen 2027 20:30 - 22:00 (CET)',
    'Amministrazione Riva <calendar-notification@google.com>',
    'Sei stato invitato al seguente evento. Ordine del giorno: bilancio, lavori facciata.',
  ],
  [
    'Einladung: Abstimmung Übersetzung Handbuch @ Mo 18. Jan. 2027 14:00 - 14:30 (MEZ)',
    'Tobias Schulze <calendar-notification@google.com>',
    'Sie wurden zu folgendem Termin eingeladen. Teilnehmen mit Google Meet.',
  ],
  [
    'Accepted: Terminology review @ Tue 12 Jan 2027 10:00 - 11:00 (CET)',
    'Jan Verhaegen <jan@verbaline.example>',
    'Jan Verhaegen has accepted this invitation.',
  ],
  [
    'Updated invitation: Terminology review @ Tue 12 Jan 2027 11:00 - 12:00 (CET)',
    'Verbaline Studio <calendar-notification@google.com>',
    'This event has been changed. When: Tue 12 Jan 2027 11:00 - 12:00 (CET) (changed)',
  ],
  [
    'Uitnodiging: Koffie met Lotte @ vr 22 jan 2027 09:30 - 10:15 (CET)',
    'Lotte De Smet <calendar-notification@google.com>',
    'Je bent uitgenodigd voor het volgende evenement. Waar: Koffiebar Vrijdagmarkt, Gent',
  ],
  [
    'Invitation: Réunion projet sous-titrage @ mer. 20 janv. 2027 15:00 - 16:00 (CET)',
    'Rémi Delacroix <rdelacroix@studio-ardent.example>',
    'Vous avez été invité à la réunion suivante. Rejoindre Microsoft Teams.',
  ],
  [
    'Declined: Koffie met Lotte @ vr 22 jan 2027 09:30 - 10:15 (CET)',
    'Lotte De Smet <lotte.desmet@post.example>',
    'Lotte De Smet has declined this invitation. Volgende week?',
  ],
  [
    'Invitación: Entrega glosario farmacia @ lun 25 ene 2027 12:00 - 12:30 (CET)',
    'Ana Paula Reis <calendar-notification@google.com>',
    'Has recibido una invitación al siguiente evento.',
  ],
  [
    'Convite: Revisão legendas episódio 4 @ ter 26 jan 2027 16:00 - 17:00 (CET)',
    'Ana Paula Reis <calendar-notification@google.com>',
    'Foi convidado(a) para o seguinte evento. Participar com Google Meet.',
  ],
]

export function calendarMail(_rng: Random, at: () => number): Everyday[] {
  return ITEMS.map(([subject, from, body]) => ({
    at: at(),
    from,
    subject,
    body,
    source: 'calendar',
  }))
}
