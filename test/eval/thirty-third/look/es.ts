// Spanish look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const ES: LookTexts = {
  newsletter: [
    'Rebajas de otoño: -20 % en punto 🍂 || Newsletter {brand}. Devoluciones gratis hasta el {date}. Darte de baja al final.',
    'Tus lecturas del domingo || Cinco artículos y una receta de {brand}. Suscrito desde 2023.',
    'Último día || La venta para socios acaba esta noche. Socio n.º {n}. {brand}',
  ],
  social: [
    '{from} ha comentado tu foto || «¡Qué bonita!» — responde en {brand}.',
    'Tienes 3 seguidores nuevos || {from} y 2 más te siguen en {brand}.',
    'Novedad en tu grupo: mercadillo {city} || {from} ha publicado algo.',
  ],
  ooo: [
    'Respuesta automática: {orig} || Gracias por su correo. Estoy fuera de la oficina hasta el {date}.',
    'Fuera de la oficina: {orig} || Estoy de vacaciones hasta el {date}. No se reenviará tu mensaje.',
    'Ausente: {orig} || De viaje esta semana, contesto a la vuelta.',
  ],
  code: [
    'Tu código de verificación de {brand} || Tu código es {code}. Caduca en 10 minutos.',
    '{code} es tu código de {brand} || Para terminar de cambiar tu correo.',
    'Restablece tu contraseña de {brand} || Lo acabas de pedir. Enlace válido 30 minutos.',
  ],
  ticket: [
    'RE: [#{ref}] {orig} || Hola {first}, gracias por tu paciencia. Ticket #{ref}: la pieza sale mañana. Lucía, soporte {brand}',
    '[{brand}] Solicitud {ref} resuelta || Tu solicitud {ref} «{orig}» está resuelta.',
    'Caso {ref}: necesitamos un dato || ¿Nos envías el número de serie? Caso {ref}.',
  ],
  shared: [
    '{from} ha compartido una carpeta contigo || «Fotos {city}» — 48 elementos. Abrir en {brand}.',
    'Invitación actualizada: reunión a las {time} || {from} ha cambiado el evento del {date}.',
    '{from} te invita a editar «Presupuesto 2027» || Abrir en {brand}.',
  ],
  booking: [
    'Recordatorio: cita el {date} a las {time} || Clínica {brand}, {city}.',
    'Tu mesa está reservada || {brand}, {date} a las {time}, 2 personas.',
    'Te toca la ITV || Antes del {date}. Pide cita en {brand}.',
  ],
  notice: [
    'Reunión de padres el {date} || Familias de 4.º, reservad hora en la app {brand}.',
    'Nuevo horario del ayuntamiento || Ayuntamiento de {brand}: lunes cerrado desde el {date}.',
    'Corte de agua el {date} || De 9 a 12 h. Administración de fincas {brand}',
  ],
  app: [
    'Tu año en {brand} 🎉 || 1.204 horas escuchadas. Mira tu resumen.',
    'Actualizamos nuestras condiciones || Desde el {date} se aplican nuevas condiciones.',
    'Almacenamiento casi lleno || Tu espacio en {brand} está al 95 %.',
  ],
  person: [
    'RE: {orig} || ¡Perfecto, nos vemos el sábado! Trae la fuente grande. {from}',
    'RV: {orig} || Te reenvío esto de papá, ¿lo miras? {from}',
    '¡Felices fiestas! || Un abrazo de {from} y familia 🎄',
  ],
  receipt: [
    'Tu recibo de {brand} || {amount} pagado con tarjeta el {date}. Recibo {ref}.',
    'Has enviado {amount} a {from} || Pago completado. Referencia {ref}.',
    'Transferencia en camino || {amount} llegarán en 2 días. {brand}',
  ],
  bank: [
    'Pago con tarjeta de {amount} en {brand} || ¿No lo reconoces? Bloquea la tarjeta.',
    'Nuevo acceso a tu banca {brand} || Un dispositivo nuevo entró cerca de {city} a las {time}.',
    'Tu contraseña ha cambiado || La clave de tu banca online {brand} cambió el {date}.',
  ],
  order: [
    'Tu pedido n.º {ref} está en camino || Entrega prevista el {date}. Sigue el envío con {brand}.',
    'Paquete listo para recoger || Punto {brand} en {city}, código {code}.',
    'Pedido confirmado || N.º {ref}, total {amount}.',
  ],
  travel: [
    'Ya puedes hacer el check-in a {city} || Vuelo {ref} el {date}. {brand}',
    'Tu tarjeta de embarque || La puerta cierra 20 min antes. Asiento 14C.',
    'Cambio de puerta: vuelo {ref} || Nueva puerta B12, embarque {time}.',
  ],
}
