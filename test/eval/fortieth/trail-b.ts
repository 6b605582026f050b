// What sign-ups and newsletters send after the first mail, written for this set per language:
// "you haven't confirmed yet", "last chance", "your account has been deleted", one reminder to
// confirm a newsletter, a welcome and a getting-started mail, and ordinary promotions.
// Slots: {company} {name} {link} {offer} {code}.

export type SignTrail =
  | 'unconfirmed'
  | 'last-chance'
  | 'deleted'
  | 'confirm-reminder'
  | 'welcome'
  | 'tips'
  | 'promo'
  | 'promo2'
export type Pair = readonly [subject: string, body: string]

export const SIGN_TRAIL_A: Record<'en' | 'de' | 'fr' | 'es', Record<SignTrail, Pair>> = {
  en: {
    unconfirmed: [
      'You haven’t confirmed your email yet',
      'Hi {name}, your {company} account is waiting. Confirm your address to get started: {link}',
    ],
    'last-chance': [
      'Last chance to activate your {company} account',
      'Your account will be deleted in 3 days unless you confirm your email: {link}',
    ],
    deleted: [
      'Your {company} account has been deleted',
      'Because your email address was never confirmed, we have removed the account. You can sign up again any time.',
    ],
    'confirm-reminder': [
      'Reminder: please confirm your subscription',
      'We still need your confirmation before we can send you the {company} newsletter: {link}',
    ],
    welcome: [
      'Welcome to {company}, {name}!',
      'Your account is ready. Here are three things to try first. Log in: {link}',
    ],
    tips: [
      'Getting started with {company}',
      'A few tips to make the most of your new account, plus answers to common questions. {link}',
    ],
    promo: [
      '{offer} – this weekend only at {company}',
      'Don’t miss it: {offer} on selected items. Shop now: {link}\nUnsubscribe | Preferences',
    ],
    promo2: [
      'New this week at {company}',
      'Fresh arrivals and our picks for you. {offer}. See all: {link}\nYou receive this because you have a {company} account. Unsubscribe',
    ],
  },
  de: {
    unconfirmed: [
      'Du hast deine E-Mail-Adresse noch nicht bestätigt',
      'Hallo {name}, dein {company}-Konto wartet auf dich. Bestätige deine Adresse: {link}',
    ],
    'last-chance': [
      'Letzte Chance: Konto bei {company} aktivieren',
      'Ohne Bestätigung wird dein Konto in 3 Tagen gelöscht: {link}',
    ],
    deleted: [
      'Dein Konto bei {company} wurde gelöscht',
      'Da deine E-Mail-Adresse nie bestätigt wurde, haben wir das Konto entfernt. Du kannst dich jederzeit neu registrieren.',
    ],
    'confirm-reminder': [
      'Erinnerung: Bitte bestätigen Sie Ihre Anmeldung',
      'Wir brauchen noch Ihre Bestätigung, bevor wir Ihnen den Newsletter von {company} senden: {link}',
    ],
    welcome: [
      'Willkommen bei {company}, {name}!',
      'Dein Konto ist bereit. Drei Dinge, die du zuerst ausprobieren solltest. Einloggen: {link}',
    ],
    tips: [
      'Erste Schritte mit {company}',
      'Ein paar Tipps für dein neues Konto und Antworten auf häufige Fragen. {link}',
    ],
    promo: [
      '{offer} – nur dieses Wochenende bei {company}',
      'Nicht verpassen: {offer} auf ausgewählte Artikel. Jetzt shoppen: {link}\nAbmelden | Einstellungen',
    ],
    promo2: [
      'Neu diese Woche bei {company}',
      'Neuheiten und unsere Tipps für dich. {offer}. Alles ansehen: {link}\nDu erhältst diese Mail, weil du ein Konto bei {company} hast. Abmelden',
    ],
  },
  fr: {
    unconfirmed: [
      'Vous n’avez pas encore confirmé votre adresse',
      'Bonjour {name}, votre compte {company} vous attend. Confirmez votre adresse : {link}',
    ],
    'last-chance': [
      'Dernière chance d’activer votre compte {company}',
      'Sans confirmation, votre compte sera supprimé dans 3 jours : {link}',
    ],
    deleted: [
      'Votre compte {company} a été supprimé',
      'Votre adresse n’ayant jamais été confirmée, nous avons supprimé le compte. Vous pouvez vous réinscrire à tout moment.',
    ],
    'confirm-reminder': [
      'Rappel : confirmez votre inscription',
      'Il nous manque votre confirmation pour vous envoyer la newsletter {company} : {link}',
    ],
    welcome: [
      'Bienvenue chez {company}, {name} !',
      'Votre compte est prêt. Trois choses à essayer en premier. Se connecter : {link}',
    ],
    tips: [
      'Bien démarrer avec {company}',
      'Quelques conseils pour profiter de votre nouveau compte et les réponses aux questions fréquentes. {link}',
    ],
    promo: [
      '{offer} – ce week-end seulement chez {company}',
      'À ne pas manquer : {offer} sur une sélection. J’en profite : {link}\nSe désinscrire | Préférences',
    ],
    promo2: [
      'Les nouveautés de la semaine chez {company}',
      'Nouveautés et coups de cœur pour vous. {offer}. Tout voir : {link}\nVous recevez cet e-mail car vous avez un compte {company}. Se désabonner',
    ],
  },
  es: {
    unconfirmed: [
      'Aún no has confirmado tu correo',
      'Hola {name}, tu cuenta de {company} te espera. Confirma tu dirección: {link}',
    ],
    'last-chance': [
      'Última oportunidad para activar tu cuenta de {company}',
      'Si no confirmas tu correo, eliminaremos tu cuenta en 3 días: {link}',
    ],
    deleted: [
      'Tu cuenta de {company} ha sido eliminada',
      'Como tu correo nunca se confirmó, hemos eliminado la cuenta. Puedes registrarte de nuevo cuando quieras.',
    ],
    'confirm-reminder': [
      'Recordatorio: confirma tu suscripción',
      'Necesitamos tu confirmación antes de enviarte el boletín de {company}: {link}',
    ],
    welcome: [
      '¡Te damos la bienvenida a {company}, {name}!',
      'Tu cuenta está lista. Tres cosas para empezar. Inicia sesión: {link}',
    ],
    tips: [
      'Primeros pasos con {company}',
      'Algunos consejos para sacar partido a tu cuenta y respuestas a las dudas más comunes. {link}',
    ],
    promo: [
      '{offer}: solo este fin de semana en {company}',
      'No te lo pierdas: {offer} en artículos seleccionados. Comprar: {link}\nDarse de baja | Preferencias',
    ],
    promo2: [
      'Novedades de la semana en {company}',
      'Lo último y nuestras recomendaciones. {offer}. Ver todo: {link}\nRecibes este correo porque tienes una cuenta en {company}. Darse de baja',
    ],
  },
}
