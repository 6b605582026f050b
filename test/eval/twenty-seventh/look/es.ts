// Spanish look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const ES: LangLook = {
  texts: {
    newsletter: [
      t(
        'Última oportunidad: -30 % hasta medianoche',
        'Hola {name}, las rebajas de otoño terminan esta noche. Jerséis, botas y abrigos.\nComprar: {link}\nDarse de baja | Preferencias: {link}',
      ),
      t(
        'El boletín de {brand} – semana 45',
        'Cinco lecturas de la semana, una receta de crema de calabaza y cartas de lectores. Cambiar frecuencia: {link}',
      ),
      t(
        'Novedades: equipo para correr en invierno',
        'Para las mañanas oscuras. Devoluciones gratis para socios hasta diciembre. Baja: {link}',
      ),
    ],
    social: [
      t('{who} empezó a seguirte', '{who} ahora te sigue en {brand}. Ver perfil: {link}'),
      t(
        '{who} te mencionó en un comentario',
        '"@{name} ¡mira esto!" – responde en {brand}: {link}',
      ),
      t(
        'Te invitan: paseo fotográfico el domingo',
        '{who} te invitó a un evento del grupo "Fotógrafos del río": {link}',
      ),
    ],
    ooo: [
      t(
        'Respuesta automática: {subj}',
        'Gracias por su correo. Estaré fuera de la oficina hasta el {date} con acceso limitado al email. Para urgencias, llame a recepción.',
      ),
      t(
        'Fuera de la oficina: {subj}',
        'Hola, estoy de baja por paternidad hasta el {date}. Su mensaje no se reenviará; escriba a {who}.',
      ),
      t('Ausente: {subj}', 'Estoy de viaje esta semana y responderé a la vuelta.'),
    ],
    'own-code': [
      t(
        '{code} es tu código de acceso a {brand}',
        'Pediste iniciar sesión desde Firefox en Windows. Introduce {code}. Caduca en 10 minutos. ¿No fuiste tú? Cambia tu contraseña.',
      ),
      t(
        'Tu enlace para iniciar sesión',
        'Pulsa para entrar en {brand}: {link}\nSolicitado a las {time} desde Safari en iPhone. Vale 15 minutos y un solo uso.',
      ),
      t(
        'Restablece tu contraseña de {brand}',
        'Recibimos una solicitud desde un navegador Chrome en macOS. Enlace válido 1 hora: {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] RE: {subj}',
        'Hola {name}, sobre el ticket #{num}: hemos devuelto los gastos de envío, lo verás en 3–5 días. Un saludo, {who}, soporte de {brand}',
      ),
      t(
        'RE: {subj} [#{num}]',
        'Hola {name}, consulté con el almacén por el caso #{num}: la pieza salió hoy. Saludos, {who}',
      ),
      t(
        'Nueva respuesta a tu consulta #{num}',
        'Tu consulta #{num} ("{subj}") tiene respuesta: la cuenta ya está desbloqueada. Ver conversación: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} ha compartido "Presupuesto 2027.xlsx" contigo',
        '{who} te invitó a editar una hoja de cálculo. Abrir: {link}',
      ),
      t(
        'Invitación: reunión de proyecto el {date} a las {time}',
        '{who} te ha invitado. Unirse por videollamada. Sí / Quizás / No – {link}',
      ),
      t(
        'Invitación actualizada: cita movida a las {time}',
        '{who} ha cambiado este evento al {date} a las {time}.',
      ),
    ],
    appointment: [
      t(
        'Recordatorio de su cita el {date}',
        'Estimado/a {name}, le recordamos su cita en Clínica Dental Sol el {date} a las {time}. Para cambiarla llame al 910 000 000.',
      ),
      t(
        'Cita en el taller confirmada',
        'Taller {brand}: su coche está citado el {date} a las {time}.',
      ),
      t('Mesa para 4 mañana a las {time}', '¡Te esperamos en {brand}! Cambiar reserva: {link}'),
    ],
    notice: [
      t(
        'Excursión: autorización hasta el viernes',
        'Estimadas familias, entreguen la autorización para la visita al museo antes del viernes.',
      ),
      t(
        'Cambios en la recogida de basura en festivos',
        'Desde el {date} el reciclaje se recoge los sábados. Calendario del ayuntamiento: {link}',
      ),
      t(
        'Corte de agua en el edificio',
        'Vecinos: el {date} se cortará el agua de 9 a 12. La administración de la finca.',
      ),
    ],
    'app-notice': [
      t(
        'Actualizamos nuestras condiciones',
        'El {date} entran en vigor las nuevas condiciones. No cambia nada para ti salvo en espacios compartidos. Más: {link}',
      ),
      t(
        'Tu almacenamiento está casi lleno',
        'Usas el 96 % de tu espacio en {brand}. Libera espacio o amplía: {link}',
      ),
      t(
        'Tu plan se renueva el {date}',
        'Tu plan {brand} Plus se renueva el {date} por {amount}. Gestionar: {link}',
      ),
    ],
    person: [
      t('Re: ¿el sábado?', '¡Vale! Trae el paraguas grande, que va a llover. Besos, {who}'),
      t(
        'fotos de la boda',
        'Hola {name}, por fin ordené las fotos, el enlace está en el álbum compartido. {who}',
      ),
      t(
        'RE: informe trimestral',
        'Gracias, dejé dos comentarios en la página 4. ¿Hablamos antes de la llamada? {who}',
      ),
    ],
    receipt: [
      t(
        'Tu recibo de {brand} n.º {num}',
        'Importe pagado: {amount}\nFecha: {date}\nMétodo de pago: Visa •••• 5190',
      ),
      t(
        'Has enviado {amount} a {who}',
        'Pago enviado. Concepto: alquiler noviembre. Operación {num}.',
      ),
      t('Has recibido un pago', '{who} te ha enviado {amount}. Ya está en tu saldo.'),
    ],
    bank: [
      t(
        'Nuevo inicio de sesión en tu cuenta {brand}',
        'Un dispositivo nuevo accedió el {date} a las {time} (Android, Valencia). Si no fuiste tú, protege tu cuenta: {link}',
      ),
      t(
        'Compra con tarjeta de {amount}',
        'Tu tarjeta terminada en 5190 se usó por {amount} en GASOLINERA PUERTO el {date}.',
      ),
      t(
        'Tu contraseña ha cambiado',
        'La contraseña de tu cuenta {brand} se cambió el {date}. ¿No fuiste tú? Llámanos.',
      ),
    ],
    order: [
      t(
        'Pedido confirmado n.º {num}',
        '¡Gracias {name}! Estamos preparando tu pedido. Total {amount}. Seguimiento: {link}',
      ),
      t(
        'Tu paquete llega hoy',
        'Tu paquete {brand} {num} se entrega hoy entre las {time} y las 18:00.',
      ),
      t(
        'Listo para recoger',
        'Tu pedido {num} te espera en el punto de recogida {place}. Código {code}.',
      ),
    ],
    travel: [
      t(
        'Ya puedes hacer el check-in de tu vuelo a Lisboa',
        'Localizador {num}. Haz el check-in y descarga la tarjeta de embarque: {link}',
      ),
      t('Tu tarjeta de embarque', 'La puerta cierra 20 minutos antes de la salida. Asiento 14C.'),
      t('Cambio de puerta: ahora B12', 'Tu vuelo de las {time} sale ahora por la puerta B12.'),
    ],
  },
  sent: [
    'Presupuesto encimera de cocina',
    'Duda sobre la factura 3381',
    'Falta un artículo en mi pedido',
    'Notas de la reunión del jueves',
  ],
  sentBody: 'Hola, ¿podrían revisarlo, por favor? Gracias, {name}',
}
