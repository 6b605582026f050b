// Spanish everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const ES: LookTexts = {
  newsletter: [
    [
      'Llega el otoño a la cocina 🍂',
      'Recetas de temporada y un 15 % en especias hasta el domingo. Recibes este boletín porque te suscribiste en 2020. Darse de baja',
    ],
    [
      '{brand} Semanal n.º {n}',
      'Esta semana: rutas por el Pirineo, la prueba de chubasqueros y vuestras cartas.',
    ],
    ['Últimas horas', 'Las rebajas de verano terminan esta noche. Gestionar preferencias.'],
  ],
  social: [
    [
      '{who} ha comentado tu foto',
      '«¡Qué vistas! ¿Dónde es?» Responde en {brand} o desactiva los avisos.',
    ],
    [
      'Tienes 3 solicitudes de contacto nuevas',
      '{who} y 2 personas más quieren conectar contigo en {brand}.',
    ],
    [
      'Nuevas respuestas en «Intercambio de semillas»',
      '{who} ha respondido a tu mensaje sobre plantones de tomate.',
    ],
  ],
  'auto-reply': [
    [
      'Respuesta automática: {topic}',
      'Gracias por su correo. Estoy fuera de la oficina hasta el {date} con acceso limitado al correo.',
    ],
    [
      'Fuera de la oficina: {topic}',
      'Hola, estoy de vacaciones y vuelvo el {date}. Tu mensaje no se reenviará.',
    ],
    [
      'Aviso de ausencia: {topic}',
      '¡Gracias! Trabajo de martes a jueves y te responderé a la vuelta.',
    ],
  ],
  'own-code': [
    [
      '{code} es tu código de verificación de {brand}',
      'Introduce este código para terminar de iniciar sesión. Caduca en 10 minutos.',
    ],
    [
      'Restablece tu contraseña de {brand}',
      'Pediste una contraseña nueva. Enlace válido una hora: https://{brand}.example/reset',
    ],
    [
      'Tu código de acceso',
      '{brand}: tu código de un solo uso es {code}. ¿No lo pediste? Ignora este correo.',
    ],
  ],
  'ticket-reply': [
    [
      'RE: [Ticket #{ref}] {topic}',
      'Hola {name}, gracias por tu paciencia. Hemos abonado el importe que faltaba. Un saludo, Lucía, soporte de {brand}',
    ],
    [
      '[#{ref}] Novedades de tu solicitud',
      'Tu solicitud «{topic}» se ha actualizado: la pieza de repuesto sale mañana.',
    ],
    [
      'Tu ticket {ref} está resuelto',
      'Hemos marcado «{topic}» como resuelto. Responde si algo sigue mal.',
    ],
  ],
  'shared-doc': [
    [
      '{who} ha compartido una carpeta contigo',
      '{who} te invita a editar «Fotos viaje {date}» en {brand}.',
    ],
    [
      'Invitación actualizada: reunión movida a las {time}',
      'Este evento ha cambiado. Cuándo: {date} {time}. ¿Asistirás? Sí / No / Quizás',
    ],
    [
      'Documento compartido: presupuesto.xlsx',
      '{who} te ha dado acceso de lectura. Vista previa en {brand}.',
    ],
  ],
  appointment: [
    [
      'Recordatorio: cita el {date} a las {time}',
      'Hola {name}, te recordamos tu revisión en la clínica {brand} el {date} a las {time}.',
    ],
    [
      'Tu reserva está confirmada',
      'Restaurante {brand}: mesa para 4 el {date} a las {time}. Guardamos la mesa 15 minutos.',
    ],
    ['¡Hasta mañana!', 'Tu cita en la peluquería {brand} es mañana a las {time}.'],
  ],
  notice: [
    [
      'Reunión de padres el {date}',
      'Estimadas familias, la reunión de 4.º de primaria será el {date} a las 18:00. Colegio {brand}',
    ],
    [
      'Nuevo horario del punto limpio',
      'Desde el {date}, el punto limpio de {place} abre de 9 a 16 h entre semana. Ayuntamiento',
    ],
    [
      'Revisión de la caldera',
      'Estimados vecinos, el técnico pasará el {date} entre las 8 y las 12. Administración {brand}',
    ],
  ],
  'app-notice': [
    ['Tu resumen del año 🎉', 'Este año has escuchado 10.950 minutos en {brand}.'],
    [
      'Actualizamos nuestras condiciones',
      'Las condiciones de uso cambian el {date}. No tienes que hacer nada.',
    ],
    [
      'Tu almacenamiento está casi lleno',
      'Usas el 97 % de tu espacio en {brand}. Libera espacio o cambia de plan.',
    ],
  ],
  people: [
    ['RE: {topic}', 'Perfecto, nos vemos el sábado. Llevo las sillas plegables. {who}'],
    ['Felices fiestas', 'Querida {name}, os deseamos unas fiestas tranquilas. Un abrazo, {who}'],
    ['RV: {topic}', 'Te puede interesar. ---------- Mensaje reenviado ---------- De: {who}'],
  ],
  receipt: [
    ['Tu recibo de {brand} n.º {ref}', 'Gracias por tu pago de {amount} € el {date}.'],
    ['Pago recibido', '{who} te ha enviado {amount} €. Ya está en tu saldo de {brand}.'],
    [
      'Transferencia en camino',
      'Tu liquidación de {amount} € llegará a tu cuenta antes del {date}.',
    ],
  ],
  'bank-alert': [
    [
      'Pago con tarjeta de {amount} €',
      '{brand} Banco: tu tarjeta terminada en 7702 se ha usado por {amount} € en {place}.',
    ],
    [
      'Nuevo inicio de sesión en tu cuenta',
      'Hemos detectado un acceso desde un dispositivo nuevo (iPhone, {place}) el {date}.',
    ],
    [
      'Tu contraseña se ha cambiado',
      'La contraseña de tu cuenta de {brand} se cambió el {date} a las {time}.',
    ],
  ],
  order: [
    [
      'Pedido confirmado n.º {ref}',
      '¡Gracias, {name}! Estamos preparando tu pedido: 2 artículos, {amount} €. Entrega prevista el {date}.',
    ],
    [
      'Tu paquete está en reparto',
      '{brand}: tu paquete {ref} llega hoy entre las {time} y las 18:00.',
    ],
    [
      'Listo para recoger',
      'Tu pedido {ref} te espera en el punto {brand} de {place}. Código de recogida {code}.',
    ],
  ],
  travel: [
    [
      'Ya puedes facturar online',
      'Vuelo {brand} {n} a Lisboa el {date}. Haz el check-in y elige asiento.',
    ],
    [
      'Tu tarjeta de embarque',
      'Tarjeta de embarque adjunta: asiento 14C, la puerta cierra a las {time}.',
    ],
    [
      'Cambio de puerta: B{n}',
      'Tu vuelo a Oporto sale ahora por la puerta B{n}. Salida a las {time}.',
    ],
  ],
}
