// Building blocks written for this set, from which in-house mails are composed: greeting, the
// family's sentence (several everyday words for "request" and "received" per language), next
// step, closing. Slots as in the hand-written texts.
import type { Lang } from '../types.ts'
import { BLOCKS_B } from './blocks-b.ts'
import type { Family } from './products.ts'

export interface Blocks {
  greet: readonly string[]
  main: Record<Family, readonly string[]>
  next: readonly string[]
  close: readonly string[]
}

export const BLOCKS_A: Record<'en' | 'de' | 'fr' | 'es', Blocks> = {
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
}

export const BLOCKS: Record<Lang, Blocks> = { ...BLOCKS_A, ...BLOCKS_B }
