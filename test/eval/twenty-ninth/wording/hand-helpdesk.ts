// Hand-written ticket acknowledgements in companies' own words ({c} company, {p} what the form
// received, {ref} reference, {link}). Spanish, Portuguese, Italian and Dutch vary the words for
// "request" and "received" as real companies do.
import type { Hand } from './types.ts'

export const HAND_HELPDESK: readonly Hand[] = [
  [
    'en',
    'Got it - we’re on it ({ref})',
    'Hey there,\n\nThanks for reaching out to {c}. Your note "{p}" is in our queue as {ref}. Most replies go out within one working day.\n\nCheers,\nThe {c} crew',
  ],
  [
    'en',
    '{c} | case {ref}',
    'This is an automatic confirmation. Case {ref} was logged with the summary: {p}. Please keep the case number in the subject if you write again.',
  ],
  [
    'de',
    'Danke für deine Nachricht ({ref})',
    'Hi,\n\ndeine Nachricht „{p}“ ist bei {c} gelandet. Wir kümmern uns meist innerhalb von 48 Stunden darum. Deine Vorgangsnummer: {ref}.\n\nViele Grüße\nDein {c}-Team',
  ],
  [
    'de',
    'Eingangsbestätigung Anfrage {ref}',
    'Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir den Eingang Ihrer Anfrage ({p}). Bearbeitungsnummer: {ref}.\n\nMit freundlichen Grüßen\n{c} Kundenservice',
  ],
  [
    'fr',
    'Votre message est bien arrivé ✉️',
    'Bonjour,\n\nmerci d’avoir écrit à {c}. Votre message « {p} » porte la référence {ref}. Nous revenons vers vous sous 2 jours ouvrés.\n\nL’équipe {c}',
  ],
  [
    'fr',
    'Accusé de réception – dossier {ref}',
    'Madame, Monsieur,\n\nnous accusons réception de votre demande intitulée « {p} ». Dossier : {ref}. Merci de ne pas répondre à ce message automatique.',
  ],
  [
    'es',
    'Tu consulta ya está con nosotros ({ref})',
    '¡Hola!\n\nTu consulta «{p}» ya ha llegado a {c}. La hemos registrado con el número {ref} y te contestaremos pronto.\n\nUn saludo,\nAtención al cliente',
  ],
  [
    'es',
    'Hemos registrado su incidencia {ref}',
    'Estimado/a cliente:\n\nle confirmamos que su incidencia ({p}) ha quedado registrada con el código {ref}. Nuestro equipo la revisará en un plazo de 72 horas.\n\n{c}',
  ],
  [
    'pt',
    'Recebemos a sua mensagem (ref. {ref})',
    'Olá,\n\na sua mensagem "{p}" chegou à {c} e ficou registada com a referência {ref}. A nossa equipa responde em até dois dias úteis.\n\nCumprimentos,\nApoio ao Cliente',
  ],
  [
    'pt',
    'Seu chamado {ref} foi aberto',
    'Oi!\n\nSeu chamado sobre "{p}" foi aberto com o protocolo {ref}. Nosso time vai te responder por aqui mesmo, fique de olho.\n\nAbraço,\nequipe {c}',
  ],
  [
    'pt',
    'Solicitação {ref} registrada com sucesso',
    'Olá! Sua solicitação ({p}) foi registrada com sucesso. Número de protocolo: {ref}. Acompanhe em {link}.\n\n{c}',
  ],
  [
    'it',
    'Abbiamo preso in carico la tua segnalazione',
    'Ciao,\n\nla tua segnalazione "{p}" è stata presa in carico da {c} con il numero {ref}. Ti scriveremo appena possibile.\n\nUn saluto,\nServizio clienti',
  ],
  [
    'it',
    'Conferma ricezione pratica {ref}',
    'Gentile cliente,\n\nconfermiamo di aver ricevuto la sua richiesta di assistenza ({p}). Numero pratica: {ref}.\n\nCordiali saluti\n{c}',
  ],
  [
    'nl',
    'We hebben je vraag binnen ({ref})',
    'Hoi,\n\nje vraag "{p}" is bij {c} binnengekomen onder nummer {ref}. We reageren meestal binnen twee werkdagen.\n\nGroet,\nKlantenservice {c}',
  ],
  [
    'nl',
    'Ontvangstbevestiging melding {ref}',
    'Beste klant,\n\nHierbij bevestigen wij de ontvangst van uw melding ({p}). Uw meldingsnummer is {ref}.\n\nMet vriendelijke groet,\n{c}',
  ],
]
