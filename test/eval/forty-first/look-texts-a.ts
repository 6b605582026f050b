// Routine provider mail that reads like an alert but is not one, and newsletters and invitations
// the person wants: one text per class and language, written for this set.
import type { ByLang } from './wording.ts'

export const STATEMENT: ByLang = {
  en: [
    'Your {month} statement is ready',
    'Dear {name},\n\nYour statement for the account ending {last4} is now available in online banking and the app. There is nothing else you need to do.\n\nClosing balance: {amount}\n\n{brand}',
  ],
  de: [
    'Ihr Kontoauszug für {month} ist verfügbar',
    'Guten Tag {name},\n\nIhr Kontoauszug für das Konto mit Endziffern {last4} liegt im Online-Banking und in der App bereit. Sie müssen nichts weiter tun.\n\nSaldo: {amount}\n\n{brand}',
  ],
  fr: [
    'Votre relevé de {month} est disponible',
    'Bonjour {name},\n\nVotre relevé du compte se terminant par {last4} est disponible dans votre espace client et l’application. Aucune action n’est requise.\n\nSolde : {amount}\n\n{brand}',
  ],
  es: [
    'Tu extracto de {month} ya está disponible',
    'Hola {name}:\n\nEl extracto de tu cuenta terminada en {last4} ya está disponible en la banca online y en la app. No tienes que hacer nada más.\n\nSaldo: {amount}\n\n{brand}',
  ],
  pt: [
    'O seu extrato de {month} está disponível',
    'Caro(a) {name},\n\nO extrato da conta terminada em {last4} já está disponível no homebanking e na app. Não precisa de fazer mais nada.\n\nSaldo: {amount}\n\n{brand}',
  ],
  it: [
    'Il tuo estratto conto di {month} è disponibile',
    'Gentile {name},\n\nl’estratto del conto che termina con {last4} è disponibile nell’home banking e nell’app. Non devi fare nient’altro.\n\nSaldo: {amount}\n\n{brand}',
  ],
  nl: [
    'Je afschrift van {month} staat klaar',
    'Beste {name},\n\nHet afschrift van je rekening eindigend op {last4} staat klaar in internetbankieren en de app. Je hoeft verder niets te doen.\n\nSaldo: {amount}\n\n{brand}',
  ],
}

export const CARD_ON_WAY: ByLang = {
  en: [
    'Your new card is on its way',
    'Hi {name},\n\nYour replacement card ending {last4} was posted today and should arrive within 3-5 working days. Your current card keeps working until you activate the new one in the app.\n\n{brand}',
  ],
  de: [
    'Ihre neue Karte ist unterwegs',
    'Hallo {name},\n\nIhre Ersatzkarte mit Endziffern {last4} wurde heute verschickt und kommt in 3-5 Werktagen an. Die alte Karte funktioniert, bis Sie die neue in der App aktivieren.\n\n{brand}',
  ],
  fr: [
    'Votre nouvelle carte est en route',
    'Bonjour {name},\n\nVotre carte de remplacement se terminant par {last4} a été envoyée aujourd’hui et arrivera sous 3 à 5 jours ouvrés. L’ancienne fonctionne jusqu’à l’activation de la nouvelle dans l’appli.\n\n{brand}',
  ],
  es: [
    'Tu nueva tarjeta está en camino',
    'Hola {name}:\n\nTu tarjeta de sustitución terminada en {last4} se ha enviado hoy y llegará en 3-5 días laborables. La actual sigue funcionando hasta que actives la nueva en la app.\n\n{brand}',
  ],
  pt: [
    'O seu novo cartão está a caminho',
    'Olá {name},\n\nO cartão de substituição terminado em {last4} foi enviado hoje e deve chegar em 3 a 5 dias úteis. O atual funciona até ativar o novo na app.\n\n{brand}',
  ],
  it: [
    'La tua nuova carta è in arrivo',
    'Ciao {name},\n\nla carta sostitutiva che termina con {last4} è stata spedita oggi e arriverà in 3-5 giorni lavorativi. Quella attuale funziona finché non attivi la nuova nell’app.\n\n{brand}',
  ],
  nl: [
    'Je nieuwe pas is onderweg',
    'Hallo {name},\n\nJe vervangende pas eindigend op {last4} is vandaag verstuurd en komt binnen 3-5 werkdagen aan. Je huidige pas werkt tot je de nieuwe in de app activeert.\n\n{brand}',
  ],
}

