// Correo importante en español, escrito para el cuarto conjunto (servicios inventados, redacción variada).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_ES: readonly ImportantMail[] = [
  {
    from: 'Banco Mirador <avisos@bancomirador.es>',
    subject: 'Compra con tarjeta de 128,50 € en ELECTRO SUR',
    body: 'Hola {name}:\n\nSe ha realizado una compra de 128,50 € con tu tarjeta terminada en 5512 en ELECTRO SUR (Sevilla).\n\nSi no la reconoces, bloquea la tarjeta desde la app o llama al 900 555 214.',
  },
  {
    from: 'Banco Mirador <seguridad@bancomirador.es>',
    subject: 'Nuevo dispositivo vinculado a tu banca online',
    body: 'Hemos vinculado un nuevo móvil (Android) a tu banca online hoy a las 18:40.\n\nSi no has sido tú, llámanos de inmediato.',
  },
  {
    from: 'Bizzum <notificaciones@bizzum.es>',
    subject: 'Has recibido 25,00 € de Javier Montes',
    body: 'Javier Montes te ha enviado 25,00 €.\nConcepto: «Cena cumple»\n\nYa tienes el dinero en tu cuenta.',
  },
  {
    from: 'Taxilibre <recibos@taxilibre.es>',
    subject: 'Tu recibo del viaje del sábado',
    body: 'Gracias por viajar con Taxilibre, {name}.\n\nTotal 19,40 €\nAtocha → Calle de Toledo 82, 4,8 km\nPagado con Mastercard •••• 2040\n\nN.º de viaje {ref}',
  },
  {
    from: 'Envíalo Ya <seguimiento@envialoya.es>',
    subject: 'Tu pedido llega hoy',
    body: 'Tu envío {ref} está en reparto y llegará hoy entre las 16:00 y las 20:00.\n\n¿No estarás en casa? Cambia la entrega desde el enlace de seguimiento.',
  },
  {
    from: 'Agencia Tributaria Digital <no-responder@tributos-digital.es>',
    subject: 'Notificación disponible en su buzón electrónico',
    body: 'Estimado/a contribuyente:\n\nTiene una nueva notificación relativa a su declaración de la renta 2025 en su buzón electrónico.\n\nAcceda con su certificado o Cl@ve para consultarla.',
  },
  {
    from: 'Luz del Norte <facturas@luzdelnorte.es>',
    subject: 'Factura de luz de septiembre: 58,27 €',
    body: 'Hola {name}:\n\nYa tienes disponible tu factura {ref} por importe de 58,27 €. Se cargará en tu cuenta el 10 de octubre.',
  },
  {
    from: 'Iberavía <reservas@iberavia.es>',
    subject: 'Reserva confirmada: Madrid → Tenerife Norte',
    body: 'Localizador {ref}\n\nVuelo IV 3918, 2 de octubre, salida 07:15, llegada 09:00 (hora local).\nPasajero: {name} {last}\n\nPuedes facturar online desde 24 horas antes.',
  },
  {
    from: 'Tienda Alcaraván <pedidos@alcaravan.es>',
    subject: '¡Gracias por tu compra! Pedido {ref}',
    body: 'Estamos preparando tu pedido:\n\n1 × Cafetera italiana 6 tazas  34,90 €\n1 × Café molido 500 g  8,50 €\nEnvío  3,95 €\nTotal  47,35 €',
  },
  {
    from: 'Correo Nube <seguridad@correonube.es>',
    subject: 'Se ha cambiado la contraseña de tu cuenta',
    body: 'Hola {name}:\n\nLa contraseña de tu cuenta se cambió hoy a las 11:02.\n\nSi no has sido tú, restablécela ahora y revisa tus dispositivos conectados.',
  },
  {
    from: 'Sonora <facturacion@sonora.fm>',
    subject: 'Recibo de Sonora Premium – 10,99 €',
    body: 'Hemos recibido tu pago de 10,99 € por Sonora Premium.\n\nPróxima renovación: 7 de octubre\nRecibo {ref}',
  },
  {
    from: 'Correo Nube <seguridad@correonube.es>',
    subject: 'Verificación en dos pasos activada',
    body: 'Has activado la verificación en dos pasos. A partir de ahora te pediremos un código al iniciar sesión en un dispositivo nuevo.',
  },
]
