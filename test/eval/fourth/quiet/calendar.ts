// Calendar mail of the quiet inbox: invitations, updates, cancellations, replies and reminders in
// the wording of the usual calendar apps, in several languages. Written for this set.
import type { Random } from '../../prng.ts'
import { between, type Everyday } from './everyday.ts'

interface Invite {
  day: number
  from: string
  subject: string
  body: string
}

const ME = 'imogen.blackwood@mailbox.example'

const INVITES: readonly Invite[] = [
  {
    day: 0,
    from: 'Priya Nair <priya.nair@riverside-makers.example>',
    subject: `Invitation: Workshop tidy-up @ Sat 12 Sep 2026 10:00 - 12:00 (CEST) (${ME})`,
    body: 'Priya Nair has invited you to an event.\n\nWorkshop tidy-up\nSaturday 12 September 2026 ⋅ 10:00 – 12:00 (Central European Time – Brussels)\nRiverside Makers, Quai des Charbonnages 30\n\nGoing? Yes – Maybe – No',
  },
  {
    day: 1,
    from: 'Stefan Krüger <stefan.krueger@posteo.example>',
    subject: `Einladung: Trailmap Sync @ Do. 10. Sept. 2026 18:00 - 18:30 (MESZ) (${ME})`,
    body: 'Stefan Krüger hat Sie zu einem Termin eingeladen.\n\nTrailmap Sync\nDonnerstag, 10. September 2026 ⋅ 18:00 – 18:30\nVideoanruf: meet.example/trl-sync\n\nTeilnehmen? Ja – Vielleicht – Nein',
  },
  {
    day: 2,
    from: 'Hélène Dubois <helene.dubois@skynet.example>',
    subject: `Invitation : Cartopartie Ixelles @ sam. 19 sept. 2026 14:00 - 17:00 (${ME})`,
    body: 'Hélène Dubois vous a invité(e) à un événement.\n\nCartopartie Ixelles\nsamedi 19 septembre 2026 ⋅ 14:00 – 17:00\nPlace Flagey\n\nParticiper ? Oui – Peut-être – Non',
  },
  {
    day: 3,
    from: 'Marina Costa <marina.costa@gmail.example>',
    subject: `Invitación: Cena de cumpleaños @ vie 25 sept 2026 20:30 - 23:00 (${ME})`,
    body: 'Marina Costa te ha invitado a un evento.\n\nCena de cumpleaños\nviernes, 25 de septiembre de 2026 ⋅ 20:30 – 23:00\nRestaurante La Tasca, Rue du Page 12\n\n¿Asistirás? Sí – Quizás – No',
  },
  {
    day: 4,
    from: 'Rafael Souza <rafael.souza@uol.example>',
    subject: `Convite: Chamada sobre o encontro de Lisboa @ ter 15 de set de 2026 19:00 - 19:45 (${ME})`,
    body: 'Rafael Souza convidou você para um evento.\n\nChamada sobre o encontro de Lisboa\nterça-feira, 15 de setembro de 2026 ⋅ 19:00 – 19:45\n\nVai participar? Sim – Talvez – Não',
  },
  {
    day: 5,
    from: 'Davide Rinaldi <davide.rinaldi@libero.example>',
    subject: `Invito: Aperitivo di quartiere @ ven 18 set 2026 19:00 - 21:00 (${ME})`,
    body: 'Davide Rinaldi ti ha invitato a un evento.\n\nAperitivo di quartiere\nvenerdì 18 settembre 2026 ⋅ 19:00 – 21:00\n\nParteciperai? Sì – Forse – No',
  },
  {
    day: 6,
    from: 'Lotte de Wit <lotte.dewit@ziggo.example>',
    subject: `Uitnodiging: Bordspellenavond @ vr 2 okt 2026 19:30 - 23:00 (${ME})`,
    body: 'Lotte de Wit heeft je uitgenodigd voor een afspraak.\n\nBordspellenavond\nvrijdag 2 oktober 2026 ⋅ 19:30 – 23:00\n\nGa je? Ja – Misschien – Nee',
  },
  {
    day: 7,
    from: 'Priya Nair <priya.nair@riverside-makers.example>',
    subject: `Updated invitation: Workshop tidy-up @ Sat 12 Sep 2026 10:30 - 12:30 (CEST) (${ME})`,
    body: 'This event has been changed.\n\nWorkshop tidy-up\nNew time: Saturday 12 September 2026 ⋅ 10:30 – 12:30',
  },
  {
    day: 8,
    from: 'Aoife Byrne <aoife.byrne@eircom.example>',
    subject: 'Accepted: Offline maps test session @ Tue 22 Sep 2026 18:00 - 19:00 (CEST)',
    body: 'Aoife Byrne has accepted this invitation.\n\nOffline maps test session\nTuesday 22 September 2026 ⋅ 18:00 – 19:00',
  },
  {
    day: 9,
    from: 'Kofi Mensah <kofi.mensah@fastmail.example>',
    subject: 'Declined: Offline maps test session @ Tue 22 Sep 2026 18:00 - 19:00 (CEST)',
    body: 'Kofi Mensah has declined this invitation.\n\n"Sorry, travelling that week!"',
  },
  {
    day: 10,
    from: 'Stefan Krüger <stefan.krueger@posteo.example>',
    subject: 'Abgesagter Termin: Trailmap Sync @ Do. 17. Sept. 2026 18:00 - 18:30 (MESZ)',
    body: 'Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.\n\n„Diese Woche fällt aus, nächste Woche wie gewohnt.“',
  },
  {
    day: 12,
    from: 'Google Calendar <calendar-notification@google.com>',
    subject: 'Notification: Physio @ Thu 17 Sep 2026 08:00 - 08:45 (CEST)',
    body: 'This is a reminder for the following event.\n\nPhysio\nThursday 17 September 2026 ⋅ 08:00 – 08:45\nKinepraktijk Zuidpark',
  },
  {
    day: 13,
    from: 'Hélène Dubois <helene.dubois@skynet.example>',
    subject: 'Invitation mise à jour : Cartopartie Ixelles @ sam. 19 sept. 2026 14:00 - 17:30',
    body: 'Cet événement a été modifié.\n\nCartopartie Ixelles\nNouvel horaire : 14:00 – 17:30\nLieu : Café Belga, place Flagey',
  },
  {
    day: 15,
    from: 'Marina Costa <marina.costa@gmail.example>',
    subject: 'Invitación actualizada: Cena de cumpleaños @ vie 25 sept 2026 21:00 - 23:30',
    body: 'Se ha modificado este evento.\n\nNueva hora: 21:00 – 23:30',
  },
  {
    day: 16,
    from: 'Ruben Janssens <ruben.janssens@telenet.example>',
    subject: `Uitnodiging: Lunch @ wo 23 sep 2026 12:30 - 13:30 (${ME})`,
    body: 'Ruben Janssens heeft je uitgenodigd.\n\nLunch\nwoensdag 23 september 2026 ⋅ 12:30 – 13:30\nPeck 47, Rue du Marché aux Poulets',
  },
  {
    day: 17,
    from: 'Google Calendar <calendar-notification@google.com>',
    subject: 'Notification: Cena de cumpleaños @ Fri 25 Sep 2026 21:00 - 23:30 (CEST)',
    body: 'This is a reminder for the following event.\n\nCena de cumpleaños\nFriday 25 September 2026 ⋅ 21:00 – 23:30',
  },
  {
    day: 19,
    from: 'Aoife Byrne <aoife.byrne@eircom.example>',
    subject: `Invitation: Retro on trailmap 1.4 @ Mon 5 Oct 2026 18:00 - 18:45 (CEST) (${ME})`,
    body: 'Aoife Byrne has invited you to an event.\n\nRetro on trailmap 1.4\nMonday 5 October 2026 ⋅ 18:00 – 18:45',
  },
]

export function calendarMail(rng: Random): Everyday[] {
  return INVITES.map((invite) => ({
    at: between(rng, invite.day, 8, 22),
    from: invite.from,
    subject: invite.subject,
    body: invite.body,
    source: 'calendar',
  }))
}
