// 13. Orders, shipping, delivery and pickup notices: labelled important.
import type { LookClass } from './types.ts'

export const ORDER: LookClass = {
  name: 'order',
  label: 'important',
  sender: 'brand',
  brands: ['{Stem} Shop', '{Stem} Express', '{Stem}'],
  locals: ['orders', 'shipping', 'tracking'],
  texts: {
    en: [
      [
        'Order confirmation #{order}',
        'Thanks for your order, {name}!\n\nOrder #{order} – {count} items – {amount}\nEstimated delivery: {date}\n\nTrack your order: {link}',
      ],
      [
        'Your parcel is on its way',
        'Good news: your {brand} parcel has shipped.\nTracking number: {track}\nExpected: {date}\n\nTrack it: {link}',
      ],
      [
        'Ready for pickup at your local store',
        'Hi {name}, order {order} is ready to collect at {brand} {city} until {date}. Bring this email and photo ID. Pickup code: {code}',
      ],
    ],
    de: [
      [
        'Bestellbestätigung Nr. {order}',
        'Vielen Dank für Ihre Bestellung, {name}!\n\nBestellung {order} – {count} Artikel – {amount}\nVoraussichtliche Lieferung: {date}\n\nSendung verfolgen: {link}',
      ],
      [
        'Ihr Paket kommt heute',
        'Ihr Paket {track} wird heute zwischen {time} und 18:00 zugestellt. Nicht zu Hause? Ablageort wählen: {link}',
      ],
      [
        'Abholbereit in Ihrer Filiale',
        'Hallo {name}, Ihre Bestellung {order} liegt bis {date} in der Filiale {city} für Sie bereit. Abholcode: {code}',
      ],
    ],
    fr: [
      [
        'Confirmation de commande n°{order}',
        'Merci pour votre commande, {name} !\n\nCommande {order} – {count} articles – {amount}\nLivraison estimée : {date}\n\nSuivre ma commande : {link}',
      ],
      [
        'Votre colis a été expédié',
        'Votre colis {brand} est en route.\nNuméro de suivi : {track}\nLivraison prévue : {date}\n\nSuivre : {link}',
      ],
      [
        'Votre colis vous attend en point relais',
        "Bonjour {name}, votre colis {track} est disponible au point relais {city} jusqu'au {date}. Code de retrait : {code}",
      ],
    ],
    es: [
      [
        'Confirmación del pedido n.º {order}',
        '¡Gracias por tu pedido, {name}!\n\nPedido {order} – {count} artículos – {amount}\nEntrega estimada: {date}\n\nSigue tu pedido: {link}',
      ],
      [
        'Tu paquete está en camino',
        'Tu pedido de {brand} ha salido del almacén.\nNúmero de seguimiento: {track}\nEntrega prevista: {date}\n\nSeguimiento: {link}',
      ],
      [
        'Tu pedido ya se puede recoger',
        'Hola {name}, tu pedido {order} te espera en la tienda {brand} de {city} hasta el {date}. Código de recogida: {code}',
      ],
    ],
    pt: [
      [
        'Confirmação da encomenda n.º {order}',
        'Obrigado pela sua encomenda, {name}!\n\nEncomenda {order} – {count} artigos – {amount}\nEntrega prevista: {date}\n\nAcompanhar encomenda: {link}',
      ],
      [
        'A sua encomenda foi enviada',
        'A sua encomenda {brand} está a caminho.\nN.º de seguimento: {track}\nEntrega prevista: {date}\n\nSeguir: {link}',
      ],
      [
        'Encomenda pronta para levantamento',
        'Olá {name}, a encomenda {order} está disponível na loja {brand} de {city} até {date}. Código de levantamento: {code}',
      ],
    ],
    it: [
      [
        'Conferma ordine n. {order}',
        "Grazie per il tuo ordine, {name}!\n\nOrdine {order} – {count} articoli – {amount}\nConsegna prevista: {date}\n\nTraccia l'ordine: {link}",
      ],
      [
        'Il tuo pacco è in viaggio',
        'Il tuo pacco {brand} è stato spedito.\nNumero di tracciamento: {track}\nConsegna prevista: {date}\n\nTraccia: {link}',
      ],
      [
        'Ordine pronto per il ritiro',
        "Ciao {name}, l'ordine {order} ti aspetta nel negozio {brand} di {city} fino al {date}. Codice di ritiro: {code}",
      ],
    ],
    nl: [
      [
        'Orderbevestiging #{order}',
        'Bedankt voor je bestelling, {name}!\n\nBestelling {order} – {count} artikelen – {amount}\nVerwachte levering: {date}\n\nVolg je bestelling: {link}',
      ],
      [
        'Je pakket komt vandaag',
        'Je pakket {track} wordt vandaag tussen {time} en 18:00 bezorgd. Niet thuis? Kies een andere bezorgoptie: {link}',
      ],
      [
        'Je bestelling ligt klaar',
        'Hoi {name}, bestelling {order} ligt tot {date} klaar in de {brand}-winkel in {city}. Ophaalcode: {code}',
      ],
    ],
  },
}
