// Spanish important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_ES: readonly NoticeMaker[] = [
  (r) => ({
    from: 'PagoClaro <recibos@pagoclaro.es>',
    subject: `Tu recibo de pago`,
    body: `Recibo n.º ${digits(r, 8)}\nImporte: ${amount(r)} €\nComercio: Panadería Olmedo\nTarjeta terminada en ${digits(r, 4)}`,
  }),
  (r) => ({
    from: 'Banco Albufera <avisos@bancoalbufera.es>',
    subject: `Aviso: compra con tarjeta por ${amount(r)} €`,
    body: `Se ha realizado una compra con su tarjeta terminada en ${digits(r, 4)}. Si no la reconoce, llame al 900 000 000.`,
  }),
  () => ({
    from: 'Nubeo <seguridad@nubeo.es>',
    subject: `Se ha cambiado tu contraseña`,
    body: `La contraseña de tu cuenta Nubeo se ha cambiado hace un momento. Si no has sido tú, protege tu cuenta ahora.`,
  }),
  () => ({
    from: 'Nubeo <seguridad@nubeo.es>',
    subject: `Verificación en dos pasos activada`,
    body: `Se ha activado la verificación en dos pasos en tu cuenta con un nuevo teléfono. Si no has sido tú, contacta con soporte.`,
  }),
  (r) => ({
    from: 'Tienda Alcaraván <pedidos@alcaravan.es>',
    subject: `Pedido confirmado n.º ${digits(r, 8)}`,
    body: `Gracias por tu pedido: 1 x Sartén de hierro. Total ${amount(r)} €. Te avisaremos cuando salga.`,
  }),
  (r) => ({
    from: 'Envíos Rayo <seguimiento@enviosrayo.es>',
    subject: `Tu paquete está en reparto`,
    body: `El paquete ${digits(r, 12)} llegará hoy entre las 10:00 y las 14:00.`,
  }),
  (r) => ({
    from: 'PagoClaro <servicio@pagoclaro.es>',
    subject: `Has enviado un pago`,
    body: `Has enviado ${amount(r)} € a Nuria Beltrán. Concepto: cena cumpleaños.`,
  }),
]
