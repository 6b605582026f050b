// Look-alike texts: newsletters subscribed to long ago, and social / community notifications.
import type { LookTexts } from './look-types.ts'

export const NEWSLETTER: LookTexts = {
  en: [
    'Last chance: 30% off ends at midnight | Hi {first}, the autumn sale closes tonight. Pick up where you left off: {link} // You get this because you joined the {brand} list. Unsubscribe or manage preferences: {link}',
    'Your {brand} weekly digest – 5 reads for the weekend | Top picks this week, chosen for you. // Read online: {link} // Update your email preferences or unsubscribe at any time.',
    '{brand}: new arrivals just landed 🍂 | Fresh stock, free returns. Shop now: {link} // Not interested anymore? Unsubscribe: {link}',
  ],
  de: [
    'Nur noch heute: 20 % auf alles | Hallo {first}, unser Herbstsale endet um Mitternacht. Jetzt stöbern: {link} // Newsletter abbestellen: {link}',
    'Ihr Wochenrückblick von {brand} | Die meistgelesenen Artikel der Woche. Online lesen: {link} // Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: {link}',
    'Neu im Sortiment bei {brand} | Entdecke unsere Neuheiten und spare beim Versand. {link} // Einstellungen ändern | Abmelden',
  ],
  fr: [
    'Dernière chance : -25 % jusqu’à ce soir | Bonjour {first}, les soldes se terminent à minuit. J’en profite : {link} // Se désinscrire : {link}',
    'La lettre du dimanche de {brand} | Nos cinq coups de cœur de la semaine. Lire en ligne : {link} // Gérer mes préférences ou me désabonner.',
    '{brand} – les nouveautés sont là | Découvrez la collection d’hiver : {link} // Vous recevez ce message car vous êtes inscrit(e) à notre newsletter.',
  ],
  es: [
    'Última oportunidad: 30 % de descuento | Hola {first}, la oferta termina esta noche. Aprovéchala: {link} // Darse de baja: {link}',
    'Tu resumen semanal de {brand} | Lo más leído de la semana. Ver en el navegador: {link} // Gestiona tus preferencias o cancela la suscripción.',
    'Novedades de otoño en {brand} 🍁 | Ya tienes aquí la nueva colección. {link} // Recibes este correo porque te suscribiste a nuestro boletín.',
  ],
  pt: [
    'Última chance: 30% OFF só hoje | Oi {first}, a promoção acaba à meia-noite. Confira: {link} // Cancelar inscrição: {link}',
    'O resumo semanal da {brand} | As leituras mais populares da semana. Ler online: {link} // Gerir preferências ou anular a subscrição.',
    'Novidades na {brand} | Chegaram os artigos da nova estação: {link} // Recebe este e-mail porque subscreveu a nossa newsletter.',
  ],
  it: [
    'Ultima occasione: -30% fino a mezzanotte | Ciao {first}, i saldi finiscono stasera. Scopri: {link} // Annulla l’iscrizione: {link}',
    'Il riepilogo settimanale di {brand} | Le letture più apprezzate della settimana. Leggi online: {link} // Gestisci le preferenze o disiscriviti.',
    'Nuovi arrivi da {brand} | La collezione invernale è online: {link} // Ricevi questa email perché sei iscritto alla nostra newsletter.',
  ],
  nl: [
    'Laatste kans: 30% korting | Hoi {first}, de sale stopt vanavond om middernacht. Shop nu: {link} // Afmelden: {link}',
    'Jouw wekelijkse overzicht van {brand} | De best gelezen verhalen van deze week. Online lezen: {link} // Voorkeuren wijzigen of uitschrijven.',
    'Nieuw binnen bij {brand} | De wintercollectie staat online: {link} // Je ontvangt deze mail omdat je je hebt ingeschreven voor onze nieuwsbrief.',
  ],
}

export const SOCIAL: LookTexts = {
  en: [
    '{who} started following you | {who} is now following you on {brand}. See their profile: {link} // Turn off these emails in Settings.',
    '{who} mentioned you in a comment | "@{first} have a look at this, I think you’ll like it" // Reply on {brand}: {link}',
    'You’re invited: {brand} meetup on {day} | {who} invited you to an event at {time}. Going? {link}',
  ],
  de: [
    '{who} folgt dir jetzt | {who} folgt dir jetzt auf {brand}. Profil ansehen: {link}',
    'Neue Nachricht von {who} | {who} hat dir auf {brand} geschrieben: „Hast du am Wochenende Zeit?“ Antworten: {link}',
    'Einladung: Stammtisch am {day} | {who} hat dich zu einer Veranstaltung um {time} eingeladen. Zusagen: {link}',
  ],
  fr: [
    '{who} vous suit désormais | {who} s’est abonné(e) à votre profil {brand}. Voir le profil : {link}',
    '{who} a commenté votre publication | « Super photo ! » — Répondre sur {brand} : {link}',
    'Invitation : soirée {brand} le {day} | {who} vous invite à {time}. Participer : {link}',
  ],
  es: [
    '{who} ha empezado a seguirte | {who} te sigue ahora en {brand}. Ver perfil: {link}',
    '{who} te ha mencionado | «@{first} mira esto» — Responder en {brand}: {link}',
    'Te han invitado: quedada el {day} | {who} te invita a un evento a las {time}. ¿Vienes? {link}',
  ],
  pt: [
    '{who} começou a seguir você | {who} agora segue você no {brand}. Ver perfil: {link}',
    'Nova mensagem de {who} | {who} enviou-lhe uma mensagem no {brand}: "Estás livre no sábado?" Responder: {link}',
    'Convite: encontro no {day} | {who} convidou você para um evento às {time}. Confirmar: {link}',
  ],
  it: [
    '{who} ha iniziato a seguirti | {who} ora ti segue su {brand}. Vedi profilo: {link}',
    '{who} ti ha menzionato in un commento | «@{first} guarda qui» — Rispondi su {brand}: {link}',
    'Sei invitato: aperitivo {brand} il {day} | {who} ti invita alle {time}. Partecipi? {link}',
  ],
  nl: [
    '{who} volgt je nu | {who} volgt je nu op {brand}. Bekijk profiel: {link}',
    'Nieuw bericht van {who} | {who} stuurde je een bericht op {brand}: "Zin in koffie morgen?" Beantwoorden: {link}',
    'Uitnodiging: borrel op {day} | {who} nodigt je uit om {time}. Kom je? {link}',
  ],
}
