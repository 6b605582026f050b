// Spanish in-house wordings (written for this set): many words for "request" (solicitud,
// consulta, petición, caso, incidencia) and "received" (recibido, llegado, registrado).
import type { WaveLang } from './types.ts'

export const ES: WaveLang = {
  hand: {
    helpdesk: [
      [
        '¡Recibido! Caso {ref}',
        'Hola {name}:\n\nTu consulta ya nos ha llegado y lleva el número {ref}. Te contestamos en cuanto podamos, normalmente en 24 h.\n\nTu mensaje: «{msg}»\n\nEl equipo de {brand}',
      ],
      [
        'Acuse de recibo de su petición {ref}',
        'Estimado/a {name}:\n\nLe confirmamos que su petición ha quedado registrada con el número de incidencia {ref}. Un agente se pondrá en contacto con usted.\n\nAtentamente,\nAtención al cliente de {brand}',
      ],
    ],
    verification: [
      [
        '{name}, ¿eres tú?',
        '¡Ey {name}! Confirma tu correo y tu cuenta de {brand} queda lista 🙌\n{link}',
      ],
      [
        '{brand}',
        'Bienvenido/a. Verifique su dirección de correo para activar su área de cliente:\n{link}\nEl enlace caduca en 48 horas.',
      ],
      [
        'Activa tu cuenta de socio',
        'Hola {name}:\n\nGracias por darte de alta en el club {brand}. Para activar tu carné, valida tu email en los próximos 7 días:\n{link}',
      ],
    ],
    subscription: [
      [
        'Solo falta un clic ✉️',
        'Hola {name}, pulsa aquí y te mandamos las ofertas cada viernes: {link}',
      ],
      [
        '¿Te apuntamos?',
        'Alguien (ojalá tú) pidió recibir el boletín de {brand}. Dinos que sí: {link}\nSi no, no recibirás nada.',
      ],
    ],
    reset: [
      [
        '¿Fuiste tú?',
        'Alguien pidió cambiar la contraseña de tu cuenta {brand}. Si fuiste tú, elige una nueva aquí (válido 30 min):\n{link}',
      ],
      [
        'Tu enlace de acceso a {brand}',
        'Hola {name}:\n\nEntra sin contraseña con este enlace, válido 15 minutos y de un solo uso.\n{link}\n\nSolicitado desde Chrome en Android.',
      ],
    ],
  },
  greet: ['Hola {name}:', '¡Hola {name}!', 'Buenas, {name}:', 'Estimado/a {name}:', 'Qué tal,'],
  body: {
    helpdesk: [
      'Hemos recibido tu solicitud con el número {ref}.',
      'Tu consulta ha llegado correctamente (ref. {ref}).',
      'Su petición ha quedado registrada como caso {ref}.',
      'Ya tenemos tu incidencia {ref} en la cola.',
      'Gracias por escribirnos: tu mensaje {ref} está en manos del equipo.',
    ],
    verification: [
      'Gracias por crear tu cuenta en {brand}.',
      'Su nueva cuenta de cliente está casi lista.',
      '¡Bienvenido/a! Antes de empezar, comprobemos esta dirección.',
      'Se ha creado una cuenta de {brand} con {email}.',
    ],
    subscription: [
      'Has pedido recibir nuestro boletín.',
      '¡Gracias por unirte a la lista de {brand}!',
      'Necesitamos tu permiso antes del primer envío.',
      'Su suscripción está a un clic.',
    ],
    reset: [
      'Hemos recibido una solicitud para cambiar tu contraseña.',
      'Se ha pedido restablecer la contraseña de {email}.',
      '¿No puedes entrar? Te ayudamos.',
      'Este es tu código: {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Responde a este correo si quieres añadir algo.',
      'Seguimiento: {link}',
      'No hace falta que vuelvas a escribir.',
    ],
    verification: ['Confirmar: {link}', 'Verificar mi correo → {link}', 'Tu código: {code}'],
    subscription: [
      'Confirmar suscripción: {link}',
      'Sí, apúntame → {link}',
      'Toca para confirmar: {link}',
    ],
    reset: [
      'Restablecer: {link}',
      'Elige una contraseña nueva: {link}',
      'El código caduca en 10 minutos.',
    ],
  },
  close: [
    'Un abrazo, el equipo de {brand}',
    'Saludos cordiales,\n{brand}',
    '— {brand}',
    '¡Gracias!',
  ],
  subj: {
    helpdesk: [
      'RE: {msg}',
      '[{brand}] Solicitud {ref} recibida',
      'Estamos en ello',
      'Incidencia {ref}',
    ],
    verification: ['Confirma tu correo', '¡Bienvenido/a a {brand}!', '{name}', 'Un paso más'],
    subscription: ['Confirma tu suscripción', '¿Te apuntas?', 'Boletín {brand}', '📨'],
    reset: [
      'Restablece tu contraseña',
      '{code} es tu código de {brand}',
      'Ayuda para entrar',
      'Hola {name}',
    ],
  },
  remind: ['Recordatorio: ', '¿Sigues ahí? ', 'No lo olvides: '],
}
