// Building blocks the composed in-house wordings are made of, written for this set: a subject
// per family, a greeting, the family sentence, a next step and a closing, per language.
import type { Lang } from '../types.ts'
import type { Family } from './types.ts'

export interface Blocks {
  subject: Record<Family, string[]>
  greet: string[]
  say: Record<Family, string[]>
  next: string[]
  close: string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    subject: {
      helpdesk: ['Request received: {payload}', '{company} support [{ref}]'],
      verification: ['Confirm your email for {company}', 'Finish signing up'],
      subscription: ['Confirm your {company} subscription', 'Please confirm'],
      reset: ['{company} password help', 'Your code is {code}'],
    },
    greet: ['Hi {greet},', 'Hello {greet},', 'Dear {greet},'],
    say: {
      helpdesk: [
        'We have logged your request "{payload}" as {ref}.',
        'Your message reached our support desk (reference {ref}).',
      ],
      verification: [
        'Your {company} account is ready once you confirm this address: {link}',
        'Please verify your email to use {company}: {link}',
      ],
      subscription: [
        'Confirm you want the {company} newsletter: {link}',
        'One click and you are on our list: {link}',
      ],
      reset: ['Set a new password with this link: {link}', 'Your one-time code is {code}.'],
    },
    next: ['Nothing else to do for now.', 'If this was not you, please ignore this email.'],
    close: [
      'Thanks, the {company} team',
      'Best wishes, {company}',
      '{company} · automated message',
    ],
  },
  de: {
    subject: {
      helpdesk: ['Anfrage erhalten: {payload}', '{company} Kundenservice [{ref}]'],
      verification: ['E-Mail-Adresse für {company} bestätigen', 'Registrierung abschließen'],
      subscription: ['Anmeldung bei {company} bestätigen', 'Bitte bestätigen'],
      reset: ['{company}: neues Passwort', 'Dein Code: {code}'],
    },
    greet: ['Hallo {greet},', 'Guten Tag {greet},', 'Liebe/r {greet},'],
    say: {
      helpdesk: [
        'Wir haben Ihre Anfrage „{payload}“ unter {ref} erfasst.',
        'Deine Nachricht ist bei unserem Support angekommen (Vorgang {ref}).',
      ],
      verification: [
        'Ihr {company}-Konto ist bereit, sobald Sie diese Adresse bestätigen: {link}',
        'Bitte bestätige deine E-Mail-Adresse: {link}',
      ],
      subscription: [
        'Bestätige, dass du den {company}-Newsletter möchtest: {link}',
        'Ein Klick, und Sie sind dabei: {link}',
      ],
      reset: ['Neues Passwort festlegen: {link}', 'Ihr Einmalcode lautet {code}.'],
    },
    next: ['Sie müssen sonst nichts tun.', 'Warst du das nicht? Dann ignoriere diese E-Mail.'],
    close: [
      'Viele Grüße, Ihr {company}-Team',
      'Danke! {company}',
      '{company} · automatische Nachricht',
    ],
  },
  fr: {
    subject: {
      helpdesk: ['Demande reçue : {payload}', 'Support {company} [{ref}]'],
      verification: ['Confirmez votre e-mail pour {company}', 'Finalisez votre inscription'],
      subscription: ['Confirmez votre abonnement {company}', 'Merci de confirmer'],
      reset: ['{company} : nouveau mot de passe', 'Votre code : {code}'],
    },
    greet: ['Bonjour {greet},', 'Cher client,', 'Salut {greet},'],
    say: {
      helpdesk: [
        'Votre demande « {payload} » est enregistrée sous le numéro {ref}.',
        'Votre message est bien arrivé à notre service client (dossier {ref}).',
      ],
      verification: [
        'Votre compte {company} sera actif dès que vous aurez confirmé cette adresse : {link}',
        'Vérifiez votre e-mail : {link}',
      ],
      subscription: [
        'Confirmez votre inscription à la lettre {company} : {link}',
        'Un clic et c’est fait : {link}',
      ],
      reset: [
        'Choisissez un nouveau mot de passe : {link}',
        'Votre code à usage unique est {code}.',
      ],
    },
    next: ['Vous n’avez rien d’autre à faire.', 'Si ce n’était pas vous, ignorez ce message.'],
    close: [
      'Cordialement, l’équipe {company}',
      'Merci ! {company}',
      '{company} · message automatique',
    ],
  },
  es: {
    subject: {
      helpdesk: ['Solicitud recibida: {payload}', 'Soporte {company} [{ref}]'],
      verification: ['Confirma tu correo en {company}', 'Completa tu registro'],
      subscription: ['Confirma tu suscripción a {company}', 'Confírmanos, por favor'],
      reset: ['{company}: nueva contraseña', 'Tu código: {code}'],
    },
    greet: ['Hola {greet}:', 'Estimado/a {greet}:', '¡Hola!'],
    say: {
      helpdesk: [
        'Hemos registrado tu solicitud «{payload}» con el número {ref}.',
        'Tu mensaje ha llegado a nuestro equipo de soporte (caso {ref}).',
      ],
      verification: [
        'Tu cuenta de {company} estará lista cuando confirmes este correo: {link}',
        'Verifica tu correo: {link}',
      ],
      subscription: [
        'Confirma que quieres recibir el boletín de {company}: {link}',
        'Un clic y listo: {link}',
      ],
      reset: ['Crea una contraseña nueva aquí: {link}', 'Tu código de un solo uso es {code}.'],
    },
    next: ['No tienes que hacer nada más.', 'Si no has sido tú, ignora este correo.'],
    close: [
      'Saludos, el equipo de {company}',
      '¡Gracias! {company}',
      '{company} · mensaje automático',
    ],
  },
  pt: {
    subject: {
      helpdesk: ['Pedido recebido: {payload}', 'Apoio {company} [{ref}]'],
      verification: ['Confirme o seu e-mail na {company}', 'Conclua o registo'],
      subscription: ['Confirme a subscrição da {company}', 'Confirme, por favor'],
      reset: ['{company}: nova senha', 'O seu código: {code}'],
    },
    greet: ['Olá {greet},', 'Caro(a) {greet},', 'Oi!'],
    say: {
      helpdesk: [
        'Registámos o seu pedido "{payload}" com o número {ref}.',
        'A sua mensagem chegou ao nosso apoio ao cliente (processo {ref}).',
      ],
      verification: [
        'A sua conta {company} fica ativa quando confirmar este endereço: {link}',
        'Verifique o seu e-mail: {link}',
      ],
      subscription: [
        'Confirme que quer receber a newsletter da {company}: {link}',
        'Um clique e pronto: {link}',
      ],
      reset: ['Crie uma nova senha aqui: {link}', 'O seu código de uso único é {code}.'],
    },
    next: ['Não precisa de fazer mais nada.', 'Se não foi você, ignore este e-mail.'],
    close: [
      'Cumprimentos, equipa {company}',
      'Obrigado! {company}',
      '{company} · mensagem automática',
    ],
  },
  it: {
    subject: {
      helpdesk: ['Richiesta ricevuta: {payload}', 'Assistenza {company} [{ref}]'],
      verification: ['Conferma la tua e-mail su {company}', 'Completa la registrazione'],
      subscription: ['Conferma l’iscrizione a {company}', 'Conferma, per favore'],
      reset: ['{company}: nuova password', 'Il tuo codice: {code}'],
    },
    greet: ['Ciao {greet},', 'Gentile {greet},', 'Buongiorno,'],
    say: {
      helpdesk: [
        'Abbiamo registrato la tua richiesta "{payload}" con il numero {ref}.',
        'Il tuo messaggio è arrivato alla nostra assistenza (pratica {ref}).',
      ],
      verification: [
        'Il tuo account {company} sarà attivo quando confermi questo indirizzo: {link}',
        'Verifica la tua e-mail: {link}',
      ],
      subscription: [
        'Conferma che vuoi ricevere la newsletter di {company}: {link}',
        'Un clic ed è fatta: {link}',
      ],
      reset: ['Scegli una nuova password qui: {link}', 'Il tuo codice monouso è {code}.'],
    },
    next: ['Non devi fare altro.', 'Se non sei stato tu, ignora questa e-mail.'],
    close: [
      'Cordiali saluti, il team {company}',
      'Grazie! {company}',
      '{company} · messaggio automatico',
    ],
  },
  nl: {
    subject: {
      helpdesk: ['Aanvraag ontvangen: {payload}', '{company} klantenservice [{ref}]'],
      verification: ['Bevestig je e-mail bij {company}', 'Rond je registratie af'],
      subscription: ['Bevestig je inschrijving bij {company}', 'Even bevestigen'],
      reset: ['{company}: nieuw wachtwoord', 'Je code: {code}'],
    },
    greet: ['Hoi {greet},', 'Beste {greet},', 'Goedendag,'],
    say: {
      helpdesk: [
        'We hebben je aanvraag "{payload}" geregistreerd onder {ref}.',
        'Je bericht is bij onze klantenservice aangekomen (zaak {ref}).',
      ],
      verification: [
        'Je {company}-account is klaar zodra je dit adres bevestigt: {link}',
        'Verifieer je e-mail: {link}',
      ],
      subscription: [
        'Bevestig dat je de nieuwsbrief van {company} wilt: {link}',
        'Eén klik en je bent erbij: {link}',
      ],
      reset: ['Kies hier een nieuw wachtwoord: {link}', 'Je eenmalige code is {code}.'],
    },
    next: ['Je hoeft verder niets te doen.', 'Was jij dit niet? Negeer deze e-mail dan.'],
    close: ['Groeten, team {company}', 'Bedankt! {company}', '{company} · automatisch bericht'],
  },
}
