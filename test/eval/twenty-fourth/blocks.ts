// Building blocks written for this set, from which in-house mails are composed: greeting, the
// family's sentence (several everyday words for "request" and "received" per language), next
// step, closing. Slots as in the hand-written texts.
import type { Lang } from '../types.ts'
import type { Family } from './products.ts'

export interface Blocks {
  greet: readonly string[]
  main: Record<Family, readonly string[]>
  next: readonly string[]
  close: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hello,', 'Hi {payload},', 'Dear customer,', 'Good day,'],
    main: {
      helpdesk: [
        'Your message is with us.',
        'We have logged your enquiry as {ref}.',
        'Your request came through and is in our queue.',
        'Our front desk has your note.',
      ],
      verification: [
        'Please confirm this address to open your account: {link}',
        'Activate your new login here: {link}',
      ],
      subscription: [
        'Confirm that you want our updates: {link}',
        'Tap to start receiving our letter: {link}',
      ],
      reset: [
        'Set a new password with this link: {link}',
        'Here is the link to change your password: {link}',
      ],
    },
    next: [
      'Someone will reply within two working days.',
      'No need to do anything else.',
      'If this was not you, ignore this mail.',
      'Our hours: Mon–Fri 9–17.',
    ],
    close: [
      'Best wishes,\n{company}',
      'Thanks,\nTeam {company}',
      '{company}',
      'Warm regards from all of us at {company}',
    ],
  },
  de: {
    greet: ['Hallo,', 'Guten Tag {payload},', 'Liebe Kundin, lieber Kunde,', 'Moin,'],
    main: {
      helpdesk: [
        'Ihre Nachricht liegt uns vor.',
        'Wir haben Ihr Anliegen unter {ref} erfasst.',
        'Ihre Anfrage ist bei uns eingegangen und eingereiht.',
        'Unser Empfang hat Ihre Zeilen erhalten.',
      ],
      verification: [
        'Bitte bestätigen Sie diese Adresse, um Ihr Konto zu eröffnen: {link}',
        'Schalten Sie Ihren Zugang hier frei: {link}',
      ],
      subscription: [
        'Bestätigen Sie, dass Sie unsere Neuigkeiten möchten: {link}',
        'Ein Klick, und der Newsletter kommt: {link}',
      ],
      reset: [
        'Mit diesem Link vergeben Sie ein neues Passwort: {link}',
        'Hier können Sie Ihr Passwort ändern: {link}',
      ],
    },
    next: [
      'Wir antworten innerhalb von zwei Werktagen.',
      'Sie müssen nichts weiter tun.',
      'Waren Sie das nicht, ignorieren Sie diese Mail.',
      'Erreichbar: Mo–Fr 8–16 Uhr.',
    ],
    close: [
      'Viele Grüße\n{company}',
      'Danke!\nIhr Team {company}',
      '{company}',
      'Herzliche Grüße aus dem Büro von {company}',
    ],
  },
  fr: {
    greet: ['Bonjour,', 'Bonjour {payload},', 'Chère cliente, cher client,', 'Salut,'],
    main: {
      helpdesk: [
        'Votre message nous est bien parvenu.',
        'Votre demande est enregistrée sous le n° {ref}.',
        'Votre requête est arrivée et attend son tour.',
        'Notre accueil a reçu votre mot.',
      ],
      verification: [
        'Confirmez cette adresse pour ouvrir votre compte : {link}',
        'Activez votre accès ici : {link}',
      ],
      subscription: [
        'Confirmez que vous souhaitez nos actualités : {link}',
        'Un clic pour recevoir notre lettre : {link}',
      ],
      reset: [
        'Définissez un nouveau mot de passe avec ce lien : {link}',
        'Voici le lien pour changer votre mot de passe : {link}',
      ],
    },
    next: [
      'Nous répondons sous deux jours ouvrés.',
      'Vous n’avez rien d’autre à faire.',
      'Si ce n’était pas vous, ignorez ce message.',
      'Horaires : lun.–ven. 9h–17h.',
    ],
    close: [
      'Bien à vous,\n{company}',
      'Merci,\nL’équipe {company}',
      '{company}',
      'Belle journée de la part de {company}',
    ],
  },
  es: {
    greet: ['Hola:', 'Hola, {payload}:', 'Estimado cliente:', 'Buenas,'],
    main: {
      helpdesk: [
        'Tenemos tu mensaje.',
        'Hemos anotado tu consulta con el número {ref}.',
        'Tu petición nos ha llegado y está en cola.',
        'Recepción ya tiene tu solicitud.',
      ],
      verification: [
        'Confirma esta dirección para abrir tu cuenta: {link}',
        'Activa tu acceso aquí: {link}',
      ],
      subscription: [
        'Confirma que quieres nuestras novedades: {link}',
        'Un clic para empezar a recibir el boletín: {link}',
      ],
      reset: [
        'Pon una contraseña nueva con este enlace: {link}',
        'Aquí tienes el enlace para cambiar la contraseña: {link}',
      ],
    },
    next: [
      'Respondemos en dos días laborables.',
      'No tienes que hacer nada más.',
      'Si no has sido tú, ignora este correo.',
      'Horario: L–V 9–18 h.',
    ],
    close: [
      'Saludos,\n{company}',
      'Gracias,\nEquipo {company}',
      '{company}',
      'Un abrazo de todo el equipo de {company}',
    ],
  },
  pt: {
    greet: ['Olá,', 'Olá {payload},', 'Caro cliente,', 'Oi,'],
    main: {
      helpdesk: [
        'A sua mensagem já está connosco.',
        'Registámos o seu contacto com o n.º {ref}.',
        'Sua solicitação chegou e entrou na fila de atendimento.',
        'O nosso balcão recebeu o seu pedido.',
      ],
      verification: [
        'Confirme este endereço para abrir a sua conta: {link}',
        'Ative seu acesso aqui: {link}',
      ],
      subscription: [
        'Confirme que quer as nossas novidades: {link}',
        'Um clique para começar a receber a newsletter: {link}',
      ],
      reset: [
        'Defina uma nova senha com este link: {link}',
        'Aqui está a ligação para mudar a palavra-passe: {link}',
      ],
    },
    next: [
      'Respondemos em dois dias úteis.',
      'Não precisa fazer mais nada.',
      'Se não foi você, ignore este e-mail.',
      'Horário: seg.–sex. 9h–18h.',
    ],
    close: [
      'Cumprimentos,\n{company}',
      'Obrigado,\nEquipe {company}',
      '{company}',
      'Um abraço de toda a equipa {company}',
    ],
  },
  it: {
    greet: ['Salve,', 'Ciao {payload},', 'Gentile cliente,', 'Buongiorno,'],
    main: {
      helpdesk: [
        'Abbiamo il tuo messaggio.',
        'La sua richiesta è registrata con il n. {ref}.',
        'La tua segnalazione è arrivata ed è in coda.',
        'La reception ha ricevuto il suo messaggio.',
      ],
      verification: [
        'Conferma questo indirizzo per aprire il tuo account: {link}',
        'Attiva il tuo accesso qui: {link}',
      ],
      subscription: [
        'Conferma che vuoi le nostre novità: {link}',
        'Un clic per ricevere la newsletter: {link}',
      ],
      reset: [
        'Imposta una nuova password con questo link: {link}',
        'Ecco il link per cambiare la password: {link}',
      ],
    },
    next: [
      'Rispondiamo entro due giorni lavorativi.',
      'Non devi fare altro.',
      'Se non sei stato tu, ignora questa email.',
      'Orari: lun–ven 9–18.',
    ],
    close: [
      'Saluti,\n{company}',
      'Grazie,\nIl team {company}',
      '{company}',
      'Un caro saluto da tutto lo staff di {company}',
    ],
  },
  nl: {
    greet: ['Hallo,', 'Beste {payload},', 'Beste klant,', 'Hoi,'],
    main: {
      helpdesk: [
        'We hebben je bericht.',
        'Uw vraag staat bij ons genoteerd onder {ref}.',
        'Je verzoek is binnengekomen en staat in de wachtrij.',
        'Onze receptie heeft uw aanvraag ontvangen.',
      ],
      verification: [
        'Bevestig dit adres om je account te openen: {link}',
        'Activeer je toegang hier: {link}',
      ],
      subscription: [
        'Bevestig dat je onze updates wilt: {link}',
        'Eén klik en de nieuwsbrief komt eraan: {link}',
      ],
      reset: [
        'Kies een nieuw wachtwoord via deze link: {link}',
        'Hier is de link om je wachtwoord te wijzigen: {link}',
      ],
    },
    next: [
      'We reageren binnen twee werkdagen.',
      'Je hoeft verder niets te doen.',
      'Was jij dit niet? Negeer deze mail.',
      'Bereikbaar: ma–vr 9–17 uur.',
    ],
    close: [
      'Groet,\n{company}',
      'Bedankt,\nTeam {company}',
      '{company}',
      'Hartelijke groet van iedereen bij {company}',
    ],
  },
}

