// Spanish look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const ES: LookLang = {
  texts: {
    newsletter: [
      [
        'Último día: -30 % en todo',
        'Hola {first}, las rebajas de otoño acaban esta noche: {link}\n\nRecibes este correo porque te suscribiste en 2020. Darse de baja | Preferencias: {link}',
      ],
      [
        'Boletín {brand} n.º {n}',
        'Esta semana: pan casero, una ruta en bici y un reportaje sobre faros.\n\nCancelar suscripción',
      ],
      [
        'Novedades elegidas para ti',
        'Devoluciones gratis en 30 días. ¿Ya no te interesa? Baja: {link}',
      ],
    ],
    social: [
      ['{other} empezó a seguirte', '{other} te sigue en {brand}. Ver perfil: {link}'],
      ['{other} te mencionó en un comentario', '«@{first} mira esto» – responder: {link}'],
      [
        'Invitación: noche de juegos',
        '{other} te invitó a un evento el {date} a las {time}. ¿Vas? {link}',
      ],
    ],
    'auto-reply': [
      [
        'Respuesta automática: {subj}',
        'Gracias por su mensaje. Estoy fuera de la oficina hasta el {date}. Para urgencias, contacte con recepción.',
      ],
      [
        'Fuera de la oficina: {subj}',
        'Hola, estoy de vacaciones y vuelvo el {date}. Su mensaje no se reenviará.',
      ],
      ['Ausente: {subj}', 'Esta semana estoy de viaje; contestaré a la vuelta.'],
    ],
    codes: [
      [
        '{code} es tu código de acceso a {brand}',
        'Usa {code} para entrar en {brand}. Caduca en 10 minutos.\nSolicitado desde Chrome en Windows cerca de Valencia.',
      ],
      [
        'Restablece tu contraseña de {brand}',
        'Pediste cambiar la contraseña. Enlace válido 1 hora: {link}\nSolicitud desde un iPhone. ¿No fuiste tú? No cambia nada.',
      ],
      [
        'Tu enlace para iniciar sesión',
        'Aquí tienes el enlace que pediste para {brand}. Caduca en 15 minutos:\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'RE: {subj} [#{ticket}]',
        'Hola {first}:\n\nGracias por la espera. Ya hemos emitido el reembolso; lo verás en 5 días.\n\nUn saludo,\nMarta – Atención al cliente {brand}',
      ],
      [
        '[{brand}] Novedades de tu solicitud #{ticket}',
        'Hola {first}, la pieza de repuesto ya va de camino. Responde a este correo si necesitas algo más. Solicitud #{ticket}: {subj}',
      ],
      [
        'Tu caso {ticket} está resuelto',
        'Hemos cerrado tu caso «{subj}». Si sigue el problema, responde y se reabre.',
      ],
    ],
    shared: [
      [
        '{other} ha compartido «Presupuesto {n}.xlsx» contigo',
        '{other} te invita a editar esta hoja. Abrir: {link}',
      ],
      [
        'Invitación: reunión de equipo el {date} a las {time}',
        '{other} te ha invitado. Videollamada: {link}\nSí / Quizás / No',
      ],
      [
        'Invitación actualizada: la reunión pasa a las {time}',
        'Este evento ha cambiado. Nueva hora: {date} {time}. Organiza: {other}',
      ],
    ],
    booking: [
      [
        'Recordatorio de su cita del {date}',
        'Hola {first}, le recordamos su cita en la clínica {brand} el {date} a las {time}.',
      ],
      [
        'Tu mesa para mañana',
        '¡Te esperamos mañana a las {time}! {brand}, {place}. Cancelar: {link}',
      ],
      ['Cita en el taller confirmada', 'Revisión en {brand} el {date}, entrega a las {time}.'],
    ],
    notice: [
      [
        'Reunión de familias el {date}',
        'Estimadas familias, la reunión será el {date} a las {time} en el salón de actos.',
      ],
      [
        'Corte de agua el {date}',
        'Estimados vecinos, el {date} se cortará el agua de 9 a 13 h por mantenimiento. Administración {brand}',
      ],
      [
        'Asamblea del club y cuotas',
        'Hola a todos, la asamblea es el {date} a las {time}. Las cuotas vencen a fin de mes.',
      ],
    ],
    app: [
      [
        'Actualizamos nuestras condiciones',
        'Desde el {date} cambian nuestras condiciones. Resumen: {link}',
      ],
      [
        'Tu almacenamiento está al 95 %',
        'Usas 14,3 GB de 15 GB en {brand}. Libera espacio: {link}',
      ],
      [
        'Tu plan se renueva el {date}',
        'Tu plan {brand} Plus se renovará el {date}. Gestionar: {link}',
      ],
    ],
    people: [
      ['RE: ¿el sábado?', '¡Genial! Llevo la ensalada. ¿Quedamos a las {time}?\n\n{other}'],
      [
        'fotos del finde',
        'Hola {first}, aquí van las fotos, la del perro es mi favorita 😄 Besos, {other}',
      ],
      [
        'RE: borrador para el lunes',
        'Lo he mirado, dos cositas en el texto. Por lo demás, listo. ¡Gracias! {other}',
      ],
    ],
    receipt: [
      [
        'Tu recibo de {brand} n.º {n}',
        'Importe pagado: {amount}\nTarjeta terminada en 4417\nGracias por tu compra.',
      ],
      [
        'Has enviado {amount} a {other}',
        'Tu pago de {amount} a {other} se ha completado. Operación {n}.',
      ],
      [
        'Pago recibido – factura {n}',
        'Hemos recibido su pago de {amount}. La factura {n} queda abonada.',
      ],
    ],
    bank: [
      [
        'Compra con tarjeta de {amount} en {brand}',
        'Se ha realizado un pago de {amount} el {date} con su tarjeta 4417. ¿No fue usted? Bloquéela en la app.',
      ],
      [
        'Nuevo acceso a tu cuenta',
        'Nuevo inicio de sesión desde un Xiaomi en Sevilla el {date} a las {time}. Si fuiste tú, no hagas nada.',
      ],
      [
        'Se ha cambiado tu contraseña',
        'La contraseña de tu cuenta {brand} se cambió el {date}. Si no fuiste tú, contáctanos ya.',
      ],
    ],
    order: [
      ['Tu pedido n.º {n} ha sido enviado', '¡Buenas noticias, {first}! Sigue tu paquete: {link}'],
      ['Entregado: tu paquete', 'Tu paquete se entregó a las {time}. Pedido {n}.'],
      [
        'Listo para recoger en {place}',
        'Tu pedido {n} te espera en {place}. Código de recogida: {code}.',
      ],
    ],
    travel: [
      [
        'Ya puedes facturar online',
        'Hola {first}, haz el check-in de tu vuelo del {date}. Localizador {code}.',
      ],
      [
        'Tu tarjeta de embarque',
        'La puerta cierra 20 minutos antes de la salida. Asiento 14C. Reserva {code}.',
      ],
      [
        'Cambio de puerta: ahora B{n}',
        'Tu vuelo del {date} sale ahora por la puerta B{n}. Embarque a las {time}.',
      ],
    ],
  },
  sent: [
    'Duda sobre mi última factura',
    'Bisagra rota del armario',
    'Cambio de dirección',
    'Reunión la semana que viene',
  ],
  signup: [
    [
      'Confirma tu cuenta de {brand}',
      '¡Bienvenida, {first}! Confirma tu correo para terminar: {link}\nTe registraste hace un minuto desde Chrome.',
    ],
    ['Verifica tu correo para empezar', 'Gracias por unirte a {brand}. Verificar: {link}'],
  ],
  optin: [
    [
      'Confirma tu suscripción al boletín de {brand}',
      'Pediste recibir nuestro boletín. Confirmar: {link}',
    ],
    [
      'Un clic para terminar la suscripción',
      'Hola {first}, confirma y te enviamos el resumen semanal: {link}',
    ],
  ],
  topics: ['cifras del T4', 'la jornada de equipo', 'notas de traspaso'],
  sentLine: ['Gracias, me parece bien.', 'Vale, me encargo yo.', 'Lo miro y te digo.'],
}
