// Spanish burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_ES: BurstTexts = {
  couponConfirm:
    'Confirma tu suscripción y consigue tu código del {pct} %\nHola:\n\nUn clic y tu código de bienvenida es tuyo. Confirma tu dirección de correo: {link}\n\nEl código vale para tu primer pedido, ofertas del Black Friday incluidas.\n\n{shop}',
  couponCode:
    'Aquí tienes tu código: {code} 🎉\n¡Bienvenido/a a {shop}!\n\nTu código del {pct} %: {code}\nVálido hasta el {date} en tu primer pedido.\n\nEmpieza a comprar: {link}',
  welcome: [
    'Bienvenido/a a la familia {shop}\nHola {first}:\n\n¡Gracias por unirte! Esto es lo que te espera: acceso anticipado a rebajas, nuevas colecciones e ideas para regalar, más o menos una vez por semana.\n\nLo más vendido: {link}\n\nPuedes darte de baja cuando quieras.',
    'Lo más vendido, elegido para ti\n{shop}\n\n¿Aún buscas regalos, {first}? Estas son las prendas favoritas de nuestros clientes esta temporada. Recuerda tu código {code}.\n\nDescubrir: {link}\n\nDarse de baja | Preferencias',
  ],
  account: [
    'Activa tu cuenta\nHola {first}:\n\nGracias por tu pedido en {shop}. Hemos creado una cuenta de cliente para que puedas seguir tu pedido. Actívala aquí: {link}',
    'Crea tu contraseña de {shop}\nHola:\n\nDurante la compra se creó una cuenta para {email}. Crea una contraseña para seguir tus pedidos y guardar direcciones: {link}\n\nEl enlace es válido durante 7 días.',
    'Verifica tu correo electrónico\nVerifica tu dirección de correo para tu nueva cuenta de {shop}: {link}\n\nSi no has creado ninguna cuenta, ignora este mensaje.',
  ],
  payment:
    'Justificante de pago del pedido {order}\n{shop}\n\nImporte pagado: {amount} €\nForma de pago: Visa •••• {last4}\nFecha: {today}\n\nGuarda este justificante. ¿Dudas? Responde a este correo.',
  review:
    '¿Qué tal tu pedido {order}, {first}? Valóralo\nHola {first}:\n\nTu pedido de {shop} llegó hace unos días. ¿Nos dedicas un minuto para valorarlo? Tu opinión ayuda a otros clientes.\n\n★★★★★ Escribir opinión: {link}',
  supportAck: [
    '[{shop}] Solicitud recibida: {subject}\nHola {first}:\n\nGracias por contactar con atención al cliente de {shop}. Hemos recibido tu solicitud y te responderemos en 24 horas. Tu número de ticket es {ticket}.\n\nUn saludo,\n{shop}',
    'RE: {subject} [#{ticket}]\nHola:\n\nHemos recibido tu mensaje y abierto el ticket #{ticket}. Durante el Black Friday respondemos en dos días laborables.\n\n— Soporte {shop}',
  ],
  eventConfirm:
    'Confirma tu inscripción: {event}\nHola {first}:\n\nGracias por inscribirte en {event} el {date}. Confírmala para que te guardemos la plaza: {link}\n\n¡Nos vemos!\n{shop}',
  tickets:
    'Tus entradas para {event}\nPedido {order}\n\nHola {first}, ¡gracias por tu compra!\n2 x Entrada general – {amount} €\n{venue}, {date}, apertura de puertas 19:00\n\nTienes las entradas en PDF adjunto y en la app: {link}',
  invite:
    'Invitación: {event} el {date} 10:00 - 11:30 (CET)\n{shop} te ha invitado a este evento.\n\nCuándo: {date} 10:00 – 11:30\nEnlace para unirte: {link}\n\n¿Asistirás? Sí · No · Quizás\n\nRecibes esta invitación porque te inscribiste en el evento.',
  reminder:
    'Recordatorio: {event} empieza mañana\nHola {first}:\n\nTe recordamos que {event} empieza mañana a las 10:00. Tu enlace personal: {link}\n\nAñádelo a tu calendario para no perdértelo.\n\n{shop}',
  travelVerify:
    'Verifica tu dirección de correo\n¡Bienvenido/a a {shop}, {first}!\n\nConfirma tu correo para terminar de configurar tu cuenta y recibir avisos de tus reservas: {link}',
  booking: {
    flight:
      'Confirmación de reserva – tu vuelo a {city} ({ref})\nEstimado/a {name}:\n\nGracias por reservar con {shop}. Localizador: {ref}\nIda: {date}, salida 07:45\nPasajeros: 1 adulto\nTotal pagado: {amount} €\n\nGestiona tu reserva y haz el check-in online 24 horas antes: {link}',
    hotel:
      'Tu estancia en {shop} {city} está confirmada\nHola {first}:\n\nNúmero de confirmación: {ref}\nEntrada: {date} desde las 15:00\n2 noches, 1 habitación doble con desayuno\nTotal: {amount} €\n\nVer o modificar la reserva: {link}',
    car: '{shop} reserva {ref}: tu coche en {city}\nHola {first}:\n\nTu coche de alquiler está reservado.\nRecogida: estación de {city}, {date} 10:00\nCategoría: compacto o similar\nPrepagado: {amount} €\n\nTrae tu carné de conducir y una tarjeta de crédito a tu nombre. Gestionar: {link}',
    rail: 'Tus billetes: {city} – {date}\n{shop}\n\nHola {first}, aquí tienes tus billetes. Localizador {ref}.\nCoche 6, plaza 45\nTotal: {amount} €\n\nMuestra el código QR en el móvil o imprímelo: {link}',
  },
  travelPayment:
    'Pago recibido – reserva {ref}\nHemos recibido tu pago de {amount} € con la Visa terminada en {last4} para la reserva {ref}. Adjuntamos la factura.\n\n{shop}',
  events: [
    'Carrera solidaria de Navidad 10K',
    'Cumbre de Comercio Digital 2026 (online)',
    'Concierto de Navidad del coro',
    'Webinar: prepara tu Black Friday',
  ],
  cities: ['Sevilla', 'Oporto', 'Valencia', 'Bilbao'],
  venues: ['Auditorio Municipal', 'Teatro Principal', 'Pabellón Príncipe Felipe'],
}