export const BANK_NEWS: ByLang = {
  en: [
    'New in the {brand} app: savings pots',
    'Hi {name},\n\nYou can now set money aside in up to ten savings pots, each with its own goal. Open the app and tap “Pots” to try it.\n\nUnsubscribe from product news: {link}',
  ],
  de: [
    'Neu in der {brand}-App: Sparziele',
    'Hallo {name},\n\nab sofort können Sie bis zu zehn Sparziele mit eigenem Betrag anlegen. Öffnen Sie die App und tippen Sie auf „Sparen“.\n\nProduktnews abbestellen: {link}',
  ],
  fr: [
    'Nouveau dans l’appli {brand} : les cagnottes',
    'Bonjour {name},\n\nVous pouvez désormais mettre de l’argent de côté dans dix cagnottes, chacune avec son objectif. Ouvrez l’appli et touchez « Cagnottes ».\n\nSe désabonner des nouveautés : {link}',
  ],
  es: [
    'Novedad en la app de {brand}: huchas',
    'Hola {name}:\n\nYa puedes ahorrar en hasta diez huchas, cada una con su objetivo. Abre la app y pulsa «Huchas».\n\nDarse de baja de las novedades: {link}',
  ],
  pt: [
    'Novidade na app {brand}: mealheiros',
    'Olá {name},\n\nJá pode poupar em até dez mealheiros, cada um com o seu objetivo. Abra a app e toque em «Mealheiros».\n\nDeixar de receber novidades: {link}',
  ],
  it: [
    'Novità nell’app {brand}: i salvadanai',
    'Ciao {name},\n\nora puoi mettere da parte denaro in dieci salvadanai, ognuno con il suo obiettivo. Apri l’app e tocca «Salvadanai».\n\nDisiscriviti dalle novità: {link}',
  ],
  nl: [
    'Nieuw in de {brand}-app: spaarpotjes',
    'Hallo {name},\n\nJe kunt nu geld opzij zetten in tien spaarpotjes, elk met een eigen doel. Open de app en tik op ‘Potjes’.\n\nAfmelden voor productnieuws: {link}',
  ],
}

export const SECURITY_REVIEW: ByLang = {
  en: [
    'Take two minutes to review your security settings',
    'Hi {name},\n\nOnce a year we ask all customers to check their recovery phone, trusted devices and sign-in methods. It only takes two minutes: {link}\n\nThis is a routine reminder; nothing has changed on your account.\n\n{brand}',
  ],
  de: [
    'Zwei Minuten für Ihre Sicherheitseinstellungen',
    'Hallo {name},\n\neinmal im Jahr bitten wir alle Kunden, Telefonnummer, vertrauenswürdige Geräte und Anmeldeverfahren zu prüfen. Das dauert zwei Minuten: {link}\n\nDies ist eine Routine-Erinnerung, an Ihrem Konto hat sich nichts geändert.\n\n{brand}',
  ],
  fr: [
    'Vérifiez vos paramètres de sécurité en deux minutes',
    'Bonjour {name},\n\nUne fois par an, nous invitons nos clients à vérifier leur numéro de secours, leurs appareils de confiance et leurs méthodes de connexion : {link}\n\nCeci est un rappel de routine, rien n’a changé sur votre compte.\n\n{brand}',
  ],
  es: [
    'Revisa tu configuración de seguridad en dos minutos',
    'Hola {name}:\n\nUna vez al año pedimos a todos los clientes que revisen su teléfono de recuperación, dispositivos de confianza y métodos de acceso: {link}\n\nEs un recordatorio rutinario; no ha cambiado nada en tu cuenta.\n\n{brand}',
  ],
  pt: [
    'Reveja as suas definições de segurança em dois minutos',
    'Olá {name},\n\nUma vez por ano pedimos a todos os clientes que revejam o telefone de recuperação, os dispositivos de confiança e os métodos de acesso: {link}\n\nÉ um lembrete de rotina; nada mudou na sua conta.\n\n{brand}',
  ],
  it: [
    'Controlla le impostazioni di sicurezza in due minuti',
    'Ciao {name},\n\nuna volta all’anno chiediamo a tutti i clienti di verificare telefono di recupero, dispositivi attendibili e metodi di accesso: {link}\n\nÈ un promemoria di routine, sul tuo account non è cambiato nulla.\n\n{brand}',
  ],
  nl: [
    'Controleer in twee minuten je beveiligingsinstellingen',
    'Hallo {name},\n\nEén keer per jaar vragen we alle klanten hun herstelnummer, vertrouwde apparaten en inlogmethoden na te lopen: {link}\n\nDit is een routineherinnering; er is niets veranderd aan je account.\n\n{brand}',
  ],
}

