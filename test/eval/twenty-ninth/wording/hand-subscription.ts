// Hand-written newsletter double opt-in mails in companies' own words.
import type { Hand } from './types.ts'

export const HAND_SUBSCRIPTION: readonly Hand[] = [
  [
    'en',
    'Are you in? Confirm your {c} subscription',
    'Hi {p},\n\nWe just need a yes from you before we start sending the {c} letter:\n{link}\n\nNo click, no emails.',
  ],
  [
    'en',
    'Confirm your email to get the newsletter',
    'Someone (hopefully {p}) signed up for news from {c}. Confirm here: {link}',
  ],
  [
    'de',
    'Bitte bestätige deine Newsletter-Anmeldung',
    'Hallo {p},\n\nschön, dass du dabei sein willst! Bestätige bitte kurz deine Anmeldung zum {c}-Newsletter:\n{link}',
  ],
  [
    'de',
    'Double-Opt-In: Ihre Anmeldung',
    'Guten Tag {p}, bitte bestätigen Sie Ihre Anmeldung zum Newsletter von {c}: {link}',
  ],
  [
    'fr',
    'Confirmez votre inscription à la newsletter',
    'Bonjour {p},\n\nun clic et c’est fait : confirmez votre inscription à la lettre de {c}.\n{link}',
  ],
  [
    'fr',
    'Dernière étape avant votre première lettre',
    'Bonjour {p}, merci de confirmer votre adresse pour recevoir les actus de {c} : {link}',
  ],
  [
    'es',
    'Confirma tu alta en el boletín',
    'Hola {p},\n\npara empezar a recibir las novedades de {c}, confirma tu alta:\n{link}',
  ],
  [
    'es',
    '¿Nos confirmas tu suscripción?',
    '¡Hola {p}! Solo falta un clic para unirte a la newsletter de {c}: {link}',
  ],
  [
    'pt',
    'Confirme a sua inscrição na newsletter',
    'Olá {p},\n\nfalta confirmar a inscrição na newsletter da {c}:\n{link}',
  ],
  [
    'pt',
    'Confirma aí sua inscrição!',
    'Oi {p}! Recebemos seu cadastro na newsletter da {c}. Confirma no link: {link}',
  ],
  [
    'it',
    'Conferma la tua iscrizione alla newsletter',
    'Ciao {p},\n\nper ricevere le novità di {c} conferma l’iscrizione:\n{link}',
  ],
  [
    'it',
    'Ultimo passo: conferma',
    'Gentile {p}, abbiamo ricevuto la sua richiesta di iscrizione alla newsletter di {c}. La confermi qui: {link}',
  ],
  [
    'nl',
    'Bevestig je aanmelding voor de nieuwsbrief',
    'Hoi {p},\n\nnog één klik en je ontvangt de nieuwsbrief van {c}:\n{link}',
  ],
  [
    'nl',
    'Klopt dit e-mailadres?',
    'Beste {p}, we hebben je aanmelding voor de nieuwsbrief van {c} ontvangen. Bevestig via {link}.',
  ],
]
