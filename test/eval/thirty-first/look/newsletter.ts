// Class 1: newsletters the person subscribed to long ago (promotions, digests, "last chance"),
// with unsubscribe / preference links. Texts are `subject|body`; slots {brand} {name} {link}.
import type { Lang } from '../../types.ts'

export const NEWSLETTER: Record<Lang, readonly string[]> = {
  en: [
    'Last chance: 30% off ends tonight|Hi {name}, our autumn sale closes at midnight. Shop now: {link}\nYou are receiving this because you subscribed at {brand}. Unsubscribe · Manage preferences',
    'The Sunday Read #212|This week: slow-cooked stews, a guide to winter cycling and three books we loved.\nRead online: {link}\nUpdate your email preferences or unsubscribe at any time.',
    '{brand}|New arrivals are in 🧥 Free returns for 60 days. {link}\nDon’t want these emails? Unsubscribe.',
  ],
  de: [
    'Nur noch heute: 25 % auf alles|Hallo {name}, unser Herbst-Sale endet um Mitternacht. Jetzt shoppen: {link}\nDu erhältst diese E-Mail, weil du den Newsletter von {brand} abonniert hast. Abmelden · Einstellungen',
    'Der Wochenrückblick, Ausgabe 87|Diese Woche: Bahnstreik, neue Radwege und unser Rezept für Linsensuppe.\nOnline lesen: {link}\nNewsletter abbestellen',
    '{brand}|Neu eingetroffen ✨ Kostenloser Versand ab 29 €. {link}\nKeine Lust mehr? Hier abmelden.',
  ],
  fr: [
    'Dernière chance : -30 % jusqu’à ce soir|Bonjour {name}, nos soldes d’automne se terminent à minuit. J’en profite : {link}\nVous recevez cet e-mail car vous êtes inscrit à la newsletter {brand}. Se désabonner · Préférences',
    'La lettre du dimanche n°154|Au sommaire : potimarron, randonnées d’hiver et nos coups de cœur lecture.\nLire en ligne : {link}\nGérer mes préférences ou me désinscrire',
    '{brand}|Les nouveautés sont là 🧣 Retours gratuits 30 jours. {link}\nSe désinscrire',
  ],
  es: [
    'Última oportunidad: -30 % hasta esta noche|Hola {name}, nuestras rebajas de otoño terminan a medianoche. Compra ya: {link}\nRecibes este correo porque te suscribiste a {brand}. Darse de baja · Preferencias',
    'El resumen del domingo #98|Esta semana: cocido, rutas de invierno y tres libros que nos han encantado.\nLeer online: {link}\nGestionar preferencias o darse de baja',
    '{brand}|Novedades recién llegadas 🧥 Devoluciones gratis. {link}\nDarse de baja',
  ],
  pt: [
    'Última chance: 30% off só hoje|Oi {name}, nossa promoção de primavera termina à meia-noite. Aproveite: {link}\nVocê recebe este e-mail porque se cadastrou na {brand}. Descadastrar · Preferências',
    'A newsletter de domingo n.º 61|Esta semana: castanhas, passeios de inverno e três livros que adorámos.\nLer online: {link}\nGerir preferências ou cancelar a subscrição',
    '{brand}|Chegaram novidades 🧥 Devolução grátis em 30 dias. {link}\nCancelar subscrição',
  ],
  it: [
    'Ultima occasione: -30% fino a stasera|Ciao {name}, i nostri saldi d’autunno finiscono a mezzanotte. Approfittane: {link}\nRicevi questa email perché sei iscritto alla newsletter di {brand}. Disiscriviti · Preferenze',
    'La lettera della domenica n. 73|Questa settimana: zucca, passeggiate d’inverno e tre libri che ci sono piaciuti.\nLeggi online: {link}\nGestisci preferenze o annulla l’iscrizione',
    '{brand}|Nuovi arrivi 🧥 Reso gratuito entro 30 giorni. {link}\nAnnulla iscrizione',
  ],
  nl: [
    'Laatste kans: 30% korting tot vanavond|Hoi {name}, onze herfstsale stopt om middernacht. Shop nu: {link}\nJe ontvangt deze e-mail omdat je je hebt ingeschreven bij {brand}. Uitschrijven · Voorkeuren',
    'De zondagbrief #119|Deze week: stamppot, winterwandelingen en drie boeken die we graag lazen.\nOnline lezen: {link}\nVoorkeuren beheren of uitschrijven',
    '{brand}|Nieuw binnen 🧥 Gratis retour binnen 30 dagen. {link}\nUitschrijven',
  ],
}
