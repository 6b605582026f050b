// Look-alike texts of one class (social), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const SOCIAL: LookTexts = {
  en: [
    [
      '{name} started following you',
      '{name} is now following you on {brand}. See their profile: {link}\n\nTurn off these notifications in settings.',
    ],
    [
      '{name} mentioned you in a comment',
      '“@{first} you have to see this!” — reply on {brand}: {link}',
    ],
    [
      'You’re invited: Saturday quiz night',
      '{name} invited you to an event in the {brand} group “Allotment neighbours”. Going? {link}',
    ],
  ],
  de: [
    [
      '{name} folgt dir jetzt',
      '{name} folgt dir jetzt auf {brand}. Profil ansehen: {link}\n\nBenachrichtigungen in den Einstellungen ändern.',
    ],
    [
      '{name} hat dich in einem Kommentar erwähnt',
      '„@{first} schau mal, das ist doch was für dich!“ – Antworten auf {brand}: {link}',
    ],
    [
      'Einladung: Spieleabend am Samstag',
      '{name} hat dich zu einer Veranstaltung der Gruppe „Nachbarschaft Südstadt“ auf {brand} eingeladen. Dabei? {link}',
    ],
  ],
  fr: [
    [
      '{name} vous suit désormais',
      '{name} s’est abonné(e) à votre profil sur {brand}. Voir : {link}\n\nGérer les notifications dans vos paramètres.',
    ],
    ['{name} vous a mentionné(e)', '« @{first} regarde ça ! » — répondre sur {brand} : {link}'],
    [
      'Invitation : soirée jeux samedi',
      '{name} vous invite à un événement du groupe « Voisins du quartier » sur {brand}. Vous venez ? {link}',
    ],
  ],
  es: [
    [
      '{name} ha empezado a seguirte',
      '{name} te sigue ahora en {brand}. Ver perfil: {link}\n\nDesactiva estos avisos en ajustes.',
    ],
    [
      '{name} te ha mencionado en un comentario',
      '«@{first} ¡mira esto!» — responder en {brand}: {link}',
    ],
    [
      'Te han invitado: quedada del sábado',
      '{name} te invita a un evento del grupo «Vecinos del barrio» en {brand}. ¿Vienes? {link}',
    ],
  ],
  pt: [
    [
      '{name} começou a seguir-te',
      '{name} segue-te agora no {brand}. Ver perfil: {link}\n\nDesliga estas notificações nas definições.',
    ],
    [
      '{name} mencionou você em um comentário',
      '"@{first} olha isso!" — responder no {brand}: {link}',
    ],
    [
      'Convite: noite de jogos no sábado',
      '{name} convidou você para um evento do grupo "Vizinhos do bairro" no {brand}. Vai? {link}',
    ],
  ],
  it: [
    [
      '{name} ha iniziato a seguirti',
      '{name} ora ti segue su {brand}. Vedi profilo: {link}\n\nGestisci le notifiche nelle impostazioni.',
    ],
    [
      '{name} ti ha menzionato in un commento',
      '«@{first} guarda qui!» — rispondi su {brand}: {link}',
    ],
    [
      'Sei invitato: serata giochi sabato',
      '{name} ti ha invitato a un evento del gruppo «Vicini di quartiere» su {brand}. Partecipi? {link}',
    ],
  ],
  nl: [
    [
      '{name} volgt je nu',
      '{name} volgt je nu op {brand}. Bekijk profiel: {link}\n\nMeldingen beheer je in je instellingen.',
    ],
    ['{name} heeft je genoemd in een reactie', '"@{first} kijk nou!" — reageer op {brand}: {link}'],
    [
      'Uitnodiging: spelletjesavond zaterdag',
      '{name} nodigt je uit voor een activiteit van de groep "Buren Oost" op {brand}. Kom je? {link}',
    ],
  ],
}
