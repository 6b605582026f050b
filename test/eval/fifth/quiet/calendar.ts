// Calendar traffic in seven languages: invitations, updates, acceptances and declines in the
// subject style of the big calendar services ("Invitation: … @ date", "Accepted: …").
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { at, type QuietMail } from './kit.ts'

const WORDS: Record<
  Lang,
  { invite: string; updated: string; accepted: string; declined: string; join: string }
> = {
  en: {
    invite: 'Invitation',
    updated: 'Updated invitation',
    accepted: 'Accepted',
    declined: 'Declined',
    join: 'Join with video link',
  },
  de: {
    invite: 'Einladung',
    updated: 'Aktualisierte Einladung',
    accepted: 'Angenommen',
    declined: 'Abgelehnt',
    join: 'Per Videolink teilnehmen',
  },
  fr: {
    invite: 'Invitation',
    updated: 'Invitation mise à jour',
    accepted: 'Accepté',
    declined: 'Refusé',
    join: 'Participer par lien vidéo',
  },
  es: {
    invite: 'Invitación',
    updated: 'Invitación actualizada',
    accepted: 'Aceptado',
    declined: 'Rechazado',
    join: 'Unirse con enlace de vídeo',
  },
  pt: {
    invite: 'Convite',
    updated: 'Convite atualizado',
    accepted: 'Aceito',
    declined: 'Recusado',
    join: 'Participar com link de vídeo',
  },
  it: {
    invite: 'Invito',
    updated: 'Invito aggiornato',
    accepted: 'Accettato',
    declined: 'Rifiutato',
    join: 'Partecipa con link video',
  },
  nl: {
    invite: 'Uitnodiging',
    updated: 'Bijgewerkte uitnodiging',
    accepted: 'Geaccepteerd',
    declined: 'Afgewezen',
    join: 'Deelnemen via videolink',
  },
}

const EVENTS: readonly [Lang, string, string, string][] = [
  [
    'en',
    'Data platform weekly sync',
    'Wed 4 Nov 2026 10:00 – 10:30 (WET)',
    'Rob Ellery <rob.ellery@workmail.example>',
  ],
  [
    'de',
    'Abstimmung Übersetzungen Release 5',
    'Do. 5. Nov. 2026 16:00 – 16:45 (MEZ)',
    'Jürgen Haberkorn <jh@haberkorn.example>',
  ],
  [
    'fr',
    'Point documentation pinemap',
    'ven. 6 nov. 2026 14:00 – 15:00 (CET)',
    'Gaëlle Marchetti <gaelle.marchetti@laposte.example>',
  ],
  [
    'es',
    'Cena antiguos compañeros Erasmus',
    'sáb 14 nov 2026 21:00 – 23:30 (CET)',
    'Ainhoa Zubiri <ainhoa.zubiri@correo.example>',
  ],
  [
    'pt',
    'Reunião de condomínio (online)',
    'qui., 26 de nov. de 2026 19:00 – 20:30 (WET)',
    'Rui Sarmento <rui.sarmento@correio.example>',
  ],
  [
    'it',
    'Call progetto traduzioni italiano',
    'mar 10 nov 2026 18:00 – 18:30 (CET)',
    'Sara Montanari <sara.montanari@posta.example>',
  ],
  [
    'nl',
    'Verjaardag oma (videobellen)',
    'zo 15 nov. 2026 15:00 – 16:00 (CET)',
    'Marloes Jansen <marloes.jansen@mailbox.example>',
  ],
  [
    'en',
    'Interview: Senior Data Engineer',
    'Tue 17 Nov 2026 14:00 – 14:45 (WET)',
    'Joana Prates <joana.prates@brightwharf-analytics.example>',
  ],
  [
    'en',
    'Quarterly planning',
    'Mon 23 Nov 2026 09:30 – 11:30 (WET)',
    'Rob Ellery <rob.ellery@workmail.example>',
  ],
]

export function calendarMail(rng: Random): QuietMail[] {
  const out: QuietMail[] = []
  EVENTS.forEach(([lang, title, when, organiser], i) => {
    const w = WORDS[lang]
    const day = Math.min(19, i * 2)
    out.push({
      at: at(day, rng.int(8, 18), rng.int(0, 59)),
      from: organiser,
      subject: `${w.invite}: ${title} @ ${when}`,
      body: `${title}\n${when}\n\n${w.join}: https://meet.example.com/${rng.int(100, 999)}-${rng.int(1000, 9999)}\n\nfemke.oyelaran@inbox.example`,
      source: 'calendar',
      lang,
    })
    if (i % 3 === 0)
      out.push({
        at: at(day + 1, rng.int(8, 18), rng.int(0, 59)),
        from: organiser,
        subject: `${w.updated}: ${title} @ ${when}`,
        body: `${title}\n${when}\n\nThe organiser changed the description.`,
        source: 'calendar',
        lang,
      })
    if (i % 2 === 0)
      out.push({
        at: at(day + 1, rng.int(8, 18), rng.int(0, 59)),
        from: `${['Kwame Boateng <kwame@boateng.example>', 'Lieke de Graaf <lieke.degraaf@mailbox.example>'][i % 4 === 0 ? 0 : 1]}`,
        subject: `${i % 4 === 0 ? w.accepted : w.declined}: ${title} @ ${when}`,
        body: `${title}\n${when}`,
        source: 'calendar',
        lang,
      })
  })
  return out
}
