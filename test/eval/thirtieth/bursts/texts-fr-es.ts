// Burst texts for fr, es.
import type { BurstTexts } from './types.ts'

export const FR: BurstTexts = {
  roles: ['Chargée de projet', 'Comptable', 'Analyste de données', 'Responsable logistique'],
  job: [
    [
      'Votre candidature chez {brand}',
      'Bonjour {first},\nNous vous remercions pour votre candidature au poste de {role}. Elle a bien été reçue et sera étudiée par nos équipes.\nL’équipe recrutement {brand}',
    ],
    [
      'Accusé de réception de votre candidature',
      'Bonjour {first}, votre candidature ({role}, réf. {ref}) nous est bien parvenue. Suivi : {link}',
    ],
  ],
  items: ['pull en laine', 'baskets 39', 'lampe de bureau', 'parure de lit', 'théière'],
  order: [
    [
      'Confirmation de commande n° {ref}',
      'Merci {first} !\nArticles : {items}\nTotal : {amount}\nLivraison estimée : {day}',
    ],
    [
      'Nous avons bien reçu votre commande',
      'Commande {ref} chez {brand} : {items}. Montant {amount}. Livraison le {day}.',
    ],
  ],
  shipped: [
    'Votre commande {ref} est en route',
    'Numéro de suivi {code}. Livraison prévue le {day}.',
  ],
  sectors: [
    'Banque',
    'Assurance',
    'Énergie',
    'Mobile',
    'La Poste',
    'Magazine',
    'Mutuelle',
    'Box internet',
  ],
  move: [
    [
      'Votre changement d’adresse a bien été pris en compte',
      'Bonjour {first}, nous avons reçu votre demande de changement d’adresse. Référence {ref}.',
    ],
    [
      'Demande de modification d’adresse reçue',
      'Bonjour, votre nouvelle adresse sera active sous 5 jours ouvrés. Dossier {ref}.',
    ],
  ],
  customer: [
    ['Votre relevé est disponible', 'Bonjour {first}, votre relevé {brand} est en ligne.'],
    ['Les nouvelles de {brand}', 'Nos conseils de saison et nos nouveautés.'],
  ],
  code: ['{code} est votre code {brand}', 'Saisissez ce code sur votre nouvel appareil : {code}.'],
  alert: [
    'Nouvelle connexion sur Android',
    'Votre compte {brand} a été utilisé sur {device}. Si c’était vous, rien à faire.',
  ],
  trip: [
    [
      'Réservation confirmée : Lyon – Lisbonne',
      'Référence {ref}, départ le {day}. Total payé {amount}.',
    ],
    ['Votre séjour à l’hôtel {brand}', 'Confirmation {ref}, arrivée le {day}, {amount}.'],
    ['Location de voiture confirmée', 'Réservation {ref}, prise en charge le {day}, {amount}.'],
    ['Votre assurance voyage', 'Contrat {ref} à partir du {day}. Prime {amount}.'],
    ['Parking aéroport réservé', 'Réservation {ref} à partir du {day}, {amount}.'],
  ],
  events: ['Atelier aquarelle', 'Webinaire impôts', 'Course des 10 km', 'Cours d’italien'],
  event: [
    [
      'Inscription confirmée : {event}',
      'Bonjour {first}, votre place pour {event} le {day} est réservée. {link}',
    ],
    ['Merci pour votre inscription', '{event} – billet n° {ref}.'],
  ],
  confirmFirst: [
    'Confirmez votre adresse e-mail',
    'Pour finaliser votre inscription à {event} : {link}',
  ],
}

export const ES: BurstTexts = {
  roles: [
    'Técnica de proyectos',
    'Administrativo contable',
    'Analista de datos',
    'Jefe de almacén',
  ],
  job: [
    [
      'Hemos recibido tu candidatura',
      'Hola {first}:\nGracias por tu interés en el puesto de {role} en {brand}. Hemos recibido tu candidatura y la revisaremos con atención.\nEquipo de Selección',
    ],
    [
      'Confirmación de inscripción en la oferta {role}',
      'Estimado/a {first}, su solicitud (ref. {ref}) ha quedado registrada. Consulte el estado en {link}',
    ],
  ],
  items: [
    'jersey de lana',
    'zapatillas 40',
    'lámpara de escritorio',
    'juego de sábanas',
    'cafetera',
  ],
  order: [
    [
      'Confirmación de tu pedido {ref}',
      '¡Gracias, {first}!\nArtículos: {items}\nTotal: {amount}\nEntrega estimada: {day}',
    ],
    ['Pedido recibido', 'Pedido {ref} en {brand}: {items}. Importe {amount}. Llega el {day}.'],
  ],
  shipped: ['Tu pedido {ref} ya está en camino', 'Seguimiento {code}. Entrega el {day}.'],
  sectors: ['Banco', 'Seguros', 'Energía', 'Móvil', 'Correos', 'Revista', 'Fibra', 'Mutua'],
  move: [
    [
      'Hemos recibido tu solicitud de cambio de domicilio',
      'Hola {first}, tu petición está registrada con la referencia {ref}.',
    ],
    [
      'Cambio de dirección tramitado',
      'Estimado/a {first}, le confirmamos la recepción de su solicitud. Nº {ref}.',
    ],
  ],
  customer: [
    ['Tu extracto ya está disponible', 'Hola {first}, consulta tu extracto de {brand}.'],
    ['Novedades de {brand}', 'Consejos de temporada y novedades.'],
  ],
  code: [
    '{code} es tu código de {brand}',
    'Introduce este código en tu nuevo dispositivo: {code}.',
  ],
  alert: [
    'Nuevo inicio de sesión en Android',
    'Tu cuenta {brand} se ha usado en {device}. Si fuiste tú, no hagas nada.',
  ],
  trip: [
    ['Reserva confirmada: Madrid – Oporto', 'Localizador {ref}, salida {day}. Total {amount}.'],
    ['Tu reserva en el hotel {brand}', 'Confirmación {ref}, llegada {day}, {amount}.'],
    ['Alquiler de coche confirmado', 'Reserva {ref}, recogida {day}, {amount}.'],
    ['Tu seguro de viaje', 'Póliza {ref} desde el {day}. Prima {amount}.'],
    ['Parking del aeropuerto reservado', 'Reserva {ref} desde el {day}, {amount}.'],
  ],
  events: [
    'Taller de cerámica',
    'Webinar de la renta',
    'Carrera popular 10K',
    'Curso de inglés B1',
  ],
  event: [
    [
      'Inscripción confirmada: {event}',
      'Hola {first}, tu plaza para {event} el {day} está reservada. {link}',
    ],
    ['Gracias por inscribirte', '{event} – entrada nº {ref}.'],
  ],
  confirmFirst: [
    'Confirma tu correo electrónico',
    'Para completar la inscripción en {event}: {link}',
  ],
}
