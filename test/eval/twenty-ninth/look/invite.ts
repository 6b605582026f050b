// Invitations and community mail that ask the person to sign up, register or log in (clubs,
// courses, events, apps), and the person's own sign-ups that confirm in the imperative.
import type { Lang } from '../../types.ts'
import type { LookText } from './types.ts'

export const INVITE: Record<Lang, readonly LookText[]> = {
  en: [
    [
      'Spring pottery course: sign up now',
      'Hi {n}, places for the Tuesday evening course at {b} are open. Sign up before {date}: {link}',
    ],
    [
      '{who} invited you to the 5k fun run',
      'Register for the run on {date} with your club code: {link}',
    ],
    [
      'New photos in your class album',
      'Log in to {b} to see the 24 new photos from the school trip: {link}',
    ],
  ],
  de: [
    [
      'Jetzt anmelden: Töpferkurs im Frühjahr',
      'Hallo {n}, melde dich bis {date} für den Kurs bei {b} an: {link}',
    ],
    ['{who} lädt dich zum Vereinslauf ein', 'Jetzt registrieren für den Lauf am {date}: {link}'],
    [
      'Neue Nachricht im Elternportal',
      'Bitte melden Sie sich bei {b} an, um die Nachricht der Klassenleitung zu lesen: {link}',
    ],
  ],
  fr: [
    [
      'Atelier poterie : inscrivez-vous !',
      'Bonjour {n}, inscrivez-vous avant le {date} à l’atelier de {b} : {link}',
    ],
    ['{who} vous invite à la course du club', 'Inscrivez-vous pour le {date} : {link}'],
    [
      'Nouveau document dans l’espace parents',
      'Connectez-vous à {b} pour lire le message de l’enseignante : {link}',
    ],
  ],
  es: [
    [
      'Taller de cerámica: ¡regístrate ya!',
      'Hola {n}, regístrate antes del {date} en el taller de {b}: {link}',
    ],
    ['{who} te invita a la carrera del club', 'Inscríbete para el {date}: {link}'],
    [
      'Nuevas fotos en el álbum de clase',
      'Inicia sesión en {b} para ver las fotos de la excursión: {link}',
    ],
  ],
  pt: [
    [
      'Oficina de cerâmica: inscreva-se já',
      'Olá {n}, inscreva-se até {date} na oficina da {b}: {link}',
    ],
    ['{who} convidou você para a corrida do clube', 'Cadastre-se para o dia {date}: {link}'],
    [
      'Nova mensagem no portal da escola',
      'Inicie sessão na {b} para ler a mensagem da professora: {link}',
    ],
  ],
  it: [
    [
      'Corso di ceramica: iscriviti ora',
      'Ciao {n}, iscriviti entro il {date} al corso di {b}: {link}',
    ],
    ['{who} ti invita alla corsa del circolo', 'Registrati per il {date}: {link}'],
    ['Nuove foto nell’album di classe', 'Accedi a {b} per vedere le foto della gita: {link}'],
  ],
  nl: [
    [
      'Cursus keramiek: meld je aan',
      'Hoi {n}, meld je voor {date} aan voor de cursus bij {b}: {link}',
    ],
    ['{who} nodigt je uit voor de clubloop', 'Schrijf je in voor {date}: {link}'],
    ['Nieuw bericht in de ouderapp', 'Log in bij {b} om het bericht van de juf te lezen: {link}'],
  ],
}

/** The person really joined these: label own, one at a time. */
export const CONFIRM: Record<Lang, readonly LookText[]> = {
  en: [
    [
      'Confirm that you want to receive our news',
      'Hi {n}, you signed up on {b} a minute ago. Confirm that you want our monthly letter: {link}',
    ],
    [
      'Please confirm your spot at the open studio day',
      'Thanks for registering for {date}. Confirm your place: {link}',
    ],
    ['Confirm your email to join the {b} book club', 'Click to confirm and you’re in: {link}'],
  ],
  de: [
    [
      'Bitte bestätige, dass du unseren Newsletter möchtest',
      'Hallo {n}, du hast dich gerade bei {b} eingetragen. Bitte bestätige: {link}',
    ],
    [
      'Bitte bestätigen Sie Ihre Anmeldung zum Tag der offenen Tür',
      'Danke für Ihre Anmeldung für den {date}. Bestätigen: {link}',
    ],
    ['Bestätige deine Teilnahme am Lesekreis', 'Ein Klick und du bist dabei: {link}'],
  ],
  fr: [
    [
      'Confirmez que vous souhaitez recevoir nos actualités',
      'Bonjour {n}, vous venez de vous inscrire sur {b}. Confirmez : {link}',
    ],
    [
      'Confirmez votre place pour la journée portes ouvertes',
      'Merci pour votre inscription du {date}. Confirmer : {link}',
    ],
    ['Confirmez votre adresse pour rejoindre le club lecture', 'Un clic et c’est fait : {link}'],
  ],
  es: [
    [
      'Confirma que quieres recibir nuestras noticias',
      'Hola {n}, te acabas de apuntar en {b}. Confirma aquí: {link}',
    ],
    [
      'Confirma tu plaza en la jornada de puertas abiertas',
      'Gracias por inscribirte para el {date}. Confirmar: {link}',
    ],
    ['Confirma tu correo para entrar al club de lectura', 'Un clic y listo: {link}'],
  ],
  pt: [
    [
      'Confirme que quer receber as nossas novidades',
      'Olá {n}, inscreveu-se agora mesmo na {b}. Confirme: {link}',
    ],
    ['Confirme sua vaga no dia aberto', 'Obrigado pela inscrição para {date}. Confirmar: {link}'],
    ['Confirme seu e-mail para entrar no clube do livro', 'Um clique e pronto: {link}'],
  ],
  it: [
    [
      'Conferma che vuoi ricevere le nostre novità',
      'Ciao {n}, ti sei appena iscritto su {b}. Conferma: {link}',
    ],
    ['Conferma il tuo posto all’open day', 'Grazie per l’iscrizione del {date}. Conferma: {link}'],
    ['Conferma l’email per entrare nel club del libro', 'Un clic ed è fatta: {link}'],
  ],
  nl: [
    [
      'Bevestig dat je onze nieuwsbrief wilt ontvangen',
      'Hoi {n}, je schreef je net in bij {b}. Bevestig: {link}',
    ],
    [
      'Bevestig je plek op de open dag',
      'Bedankt voor je aanmelding voor {date}. Bevestigen: {link}',
    ],
    ['Bevestig je e-mail voor de leesclub', 'Eén klik en je doet mee: {link}'],
  ],
}

/** What the person wrote to contacts and companies before (auto-replies and tickets answer). */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Question about my last invoice',
    'Broken hinge on the wardrobe',
    'Meeting notes from Tuesday',
  ],
  de: ['Frage zur letzten Rechnung', 'Defektes Scharnier am Schrank', 'Protokoll vom Dienstag'],
  fr: [
    'Question sur ma dernière facture',
    'Charnière cassée sur l’armoire',
    'Compte rendu de mardi',
  ],
  es: ['Duda sobre mi última factura', 'Bisagra rota del armario', 'Acta de la reunión del martes'],
  pt: ['Dúvida sobre a última fatura', 'Dobradiça partida no roupeiro', 'Ata da reunião de terça'],
  it: ['Domanda sull’ultima fattura', 'Cerniera rotta dell’armadio', 'Verbale di martedì'],
  nl: ['Vraag over mijn laatste factuur', 'Kapot scharnier aan de kast', 'Notulen van dinsdag'],
}
