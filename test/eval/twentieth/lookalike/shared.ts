// 6. Shared-document and calendar notifications: someone shared a file, invited you, moved a
// meeting.
import type { LookClass } from './types.ts'

export const SHARED: LookClass = {
  name: 'shared',
  label: 'ham',
  sender: 'via',
  brands: ['{Stem} Drive', '{Stem} Docs', '{Stem} Calendar'],
  locals: ['share-noreply', 'calendar-notification', 'drive-noreply'],
  texts: {
    en: [
      [
        '{sender} shared "{file}" with you',
        '{sender} ({senderaddr}) has invited you to edit the following document:\n\n{file}\n\n"Can you check the numbers before Friday?"\n\nOpen: {link}',
      ],
      [
        'Invitation: Project sync @ {date} {time}',
        '{sender} has invited you to an event.\n\nProject sync\nWhen: {date}, {time} – 45 min\nJoining: {link}\n\nGoing? Yes – Maybe – No\n\nInvitation from {brand}',
      ],
      [
        'Updated invitation: Team lunch ({date})',
        'This event has been changed.\n\nTeam lunch\nNew time: {date}, {time}\nOrganizer: {sender}\n\nView event: {link}',
      ],
    ],
    de: [
      [
        '{sender} hat „{file}“ für Sie freigegeben',
        '{sender} ({senderaddr}) hat Sie eingeladen, das folgende Dokument zu bearbeiten:\n\n{file}\n\nÖffnen: {link}',
      ],
      [
        'Einladung: Jour fixe am {date} um {time}',
        '{sender} hat Sie zu einem Termin eingeladen.\n\nJour fixe\nWann: {date}, {time}\nOnline-Besprechung: {link}\n\nTeilnehmen? Ja – Vielleicht – Nein',
      ],
      [
        'Termin verschoben: Abstimmung Budget',
        'Dieser Termin wurde geändert.\n\nNeue Zeit: {date}, {time}\nOrganisator: {sender}\n\nIm Kalender ansehen: {link}',
      ],
    ],
    fr: [
      [
        '{sender} a partagé « {file} » avec vous',
        '{sender} ({senderaddr}) vous invite à modifier le document suivant :\n\n{file}\n\nOuvrir : {link}',
      ],
      [
        "Invitation : Point d'équipe le {date} à {time}",
        "{sender} vous a invité à un événement.\n\nPoint d'équipe\nQuand : {date}, {time}\nRejoindre : {link}\n\nParticiper ? Oui – Peut-être – Non",
      ],
      [
        'Invitation mise à jour : réunion déplacée',
        "Cet événement a été modifié.\n\nNouvel horaire : {date}, {time}\nOrganisateur : {sender}\n\nVoir l'événement : {link}",
      ],
    ],
    es: [
      [
        '{sender} ha compartido «{file}» contigo',
        '{sender} ({senderaddr}) te ha invitado a editar el siguiente documento:\n\n{file}\n\nAbrir: {link}',
      ],
      [
        'Invitación: Reunión semanal el {date} a las {time}',
        '{sender} te ha invitado a un evento.\n\nReunión semanal\nCuándo: {date}, {time}\nUnirse: {link}\n\n¿Asistirás? Sí – Quizás – No',
      ],
      [
        'Invitación actualizada: la reunión cambia de hora',
        'Este evento se ha modificado.\n\nNueva hora: {date}, {time}\nOrganizador: {sender}\n\nVer evento: {link}',
      ],
    ],
    pt: [
      [
        '{sender} partilhou "{file}" consigo',
        '{sender} ({senderaddr}) convidou-o a editar o seguinte documento:\n\n{file}\n\nAbrir: {link}',
      ],
      [
        'Convite: Reunião de equipa em {date} às {time}',
        '{sender} convidou-o para um evento.\n\nReunião de equipa\nQuando: {date}, {time}\nEntrar: {link}\n\nVai participar? Sim – Talvez – Não',
      ],
      [
        'Convite atualizado: reunião remarcada',
        'Este evento foi alterado.\n\nNova hora: {date}, {time}\nOrganizador: {sender}\n\nVer evento: {link}',
      ],
    ],
    it: [
      [
        '{sender} ha condiviso "{file}" con te',
        '{sender} ({senderaddr}) ti ha invitato a modificare il seguente documento:\n\n{file}\n\nApri: {link}',
      ],
      [
        'Invito: Riunione di reparto {date} alle {time}',
        '{sender} ti ha invitato a un evento.\n\nRiunione di reparto\nQuando: {date}, {time}\nPartecipa: {link}\n\nCi sarai? Sì – Forse – No',
      ],
      [
        'Invito aggiornato: riunione spostata',
        'Questo evento è stato modificato.\n\nNuovo orario: {date}, {time}\nOrganizzatore: {sender}\n\nVedi evento: {link}',
      ],
    ],
    nl: [
      [
        '{sender} heeft "{file}" met je gedeeld',
        '{sender} ({senderaddr}) heeft je uitgenodigd om het volgende document te bewerken:\n\n{file}\n\nOpenen: {link}',
      ],
      [
        'Uitnodiging: Teamoverleg op {date} om {time}',
        '{sender} heeft je uitgenodigd voor een afspraak.\n\nTeamoverleg\nWanneer: {date}, {time}\nDeelnemen: {link}\n\nKom je? Ja – Misschien – Nee',
      ],
      [
        'Bijgewerkte uitnodiging: overleg verplaatst',
        'Deze afspraak is gewijzigd.\n\nNieuwe tijd: {date}, {time}\nOrganisator: {sender}\n\nAfspraak bekijken: {link}',
      ],
    ],
  },
}
