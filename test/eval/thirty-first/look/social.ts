// Class 2: social and community notifications (follower, message, mention, comment, event
// invite). Slots {brand} {name} {friend} {link}.
import type { Lang } from '../../types.ts'

export const SOCIAL: Record<Lang, readonly string[]> = {
  en: [
    '{friend} started following you|Hi {name}, {friend} is now following you on {brand}. See their profile: {link}',
    'You were mentioned in "Allotment swaps"|{friend} mentioned you: "@{name} do you still have the rhubarb crowns?" Reply: {link}',
    'Invitation: Street party planning, Sat 3pm|{friend} invited you to an event on {brand}. Going · Maybe · Can’t go\n{link}',
  ],
  de: [
    '{friend} folgt dir jetzt|Hallo {name}, {friend} folgt dir jetzt auf {brand}. Profil ansehen: {link}',
    'Du wurdest in „Tauschbörse Garten“ erwähnt|{friend} hat dich erwähnt: „@{name} hast du noch Ableger?“ Antworten: {link}',
    'Neuer Kommentar zu deinem Beitrag|{friend} hat kommentiert: „Tolle Fotos vom Lauf!“ {link}',
  ],
  fr: [
    '{friend} vous suit désormais|Bonjour {name}, {friend} vous suit sur {brand}. Voir le profil : {link}',
    'Vous avez été mentionné dans « Troc de graines »|{friend} : « @{name} tu as encore des plants de tomates ? » Répondre : {link}',
    'Nouveau message de {friend}|{friend} vous a envoyé un message sur {brand}. Le lire : {link}',
  ],
  es: [
    '{friend} ha empezado a seguirte|Hola {name}, {friend} te sigue ahora en {brand}. Ver perfil: {link}',
    'Te han mencionado en «Huerto compartido»|{friend}: «@{name} ¿te quedan semillas de pimiento?» Responder: {link}',
    'Invitación: cena de antiguos alumnos|{friend} te ha invitado a un evento en {brand}. Asistiré · Quizás · No puedo\n{link}',
  ],
  pt: [
    '{friend} começou a seguir você|Oi {name}, {friend} agora segue você no {brand}. Ver perfil: {link}',
    'Mencionaram-te em "Troca de livros"|{friend}: "@{name} ainda tens o livro da Sophia?" Responder: {link}',
    'Novo comentário na sua foto|{friend} comentou: "Que vista linda!" {link}',
  ],
  it: [
    '{friend} ha iniziato a seguirti|Ciao {name}, {friend} ora ti segue su {brand}. Vedi profilo: {link}',
    'Sei stato menzionato in "Scambio semi"|{friend}: "@{name} hai ancora i semi di basilico?" Rispondi: {link}',
    'Invito: aperitivo di fine anno|{friend} ti ha invitato a un evento su {brand}. Partecipo · Forse · Non posso\n{link}',
  ],
  nl: [
    '{friend} volgt je nu|Hoi {name}, {friend} volgt je nu op {brand}. Bekijk profiel: {link}',
    'Je bent genoemd in "Zadenruil"|{friend}: "@{name} heb je nog stekjes over?" Reageer: {link}',
    'Nieuw bericht van {friend}|{friend} stuurde je een bericht op {brand}. Lees het: {link}',
  ],
}
