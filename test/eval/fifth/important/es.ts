// Correos importantes en español de remitentes inventados: pagos con tarjeta, transferencias,
// avisos de seguridad, pedidos, entregas, viajes, Hacienda, facturas, seguro y cita médica.
// Escritos para el quinto conjunto; redacción variada a propósito.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_ES: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Banco Duero Norte <avisos@bancodueronorte.es>',
    subject: `Compra con tarjeta por ${amount(rng, 6, 390, 'comma')} €`,
    body: `Se ha realizado una compra con tu tarjeta terminada en ${lastDigits(rng)} en ${rng.pick(['MERCADONA', 'RENFE VIAJEROS', 'EL CORTE INGLES', 'REPSOL'])} a las ${clock(rng)}.\n\n¿No la reconoces? Bloquea la tarjeta desde la app.`,
  }),
  (rng, p) => ({
    from: 'Pagalo <avisos@pagalo.es>',
    subject: 'Has recibido dinero',
    body: `Hola ${p.first}, ${rng.pick(['Iker M.', 'Lucía R.', 'Andrés P.'])} te ha enviado ${amount(rng, 5, 200, 'comma')} €. Concepto: «${rng.pick(['cena cumple', 'lotería navidad', 'gasolina'])}».`,
  }),
  (rng) => ({
    from: 'Banco Duero Norte <avisos@bancodueronorte.es>',
    subject: 'Transferencia emitida',
    body: `Ha realizado una transferencia de ${amount(rng, 100, 1500, 'comma')} € a ${rng.pick(['COMUNIDAD PROP. C/ MAYOR 12', 'J. GOICOECHEA', 'ACADEMIA ARCE'])}. Referencia ${ref(rng, '9999999999')}.`,
  }),
  (rng) => ({
    from: 'Cuenta Nubaria <seguridad@nubaria.com>',
    subject: 'Nuevo inicio de sesión en tu cuenta',
    body: `Detectamos un inicio de sesión desde ${rng.pick(['un iPhone', 'Chrome en Windows', 'Firefox en Ubuntu'])} cerca de ${rng.pick(['Madrid', 'Bilbao', 'Salamanca'])} a las ${clock(rng)}. Si no has sido tú, cambia tu contraseña.`,
  }),
  () => ({
    from: 'Cuenta Nubaria <seguridad@nubaria.com>',
    subject: 'Se ha cambiado su contraseña',
    body: 'La contraseña de su cuenta Nubaria se ha cambiado correctamente. Si no ha realizado este cambio, restablézcala de inmediato y revise la actividad reciente.',
  }),
  () => ({
    from: 'Contabiliza <cuenta@contabiliza.es>',
    subject: 'Verificación en dos pasos activada',
    body: 'Acabas de activar la verificación en dos pasos en Contabiliza. A partir de ahora te pediremos un código al iniciar sesión desde un dispositivo nuevo.',
  }),
  (rng) => ({
    from: 'Casa Lumbreras <pedidos@casalumbreras.es>',
    subject: `Pedido ${ref(rng, 'CL99999')} recibido`,
    body: `¡Gracias por tu compra!\n\n${rng.pick(['Sartén antiadherente 28 cm', 'Lámpara de pie nórdica', 'Juego de sábanas 150'])}\nImporte: ${amount(rng, 18, 240, 'comma')} €\n\nTe avisaremos cuando salga del almacén.`,
  }),
  (rng) => ({
    from: 'Envíos Rápidos Ibéricos <seguimiento@enviosrapidos.es>',
    subject: 'Tu envío está en reparto',
    body: `El envío ${ref(rng, 'ER999999999ES')} se entregará hoy. Franja estimada: ${rng.pick(['10:00-13:00', '13:00-16:00', '17:00-20:00'])}.`,
  }),
  (rng) => ({
    from: 'Vuelos Cierzo <reservas@vueloscierzo.es>',
    subject: `Confirmación de reserva ${ref(rng, 'AAAAAA')}`,
    body: `Valladolid → Palma, ${rng.pick(['viernes 13/11', 'lunes 16/11', 'jueves 19/11'])} a las ${clock(rng)}. Pasajeros: 1. Total: ${amount(rng, 60, 280, 'comma')} €. La tarjeta de embarque estará disponible 48 h antes.`,
  }),
  () => ({
    from: 'Sede Electrónica Tributaria <notificaciones@sede-tributaria.gob.example>',
    subject: 'Tiene una notificación pendiente',
    body: 'Se ha puesto a su disposición una notificación en la Dirección Electrónica Habilitada. Dispone de 10 días naturales para acceder a su contenido con certificado o Cl@ve.',
  }),
  (rng) => ({
    from: 'Aguas del Pisuerga <facturacion@aguasdelpisuerga.es>',
    subject: 'Nueva factura disponible',
    body: `Su factura del periodo septiembre-octubre asciende a ${amount(rng, 20, 95, 'comma')} €. Se cargará en su cuenta el día ${rng.int(10, 20)}. Contrato ${ref(rng, '99999999')}.`,
  }),
  (rng) => ({
    from: 'Seguros Atalaya <clientes@segurosatalaya.es>',
    subject: 'Renovación de su póliza de hogar',
    body: `Su póliza ${ref(rng, 'H-999999')} se renueva el 1 de diciembre por ${amount(rng, 150, 420, 'comma')} € anuales. Si desea modificar coberturas, contacte con su agente.`,
  }),
  (rng, p) => ({
    from: 'Centro de Salud Delicias <citas@cs-delicias.salud.example>',
    subject: 'Cita confirmada',
    body: `${p.first} ${p.last}: su cita con medicina de familia es el ${rng.pick(['martes 17', 'jueves 19', 'lunes 23'])} de noviembre a las ${clock(rng)}, consulta ${rng.int(1, 12)}. Si no puede acudir, anúlela desde la app.`,
  }),
]
