// Spanish everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const ES: LangTexts = {
  newsletter: [
    [
      'Última oportunidad: -30 % hasta medianoche',
      'Hola {n}, las rebajas terminan hoy: {link}\n\nDarse de baja | Preferencias: {link}',
    ],
    [
      'Lo mejor de la semana en {b}',
      'Cinco lecturas para tu domingo. Recibes este correo porque te suscribiste. Baja: {link}',
    ],
    ['Novedades que te pueden gustar', 'Lo nuevo de {b}. Gestiona tus preferencias: {link}'],
  ],
  social: [
    ['{who} ha empezado a seguirte', '{who} te sigue en {b}: {link}'],
    ['{who} te mencionó en un comentario', '«@{n} mira esto» – responder: {link}'],
    ['Invitación: cena del club el viernes', '{who} te invitó a un evento en {b}: {link}'],
  ],
  'auto-reply': [
    [
      'Respuesta automática: {subj}',
      'Gracias por tu mensaje. Estoy fuera de la oficina hasta el {date}.',
    ],
    [
      'Fuera de la oficina: {subj}',
      'Estoy de vacaciones y vuelvo el {date}. Tu correo no se reenviará.',
    ],
    ['Autorespuesta: {subj}', 'Gracias, te respondo a la vuelta.'],
  ],
  'own-code': [
    [
      '{code} es tu código de {b}',
      'Has pedido iniciar sesión desde Firefox en Windows. Código: {code}, válido 10 minutos. Si no fuiste tú, ignora este correo.',
    ],
    [
      'Tu enlace de acceso',
      'Hola {n}, aquí tienes el enlace que pediste desde Safari en iPhone: {link}\nCaduca en 15 minutos.',
    ],
    [
      'Restablece tu contraseña de {b}',
      'Solicitud hecha desde Chrome en macOS. Enlace válido 1 hora: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] RE: {subj}',
      'Hola {n}:\n\nsobre tu ticket #{ref}, ya hemos devuelto el cargo duplicado.\n\n> {subj}\n\nUn saludo, soporte de {b}',
    ],
    [
      'Novedades de tu incidencia {ref}',
      'Hola {n}, nuestro técnico revisó la incidencia {ref} («{subj}»). La pieza sale el lunes.',
    ],
    [
      'RE: {subj} [Ticket {ref}]',
      'Hola {n}, sobre el ticket {ref}: ¿nos mandas una foto del número de serie?',
    ],
  ],
  shared: [
    [
      '{who} ha compartido «Presupuesto 2027» contigo',
      '{who} compartió una hoja de cálculo: {link}',
    ],
    [
      'Invitación: reunión de equipo el {date} a las {time}',
      '{who} te ha invitado. Sí / Quizás / No: {link}',
    ],
    ['Evento actualizado: dentista a las {time}', '{who} movió el evento del {date}.'],
  ],
  appointment: [
    [
      'Recordatorio de cita con la Dra. Salcedo',
      'Tu cita es el {date} a las {time}. Responde NO para anular.',
    ],
    ['Tu cita en el taller {b}', 'Revisión el {date} a las {time}.'],
    ['Reserva confirmada – {b}', 'Mesa para 4 el {date} a las {time}. Modificar: {link}'],
  ],
  notice: [
    ['Excursión escolar del {date}', 'Estimadas familias: traed almuerzo. Colegio {b}'],
    [
      'Cambio en la recogida de residuos',
      'Desde el {date} el contenedor amarillo se recoge los jueves. Ayuntamiento de {b}',
    ],
    [
      'Corte de agua en el edificio',
      'Estimados vecinos: el {date} de 9 a 12 no habrá agua. Administración {b}',
    ],
  ],
  'app-notice': [
    [
      'Actualizamos nuestras condiciones',
      'Desde el {date} se aplican nuevas condiciones a tu cuenta de {b}: {link}',
    ],
    ['Tu almacenamiento está casi lleno', 'Quedan 200 MB. Amplía tu plan: {link}'],
    ['Tu plan se renueva el {date}', '{b} Plus, {amt}. Gestionar: {link}'],
  ],
  people: [
    ['Re: ¿el sábado?', '¡Genial! Llevo la tarta. Besos, {who}'],
    ['fotos de la boda', 'Hola {n}, aquí van las fotos: {link} – {who}'],
    ['RE: diapositivas del jueves', 'Gracias, están muy bien. He movido la 4 al final. {who}'],
  ],
  receipt: [
    ['Tu recibo de {b} n.º {ref}', 'Pagado {amt} con tarjeta el {date}.'],
    ['Reembolso realizado: {amt}', 'Hemos devuelto {amt} del pedido {ref}.'],
    ['Tu nómina de noviembre', 'Se ha abonado tu nómina de {amt}: {link}'],
    [
      'Hemos recibido el pago del alquiler',
      'Recibido el alquiler de diciembre: {amt}. Inmobiliaria {b}',
    ],
    [
      'Aviso de renovación de tu seguro de hogar',
      'La póliza {ref} se renueva el {date} por {amt} al año: {link}',
    ],
  ],
  bank: [
    [
      'Nuevo acceso a tu banca online',
      'Acceso desde Edge en Windows el {date}. ¿No has sido tú? {link}',
    ],
    ['Pago con tarjeta de {amt} rechazado', 'Se rechazó un pago con tu tarjeta ****0937.'],
    ['Aviso de adeudo domiciliado', 'El {date}, {b} Energía cargará {amt} (ref. {ref}).'],
    [
      'Tu extracto de noviembre ya está disponible',
      'Consulta el extracto de tu cuenta {b} en la app.',
    ],
  ],
  order: [
    ['Tu pedido {ref} ha sido enviado', 'Sigue tu paquete: {link}'],
    ['Tu paquete llega hoy', 'Paquete {b} {ref} entre las {time} y las 18:00.'],
    ['Listo para recoger en el punto de entrega', 'Código de recogida {code}, válido 7 días.'],
  ],
  travel: [
    ['Ya puedes facturar tu vuelo a Tenerife', 'Reserva {ref}: haz el check-in: {link}'],
    [
      'Cambio de puerta: tu vuelo sale por la puerta B22',
      'Vuelo del {date} a las {time}, puerta B22.',
    ],
    ['Tus entradas para el concierto', 'Pedido {ref}: 2 entradas para el {date}.'],
  ],
  care: [
    ['Tu receta está lista', 'Puedes recoger tu medicación en la farmacia {b}.'],
    [
      'Tus resultados de análisis ya están disponibles',
      'Resultados del {date} en tu área de paciente: {link}',
    ],
    ['Recordatorio de vacuna', 'Pide cita: {link}'],
  ],
}
