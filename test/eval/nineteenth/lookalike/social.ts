// Newsletters the person subscribed to long ago, social and forum notifications, and survey /
// event mail, written for this set: unsubscribe footers, tokens, "confirm"/"verify" wording.
import type { LookClass } from './types.ts'

export const NEWSLETTER: LookClass = {
  name: 'newsletter',
  label: 'ham',
  locals: ['newsletter', 'hello', 'news'],
  texts: {
    en: [
      [
        '{brand} Weekly #{order}: reserve your seat for the meetup',
        'This week: our autumn meetup is open - confirm your seat before Friday, and bring an ID, we verify your details at the door. Also new: subscribe to our podcast.\n\nManage preferences: {link}\nUnsubscribe: {link}',
      ],
    ],
    de: [
      [
        '{brand} Wochenpost: Platz für das Treffen sichern',
        'Diese Woche: Sichere dir deinen Platz beim Herbsttreffen und bring deinen Ausweis mit, wir prüfen deine Angaben am Einlass. Neu: unser Podcast zum Abonnieren.\n\nEinstellungen verwalten: {link}\nAbmelden: {link}',
      ],
    ],
    fr: [
      [
        'La lettre {brand} : réservez votre place',
        'Au programme : réservez votre place pour la rencontre d’automne, vos informations seront vérifiées à l’entrée. Et abonnez-vous à notre podcast !\n\nGérer mes préférences : {link}\nSe désabonner : {link}',
      ],
    ],
    es: [
      [
        'Boletín {brand}: confirma tu plaza',
        'Esta semana: confirma tu plaza para el encuentro de otoño; comprobaremos tus datos en la entrada. Novedad: suscríbete a nuestro pódcast.\n\nGestionar preferencias: {link}\nDarse de baja: {link}',
      ],
    ],
    pt: [
      [
        'Newsletter {brand}: garanta o seu lugar',
        'Esta semana: confirme o seu lugar no encontro de outono; os seus dados serão verificados à entrada. Novo: subscreva o nosso podcast.\n\nGerir preferências: {link}\nCancelar subscrição: {link}',
      ],
    ],
    it: [
      [
        'Newsletter {brand}: prenota il tuo posto',
        'Questa settimana: conferma il tuo posto all’incontro d’autunno, verificheremo i tuoi dati all’ingresso. Novità: iscriviti al nostro podcast.\n\nGestisci preferenze: {link}\nDisiscriviti: {link}',
      ],
    ],
    nl: [
      [
        '{brand} nieuwsbrief: reserveer je plek',
        'Deze week: bevestig je plek voor de herfstmeetup, we controleren je gegevens bij de ingang. Nieuw: abonneer je op onze podcast.\n\nVoorkeuren beheren: {link}\nAfmelden: {link}',
      ],
    ],
  },
}

export const SOCIAL: LookClass = {
  name: 'social',
  label: 'ham',
  locals: ['notify', 'community', 'noreply'],
  texts: {
    en: [
      [
        '{contact} sent you a message',
        '{contact} wrote to you on {brand}: "Are you coming on Saturday?" Reply in the app.',
      ],
      [
        'Someone answered your question',
        'Your question on {brand} has a new answer from {contact}. See it: {link}',
      ],
    ],
    de: [
      [
        'Neue Nachricht von {contact}',
        '{contact} hat dir auf {brand} geschrieben: „Kommst du am Samstag?“',
      ],
      [
        'Dein Beitrag wurde 1.200 Mal gesehen',
        'Glückwunsch {first}! Dein Beitrag auf {brand} hat viele Leute erreicht.',
      ],
    ],
    fr: [
      [
        '{contact} vous a écrit',
        '{contact} vous a envoyé un message sur {brand} : « Tu viens samedi ? »',
      ],
    ],
    es: [
      [
        'Tienes un mensaje nuevo de {contact}',
        '{contact} te ha escrito en {brand}: «¿Vienes el sábado?»',
      ],
      [
        'Tu publicación ha llegado a 2.300 personas',
        '¡Enhorabuena, {first}! Mira las estadísticas: {link}',
      ],
    ],
    pt: [
      ['Nova mensagem de {contact}', '{contact} escreveu para você no {brand}: "Vens no sábado?"'],
    ],
    it: [
      [
        '{contact} ti ha scritto',
        '{contact} ti ha mandato un messaggio su {brand}: «Vieni sabato?»',
      ],
    ],
    nl: [
      [
        'Nieuw bericht van {contact}',
        '{contact} stuurde je een bericht op {brand}: "Kom je zaterdag?"',
      ],
    ],
  },
}

export const SURVEY: LookClass = {
  name: 'survey-event',
  label: 'ham',
  locals: ['feedback', 'events'],
  texts: {
    en: [
      [
        'How did we do, {first}?',
        'Your case with {brand} was closed last week. Rate us in one click: {link}',
      ],
      ['Reminder: webinar tomorrow at 15:00', 'You registered for "{item}". Join link: {link}'],
    ],
    de: [
      [
        'Wie zufrieden waren Sie?',
        'Ihr Anliegen bei {brand} wurde abgeschlossen. Bewerten Sie uns: {link}',
      ],
    ],
    fr: [
      [
        'Votre avis compte',
        'Votre demande auprès de {brand} est clôturée. Donnez-nous une note : {link}',
      ],
    ],
    es: [['¿Qué tal te atendimos?', 'Tu consulta con {brand} se cerró. Valóranos: {link}']],
    pt: [
      [
        'Como foi o nosso atendimento?',
        'O seu pedido na {brand} foi encerrado. Avalie-nos: {link}',
      ],
    ],
    it: [['Com’è andata?', 'La tua richiesta a {brand} è stata chiusa. Valutaci: {link}']],
    nl: [
      [
        'Hoe hebben we het gedaan?',
        'Je vraag bij {brand} is afgerond. Geef ons een cijfer: {link}',
      ],
    ],
  },
}
