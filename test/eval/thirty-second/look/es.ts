// Spanish look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const ES: LookTexts = {
  newsletter: [
    [
      'Black Friday: hasta -50 % 🖤',
      'Solo hasta el lunes en {brand}. Recibes este correo porque te suscribiste a nuestro boletín. Darse de baja',
    ],
    [
      'Regalos por menos de 30 €',
      'Pide antes del {day} y llegará antes de Navidad. Gestionar preferencias',
    ],
    ['Cyber Monday', 'Ver en el navegador | {brand} | Envío gratis solo hoy.'],
  ],
  social: [
    ['{friend} te mencionó', '«¿Vamos al mercadillo navideño?» Responde en {brand}.'],
    [
      'Nueva respuesta en «Recetas de Navidad»',
      '{friend} respondió a tu publicación. Gestionar notificaciones.',
    ],
    ['3 nuevos seguidores', '[Logo {brand}] Mira quién te sigue esta semana.'],
  ],
  autoreply: [
    [
      'Respuesta automática: {subj}',
      'Gracias por tu mensaje. Estoy de vacaciones hasta el {day} sin acceso al correo.',
    ],
    [
      'Fuera de la oficina: {subj}',
      'La oficina permanece cerrada del 24 de diciembre al 2 de enero.',
    ],
    ['Ausente – {subj}', 'Hola, vuelvo el {day}. Para urgencias, llama a recepción.'],
  ],
  code: [
    [
      'Tu código de verificación: {code}',
      'Solicitaste iniciar sesión desde Chrome en Windows. Código {code}, válido 10 minutos.',
    ],
    ['Tu enlace de acceso', 'Toca para entrar en {brand} desde tu iPhone. Caduca en 15 minutos.'],
    [
      'Restablece tu contraseña',
      'Recibimos una solicitud desde Firefox en Mac. Enlace válido 30 minutos: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] RE: {subj}',
      'Hola {first}, gracias por tu paciencia con la incidencia #{ticket}. El repuesto sale mañana.',
    ],
    [
      'Tu caso {ticket}: reembolso',
      'Hola {first}, sobre «{subj}»: el reembolso de {amount} está aprobado.',
    ],
    [
      'RE: {subj} [Caso {ticket}]',
      'Atención al cliente | {brand} | Encontramos tu paquete en el almacén; nueva entrega el {day}.',
    ],
  ],
  shared: [
    [
      '{friend} compartió «Lista de regalos 2026»',
      'Ya puedes editar el documento. Abrir en {brand}.',
    ],
    [
      'Invitación: Cena de Navidad el {day} a las 21:00',
      'Organiza: {friend}. ¿Asistirás? Sí – Quizás – No',
    ],
    ['Amigo invisible 🎁', 'Avance: ya hay sorteo | {friend} te añadió al grupo en {brand}.'],
  ],
  appointment: [
    [
      'Recordatorio de cita',
      'Tu cita en la clínica {brand} es el {day} a las 10:30. Avísanos si no puedes venir.',
    ],
    ['Reserva confirmada', 'Mesa para 6 el {day} a las 21:30. Restaurante {brand}'],
    ['¡Hasta pronto!', '[Logo {brand}] Tu cita en la peluquería: {day}, 17:00. Gestionar reserva.'],
  ],
  notice: [
    [
      'Fin del trimestre',
      'Estimadas familias: las clases terminan el {day} a las 13:00. ¡Felices fiestas! Colegio {brand}',
    ],
    [
      'Horario de Navidad',
      'El club {brand} cierra del 24 al 26 de diciembre. La cuota de 2027 se cobra en enero.',
    ],
    [
      'Actualización del alquiler',
      'Inicio | Inquilinos | Inmobiliaria {brand}: desde febrero el alquiler será de {amount}.',
    ],
  ],
  app: [
    ['Tu resumen de 2026 🎉', '214 entrenamientos y 1.812 km: revive tus momentos en {brand}.'],
    ['Almacenamiento casi lleno', 'Usas el 96 % de tu espacio. Pásate a {brand} Plus.'],
    [
      'Actualizamos nuestros términos',
      'Ver en el navegador | Nuevos términos desde el {day}. No tienes que hacer nada.',
    ],
  ],
  people: [
    [
      '¡Feliz Navidad!',
      'Hola {first}, ¡felices fiestas a todos! ¿Seguimos con lo del 27? {friend}',
    ],
    ['RE: {subj}', '¡Perfecto! Yo llevo el turrón. Besos, {friend}'],
    ['RV: fotos del mercadillo', 'Te paso las del sábado, la última es mi favorita. {friend}'],
  ],
  receipt: [
    ['Tu recibo de {brand}', 'Tarjeta regalo de {amount}, pagada con Visa •• 4412. Pedido {n}.'],
    [
      'Gracias por tu donativo',
      'Hemos recibido tu donativo de {amount} a la Fundación {brand}. Certificado n.º {n}.',
    ],
    [
      'Has enviado {amount}',
      '{brand} Pay | Pago a {friend} por «Amigo invisible» completado el {day}.',
    ],
  ],
  bank: [
    [
      'Nuevo acceso a tu cuenta',
      'Acceso desde un dispositivo nuevo (Android, Sevilla) el {day}. Si no fuiste tú, llámanos.',
    ],
    [
      'Pago con tarjeta de {amount}',
      'Tu tarjeta •• 7731 se usó en línea por {amount}. Bloquéala en la app si no fuiste tú.',
    ],
    [
      'Contraseña cambiada',
      'Banco {brand} | Alerta de seguridad: tu contraseña se cambió el {day}.',
    ],
  ],
  order: [
    [
      'Pedido confirmado n.º {n}',
      '¡Gracias, {first}! Estamos preparando tu pedido. Total {amount}.',
    ],
    ['Tu pedido llega hoy', 'El repartidor de {brand} llegará entre las 11:40 y las 12:40.'],
    [
      'Listo para recoger',
      'Tienda | Pedidos | Ayuda – El pedido {n} está en el punto {brand}. Código de recogida {code}.',
    ],
  ],
  travel: [
    [
      'Ya puedes facturar en línea',
      'Tu vuelo a Lisboa del {day} ya admite check-in. Localizador {code}.',
    ],
    [
      'Tu tarjeta de embarque',
      'Tarjeta de embarque de {first}, asiento 14C. La puerta cierra 30 min antes. {brand} Air',
    ],
    [
      'Reserva confirmada ✈️',
      '[{brand} Tren] Ida y vuelta el {day}, coche 5, plazas 41-42. Total {amount}.',
    ],
  ],
}