export const NEWSLETTER: ByLang = {
  en: [
    '{brand} weekly: five ideas for the holidays',
    'Hello {name},\n\nThis week: winter walks near you, a slow-cooker stew, and our readers’ favourite board games.\n\nYou are receiving this because you subscribed at {brand}. Unsubscribe: {link}',
  ],
  de: [
    '{brand} Wochenpost: fünf Ideen für die Feiertage',
    'Hallo {name},\n\ndiese Woche: Winterwanderungen in Ihrer Nähe, ein Eintopf aus dem Schongarer und die Lieblingsspiele unserer Leser.\n\nSie erhalten diese E-Mail, weil Sie sich bei {brand} angemeldet haben. Abmelden: {link}',
  ],
  fr: [
    'La lettre {brand} : cinq idées pour les fêtes',
    'Bonjour {name},\n\nCette semaine : balades d’hiver, un pot-au-feu à la mijoteuse et les jeux de société préférés de nos lecteurs.\n\nVous recevez ce message car vous êtes abonné à {brand}. Se désabonner : {link}',
  ],
  es: [
    'Boletín {brand}: cinco ideas para las fiestas',
    'Hola {name}:\n\nEsta semana: paseos de invierno, un guiso a fuego lento y los juegos de mesa favoritos de nuestros lectores.\n\nRecibes este correo porque te suscribiste a {brand}. Darse de baja: {link}',
  ],
  pt: [
    'Newsletter {brand}: cinco ideias para as festas',
    'Olá {name},\n\nEsta semana: passeios de inverno, um cozido lento e os jogos de tabuleiro preferidos dos leitores.\n\nRecebe este email porque subscreveu {brand}. Cancelar: {link}',
  ],
  it: [
    'Newsletter {brand}: cinque idee per le feste',
    'Ciao {name},\n\nquesta settimana: passeggiate invernali, uno stufato a cottura lenta e i giochi da tavolo preferiti dai lettori.\n\nRicevi questa email perché sei iscritto a {brand}. Annulla iscrizione: {link}',
  ],
  nl: [
    '{brand} wekelijks: vijf ideeën voor de feestdagen',
    'Hoi {name},\n\nDeze week: winterwandelingen, een stoofpot uit de slowcooker en de favoriete bordspellen van onze lezers.\n\nJe ontvangt dit omdat je je hebt aangemeld bij {brand}. Afmelden: {link}',
  ],
}

export const CALENDAR: ByLang = {
  en: [
    'Invitation: {topic} @ {date}',
    '{sender} has invited you to an event.\n\n{topic}\nWhen: {date}, 18:30 – 20:00\nWhere: community hall\n\nGoing? Yes – Maybe – No\n\nInvitation from the calendar of {sender}',
  ],
  de: [
    'Einladung: {topic} am {date}',
    '{sender} hat Sie zu einem Termin eingeladen.\n\n{topic}\nWann: {date}, 18:30 – 20:00\nWo: Gemeindesaal\n\nTeilnehmen? Ja – Vielleicht – Nein',
  ],
  fr: [
    'Invitation : {topic} le {date}',
    '{sender} vous invite à un événement.\n\n{topic}\nQuand : {date}, 18 h 30 – 20 h\nOù : salle des fêtes\n\nParticiper ? Oui – Peut-être – Non',
  ],
  es: [
    'Invitación: {topic} el {date}',
    '{sender} te ha invitado a un evento.\n\n{topic}\nCuándo: {date}, 18:30 – 20:00\nDónde: centro cívico\n\n¿Asistirás? Sí – Quizás – No',
  ],
  pt: [
    'Convite: {topic} a {date}',
    '{sender} convidou-o para um evento.\n\n{topic}\nQuando: {date}, 18:30 – 20:00\nOnde: salão paroquial\n\nVai? Sim – Talvez – Não',
  ],
  it: [
    'Invito: {topic} il {date}',
    '{sender} ti ha invitato a un evento.\n\n{topic}\nQuando: {date}, 18:30 – 20:00\nDove: sala civica\n\nParteciperai? Sì – Forse – No',
  ],
  nl: [
    'Uitnodiging: {topic} op {date}',
    '{sender} heeft je uitgenodigd voor een afspraak.\n\n{topic}\nWanneer: {date}, 18:30 – 20:00\nWaar: buurthuis\n\nKom je? Ja – Misschien – Nee',
  ],
}
