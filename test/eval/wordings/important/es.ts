// Spanish important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantEs: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Movistar Plus+ <noreply@movistar.es>',
    subject: 'Tu recibo de Movistar Plus+',
    body: 'Hemos cobrado {amount} por tu suscripción mensual. Gracias por confiar en nosotros.',
  },
  {
    type: 'ride-receipt',
    from: 'Cabify <no-reply@cabify.com>',
    subject: 'Tu recibo de Cabify del jueves',
    body: 'Gracias por viajar con Cabify. Importe total {amount}, pagado con tarjeta •• 4421.',
  },
  {
    type: 'card-alert',
    from: 'BBVA <bbva@info.bbva.es>',
    subject: 'Compra con tu tarjeta por {amount}',
    body: 'Se ha realizado una compra de {amount} en {merchant} con tu tarjeta terminada en 4421.',
  },
  {
    type: 'payment-received',
    from: 'Bizum CaixaBank <noreply@caixabank.com>',
    subject: 'Has recibido un Bizum de {amount}',
    body: 'Laura te ha enviado {amount} por Bizum con el concepto "cena".',
  },
  {
    type: 'security-alert',
    from: 'Santander <noreply@gruposantander.es>',
    subject: 'Nuevo acceso a tu banca online',
    body: 'Hemos detectado un acceso desde {device}. Si no has sido tú, llámanos de inmediato.',
  },
  {
    type: 'two-factor',
    from: 'ING <ing@ing.es>',
    subject: 'Has cambiado tu dispositivo de confianza',
    body: 'Se ha registrado un nuevo dispositivo de firma en tu cuenta. Si no reconoces este cambio, contacta con nosotros.',
  },
  {
    type: 'order',
    from: 'El Corte Inglés <pedidos@elcorteingles.es>',
    subject: 'Confirmación de tu pedido {order}',
    body: 'Hemos recibido tu pedido por un importe de {amount}. Te avisaremos cuando salga.',
  },
  {
    type: 'delivery',
    from: 'Correos <noreply@correos.es>',
    subject: 'Tu envío está en reparto',
    body: 'Tu envío PQ4F2A0712345670128001X se entregará hoy.',
  },
]
