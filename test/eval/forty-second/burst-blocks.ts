// Composed wordings of the services a person signs up to in a large burst: the first mail
// (verify a link, set a password on an account someone created for them, or a code), then the
// welcome after a click, a reminder when the link is left, and the first newsletter. Slots:
// {service} {first} {org} (employer, university) {link} {code}.
import type { PerLang, Wording } from './types.ts'

export const BURST_ACTIONS = [
  'verify',
  'setpw',
  'code',
  'welcome',
  'reminder',
  'newsletter',
] as const
export type BurstAction = (typeof BURST_ACTIONS)[number]

const w = (subject: string, body: string): Wording => ({ subject, body })

export const BURST_BLOCKS: PerLang<Record<BurstAction, Wording>> = {
  en: {
    verify: w(
      'Verify your email for {service}',
      'Thanks for signing up. Please confirm your email address so we can finish setting up your {service} account:\n{link}',
    ),
    setpw: w(
      '{org} invited you to {service}',
      '{org} has created a {service} account for you. Set your password to get started:\n{link}\nThis invitation is valid for 7 days.',
    ),
    code: w(
      '{code} is your {service} code',
      'Enter {code} in the app to verify this address. The code expires in 10 minutes.\nIf you didn’t ask for it, ignore this email.',
    ),
    welcome: w(
      'Welcome to {service}, {first}!',
      'Your account is ready. Three things to do first: complete your profile, turn on notifications and explore the help centre.\n{link}',
    ),
    reminder: w(
      'Reminder: confirm your {service} account',
      'You started signing up but haven’t confirmed your email yet. The link below still works for 24 hours:\n{link}',
    ),
    newsletter: w(
      'Your first month with {service}',
      'Tips from the team: shortcuts, new features and answers to the questions new users ask most.\nRead more: {link}\nUnsubscribe: {link}',
    ),
  },
  de: {
    verify: w(
      'Bestätige deine E-Mail für {service}',
      'Danke für deine Anmeldung. Bitte bestätige deine E-Mail-Adresse, damit wir dein {service}-Konto fertig einrichten können:\n{link}',
    ),
    setpw: w(
      '{org} hat Sie zu {service} eingeladen',
      '{org} hat ein {service}-Konto für Sie angelegt. Legen Sie Ihr Passwort fest, um zu starten:\n{link}\nDie Einladung ist 7 Tage gültig.',
    ),
    code: w(
      '{code} ist dein {service}-Code',
      'Gib {code} in der App ein, um diese Adresse zu bestätigen. Der Code läuft in 10 Minuten ab.\nNicht angefordert? Dann ignoriere diese E-Mail.',
    ),
    welcome: w(
      'Willkommen bei {service}, {first}!',
      'Dein Konto ist bereit. Als Erstes: Profil vervollständigen, Benachrichtigungen einschalten und das Hilfe-Center ansehen.\n{link}',
    ),
    reminder: w(
      'Erinnerung: {service}-Konto bestätigen',
      'Du hast mit der Anmeldung begonnen, deine E-Mail aber noch nicht bestätigt. Der Link gilt noch 24 Stunden:\n{link}',
    ),
    newsletter: w(
      'Dein erster Monat mit {service}',
      'Tipps aus dem Team: Tastenkürzel, neue Funktionen und Antworten auf die häufigsten Fragen.\nMehr lesen: {link}\nAbmelden: {link}',
    ),
  },
  fr: {
    verify: w(
      'Vérifiez votre e-mail pour {service}',
      'Merci pour votre inscription. Confirmez votre adresse e-mail pour finaliser votre compte {service} :\n{link}',
    ),
    setpw: w(
      '{org} vous invite sur {service}',
      '{org} a créé un compte {service} pour vous. Choisissez votre mot de passe pour commencer :\n{link}\nCette invitation est valable 7 jours.',
    ),
    code: w(
      '{code} est votre code {service}',
      'Saisissez {code} dans l’application pour vérifier cette adresse. Le code expire dans 10 minutes.\nVous ne l’avez pas demandé ? Ignorez cet e-mail.',
    ),
    welcome: w(
      'Bienvenue sur {service}, {first} !',
      'Votre compte est prêt. Pour commencer : complétez votre profil, activez les notifications et parcourez le centre d’aide.\n{link}',
    ),
    reminder: w(
      'Rappel : confirmez votre compte {service}',
      'Vous avez commencé votre inscription sans confirmer votre e-mail. Le lien reste valable 24 heures :\n{link}',
    ),
    newsletter: w(
      'Votre premier mois avec {service}',
      'Les conseils de l’équipe : raccourcis, nouveautés et réponses aux questions les plus fréquentes.\nLire la suite : {link}\nSe désabonner : {link}',
    ),
  },
  es: {
    verify: w(
      'Verifica tu correo para {service}',
      'Gracias por registrarte. Confirma tu dirección de correo para terminar de configurar tu cuenta de {service}:\n{link}',
    ),
    setpw: w(
      '{org} te ha invitado a {service}',
      '{org} ha creado una cuenta de {service} para ti. Elige tu contraseña para empezar:\n{link}\nLa invitación vale 7 días.',
    ),
    code: w(
      '{code} es tu código de {service}',
      'Introduce {code} en la app para verificar esta dirección. El código caduca en 10 minutos.\nSi no lo has pedido, ignora este correo.',
    ),
    welcome: w(
      '¡Te damos la bienvenida a {service}, {first}!',
      'Tu cuenta está lista. Para empezar: completa tu perfil, activa las notificaciones y echa un vistazo al centro de ayuda.\n{link}',
    ),
    reminder: w(
      'Recordatorio: confirma tu cuenta de {service}',
      'Empezaste el registro pero aún no has confirmado tu correo. El enlace sigue activo 24 horas:\n{link}',
    ),
    newsletter: w(
      'Tu primer mes con {service}',
      'Consejos del equipo: atajos, novedades y respuestas a las dudas más habituales.\nLeer más: {link}\nDarse de baja: {link}',
    ),
  },
  pt: {
    verify: w(
      'Verifique o seu email para {service}',
      'Obrigado pelo registo. Confirme o seu endereço de email para concluirmos a sua conta {service}:\n{link}',
    ),
    setpw: w(
      'A {org} convidou-o para {service}',
      'A {org} criou uma conta {service} para si. Defina a sua palavra-passe para começar:\n{link}\nO convite é válido durante 7 dias.',
    ),
    code: w(
      '{code} é o seu código {service}',
      'Introduza {code} na app para verificar este endereço. O código expira em 10 minutos.\nNão pediu? Ignore este email.',
    ),
    welcome: w(
      'Bem-vindo(a) à {service}, {first}!',
      'A sua conta está pronta. Primeiros passos: completar o perfil, ativar as notificações e visitar o centro de ajuda.\n{link}',
    ),
    reminder: w(
      'Lembrete: confirme a sua conta {service}',
      'Começou o registo mas ainda não confirmou o email. A ligação continua válida 24 horas:\n{link}',
    ),
    newsletter: w(
      'O seu primeiro mês com a {service}',
      'Dicas da equipa: atalhos, novidades e respostas às perguntas mais frequentes.\nLer mais: {link}\nCancelar: {link}',
    ),
  },
  it: {
    verify: w(
      'Verifica la tua e-mail per {service}',
      'Grazie per la registrazione. Conferma il tuo indirizzo e-mail per completare il tuo account {service}:\n{link}',
    ),
    setpw: w(
      '{org} ti ha invitato su {service}',
      '{org} ha creato un account {service} per te. Imposta la password per iniziare:\n{link}\nL’invito è valido 7 giorni.',
    ),
    code: w(
      '{code} è il tuo codice {service}',
      'Inserisci {code} nell’app per verificare questo indirizzo. Il codice scade tra 10 minuti.\nNon l’hai richiesto? Ignora questa e-mail.',
    ),
    welcome: w(
      'Benvenuto su {service}, {first}!',
      'Il tuo account è pronto. Per iniziare: completa il profilo, attiva le notifiche e dai un’occhiata al centro assistenza.\n{link}',
    ),
    reminder: w(
      'Promemoria: conferma il tuo account {service}',
      'Hai iniziato la registrazione ma non hai ancora confermato l’e-mail. Il link vale ancora 24 ore:\n{link}',
    ),
    newsletter: w(
      'Il tuo primo mese con {service}',
      'Consigli dal team: scorciatoie, novità e risposte alle domande più frequenti.\nLeggi: {link}\nDisiscriviti: {link}',
    ),
  },
  nl: {
    verify: w(
      'Bevestig je e-mail voor {service}',
      'Bedankt voor je aanmelding. Bevestig je e-mailadres, dan maken we je {service}-account af:\n{link}',
    ),
    setpw: w(
      '{org} heeft je uitgenodigd voor {service}',
      '{org} heeft een {service}-account voor je aangemaakt. Kies een wachtwoord om te beginnen:\n{link}\nDeze uitnodiging is 7 dagen geldig.',
    ),
    code: w(
      '{code} is je {service}-code',
      'Vul {code} in de app in om dit adres te bevestigen. De code verloopt over 10 minuten.\nNiet aangevraagd? Negeer deze mail.',
    ),
    welcome: w(
      'Welkom bij {service}, {first}!',
      'Je account is klaar. Eerst: maak je profiel af, zet meldingen aan en bekijk het helpcentrum.\n{link}',
    ),
    reminder: w(
      'Herinnering: bevestig je {service}-account',
      'Je bent begonnen met aanmelden maar hebt je e-mail nog niet bevestigd. De link werkt nog 24 uur:\n{link}',
    ),
    newsletter: w(
      'Je eerste maand met {service}',
      'Tips van het team: sneltoetsen, nieuwe functies en antwoorden op de meest gestelde vragen.\nLees meer: {link}\nAfmelden: {link}',
    ),
  },
}
