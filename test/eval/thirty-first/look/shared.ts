// Class 6: shared-document and calendar notifications (a file shared, an invitation, a meeting
// moved). Slots {friend} {brand} {link} {date} {time}.
import type { Lang } from '../../types.ts'

export const SHARED: Record<Lang, readonly string[]> = {
  en: [
    '{friend} shared "Budget 2027 draft" with you|{friend} has invited you to edit a spreadsheet. Open: {link}',
    'Invitation: Quarterly review @ {date} {time}|{friend} has invited you. Join with the video link: {link}\nYes · No · Maybe',
    'Updated invitation: Design sync moved to {time}|The organiser changed the time of this event to {date} {time}.',
  ],
  de: [
    '{friend} hat „Budget 2027 Entwurf“ mit Ihnen geteilt|{friend} hat Sie zum Bearbeiten einer Tabelle eingeladen. Öffnen: {link}',
    'Einladung: Quartalsbesprechung am {date} um {time}|{friend} hat Sie eingeladen. Videolink: {link}\nJa · Nein · Vielleicht',
    'Aktualisierte Einladung: Abstimmung auf {time} verschoben|Der Termin wurde auf {date}, {time} verlegt.',
  ],
  fr: [
    '{friend} a partagé « Budget 2027 brouillon » avec vous|{friend} vous invite à modifier un tableur. Ouvrir : {link}',
    'Invitation : point trimestriel le {date} à {time}|{friend} vous a invité. Lien visio : {link}\nOui · Non · Peut-être',
    'Invitation mise à jour : réunion déplacée à {time}|L’organisateur a déplacé l’événement au {date}, {time}.',
  ],
  es: [
    '{friend} ha compartido «Presupuesto 2027 borrador» contigo|{friend} te invita a editar una hoja de cálculo. Abrir: {link}',
    'Invitación: revisión trimestral el {date} a las {time}|{friend} te ha invitado. Enlace de vídeo: {link}\nSí · No · Quizás',
    'Invitación actualizada: reunión movida a las {time}|El organizador cambió el evento al {date}, {time}.',
  ],
  pt: [
    '{friend} compartilhou "Orçamento 2027 rascunho" com você|{friend} convidou você para editar uma planilha. Abrir: {link}',
    'Convite: revisão trimestral em {date} às {time}|{friend} convidou-o. Link da videochamada: {link}\nSim · Não · Talvez',
    'Convite atualizado: reunião passou para {time}|O organizador alterou o evento para {date}, {time}.',
  ],
  it: [
    '{friend} ha condiviso "Budget 2027 bozza" con te|{friend} ti ha invitato a modificare un foglio. Apri: {link}',
    'Invito: revisione trimestrale il {date} alle {time}|{friend} ti ha invitato. Link video: {link}\nSì · No · Forse',
    'Invito aggiornato: riunione spostata alle {time}|L’organizzatore ha spostato l’evento al {date}, {time}.',
  ],
  nl: [
    '{friend} heeft "Begroting 2027 concept" met je gedeeld|{friend} nodigt je uit om een spreadsheet te bewerken. Openen: {link}',
    'Uitnodiging: kwartaaloverleg op {date} om {time}|{friend} heeft je uitgenodigd. Videolink: {link}\nJa · Nee · Misschien',
    'Bijgewerkte uitnodiging: overleg verplaatst naar {time}|De organisator verplaatste het naar {date}, {time}.',
  ],
}
