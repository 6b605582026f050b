// Hand-written in-house newsletter opt-in confirmations, each company's own words (written for
// this set; no two share a sentence). Slots: see types.ts.
import { wordings, type HandText } from './types.ts'

const TEXTS: readonly HandText[] = [
  [
    'en',
    'Please confirm your subscription',
    'Hi {name},\n\nYou asked to receive the {company} newsletter. Click to confirm:\n{link}\n\nIf you did not sign up, no action is needed and you will not hear from us again.',
  ],
  [
    'en',
    'One click and you are in',
    'Almost there! Confirm that {email} should get our weekly tips from {company}: {link}',
  ],
  [
    'en',
    'Did you mean to subscribe?',
    "We received a request to add {email} to the {company} mailing list. Yes, that was me: {link}\n\nNo? Just delete this email.\n\n{company} · 18 Mill Lane, Bristol · You're receiving this because someone entered your address on our website.",
  ],
  [
    'de',
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    'Guten Tag {name},\n\nwir freuen uns über Ihr Interesse an unserem Newsletter. Bitte bestätigen Sie Ihre Anmeldung über folgenden Link (Double-Opt-In):\n{link}\n\nOhne Ihre Bestätigung erhalten Sie keine weiteren E-Mails.\n\n{company} · Impressum · Datenschutzerklärung',
  ],
  [
    'de',
    'Nur noch ein Klick',
    'Hey {name}, bestätige kurz, dass du unsere News bekommen willst: {link} 💌',
  ],
  [
    'de',
    'Newsletter von {company}: Anmeldung bestätigen?',
    'Jemand hat {email} für unseren Newsletter eingetragen. Warst du das? Dann hier klicken: {link}',
  ],
  [
    'fr',
    'Confirmez votre inscription à la newsletter',
    'Bonjour {name},\n\nMerci de votre intérêt pour {company}. Pour recevoir nos actualités, confirmez votre adresse :\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
  ],
  [
    'fr',
    'Vous confirmez ?',
    'Un clic suffit pour rejoindre la lettre d’information {company} : {link}\n\nConformément au RGPD, vous pouvez vous désinscrire à tout moment.',
  ],
  [
    'fr',
    '{name}, bienvenue dans la communauté',
    'Plus qu’une étape avant de recevoir nos bons plans 🎁 Valide ton inscription : {link}',
  ],
  [
    'es',
    'Confirma tu suscripción',
    'Hola {name}:\n\nPara empezar a recibir el boletín de {company}, confirma tu dirección:\n{link}\n\nSi no te has suscrito, ignora este correo.',
  ],
  [
    'es',
    '¿Quieres recibir nuestras novedades?',
    'Alguien ha apuntado {email} a la newsletter de {company}. Si fuiste tú, confírmalo aquí: {link}',
  ],
  [
    'es',
    'Último paso: valida tu correo',
    'Estimado/a {name}, le rogamos que confirme su alta en nuestras comunicaciones comerciales: {link}\n\nResponsable del tratamiento: {company} S.L. Puede ejercer sus derechos en privacidad@{company}.',
  ],
  [
    'pt',
    'Confirme a sua subscrição',
    'Olá {name},\n\nPara começar a receber a newsletter da {company}, confirme o seu e-mail:\n{link}\n\nSe não pediu esta subscrição, ignore esta mensagem.',
  ],
  [
    'pt',
    'Confirma sua inscrição?',
    'Oi! Falta só confirmar que você quer receber nossos conteúdos: {link} 💚',
  ],
  [
    'pt',
    'Newsletter {company}',
    '{name}, o endereço {email} foi inscrito na nossa lista. Confirme aqui: {link}',
  ],
  [
    'it',
    'Conferma la tua iscrizione',
    'Ciao {name},\n\nper ricevere la newsletter di {company} conferma il tuo indirizzo:\n{link}\n\nSe non ti sei iscritto, ignora questa email.',
  ],
  [
    'it',
    'Vuoi davvero ricevere le nostre offerte?',
    'Abbiamo ricevuto una richiesta di iscrizione per {email}. Conferma con un clic: {link}\n\nTitolare del trattamento: {company} S.r.l.',
  ],
  ['it', 'Un ultimo passo 📩', '{name}, clicca qui per completare l’iscrizione: {link}'],
  [
    'nl',
    'Bevestig je inschrijving',
    'Hoi {name},\n\nBedankt voor je aanmelding voor de nieuwsbrief van {company}. Bevestig je inschrijving via deze link:\n{link}\n\nNiet aangemeld? Negeer deze e-mail dan.',
  ],
  [
    'nl',
    'Klopt dit?',
    'We kregen een aanmelding voor onze nieuwsbrief met {email}. Was jij dat? Bevestig hier: {link}',
  ],
  [
    'nl',
    'Nog één klik, {name}',
    'Bevestig je e-mailadres en ontvang elke maand de beste tips van {company}: {link}',
  ],
]

export const HAND_SUBSCRIPTION = wordings(TEXTS)