/** Subjects that do not say "received": form title, name alone, payload, "Your message to". */
export const SUBJECT_BITS: Record<
  Lang,
  { forms: readonly string[]; yourMessage: string; followUp: readonly string[] }
> = {
  en: {
    forms: ['Contact form', 'Book a callback', 'Ask the pharmacist', 'Group booking request'],
    yourMessage: 'Your message to {company}',
    followUp: ['Update on your enquiry {ref}', 'Reminder: please confirm your address'],
  },
  de: {
    forms: ['Kontaktformular', 'Rückrufwunsch', 'Terminanfrage', 'Bürgeranliegen'],
    yourMessage: 'Ihre Nachricht an {company}',
    followUp: ['Neuigkeiten zu Vorgang {ref}', 'Erinnerung: Bitte bestätigen Sie Ihre Adresse'],
  },
  fr: {
    forms: [
      'Formulaire de contact',
      'Demande de rappel',
      'Prise de rendez-vous',
      'Signalement en mairie',
    ],
    yourMessage: 'Votre message à {company}',
    followUp: ['Suivi de votre dossier {ref}', 'Rappel : confirmez votre adresse'],
  },
  es: {
    forms: ['Formulario de contacto', 'Solicitud de cita', 'Te llamamos', 'Buzón ciudadano'],
    yourMessage: 'Tu mensaje a {company}',
    followUp: ['Novedades sobre su consulta {ref}', 'Recordatorio: confirma tu correo'],
  },
  pt: {
    forms: [
      'Formulário de contacto',
      'Pedido de marcação',
      'Fale conosco',
      'Livro de reclamações online',
    ],
    yourMessage: 'A sua mensagem para {company}',
    followUp: ['Atualização do processo {ref}', 'Lembrete: confirme o seu e-mail'],
  },
  it: {
    forms: [
      'Modulo di contatto',
      'Richiesta di appuntamento',
      'Ti richiamiamo noi',
      'Segnalazioni al Comune',
    ],
    yourMessage: 'Il tuo messaggio a {company}',
    followUp: ['Aggiornamento sulla pratica {ref}', 'Promemoria: conferma il tuo indirizzo'],
  },
  nl: {
    forms: ['Contactformulier', 'Terugbelverzoek', 'Afspraak maken', 'Melding openbare ruimte'],
    yourMessage: 'Je bericht aan {company}',
    followUp: ['Update over dossier {ref}', 'Herinnering: bevestig je e-mailadres'],
  },
}

export const AGENTS: Record<Lang, readonly string[]> = {
  en: ['Priya', 'Callum', 'Rosie Baird'],
  de: ['Schüler', 'Brandt', 'Okonkwo'],
  fr: ['Nadia', 'Yann Le Bihan', 'Solène'],
  es: ['Nerea', 'Íñigo', 'Rocío Vidal'],
  pt: ['Inês', 'Joana Prates', 'Raquel'],
  it: ['Chiara', 'Sara Lodi', 'Martina'],
  nl: ['Fleur', 'Daan Visser', 'Noor'],
}
