// Look-alike texts of one class (newsletter), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const NEWSLETTER: LookTexts = {
  en: [
    [
      'Last chance: 30% off winter coats ends tonight',
      'Hi {first}, the sale closes at midnight.\nShop now: {link}\n\nYou subscribed at {brand}. Unsubscribe | Manage preferences: {link}',
    ],
    [
      '{brand} Weekly — five reads for your Sunday',
      'This week: slow cooking, a cycling route through the Dales and our editors’ picks.\n\nUpdate your preferences or unsubscribe: {link}',
    ],
    [
      'New in: the autumn range',
      'Fresh arrivals just landed at {brand}. Members get free delivery until Friday.\n\nDon’t want these emails? Unsubscribe: {link}',
    ],
  ],
  de: [
    [
      'Nur noch heute: 25 % auf Wintermäntel',
      'Hallo {first}, der Sale endet um Mitternacht.\nZum Shop: {link}\n\nSie erhalten diesen Newsletter von {brand}. Abmelden | Einstellungen: {link}',
    ],
    [
      'Die Woche bei {brand}',
      'Diesmal: Schmorgerichte, eine Radtour an der Mosel und die Tipps der Redaktion.\n\nNewsletter abbestellen: {link}',
    ],
    [
      'Neu eingetroffen: die Herbstkollektion',
      'Frisch bei {brand}. Mitglieder bestellen bis Freitag versandkostenfrei.\n\nKeine Mails mehr? Hier abmelden: {link}',
    ],
  ],
  fr: [
    [
      'Dernière chance : -30 % sur les manteaux',
      'Bonjour {first}, les soldes se terminent ce soir.\nJe fonce : {link}\n\nVous êtes inscrit(e) chez {brand}. Se désabonner | Préférences : {link}',
    ],
    [
      'La lettre du dimanche de {brand}',
      'Au sommaire : plats mijotés, une balade à vélo en Bourgogne et les coups de cœur de la rédaction.\n\nSe désinscrire : {link}',
    ],
    [
      'Nouveautés : la collection d’automne',
      'Tout juste arrivé chez {brand}. Livraison offerte aux membres jusqu’à vendredi.\n\nNe plus recevoir nos e-mails : {link}',
    ],
  ],
  es: [
    [
      'Última oportunidad: 30 % en abrigos',
      'Hola {first}, las rebajas terminan esta noche.\nVer ofertas: {link}\n\nTe suscribiste en {brand}. Darse de baja | Preferencias: {link}',
    ],
    [
      'Lo mejor de la semana en {brand}',
      'Esta semana: guisos de cuchara, una ruta en bici por la Rioja y las recomendaciones del equipo.\n\nCancelar suscripción: {link}',
    ],
    [
      'Novedades: colección de otoño',
      'Acaba de llegar a {brand}. Envío gratis para socios hasta el viernes.\n\n¿No quieres más correos? Baja aquí: {link}',
    ],
  ],
  pt: [
    [
      'Última oportunidade: 30% em casacos',
      'Olá {first}, os saldos terminam hoje à noite.\nVer campanha: {link}\n\nSubscreveu a newsletter {brand}. Anular subscrição | Preferências: {link}',
    ],
    [
      'O melhor da semana na {brand}',
      'Nesta edição: receitas de forno, um passeio de bicicleta pelo Douro e as escolhas da redação.\n\nCancelar inscrição: {link}',
    ],
    [
      'Chegou a coleção de outono',
      'Novidades fresquinhas na {brand}. Frete grátis para membros até sexta.\n\nNão quer mais e-mails? Descadastre-se: {link}',
    ],
  ],
  it: [
    [
      'Ultima occasione: -30% sui cappotti',
      'Ciao {first}, i saldi finiscono stasera.\nScopri: {link}\n\nSei iscritto alla newsletter {brand}. Disiscriviti | Preferenze: {link}',
    ],
    [
      'La settimana di {brand}',
      'In questo numero: piatti al forno, un giro in bici sulle Langhe e i consigli della redazione.\n\nAnnulla l’iscrizione: {link}',
    ],
    [
      'Nuovi arrivi: collezione autunno',
      'Appena arrivati da {brand}. Spedizione gratuita per i membri fino a venerdì.\n\nNon vuoi più email? Cancellati: {link}',
    ],
  ],
  nl: [
    [
      'Laatste kans: 30% op winterjassen',
      'Hoi {first}, de sale stopt vanavond.\nBekijk het aanbod: {link}\n\nJe bent aangemeld bij {brand}. Afmelden | Voorkeuren: {link}',
    ],
    [
      'Deze week bij {brand}',
      'Met: stoofgerechten, een fietsroute langs de Vecht en de favorieten van de redactie.\n\nUitschrijven: {link}',
    ],
    [
      'Nieuw binnen: de herfstcollectie',
      'Vers bij {brand}. Leden tot vrijdag gratis bezorging.\n\nGeen mails meer? Afmelden: {link}',
    ],
  ],
}
