// Spanish building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const ES: Blocks = {
  greet:
    'Hola {name}: | ¡Buenas, {name}! | Estimado/a cliente: | Buenos días: | Apreciado/a {name}:',
  close:
    'Un cordial saludo,\n{company} | ¡Hasta pronto!\nEl equipo de {company} | Atentamente,\nServicio de Atención al Cliente de {company} | Gracias de nuevo,\n{company}',
  footer:
    'Recibes este mensaje porque tu dirección se introdujo en {domain}. | {company} S.L. – Calle Ejemplo 7 – 28001 Madrid – Por favor, no responda a este correo. | Política de privacidad: https://{domain}/privacidad',
  ref: 'Referencia: {ref} | (expediente {ref}) | Tu número: {ref}',
  kinds: {
    request: {
      subject:
        '¿Esta solicitud es suya? | {company}: valide su mensaje, por favor | Verificación necesaria: {title} | Solicitud {ref} sin confirmar',
      lead: 'Un mensaje de nuestro formulario web está retenido y aún no se ha enviado al equipo. | Se ha enviado una consulta titulada «{title}» con su dirección. | Tu mensaje a {company} todavía no ha llegado a ningún agente.',
      action:
        'Confirme que lo envió usted: | Pulsa aquí para desbloquearlo: | En cuanto lo confirme, abriremos un ticket:',
    },
    ack: {
      subject:
        'Tu consulta ha llegado: {title} | Atención al cliente de {company}: solicitud registrada | Expediente {ref} abierto | Gracias por tu mensaje',
      lead: 'Su mensaje ha llegado correctamente a nuestro servicio. | Hemos registrado tu consulta sobre «{title}». | Ya hemos avisado a un agente de su petición.',
      action:
        'Le responderemos en un plazo de dos días hábiles. | Te escribiremos en cuanto alguien se haga cargo. | Si quieres añadir algo, responde a este correo.',
    },
    account: {
      subject:
        'Verifica tu correo – {company} | Tu nueva cuenta de {company} | Completa tu registro | ¡Bienvenido/a! Confirma tu dirección',
      lead: 'Gracias por registrarte en {company}. | Se acaba de crear una cuenta de usuario con esta dirección. | Su área de cliente está casi lista.',
      action:
        'Confirma tu dirección para activarla: | Abra este enlace para activarla: | Con este enlace comprobamos que la dirección es suya:',
    },
    subscription: {
      subject:
        'Boletín de {company}: confirma tu alta | ¿Quiere recibir nuestros correos? | Último paso para suscribirte | Confirma tu suscripción, porfa',
      lead: 'Su dirección se ha añadido a la lista de {company}. | Hemos recibido un alta en nuestro boletín. | Gracias por tu interés en las novedades de {company}.',
      action:
        'Confirme aquí para empezar: | Si no pulsas el enlace, no quedarás suscrito: | Un clic basta para confirmar:',
    },
    reset: {
      subject:
        'Nueva contraseña para {company} | Tu código de acceso de {company} | Intento de inicio de sesión en {company} | Cambio de contraseña solicitado',
      lead: 'Se ha solicitado una nueva contraseña para su cuenta. | Alguien intenta entrar en {company} con esta dirección. | Has pedido recuperar el acceso a tu cuenta.',
      action:
        'Elija una nueva contraseña aquí: | Introduce este código: {code} | El siguiente enlace caduca en 30 minutos:',
    },
  },
}
