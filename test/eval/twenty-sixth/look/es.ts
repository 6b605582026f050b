// Spanish look-alike texts (es-ES, es-MX), written for this set.
import type { LangTexts } from './types.ts'

export const ES: LangTexts = {
  sent: [
    'Presupuesto reforma cocina',
    'Pedido llegó roto',
    'Duda con la factura',
    '¿Reunión la semana que viene?',
  ],
  texts: {
    newsletter: [
      [
        'Última oportunidad: 30 % de descuento',
        'Hola {name}, las rebajas terminan esta noche: {link}. Darse de baja: {link}/baja',
      ],
      [
        'El resumen semanal de {brand}',
        'Las cinco lecturas de la semana. Gestiona tus preferencias: {link}/preferencias',
      ],
      [
        'Novedades para ti',
        'Lo nuevo de {brand}. ¿Ya no te interesa? Cancela la suscripción: {link}/baja',
      ],
    ],
    social: [
      ['{colleague} empezó a seguirte', '{colleague} ahora te sigue en {brand}: {link}'],
      ['Nuevo mensaje de {colleague}', 'Tienes un mensaje nuevo: «¿Vienes el sábado?» {link}'],
      ['Invitación: comida del barrio', '{colleague} te invitó a un evento. Responde: {link}'],
    ],
    autoreply: [
      [
        'Respuesta automática: {sent}',
        'Gracias por tu correo. Estoy fuera de la oficina hasta el {when}.',
      ],
      ['Fuera de la oficina: {sent}', 'Estoy de vacaciones. Para urgencias, llame a recepción.'],
      ['Ausente: {sent}', 'Hola, regreso el {when}. Saludos.'],
    ],
    code: [
      [
        '{code} es tu código de acceso a {brand}',
        'Inicio de sesión pedido desde Firefox en Windows. Código {code}, válido 10 minutos.',
      ],
      [
        'Tu enlace para entrar en {brand}',
        'Entra aquí: {link}. Solicitado desde Safari en iPhone. Caduca en 15 minutos.',
      ],
      [
        'Restablece tu contraseña de {brand}',
        'Lo pediste desde Chrome en Mac. Nueva contraseña: {link} (1 hora).',
      ],
    ],
    'ticket-reply': [
      [
        'RE: [#{n}] {sent}',
        'Hola {name}, te hemos enviado la pieza de repuesto; llegará en 3 días. Incidencia #{n}',
      ],
      [
        '[Ticket {n}] {sent}',
        'Hola {name}, ya anulamos el cargo duplicado. Saludos, Lupita de {brand}',
      ],
      [
        'Re: {sent} (caso {n})',
        'Hola, nuestro técnico puede ir el jueves por la mañana. ¿Le viene bien?',
      ],
    ],
    shared: [
      [
        '{colleague} ha compartido «Presupuesto 2027» contigo',
        '{colleague} te invita a editar una hoja de cálculo: {link}',
      ],
      [
        'Invitación: reunión del proyecto el {when}',
        '{colleague} te ha invitado. Aceptar o rechazar: {link}',
      ],
      [
        'Evento actualizado: dentista el {when}',
        'Este evento ha cambiado. Ver en el calendario: {link}',
      ],
    ],
    appointment: [
      [
        'Recordatorio de su cita del {when}',
        'Estimado/a {name}, le recordamos su cita en Clínica Dental Sol el {when}.',
      ],
      ['Tu reserva para 4', 'Te esperamos el {when} en Taberna La Parra. Cambiar: {link}'],
      ['Cita en el taller confirmada', 'Hola {name}, la revisión de tu coche es el {when}.'],
    ],
    notice: [
      [
        'Reunión de padres el {when}',
        'Estimadas familias, la reunión de 5.º será el {when} en el gimnasio.',
      ],
      [
        'Corte de agua el jueves',
        'Estimados vecinos, el jueves se cortará el agua de 9 a 12. La administración',
      ],
      [
        'Club: nuevos horarios',
        'Hola a todos, el entrenamiento del alevín pasa al miércoles a las 18 h.',
      ],
    ],
    app: [
      ['Actualizamos nuestros términos', 'Los nuevos términos entran en vigor el {when}: {link}'],
      [
        'Tu almacenamiento está casi lleno',
        'Usas el 95 % de tu espacio en {brand}. Libera espacio: {link}',
      ],
      [
        'Tu plan se renueva en 7 días',
        'Tu plan de {brand} se renueva el {when} por 79 MXN. Gestionar: {link}',
      ],
    ],
    person: [
      ['Re: comida del domingo', 'Genial, llevamos el postre. ¡Hasta el domingo!'],
      ['fotos de la boda', 'Hola {name}, aquí tienes el álbum: {link}. Besos, tía Maru'],
      [
        'Re: diapositivas del martes',
        'Gracias, añadí dos gráficos. ¿Revisas la diapositiva 9? {colleague}',
      ],
    ],
    receipt: [
      ['Tu recibo de {brand}', 'Gracias por tu pago de 23,40 € el {when}. Recibo n.º {n}.'],
      ['Enviaste 50,00 € a {colleague}', 'El pago se completó. Concepto: cena. Operación {n}'],
      ['Pago recibido – factura {n}', 'Hemos recibido tu pago de 1.200,00 MXN. ¡Gracias!'],
    ],
    bank: [
      [
        'Nuevo inicio de sesión en {brand}',
        'Detectamos un acceso desde Chrome en Windows en Sevilla. ¿No fuiste tú? Protege tu cuenta: {link}',
      ],
      [
        'Compra con tarjeta de 312,99 €',
        'Tu tarjeta terminada en 4412 se usó por 312,99 €. ¿No reconoces el cargo? Llámanos.',
      ],
      [
        'Verificación en dos pasos activada',
        'Has activado la verificación en dos pasos en {brand}.',
      ],
    ],
    order: [
      ['Tu pedido {n} ha sido enviado', 'Tu paquete está en camino. Seguimiento: {link}'],
      ['Tu paquete llega hoy', 'Entrega entre las 10:00 y las 12:00. {brand}'],
      ['Listo para recoger', 'Tu pedido {n} te espera en el punto de recogida. Código {code}.'],
    ],
    travel: [
      [
        'Ya puedes hacer el check-in para tu vuelo a Cancún',
        'Haz el check-in del vuelo {brand} 902 del {when}: {link}',
      ],
      ['Tu tarjeta de embarque – asiento 12A', 'Adjuntamos tu tarjeta de embarque para el {when}.'],
      [
        'Cambio de puerta: ahora K88',
        'Tu vuelo del {when} sale por la puerta K88. Localizador {code}.',
      ],
    ],
  },
}
