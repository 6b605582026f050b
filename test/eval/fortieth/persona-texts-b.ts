// The personas' regular mail in fr and es (see persona-texts.ts), written for this set.
import { T, type Pair, type Stream } from './persona-texts.ts'

export const STREAM_TEXT_B: Record<'fr' | 'es', Record<Stream, Pair>> = {
  fr: T(
    [
      'Paiement reçu : facture {ref} ({amount})',
      '{who} a réglé la facture {ref} de {amount}. Voir dans {brand} : {link}',
    ],
    [
      '{who} a commenté « Refonte du site »',
      '{who} : « Nouvelles maquettes en ligne, tu regardes l’en-tête ? » Répondre dans {brand} : {link}',
    ],
    [
      '{who} a signé « Contrat de prestation {ref} »',
      'Toutes les parties ont signé. Télécharger le document depuis {brand} : {link}',
    ],
    [
      '{brand} : les offres de la semaine',
      'Bonjour {name}, notre sélection de la semaine et {amount} de remise dès 50 € d’achat. {link}',
    ],
    [
      'Votre relevé mensuel est disponible',
      'Madame, Monsieur {name}, votre relevé {brand} du compte se terminant par {code} est disponible dans votre espace.',
    ],
    [
      '{reply} Déjeuner dimanche',
      'Coucou Papi/Mamie, on arrive à 12h30 avec les enfants. Bisous, {who}',
    ],
    [
      'Merci pour votre achat – commande {ref}',
      'Boutique {brand} : 1 article acheté pour {amount}. Il est dans votre bibliothèque.',
    ],
    [
      'Votre code de connexion {brand} : {code}',
      'Saisissez {code} dans le launcher. Ce n’était pas vous ? Changez votre mot de passe.',
    ],
    [
      '{who} vous a envoyé une demande d’ami',
      '{who} veut devenir votre ami sur {brand}. Accepter ou ignorer : {link}',
    ],
    [
      'Nouveaux messages dans #soirée-raid',
      '{who} et 4 autres ont écrit dans la communauté {brand} : {link}',
    ],
    [
      'Nouvelle réservation : {date}, 3 nuits',
      '{who} a réservé votre logement 3 nuits à partir du {date}. Versement : {amount}. Détails sur {brand} : {link}',
    ],
    [
      '{reply} Chauffage appartement 2',
      'Bonjour, le radiateur de la chambre est froid depuis hier. Quelqu’un peut passer ? {who}',
    ],
    [
      'Votre facture d’électricité : {amount}',
      '{brand} : votre facture {ref} de {amount} est disponible, prélèvement le {date}.',
    ],
    [
      'Devis {ref} : réparation robinet salle de bain',
      'Bonjour {name}, voici notre devis {ref} de {amount} TTC. Intervention possible le {date}. {who}, {brand}',
    ],
  ),
  es: T(
    [
      'Pago recibido: factura {ref} ({amount})',
      '{who} ha pagado la factura {ref} de {amount}. Ver en {brand}: {link}',
    ],
    [
      '{who} comentó en «Rediseño de la web»',
      '{who}: «He subido los bocetos nuevos, ¿miras la cabecera?» Responder en {brand}: {link}',
    ],
    [
      '{who} firmó «Contrato de servicios {ref}»',
      'Todas las partes han firmado. Descarga el documento en {brand}: {link}',
    ],
    [
      '{brand}: ofertas de la semana',
      'Hola {name}, nuestra selección de esta semana y {amount} de descuento a partir de 50 €. {link}',
    ],
    [
      'Tu extracto mensual está disponible',
      'Estimado/a {name}, tu extracto de {brand} de la cuenta terminada en {code} ya está en la banca online.',
    ],
    [
      '{reply} Comida del domingo',
      'Hola abuelo/abuela, llegamos a las 12:30 con los niños. Besos, {who}',
    ],
    [
      'Gracias por tu compra – pedido {ref}',
      'Tienda {brand}: compraste 1 artículo por {amount}. Ya está en tu biblioteca.',
    ],
    [
      'Tu código de acceso a {brand}: {code}',
      'Introduce {code} en el launcher. ¿No has sido tú? Cambia tu contraseña.',
    ],
    [
      '{who} te ha enviado una solicitud de amistad',
      '{who} quiere ser tu amigo en {brand}. Aceptar o ignorar: {link}',
    ],
    [
      'Mensajes nuevos en #noche-de-raid',
      '{who} y 4 más han escrito en la comunidad {brand}: {link}',
    ],
    [
      'Nueva reserva: {date}, 3 noches',
      '{who} ha reservado tu piso 3 noches desde el {date}. Pago: {amount}. Detalles en {brand}: {link}',
    ],
    [
      '{reply} Calefacción piso 2',
      'Hola, el radiador del dormitorio sigue frío desde ayer. ¿Puede venir alguien? {who}',
    ],
    [
      'Tu factura de la luz: {amount}',
      '{brand}: tu factura {ref} de {amount} está disponible y se cargará el {date}.',
    ],
    [
      'Presupuesto {ref}: reparación del grifo del baño',
      'Hola {name}, adjuntamos el presupuesto {ref} de {amount} IVA incluido. Podemos ir el {date}. {who}, {brand}',
    ],
  ),
}
