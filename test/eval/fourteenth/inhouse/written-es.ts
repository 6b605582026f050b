// Hand-written Spanish in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_ES: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Respuesta automática: ${c.typed}`,
      body: `Hola:\n\nGracias por tu correo. Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00. Respondemos por orden de llegada.\n\nUn saludo,\n${c.company}`,
    }),
    (c) => ({
      subject: `Reclamación n.º ${c.ref}`,
      body: `Estimado/a ${c.name}:\n\nLe confirmamos la recepción de su reclamación, que ha quedado registrada con el número indicado. Dispone de un plazo de respuesta máximo de un mes según la normativa de consumo.\n\nAtentamente,\nDepartamento de Atención al Cliente\n${c.company} S.A. – Inscrita en el Registro Mercantil de Madrid, tomo 0000, folio 00, hoja M-000000 – CIF A00000000`,
    }),
    (c) => ({
      subject: `¡Recibido, ${c.name}! 😊`,
      body: `Tu mensaje ya está con nosotros, te contestamos hoy mismo. Ref. ${c.ref}\n\nEl equipo de ${c.company}`,
    }),
    (c) => ({
      subject: `Formulario de contacto`,
      body: `Su mensaje se ha enviado correctamente.\n\nNombre: ${c.name}\nAsunto: ${c.typed}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `[Caso ${c.ref}]`,
      body: `Hola ${c.name}:\n\nHemos recibido tu consulta. Si quieres añadir algo, responde a este correo sin cambiar el asunto.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Your request has been received`,
      body: `Hola ${c.name}:\n\ntu solicitud «${c.typed}» ha llegado a nuestro equipo (caso ${c.ref}). Te responderemos en 48 horas.\n\n${c.company}`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Hola ${c.name}, confirma tu dirección con un clic: ${c.link}`,
    }),
    (c) => ({
      subject: `¡Bienvenido/a, ${c.name}!`,
      body: `Nos alegra tenerte aquí.\n\nPara activar tu cuenta de ${c.company}, pulsa este enlace:\n\n${c.link}\n\nDespués podrás seguir tus pedidos y guardar favoritos.\n\nEl equipo de ${c.company}\n\nAviso legal | Privacidad | Condiciones`,
    }),
    (c) => ({
      subject: `Complete su registro`,
      body: `Estimado/a ${c.name}:\n\nSe ha creado una cuenta a su nombre en nuestro portal. Para verificar su identidad, confirme su dirección en las próximas 72 horas:\n\n${c.link}\n\nSi no confirma, la cuenta se eliminará.\n\n${c.company} S.L. – CIF B00000000`,
    }),
    (c) => ({
      subject: `¿Has sido tú?`,
      body: `Alguien acaba de crear una cuenta en ${c.company} con este correo. Si fuiste tú: ${c.link}\n\nSi no, no hagas nada.`,
    }),
    (c) => ({
      subject: `Código de verificación: ${c.code}`,
      body: `Introduce ${c.code} para terminar tu registro en ${c.company}. Válido 20 minutos.`,
    }),
    (c) => ({
      subject: `Activa tu cuenta del foro`,
      body: `Hola ${c.name}:\n\ngracias por registrarte en el foro de ${c.company}. Activa tu cuenta aquí:\n${c.link}\n\n¡Nos vemos en el foro!`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `¡Ya casi está!`,
      body: `Confirma y recibe nuestras ofertas cada viernes: ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Confirmación de suscripción al boletín`,
      body: `Estimado/a ${c.name}:\n\nHa solicitado suscribirse al boletín de ${c.company}. Confirme su solicitud en el siguiente enlace:\n\n${c.link}\n\nDe acuerdo con el RGPD, puede darse de baja en cualquier momento. Responsable: ${c.company} S.L., calle Ejemplo 1, 28000 Madrid.`,
    }),
    (c) => ({
      subject: `¿Lo confirmas?`,
      body: `Hola ${c.name}, ¿de verdad quieres recibir nuestras novedades? Si es así: ${c.link}`,
    }),
    (c) => ({
      subject: `Tu 10 % de descuento te espera 🎁`,
      body: `Confirma tu correo y te enviamos el código de bienvenida:\n\n[ CONFIRMAR ] ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `${c.company} – Sala de prensa`,
      body: `Se ha solicitado dar de alta esta dirección en nuestra lista de prensa. Para validarlo: ${c.link}`,
    }),
    (c) => ({
      subject: `Confirm your subscription`,
      body: `Hola ${c.name}:\n\ngracias por tu interés en nuestra newsletter. Confirma aquí: ${c.link}\n\nRedacción de ${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} es tu código de ${c.company}. No lo compartas.`,
    }),
    (c) => ({
      subject: `¿Olvidaste tu contraseña?`,
      body: `Hola ${c.name}:\n\nno pasa nada. Crea una nueva contraseña aquí:\n\n${c.link}\n\nEl enlace es válido una hora.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Tu enlace de acceso`,
      body: `Este es tu enlace para entrar en ${c.company} sin contraseña:\n${c.link}\n\nCaduca en 15 minutos.`,
    }),
    (c) => ({
      subject: `Restablecimiento de la clave de acceso a banca online`,
      body: `Estimado cliente:\n\nSe ha solicitado restablecer la clave de su acceso online. Utilice este enlace en los próximos 30 minutos: ${c.link}\n\nSi no ha sido usted, contacte de inmediato con nosotros.\n\n${c.company} nunca le pedirá su clave por correo.`,
    }),
    (c) => ({
      subject: `Intento de inicio de sesión`,
      body: `Hola ${c.name}, tu código de seguridad es:\n\n    ${c.code}\n\nSolicitud desde un navegador en iPhone.`,
    }),
    (c) => ({
      subject: `Password reset`,
      body: `Hola, has pedido una nueva contraseña para ${c.company}: ${c.link}`,
    }),
  ],
}
