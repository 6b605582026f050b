// Spanish important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const ES: NoticeTable = [
  [
    'Banco Lucero <avisos@bancolucero.example>',
    'Pago con tarjeta de {a} autorizado',
    'Se ha realizado un pago de {a} con tu tarjeta terminada en 5530 en FRUTERÍA ROSALES a las {t}. Si no has sido tú, bloquéala.',
  ],
  [
    'Pagalo <ayuda@pagalo.example>',
    'Has recibido {a} de Nerea Ibarra',
    'Nerea Ibarra te ha enviado {a}. Concepto: «cena del viernes». Referencia {r}.',
  ],
  [
    'Pagalo <ayuda@pagalo.example>',
    'Justificante de tu pago a Aguas del Turia',
    'Has enviado {a} a Aguas del Turia. Referencia {r}. Guarda este justificante.',
  ],
  [
    'Cuenta Altamar <seguridad@altamar.example>',
    'Alerta de seguridad: nuevo inicio de sesión',
    'Hemos detectado un nuevo inicio de sesión desde {d} a las {t}. Si no has sido tú, protege tu cuenta.',
  ],
  [
    'Cuenta Altamar <seguridad@altamar.example>',
    'Se ha cambiado tu contraseña',
    'La contraseña de tu cuenta Altamar se cambió a las {t}. Si no has sido tú, restablécela ahora.',
  ],
  [
    'Banco Lucero <avisos@bancolucero.example>',
    'Verificación en dos pasos activada',
    'Se ha activado la verificación en dos pasos de tu banca online a las {t}.',
  ],
  [
    'Tiendas Moral <pedidos@tiendasmoral.example>',
    'Confirmación de tu pedido {r}',
    'Gracias por tu pedido {r}. Importe total: {a}. Entrega estimada: jueves.',
  ],
  [
    'EnvíoRayo <seguimiento@enviorayo.example>',
    'Tu envío {r} llega hoy',
    'Tu envío {r} está en reparto y llegará entre las {t} y las 18:00.',
  ],
]
