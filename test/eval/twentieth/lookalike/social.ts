// 2. Social and community notifications: a new follower, a message, a mention, a comment, an
// event invitation.
import type { LookClass } from './types.ts'

export const SOCIAL: LookClass = {
  name: 'social',
  label: 'ham',
  sender: 'brand',
  brands: ['{Stem}', '{Stem} Social', '{Stem} Community', '{Stem} Club'],
  locals: ['notifications', 'notify', 'no-reply'],
  texts: {
    en: [
      [
        '{sender} started following you',
        'Hi {name},\n\n{sender} ({count} mutual connections) is now following you on {brand}.\n\nSee profile: {link}\n\nTurn off these emails: https://{domain}/settings/notifications',
      ],
      [
        'New message from {sender}',
        '{sender} sent you a message:\n\n"Are you still coming on Saturday? We could meet at the station."\n\nReply on {brand}: {link}',
      ],
      [
        '{sender} mentioned you in a comment',
        '{sender} mentioned you in "Weekend hike – who\'s in?":\n\n"@{name} you know the trail, any tips?"\n\nView the conversation: {link}\n\nYou\'re getting this because you\'re a member of the group. Notification settings: https://{domain}/settings',
      ],
    ],
    de: [
      [
        '{sender} folgt dir jetzt',
        'Hallo {name},\n\n{sender} folgt dir jetzt auf {brand}.\n\nProfil ansehen: {link}\n\nBenachrichtigungen verwalten: https://{domain}/einstellungen',
      ],
      [
        'Einladung: Spieleabend am {date}',
        '{sender} hat dich zu „Spieleabend bei Katrin“ eingeladen.\n\nWann: {date}, {time}\nWo: Lindenstraße 12\n\nZusagen oder absagen: {link}',
      ],
      [
        '{sender} hat deinen Beitrag kommentiert',
        '{sender} schrieb: „Tolle Fotos! Wo war das?“\n\nAntworten: {link}\n\nDu erhältst diese E-Mail, weil du Kommentar-Benachrichtigungen aktiviert hast.',
      ],
    ],
    fr: [
      [
        'Nouveau message de {sender}',
        '{sender} vous a envoyé un message :\n\n« Tu es toujours partant pour samedi ? »\n\nRépondre sur {brand} : {link}',
      ],
      [
        '{sender} vous a mentionné',
        '{sender} vous a mentionné dans une publication du groupe « Jardin partagé » :\n\n« @{name} tu peux apporter les outils ? »\n\nVoir la publication : {link}\n\nGérer les notifications : https://{domain}/parametres',
      ],
      [
        "{sender} s'est abonné à votre profil",
        'Bonjour {name}, {sender} vous suit désormais sur {brand}. Voir son profil : {link}',
      ],
    ],
    es: [
      [
        '{sender} te ha invitado a un evento',
        'Hola {name}:\n\n{sender} te invita a «Cena de antiguos alumnos».\n\nCuándo: {date}, {time}\n\n¿Vas a ir? Responde aquí: {link}',
      ],
      [
        '{sender} comentó tu publicación',
        '{sender}: «¡Qué buena pinta! Pásame la receta.»\n\nVer comentario: {link}\n\nPuedes cambiar qué avisos recibes en https://{domain}/ajustes',
      ],
      ['Tienes un nuevo seguidor', '{sender} ha empezado a seguirte en {brand}.\n{link}'],
    ],
    pt: [
      [
        'Nova mensagem de {sender}',
        '{sender} enviou-lhe uma mensagem:\n\n"Ainda tens o livro que te emprestei?"\n\nResponder: {link}',
      ],
      [
        '{sender} comentou a sua foto',
        'Olá {name},\n\n{sender} comentou: "Que vista incrível!"\n\nVer comentário: {link}\n\nGerir notificações: https://{domain}/definicoes',
      ],
      [
        'Convite: {sender} convidou-o para um evento',
        'Jantar de aniversário de {sender}\n{date} às {time}\n\nConfirmar presença: {link}',
      ],
    ],
    it: [
      [
        '{sender} ha iniziato a seguirti',
        'Ciao {name}, {sender} ora ti segue su {brand}.\nVedi il profilo: {link}',
      ],
      [
        '{sender} ti ha menzionato',
        '{sender} ti ha menzionato in un commento:\n\n"@{name} ci vieni anche tu domenica?"\n\nRispondi: {link}\n\nImpostazioni notifiche: https://{domain}/impostazioni',
      ],
      [
        'Invito: cena di classe, {date}',
        '{sender} ti ha invitato all\'evento "Cena di classe".\n\nQuando: {date} alle {time}\n\nPartecipi? {link}',
      ],
    ],
    nl: [
      [
        '{sender} heeft op je bericht gereageerd',
        '{sender} schreef: "Wat een mooie foto\'s! Waar is dit?"\n\nReageer: {link}',
      ],
      [
        'Nieuw bericht van {sender}',
        'Hoi {name},\n\n{sender} heeft je een bericht gestuurd:\n\n"Zullen we zaterdag samen gaan?"\n\nBeantwoorden via {brand}: {link}\n\nMeldingen beheren: https://{domain}/instellingen',
      ],
      [
        'Uitnodiging: buurtborrel op {date}',
        '{sender} nodigt je uit voor de buurtborrel.\nWanneer: {date}, {time}\n\nLaat weten of je komt: {link}',
      ],
    ],
  },
}
