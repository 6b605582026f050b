// Newsletters subscribed to long ago, and social / community notifications.
import type { LookTexts } from './types.ts'

export const NEWSLETTER: LookTexts = {
  en: [
    [
      'Last chance: 30% off ends tonight',
      'Hi {first}, our autumn sale closes at midnight. Shop now: {link}\nYou are receiving this because you subscribed at {brand}. Unsubscribe | Preferences',
    ],
    [
      'The {brand} Weekly #212: five reads for your Sunday',
      'This week: slow bread, fast bikes, and a letter from a reader. {link}\nManage your email preferences or unsubscribe here.',
    ],
    [
      'New arrivals picked for you',
      '{brand} | Winter coats are in. See what is new. {link}\nUnsubscribe from these emails',
    ],
  ],
  de: [
    [
      'Nur noch heute: 20 % auf alles',
      'Hallo {first}, unser Herbstsale endet heute um Mitternacht. Jetzt shoppen: {link}\nNewsletter abbestellen | Einstellungen',
    ],
    [
      '{brand} Wochenrückblick',
      'Die Themen der Woche im Überblick. {link}\nSie erhalten diese E-Mail, weil Sie sich für den Newsletter angemeldet haben. Abmelden',
    ],
    ['Neu im Sortiment 🍂', 'Frische Ideen für die kalte Jahreszeit bei {brand}. {link}\nAbmelden'],
  ],
  fr: [
    [
      'Dernier jour : -25 % sur tout le site',
      'Bonjour {first}, profitez de nos prix jusqu’à minuit. {link}\nSe désinscrire | Gérer mes préférences',
    ],
    [
      'La lettre {brand} – novembre',
      'Au sommaire : nos coups de cœur du mois. {link}\nVous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désabonner',
    ],
    ['Nouveautés de la semaine', 'Découvrez les nouveautés {brand}. {link}\nDésinscription'],
  ],
  es: [
    [
      'Último día: 20 % de descuento',
      'Hola {first}, las ofertas de {brand} terminan esta noche. {link}\nDarse de baja | Preferencias',
    ],
    [
      'Boletín {brand} nº 88',
      'Las noticias de la semana, en cinco minutos. {link}\nRecibes este correo porque te suscribiste. Cancelar suscripción',
    ],
    ['Novedades que te van a gustar', 'Nueva colección en {brand}. {link}\nDarse de baja'],
  ],
  pt: [
    [
      'Último dia de descontos!',
      'Olá {first}, a campanha {brand} termina hoje à meia-noite. {link}\nCancelar subscrição | Preferências',
    ],
    [
      'Newsletter {brand} – edição de novembro',
      'Oi {first}, confira as novidades do mês. {link}\nVocê recebe este e-mail porque se inscreveu. Descadastrar',
    ],
    ['Acabou de chegar', 'Novidades {brand} para esta semana. {link}\nCancelar inscrição'],
  ],
  it: [
    [
      'Ultime ore: sconto del 30%',
      'Ciao {first}, i saldi {brand} finiscono stanotte. {link}\nAnnulla iscrizione | Preferenze',
    ],
    [
      'La newsletter di {brand}',
      'Le notizie della settimana. {link}\nRicevi questa email perché sei iscritto. Disiscriviti',
    ],
    ['Nuovi arrivi', 'Scopri le novità {brand}. {link}\nCancellati'],
  ],
  nl: [
    [
      'Laatste kans: 25% korting',
      'Hoi {first}, de actie van {brand} stopt vannacht. {link}\nAfmelden | Voorkeuren',
    ],
    [
      '{brand} nieuwsbrief week 46',
      'Het nieuws van de week op een rij. {link}\nJe ontvangt deze mail omdat je bent ingeschreven. Uitschrijven',
    ],
    ['Nieuw binnen', 'Bekijk de nieuwe collectie van {brand}. {link}\nAfmelden'],
  ],
}

export const SOCIAL: LookTexts = {
  en: [
    [
      '{other} started following you',
      '{other} is now following you on {brand}. See their profile: {link}',
    ],
    [
      'New comment on your post',
      '{other}: "Great photo, where was this?" Reply: {link}\nTurn off these notifications in settings.',
    ],
    [
      'You are invited: Board game night',
      '{other} invited you to an event on {day} at {time}. Going? {link}',
    ],
  ],
  de: [
    ['{other} folgt dir jetzt', '{other} folgt dir jetzt auf {brand}. {link}'],
    [
      '{other} hat dich in einem Beitrag erwähnt',
      '„@{first} schau mal!“ – Antworten: {link}\nBenachrichtigungen verwalten',
    ],
    [
      'Einladung: Vereinsgrillen',
      '{other} hat dich zu einer Veranstaltung am {day} eingeladen. {link}',
    ],
  ],
  fr: [
    ['{other} vous suit désormais', '{other} s’est abonné(e) à votre profil {brand}. {link}'],
    ['Nouveau message de {other}', '« Tu viens samedi ? » Répondre : {link}'],
    ['Invitation : apéro du quartier', '{other} vous invite le {day} à {time}. {link}'],
  ],
  es: [
    ['{other} ha empezado a seguirte', '{other} te sigue en {brand}. {link}'],
    [
      '{other} comentó tu publicación',
      '«¡Qué bonito!» Responder: {link}\nGestionar notificaciones',
    ],
    ['Invitación: cena del grupo', '{other} te ha invitado a un evento el {day}. {link}'],
  ],
  pt: [
    ['{other} começou a seguir você', '{other} agora segue você no {brand}. {link}'],
    ['Nova mensagem de {other}', '"Vens ao jantar?" Responder: {link}'],
    ['Convite: corrida de domingo', '{other} convidou-te para um evento a {day}. {link}'],
  ],
  it: [
    ['{other} ha iniziato a seguirti', '{other} ti segue su {brand}. {link}'],
    ['{other} ti ha menzionato', '«@{first} guarda qui» Rispondi: {link}'],
    ['Invito: cena di classe', '{other} ti ha invitato a un evento il {day}. {link}'],
  ],
  nl: [
    ['{other} volgt je nu', '{other} volgt je nu op {brand}. {link}'],
    ['Nieuwe reactie op je bericht', '{other}: "Mooi gedaan!" Reageren: {link}'],
    ['Uitnodiging: buurtborrel', '{other} nodigt je uit op {day} om {time}. {link}'],
  ],
}
