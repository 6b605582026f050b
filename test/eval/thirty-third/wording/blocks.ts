// Building blocks for composed company wordings (seven languages): a subject per form, a
// greeting, the form's core sentence, a next step and a closing, joined by compose.ts.
import type { Lang } from '../../types.ts'
import type { Form } from './types.ts'

export interface Blocks {
  subject: Record<Form, readonly string[]>
  greet: readonly string[]
  core: Record<Form, readonly string[]>
  next: readonly string[]
  close: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    subject: {
      helpdesk: ['{company} support: request {ref}', 'Thanks — {name}'],
      verification: ['Confirm it’s you', '{company} ✉️ verify'],
      subscription: ['Confirm your {company} sign-up', 'Yes, please?'],
      reset: ['{company} password help', 'Your code {code}'],
      submit: ['Confirm your email to send your request', 'Request pending: {name}'],
    },
    greet: ['Hi {name},', 'Hello,', 'Dear {name},'],
    core: {
      helpdesk: ['Your note is in our queue as {ref}.', 'We logged your enquiry ({ref}).'],
      verification: ['Confirm your address to open your account: {link}'],
      subscription: ['Click to start receiving our newsletter: {link}'],
      reset: ['Pick a new password here: {link}', 'Enter {code} to continue.'],
      submit: ['Your request will only reach our agents once you verify: {link}'],
    },
    next: ['No need to reply.', 'Questions? Visit our help centre.', ''],
    close: ['— {company}', 'Best, the {company} crew', 'Kind regards, {company}'],
  },
  de: {
    subject: {
      helpdesk: ['{company} Service: Anfrage {ref}', 'Danke — {name}'],
      verification: ['Konto bestätigen', '{company}: E-Mail-Adresse prüfen'],
      subscription: ['Anmeldung bestätigen', 'Newsletter {company}'],
      reset: ['Neues Passwort für {company}', 'Code: {code}'],
      submit: ['Adresse bestätigen, Anfrage senden', 'Anfrage wartet: {name}'],
    },
    greet: ['Hallo {name},', 'Guten Tag,', 'Liebe/r {name},'],
    core: {
      helpdesk: [
        'Ihre Anfrage liegt unter {ref} bei uns.',
        'Wir haben dein Anliegen ({ref}) erhalten.',
      ],
      verification: ['Bestätige deine Adresse, um das Konto zu eröffnen: {link}'],
      subscription: ['Ein Klick und der Newsletter kommt: {link}'],
      reset: ['Hier legen Sie ein neues Passwort fest: {link}', 'Gib {code} ein.'],
      submit: ['Erst nach der Bestätigung sieht unser Team die Anfrage: {link}'],
    },
    next: ['Bitte nicht auf diese Mail antworten.', 'Fragen? Schau in unsere Hilfe.', ''],
    close: ['Ihr {company} Team', 'Viele Grüße, {company}', '— {company}'],
  },
  fr: {
    subject: {
      helpdesk: ['{company} : demande {ref}', 'Merci — {name}'],
      verification: ['Confirmez votre compte', '{company} : vérification'],
      subscription: ['Confirmez votre inscription', 'Lettre {company}'],
      reset: ['Nouveau mot de passe {company}', 'Code : {code}'],
      submit: ['Confirmez votre e-mail pour envoyer la demande', 'Demande en attente : {name}'],
    },
    greet: ['Bonjour {name},', 'Bonjour,', 'Chère cliente, cher client,'],
    core: {
      helpdesk: [
        'Votre demande est enregistrée sous {ref}.',
        'Nous avons reçu votre message ({ref}).',
      ],
      verification: ['Confirmez votre adresse pour ouvrir votre compte : {link}'],
      subscription: ['Un clic pour recevoir notre lettre : {link}'],
      reset: ['Choisissez un nouveau mot de passe : {link}', 'Saisissez {code}.'],
      submit: ['Notre équipe verra votre demande après vérification : {link}'],
    },
    next: ['Merci de ne pas répondre.', 'Une question ? Consultez l’aide en ligne.', ''],
    close: ['L’équipe {company}', 'Cordialement, {company}', '— {company}'],
  },
  es: {
    subject: {
      helpdesk: ['{company}: solicitud {ref}', 'Gracias — {name}'],
      verification: ['Confirma tu cuenta', '{company}: verificación'],
      subscription: ['Confirma tu alta', 'Boletín {company}'],
      reset: ['Nueva contraseña de {company}', 'Código: {code}'],
      submit: ['Confirma tu correo para enviar la solicitud', 'Solicitud pendiente: {name}'],
    },
    greet: ['Hola {name}:', 'Buenas,', 'Estimado/a {name}:'],
    core: {
      helpdesk: ['Tu consulta quedó registrada como {ref}.', 'Hemos recibido su mensaje ({ref}).'],
      verification: ['Confirma tu dirección para abrir la cuenta: {link}'],
      subscription: ['Un clic y empiezas a recibir el boletín: {link}'],
      reset: ['Elige una contraseña nueva: {link}', 'Introduce {code}.'],
      submit: ['Nuestro equipo verá la solicitud cuando la verifiques: {link}'],
    },
    next: ['No respondas a este correo.', '¿Dudas? Visita el centro de ayuda.', ''],
    close: ['El equipo de {company}', 'Un saludo, {company}', '— {company}'],
  },
  pt: {
    subject: {
      helpdesk: ['{company}: pedido {ref}', 'Obrigado — {name}'],
      verification: ['Confirme a sua conta', '{company}: verificação'],
      subscription: ['Confirme a inscrição', 'Newsletter {company}'],
      reset: ['Nova senha {company}', 'Código: {code}'],
      submit: ['Confirme o email para enviar o pedido', 'Pedido pendente: {name}'],
    },
    greet: ['Olá {name},', 'Oi {name}!', 'Caro(a) cliente,'],
    core: {
      helpdesk: [
        'O seu pedido ficou registado com o n.º {ref}.',
        'Recebemos sua mensagem ({ref}).',
      ],
      verification: ['Confirme o endereço para abrir a conta: {link}'],
      subscription: ['Um clique e começa a receber a newsletter: {link}'],
      reset: ['Escolha uma nova palavra-passe: {link}', 'Digite {code}.'],
      submit: ['A equipa só vê o pedido depois da verificação: {link}'],
    },
    next: ['Não responda a este email.', 'Dúvidas? Visite a central de ajuda.', ''],
    close: ['Equipa {company}', 'Abraços, time {company}', '— {company}'],
  },
  it: {
    subject: {
      helpdesk: ['{company}: richiesta {ref}', 'Grazie — {name}'],
      verification: ['Conferma il tuo account', '{company}: verifica'],
      subscription: ['Conferma l’iscrizione', 'Newsletter {company}'],
      reset: ['Nuova password {company}', 'Codice: {code}'],
      submit: ['Conferma l’email per inviare la richiesta', 'Richiesta in sospeso: {name}'],
    },
    greet: ['Ciao {name},', 'Buongiorno,', 'Gentile {name},'],
    core: {
      helpdesk: [
        'La tua richiesta è registrata come {ref}.',
        'Abbiamo ricevuto il Suo messaggio ({ref}).',
      ],
      verification: ['Conferma l’indirizzo per aprire l’account: {link}'],
      subscription: ['Un clic e ricevi la newsletter: {link}'],
      reset: ['Scegli una nuova password: {link}', 'Inserisci {code}.'],
      submit: ['Il team vedrà la richiesta dopo la verifica: {link}'],
    },
    next: ['Non rispondere a questa email.', 'Domande? Visita il centro assistenza.', ''],
    close: ['Il team {company}', 'Cordiali saluti, {company}', '— {company}'],
  },
  nl: {
    subject: {
      helpdesk: ['{company}: verzoek {ref}', 'Dank je — {name}'],
      verification: ['Bevestig je account', '{company}: verificatie'],
      subscription: ['Bevestig je aanmelding', 'Nieuwsbrief {company}'],
      reset: ['Nieuw wachtwoord {company}', 'Code: {code}'],
      submit: ['Bevestig je e-mail om je verzoek te versturen', 'Verzoek wacht: {name}'],
    },
    greet: ['Hoi {name},', 'Beste {name},', 'Goedemiddag,'],
    core: {
      helpdesk: ['Je vraag staat bij ons als {ref}.', 'Wij hebben uw bericht ontvangen ({ref}).'],
      verification: ['Bevestig je adres om je account te openen: {link}'],
      subscription: ['Eén klik en de nieuwsbrief komt eraan: {link}'],
      reset: ['Kies een nieuw wachtwoord: {link}', 'Vul {code} in.'],
      submit: ['Ons team ziet je verzoek pas na bevestiging: {link}'],
    },
    next: ['Deze mail kun je niet beantwoorden.', 'Vragen? Kijk op onze helppagina.', ''],
    close: ['Team {company}', 'Met vriendelijke groet, {company}', '— {company}'],
  },
}
