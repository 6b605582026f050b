// Hand-written sign-up mails, first half of the steps: one text per step and language, in the
// order en de fr es pt it nl. First line the subject, the rest the body; {slots} are filled per
// mail ({name} is the sign-up form's name field, where attackers put their payload).
import type { Step } from './flows.ts'

export const HAND_A: Partial<Record<Step, readonly string[]>> = {
  verify: [
    'Please verify your email address\nHi {name},\nthanks for creating a {company} account. Tap the button below to confirm this is your address:\n{link}\nIf you did not sign up, you can ignore this message.',
    'Bitte bestätige deine E-Mail-Adresse\nHallo {name},\nschön, dass du dich bei {company} registriert hast. Bestätige deine Adresse über diesen Link:\n{link}\nDu hast dich nicht angemeldet? Dann ignoriere diese Nachricht einfach.',
    'Confirmez votre adresse e-mail\nBonjour {name},\nmerci pour votre inscription sur {company}. Cliquez sur le lien ci-dessous pour valider votre adresse :\n{link}\nSi vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
    'Verifica tu correo electrónico\nHola {name}:\ngracias por registrarte en {company}. Confirma tu dirección con este enlace:\n{link}\nSi no fuiste tú, puedes ignorar este mensaje.',
    'Confirme seu endereço de e-mail\nOlá {name},\nobrigado por criar sua conta na {company}. Clique no link para confirmar o seu e-mail:\n{link}\nSe não foi você, desconsidere esta mensagem.',
    'Conferma il tuo indirizzo email\nCiao {name},\ngrazie per esserti registrato su {company}. Conferma il tuo indirizzo da questo link:\n{link}\nSe non sei stato tu, ignora pure questa email.',
    'Bevestig je e-mailadres\nHoi {name},\nbedankt voor je aanmelding bij {company}. Bevestig je adres via onderstaande link:\n{link}\nHeb je je niet aangemeld? Dan kun je deze mail negeren.',
  ],
  welcome: [
    'Welcome to {company}!\nHi {name},\nyour account is ready. Here are three things to try first: set up your profile, invite a friend and explore the app.\n{link}\nHappy to have you on board,\nThe {company} team',
    'Willkommen bei {company}!\nHallo {name},\ndein Konto ist startklar. Unser Tipp für den Anfang: Profil vervollständigen und die ersten Einstellungen vornehmen.\n{link}\nViel Spaß wünscht dir\ndas {company}-Team',
    'Bienvenue chez {company} !\nBonjour {name},\nvotre compte est prêt. Pour bien démarrer, complétez votre profil et découvrez nos fonctionnalités.\n{link}\nÀ très vite,\nL’équipe {company}',
    '¡Te damos la bienvenida a {company}!\nHola {name}:\ntu cuenta ya está activa. Empieza completando tu perfil y descubre todo lo que puedes hacer.\n{link}\nUn saludo,\nEl equipo de {company}',
    'Boas-vindas à {company}!\nOlá {name},\nsua conta já está ativa. Comece completando seu perfil e conheça os recursos principais.\n{link}\nAbraços,\nEquipe {company}',
    'Benvenuto in {company}!\nCiao {name},\nil tuo account è attivo. Per iniziare completa il profilo e scopri le funzioni principali.\n{link}\nA presto,\nIl team di {company}',
    'Welkom bij {company}!\nHoi {name},\nje account staat klaar. Begin met je profiel en ontdek wat je allemaal kunt doen.\n{link}\nGroeten,\nHet {company}-team',
  ],
  reminder: [
    'You haven’t confirmed your email yet\nHi {name},\nwe noticed you started signing up for {company} but never confirmed your address. The link is still valid for a little while:\n{link}',
    'Du hast deine E-Mail-Adresse noch nicht bestätigt\nHallo {name},\ndeine Registrierung bei {company} ist fast fertig. Es fehlt nur noch ein Klick:\n{link}',
    'Rappel : votre adresse n’est pas encore confirmée\nBonjour {name},\nvotre inscription sur {company} n’est pas terminée. Il ne manque qu’un clic :\n{link}',
    'Recordatorio: aún no has confirmado tu correo\nHola {name}:\ntu registro en {company} está casi listo. Solo falta confirmar tu dirección:\n{link}',
    'Lembrete: você ainda não confirmou seu e-mail\nOlá {name},\nfalta pouco para concluir seu cadastro na {company}. É só confirmar:\n{link}',
    'Promemoria: non hai ancora confermato la tua email\nCiao {name},\nla registrazione su {company} è quasi completa. Manca solo la conferma:\n{link}',
    'Herinnering: je hebt je e-mailadres nog niet bevestigd\nHoi {name},\nje aanmelding bij {company} is bijna klaar. Je hoeft alleen nog te bevestigen:\n{link}',
  ],
  deleted: [
    'Your unconfirmed {company} account has been removed\nHi {name},\nbecause the email address was never confirmed, we have deleted the account request. You are welcome to sign up again any time.',
    'Dein unbestätigtes Konto wurde gelöscht\nHallo {name},\nda die E-Mail-Adresse nicht bestätigt wurde, haben wir die Registrierung bei {company} entfernt. Du kannst dich jederzeit neu anmelden.',
    'Votre compte non confirmé a été supprimé\nBonjour {name},\nfaute de confirmation de l’adresse, votre demande d’inscription sur {company} a été supprimée. Vous pouvez vous réinscrire à tout moment.',
    'Hemos eliminado tu cuenta sin confirmar\nHola {name}:\ncomo no se confirmó el correo, hemos borrado la solicitud de registro en {company}. Puedes volver a registrarte cuando quieras.',
    'Sua conta não confirmada foi excluída\nOlá {name},\ncomo o e-mail não foi confirmado, removemos o cadastro na {company}. Você pode se cadastrar novamente quando quiser.',
    'Il tuo account non confermato è stato eliminato\nCiao {name},\npoiché l’indirizzo non è stato confermato, abbiamo rimosso la registrazione su {company}. Puoi registrarti di nuovo quando vuoi.',
    'Je onbevestigde account is verwijderd\nHoi {name},\nomdat het e-mailadres niet is bevestigd, hebben we de aanmelding bij {company} verwijderd. Je kunt je altijd opnieuw aanmelden.',
  ],
  series1: [
    'Getting started with {company}: your first day\nHi {name},\nyesterday you joined {company}. Most people start by importing their contacts. It takes two minutes:\n{link}',
    'Erste Schritte mit {company}\nHallo {name},\nseit gestern bist du dabei. Am besten startest du mit dem Import deiner Kontakte, das dauert zwei Minuten:\n{link}',
    'Premiers pas avec {company}\nBonjour {name},\nvous nous avez rejoints hier. Commencez par importer vos contacts, cela prend deux minutes :\n{link}',
    'Primeros pasos con {company}\nHola {name}:\nayer te uniste a {company}. Lo mejor para empezar es importar tus contactos, son dos minutos:\n{link}',
    'Primeiros passos com a {company}\nOlá {name},\nontem você entrou na {company}. Para começar, importe seus contatos, leva dois minutos:\n{link}',
    'Primi passi con {company}\nCiao {name},\nieri ti sei iscritto a {company}. Per cominciare importa i tuoi contatti, bastano due minuti:\n{link}',
    'Aan de slag met {company}\nHoi {name},\ngisteren werd je lid van {company}. Begin met het importeren van je contacten, dat kost twee minuten:\n{link}',
  ],
  series3: [
    '3 tips to get more out of {company}\nHi {name},\nhere are the features our most active users love: shortcuts, shared folders and reminders. Try one today:\n{link}',
    '3 Tipps für {company}\nHallo {name},\ndiese Funktionen lieben unsere aktivsten Nutzer: Tastenkürzel, geteilte Ordner und Erinnerungen. Probier eine davon aus:\n{link}',
    '3 astuces pour profiter de {company}\nBonjour {name},\nraccourcis, dossiers partagés, rappels : voici ce que nos utilisateurs préfèrent. Essayez dès aujourd’hui :\n{link}',
    '3 trucos para sacar partido a {company}\nHola {name}:\natajos, carpetas compartidas y recordatorios: esto es lo que más usan nuestros clientes. Pruébalo hoy:\n{link}',
    '3 dicas para aproveitar a {company}\nOlá {name},\natalhos, pastas compartilhadas e lembretes: os recursos favoritos de quem mais usa. Experimente hoje:\n{link}',
    '3 consigli per usare al meglio {company}\nCiao {name},\nscorciatoie, cartelle condivise e promemoria: ecco le funzioni più amate. Provane una oggi:\n{link}',
    '3 tips om meer uit {company} te halen\nHoi {name},\nsneltoetsen, gedeelde mappen en herinneringen: dit gebruiken onze fans het meest. Probeer het vandaag:\n{link}',
  ],
}
