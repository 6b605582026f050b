// Look-alike texts of one class (shared), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const SHARED: LookTexts = {
  en: [
    [
      '{name} shared “Budget 2027.xlsx” with you',
      '{name} has invited you to edit a spreadsheet on {brand}.\nOpen: {link}',
    ],
    [
      'Invitation: Project sync @ {date} {time}',
      '{name} has invited you to a meeting.\nWhen: {date} {time}\nJoin: {link}\nYes / Maybe / No',
    ],
    [
      'Updated invitation: Team lunch moved to Thursday',
      'The event organiser changed the time of this event. New time: Thursday {time}.',
    ],
  ],
  de: [
    [
      '{name} hat „Haushaltsplan 2027.xlsx“ mit Ihnen geteilt',
      '{name} lädt Sie ein, eine Tabelle auf {brand} zu bearbeiten.\nÖffnen: {link}',
    ],
    [
      'Einladung: Projektabstimmung am {date} um {time}',
      '{name} hat Sie zu einem Termin eingeladen.\nBeitreten: {link}\nJa / Vielleicht / Nein',
    ],
    [
      'Aktualisierte Einladung: Teamessen auf Donnerstag verschoben',
      'Der Organisator hat die Uhrzeit geändert. Neu: Donnerstag, {time}.',
    ],
  ],
  fr: [
    [
      '{name} a partagé « Budget 2027.xlsx » avec vous',
      '{name} vous invite à modifier un tableur sur {brand}.\nOuvrir : {link}',
    ],
    [
      'Invitation : point projet le {date} à {time}',
      '{name} vous invite à une réunion.\nRejoindre : {link}\nOui / Peut-être / Non',
    ],
    [
      'Invitation modifiée : déjeuner d’équipe déplacé à jeudi',
      'L’organisateur a changé l’heure. Nouvelle heure : jeudi {time}.',
    ],
  ],
  es: [
    [
      '{name} ha compartido «Presupuesto 2027.xlsx» contigo',
      '{name} te invita a editar una hoja de cálculo en {brand}.\nAbrir: {link}',
    ],
    [
      'Invitación: reunión de proyecto el {date} a las {time}',
      '{name} te ha invitado a una reunión.\nUnirse: {link}\nSí / Quizás / No',
    ],
    [
      'Invitación actualizada: la comida de equipo pasa al jueves',
      'El organizador ha cambiado la hora. Nueva hora: jueves {time}.',
    ],
  ],
  pt: [
    [
      '{name} partilhou "Orçamento 2027.xlsx" consigo',
      '{name} convidou-o a editar uma folha de cálculo no {brand}.\nAbrir: {link}',
    ],
    [
      'Convite: reunião de projeto em {date} às {time}',
      '{name} convidou você para uma reunião.\nEntrar: {link}\nSim / Talvez / Não',
    ],
    [
      'Convite atualizado: almoço da equipe mudou para quinta',
      'O organizador mudou o horário. Novo horário: quinta {time}.',
    ],
  ],
  it: [
    [
      '{name} ha condiviso «Budget 2027.xlsx» con te',
      '{name} ti invita a modificare un foglio su {brand}.\nApri: {link}',
    ],
    [
      'Invito: riunione di progetto il {date} alle {time}',
      '{name} ti ha invitato a una riunione.\nPartecipa: {link}\nSì / Forse / No',
    ],
    [
      'Invito aggiornato: pranzo di team spostato a giovedì',
      'L’organizzatore ha cambiato orario. Nuovo orario: giovedì {time}.',
    ],
  ],
  nl: [
    [
      '{name} heeft "Begroting 2027.xlsx" met je gedeeld',
      '{name} nodigt je uit een spreadsheet te bewerken op {brand}.\nOpenen: {link}',
    ],
    [
      'Uitnodiging: projectoverleg {date} om {time}',
      '{name} heeft je uitgenodigd voor een vergadering.\nDeelnemen: {link}\nJa / Misschien / Nee',
    ],
    [
      'Bijgewerkte uitnodiging: teamlunch verplaatst naar donderdag',
      'De organisator heeft de tijd aangepast. Nieuwe tijd: donderdag {time}.',
    ],
  ],
}
