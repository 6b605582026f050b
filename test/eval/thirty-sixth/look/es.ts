// Spanish look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_ES: LookTexts = {
  newsletter: [
    '⚡ Black Friday en {brand}: hasta un 50 % de descuento\nVer en el navegador\n\nHola {first}, ¡ya está aquí! Solo durante 72 horas: abrigos, botas y packs de regalo con hasta un 50 % de descuento. Termina el lunes a medianoche.\n\nIr a las ofertas: {link}\n\nRecibes este correo porque te suscribiste en {brand}. Darse de baja | Preferencias',
    'Última oportunidad: el Cyber Monday acaba esta noche\n{brand} · Envío gratis desde 40 €\n\n¡Quedan pocas horas, {first}! Nuestros más vendidos siguen con un {pct} % de descuento y tus puntos valen el doble hasta medianoche.\n\nVer ofertas: {link}\n\nGestiona tus preferencias o date de baja aquí: {link}',
  ],
  marketplace: [
    'Nuevo mensaje de {seller} sobre «{item}»\nHola {first}:\n\n{seller} ha respondido a tu pregunta sobre {item}:\n«Sí, sigue disponible y puedo enviarlo el lunes. ¿Te parecen bien {price} € con envío incluido?»\n\nResponder en la app: {link}\n\nPor tu seguridad, paga y chatea siempre a través de {brand}.',
    '¡Has vendido «{item}»!\n¡Buenas noticias, {first}!\n\n{item} se ha vendido por {price} €. Envíalo en los próximos 3 días laborables y añade el número de seguimiento.\n\nImprimir etiqueta: {link}\n\n{brand}',
  ],
  'price-alert': [
    'Bajada de precio: {item} ahora a {price} €\nAlerta de precio de {brand}\n\nEl artículo que sigues ha bajado de {old} € a {price} € en 3 tiendas. Durante la semana del Black Friday los precios cambian rápido.\n\nComparar ofertas: {link}\n\nCreaste esta alerta el {earlier}. Gestionar alertas: {link}',
    'Has alcanzado tu precio objetivo 🎯\nHola {first}, {item} está disponible por {price} €, por debajo de los {old} € que marcaste.\n\nVer oferta: {link}\n\nComparador {brand} · desactivar alerta: {link}',
  ],
  wishlist: [
    'Un artículo de tu lista de deseos está rebajado\nHola {first}:\n\nBuenas noticias: «{item}» de tu lista de deseos tiene ahora un {pct} % de descuento. Unidades limitadas.\n\nVer mi lista: {link}\n\n{brand}',
    'De nuevo disponible: {item}\nNos pediste que te avisáramos cuando volviera {item}. Ya está aquí, aunque seguramente no por mucho tiempo.\n\nAñadir a la cesta: {link}\n\nRecibes este correo porque guardaste el artículo en {brand}. Gestionar avisos: {link}',
  ],
  loyalty: [
    'Tienes {points} puntos esperándote, {first}\nClub {brand}\n\nTu saldo: {points} puntos (equivalen a {amount} €). Durante la semana del Black Friday, cada compra suma el triple de puntos.\n\nVer mis ventajas: {link}\n\nLos puntos caducan a los 12 meses.',
    'Tu resumen de {brand} de noviembre\nHola {first}:\n\nPuntos este mes: 320\nSaldo total: {points}\nNivel: Plata – te faltan 180 puntos para Oro\n\nVer resumen: {link}',
  ],
  'app-notice': [
    'Novedades en la app de {brand}\nHola {first}:\n\nYa está aquí la versión 5.2: modo oscuro, pago más rápido y seguimiento de pedidos en la pantalla de bloqueo. Actualízala desde tu tienda de apps.\n\nNotas de la versión: {link}\n\nEl equipo de {brand}',
    'Aviso: tu almacenamiento de {brand} está al 90 %\nHola {first}:\n\nEstás usando 4,5 GB de 5 GB. Si se llena, tus fotos y copias de seguridad dejarán de sincronizarse.\n\nGestionar espacio: {link}\n\nEste es un mensaje de servicio sobre tu cuenta de {brand}.',
  ],
  person: [
    'RE: ¿Mercadillo navideño el sábado?\nHola {first}:\n\n¡El sábado nos viene genial! ¿Quedamos a las 17 h en la plaza del Pilar? Yo llevo el termo de chocolate.\n\nUn beso,\n{author}\n\n> ¿Os apetece ir al mercadillo navideño el sábado?',
    'RE: Lista del amigo invisible\nHola {first}:\n\nTe he apuntado al intercambio de libros. El presupuesto es de 20 € como el año pasado y el sorteo es el viernes.\n\nUn abrazo,\n{author}',
  ],
  'list-reply': [
    '[bici-zaragoza] Re: Luces para el invierno\nLlevo dos inviernos con la luz delantera de la última compra conjunta y va perfecta. Eso sí, cárgala cada semana.\n\n{author}\n\n_______________________________________________\nLista bici-zaragoza\nDarse de baja: {link}',
    '[cerveceros-caseros] Re: Levadura para una cerveza de invierno\nDe acuerdo con el mensaje anterior: fermentando despacio a 18 °C tuve muchos menos sabores raros.\n\n-- \n{author}\n\nEstás suscrito a cerveceros-caseros. Para salir de la lista: {link}',
  ],
  'ticket-reply': [
    'RE: [#{ticket}] {subject}\nHola {first}:\n\nGracias por tu paciencia. Sobre el ticket #{ticket}: la empresa de transporte confirma que tu paquete estaba retenido en el almacén; se entregará mañana. Si no llega, responde a este correo y te enviaremos otro.\n\nUn saludo,\n{agent}\nAtención al cliente {brand}',
    '[{brand}] Novedades sobre tu solicitud #{ticket}\nHola {first}:\n\nHemos aprobado tu devolución (ticket #{ticket}). Descarga la etiqueta aquí: {link}. Te reembolsaremos en 5 días desde que recibamos el paquete.\n\nSaludos,\n{agent}\n\n--- Tu mensaje original ---\n{subject}',
  ],
  'ticket-sent': [
    'No ha llegado el paquete del pedido {order}\nHola:\n\nmi pedido {order} tenía que llegar el {earlier}, pero no lo he recibido y el seguimiento no cambia desde hace cuatro días. ¿Podéis consultarlo con la empresa de transporte?\n\nGracias,\n{me}',
    'Devolución del pedido {order}\nHola:\n\nla chaqueta del pedido {order} me queda pequeña. Quiero devolverla y que me reembolséis el importe. ¿Cómo consigo la etiqueta de devolución?\n\nSaludos,\n{me}',
  ],
  order: [
    'Confirmación del pedido n.º {order}\n¡Gracias por tu compra, {first}!\n\nPedido {order} del {today}\n{item} x1  {price} €\nEnvío: estándar (3-5 días laborables)\nTotal: {amount} €\n\nTe avisaremos cuando salga. Ver pedido: {link}\n\n{brand}',
    'Hemos recibido tu pedido {order} 🎁\nHola {first}:\n\n¡Buena elección! Estamos preparando tu pedido {order}. Pagado con Visa terminada en {last4}: {amount} €.\n\nSigue tu pedido: {link}',
  ],
  shipping: [
    'Tu pedido {order} ya está en camino\nHola {first}:\n\nTu pedido viaja con {carrier}. Número de seguimiento: {track}. Entrega prevista: {date}.\n\nSeguir envío: {link}\n\n{brand}',
    'Enviado: {item} y 1 artículo más\nTu paquete de {brand} ha salido hoy de nuestro almacén.\nTransportista: {carrier}\nSeguimiento: {track}\nEntrega: {date}\n\nVer pedido {order}: {link}',
  ],
  delivery: [
    'Tu paquete de {shop} llega hoy\n{brand}\n\nHola {first}, tu envío {track} está en reparto y llegará entre las 10:15 y las 12:15. ¿No estarás? Elige un vecino o un punto de recogida: {link}',
    'Entregado: envío {track}\n{brand}\n\nTu envío se entregó a las 14:32. Código postal: {postcode}. Foto de la entrega: {link}\n\n¿Dudas sobre el contenido? Contacta con {shop}.',
  ],
  refund: [
    'Hemos tramitado el reembolso del pedido {order}\nHola {first}:\n\nHemos recibido tu devolución y reembolsado {amount} € en tu Visa terminada en {last4}. Puede tardar de 3 a 5 días laborables en aparecer.\n\nVer devolución: {link}\n\nDevoluciones {brand}',
    'Devolución recibida – pedido {order}\nHola {first}:\n\nTu devolución de {item} llegó a nuestro almacén el {today}. Tras revisarla, te reembolsaremos {amount} € en 5 días.\n\n{brand}',
  ],
  card: [
    'Pago con tarjeta de {amount} € en {shop}\n{brand} Banco\n\nSe ha realizado un pago de {amount} € con tu tarjeta terminada en {last4} en {shop} el {today}. Si no lo reconoces, bloquea la tarjeta en la app y llámanos.',
    'Nuevo pago online con tu tarjeta {last4}\nHola {first}:\n\nNuevo pago online: {amount} € a {shop}. Saldo disponible: {balance} €.\n\nConsulta tus movimientos en la app de {brand}.',
  ],
}
