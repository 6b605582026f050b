// 1. Newsletters the person subscribed to long ago: promotions, digests, "last chance", each
// with unsubscribe or preference links.
import type { LookClass } from './types.ts'

export const NEWSLETTER: LookClass = {
  name: 'newsletter',
  label: 'ham',
  sender: 'brand',
  brands: ['{Stem}', '{Stem} Store', '{Stem} Magazine', 'The {Stem} Weekly'],
  locals: ['news', 'newsletter', 'hello', 'deals'],
  texts: {
    en: [
      [
        'Last chance: 30% off ends tonight 🕛',
        "Hi {name},\n\nOur autumn sale closes at midnight. Everything in outdoor and home is still 30% off – no code needed.\n\nShop now: {link}\n\nYou're receiving this because you subscribed to {brand} emails.\nUnsubscribe: https://{domain}/unsubscribe | Manage preferences: https://{domain}/preferences",
      ],
      [
        '{brand} – {count} stories worth your time',
        'This week: why night trains are back, a guide to repairing your own boots, and the reader photo of the month.\n\nRead online: {link}\n\n—\nYou signed up for this digest. Update your preferences or unsubscribe at https://{domain}/email-settings',
      ],
      [
        '{name}, your October picks are here',
        "New arrivals we think you'll like, based on what you browsed.\n\n{link}\n\nNot interested anymore? Unsubscribe in one click: https://{domain}/u/{ref}",
      ],
    ],
    de: [
      [
        'Nur noch heute: 25 % auf alles',
        'Hallo {name},\n\nunser Herbst-Sale endet heute um Mitternacht. Sichern Sie sich 25 % Rabatt auf das gesamte Sortiment.\n\nZum Shop: {link}\n\nSie erhalten diesen Newsletter, weil Sie sich bei {brand} angemeldet haben. Abmelden: https://{domain}/abmelden',
      ],
      [
        '{brand} Wochenrückblick',
        'Die {count} meistgelesenen Artikel der Woche, dazu unser Rezept für Zwetschgenkuchen.\n\nOnline lesen: {link}\n\nNewsletter-Einstellungen ändern oder abbestellen: https://{domain}/newsletter',
      ],
      [
        'Neu eingetroffen, {name} 🍂',
        'Die neue Herbstkollektion ist da – schau sie dir an, bevor deine Größe weg ist.\n{link}\n\nKeine Lust mehr auf Post von uns? Hier abmelden: https://{domain}/abmelden',
      ],
    ],
    fr: [
      [
        "Dernière chance : -30 % jusqu'à minuit",
        "Bonjour {name},\n\nLes soldes d'automne se terminent ce soir. Profitez de -30 % sur toute la boutique.\n\nJ'en profite : {link}\n\nVous recevez cet e-mail car vous êtes inscrit à la newsletter {brand}. Se désinscrire : https://{domain}/desinscription",
      ],
      [
        'La lettre du dimanche – {brand}',
        'Au sommaire cette semaine : {count} lectures, un portrait et notre sélection de podcasts.\n\nLire en ligne : {link}\n\nGérer mes préférences ou me désabonner : https://{domain}/preferences',
      ],
      [
        '{name}, nos nouveautés de la semaine',
        'Découvrez les derniers arrivages sélectionnés pour vous.\n{link}\n\nPour ne plus recevoir nos e-mails, cliquez ici : https://{domain}/desabonnement',
      ],
    ],
    es: [
      [
        'Última oportunidad: 30 % de descuento hasta medianoche',
        'Hola {name}:\n\nNuestras rebajas de otoño terminan hoy. Todo con un 30 % de descuento, sin código.\n\nVer ofertas: {link}\n\nRecibes este correo porque te suscribiste a {brand}. Darse de baja: https://{domain}/baja',
      ],
      [
        'El resumen semanal de {brand}',
        'Esta semana: {count} artículos destacados, una entrevista y la agenda cultural.\n\nLeer en la web: {link}\n\nGestiona tus preferencias o cancela la suscripción en https://{domain}/preferencias',
      ],
      [
        '{name}, novedades que te van a gustar',
        'Acaban de llegar nuevos productos.\n{link}\n\n¿No quieres recibir más correos? Date de baja aquí: https://{domain}/baja',
      ],
    ],
    pt: [
      [
        'Última oportunidade: 30% de desconto até à meia-noite',
        'Olá {name},\n\nOs saldos de outono terminam hoje. Tudo com 30% de desconto, sem código.\n\nVer promoções: {link}\n\nRecebe este e-mail porque subscreveu a newsletter {brand}. Cancelar subscrição: https://{domain}/cancelar',
      ],
      [
        'Resumo semanal {brand}',
        'Esta semana: {count} artigos em destaque e as nossas sugestões de leitura.\n\nLer online: {link}\n\nGerir preferências ou cancelar: https://{domain}/preferencias',
      ],
      [
        '{name}, chegaram novidades',
        'Novos produtos escolhidos para si.\n{link}\n\nNão quer receber mais e-mails? Cancele aqui: https://{domain}/cancelar',
      ],
    ],
    it: [
      [
        'Ultima occasione: -30% fino a mezzanotte',
        "Ciao {name},\n\ni saldi d'autunno finiscono stasera. Tutto al 30% in meno, senza codice.\n\nScopri le offerte: {link}\n\nRicevi questa e-mail perché sei iscritto alla newsletter di {brand}. Annulla l'iscrizione: https://{domain}/disiscriviti",
      ],
      [
        'Il settimanale di {brand}',
        "Questa settimana: {count} articoli, un'intervista e i consigli di lettura.\n\nLeggi online: {link}\n\nGestisci le preferenze o disiscriviti: https://{domain}/preferenze",
      ],
      [
        '{name}, le novità della settimana',
        'Sono arrivati nuovi prodotti selezionati per te.\n{link}\n\nNon vuoi più ricevere le nostre e-mail? Disiscriviti qui: https://{domain}/disiscriviti',
      ],
    ],
    nl: [
      [
        'Laatste kans: 30% korting tot middernacht',
        'Hoi {name},\n\nOnze herfstuitverkoop eindigt vanavond. Alles 30% korting, zonder code.\n\nBekijk de aanbiedingen: {link}\n\nJe ontvangt deze e-mail omdat je bent ingeschreven voor de nieuwsbrief van {brand}. Uitschrijven: https://{domain}/uitschrijven',
      ],
      [
        '{brand} weekoverzicht',
        'Deze week: {count} verhalen, een interview en onze leestips.\n\nOnline lezen: {link}\n\nVoorkeuren beheren of afmelden: https://{domain}/voorkeuren',
      ],
      [
        '{name}, nieuw binnen',
        'Nieuwe producten speciaal voor jou geselecteerd.\n{link}\n\nGeen mails meer ontvangen? Meld je hier af: https://{domain}/afmelden',
      ],
    ],
  },
}
