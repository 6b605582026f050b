// Calendar invitations, updates, acceptances and declines in several languages, in the shapes of
// the common calendar services (Invitation:, Updated invitation:, Accepted:, Einladung:, …).
import type { Random } from '../../prng.ts'
import { dayTime, type Everyday } from './item.ts'

const SHAPES = [
  [
    'Invitation: Glossary review @ Tue 10:00 - 11:00 (CET)',
    'Pieter Claes has invited you to Glossary review.\nJoin with video call\nGoing? Yes - Maybe - No',
  ],
  [
    'Updated invitation: Client call with Marbrey @ Thu 15:00 - 15:30',
    'This event has been changed. New time: Thu 15:00 - 15:30.\nGoing? Yes - Maybe - No',
  ],
  ['Accepted: Translators’ meetup', 'Hélène Garnier has accepted this invitation.'],
  [
    'Einladung: Projektstart Handbuch @ Mo 09:30 - 10:30',
    'Sabine Wirth hat Sie zu „Projektstart Handbuch“ eingeladen.\nTeilnehmen? Ja - Vielleicht - Nein',
  ],
  [
    'Invitation : Point hebdo traduction @ ven. 11:00',
    'Thomas Ricard vous a invité à « Point hebdo traduction ».\nParticiper ? Oui - Peut-être - Non',
  ],
  [
    'Invitación: Revisión de subtítulos @ miér 16:00',
    'Lucía Prieto te ha invitado a «Revisión de subtítulos».\n¿Asistirás? Sí - Quizás - No',
  ],
  [
    'Convite: Reunião de terminologia @ qua 14:00',
    'Rui Falcão convidou-o para «Reunião de terminologia».',
  ],
  [
    'Invito: Riunione di redazione @ gio 10:00',
    'Chiara Bassi ti ha invitato a «Riunione di redazione».\nParteciperai? Sì - Forse - No',
  ],
  [
    'Uitnodiging: Vertaalteam overleg @ di 13:00 - 14:00',
    'Joke Maes heeft je uitgenodigd voor Vertaalteam overleg.\nGa je? Ja - Misschien - Nee',
  ],
  ['Declined: Budget 2027 (Maarten Verhulst-Lagrange)', 'Ines Vogel has declined this invitation.'],
] as const

export function calendarMail(rng: Random, start: number, days: number): Everyday[] {
  return Array.from({ length: 24 }, () => {
    const [subject, body] = rng.pick(SHAPES)
    const google = rng.chance(0.6)
    return {
      at: dayTime(rng, start, rng.int(0, days - 1)),
      from: google
        ? 'Google Calendar <calendar-notification@google.com>'
        : 'Outlook Calendar <noreply@calendar.example>',
      subject,
      body,
      source: 'calendar',
    }
  })
}
