// Spanish fragments for composed in-house wordings (usted and tú), written for this set.
import type { Bank } from './bank.ts'

export const ES: Bank = {
  greet: [
    (c) => `Hola ${c.name}:`,
    (c) => `Estimado/a ${c.name}:`,
    (c) => `¡Hola, ${c.name}!`,
    () => 'Buenos días:',
    () => '',
  ],
  signoff: [
    (c) => `Un saludo,\nAtención al cliente de ${c.company}`,
    (c) => `¡Gracias!\nEl equipo de ${c.company}`,
    () => `Atentamente,\nLaura Gil`,
    (c) => `${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} S.L. – CIF B00000000. Conforme al RGPD, puede ejercer sus derechos de acceso, rectificación y supresión en https://${c.domain}/privacidad. Este mensaje es confidencial.`,
    () => `Este es un correo automático; por favor, no responda.`,
    (c) => `Recibes este correo porque esta dirección se introdujo en ${c.domain}.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `Hemos recibido su consulta`,
        (c) => `Solicitud ${c.ref} registrada`,
        (c) => `RE: ${c.typed}`,
        (c) => `${c.company} – gracias por escribirnos`,
      ],
      core: [
        (c) => `le confirmamos que hemos recibido su mensaje «${c.typed}».`,
        () => `tu solicitud ya está en manos de nuestro equipo.`,
        (c) => `el formulario que enviaste a ${c.company} ha llegado correctamente.`,
      ],
      next: [
        () => `Le responderemos en un plazo de 48 horas hábiles.`,
        () => `Nos ponemos con ello y te escribimos pronto.`,
      ],
      action: [
        (c) => `Número de solicitud: ${c.ref}`,
        (c) => `Indique la referencia ${c.ref} en cualquier comunicación.`,
      ],
    },
    verification: {
      subject: [
        () => `Confirma tu correo electrónico`,
        (c) => `Bienvenido a ${c.company}: activa tu cuenta`,
        () => `Acción necesaria: verifique su dirección`,
        () => `¿Eres tú?`,
      ],
      core: [
        (c) => `gracias por registrarte en ${c.company}.`,
        () => `se ha creado una cuenta con esta dirección.`,
        () => `su cuenta está casi lista.`,
      ],
      next: [() => `El enlace caduca en 24 horas.`, () => `Si no fue usted, ignore este mensaje.`],
      action: [(c) => `Confirmar correo: ${c.link}`, (c) => `Activar cuenta → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Confirma tu suscripción`,
        (c) => `${c.company}: solo falta un clic`,
        () => `¿Quieres recibir nuestro boletín?`,
        () => `Confirmación de alta en el newsletter`,
      ],
      core: [
        (c) => `has pedido recibir el boletín de ${c.company}.`,
        () => `esta dirección se ha dado de alta en nuestra lista.`,
        () => `¡gracias por tu interés!`,
      ],
      next: [
        () => `Si no confirma, no recibirá ningún correo más.`,
        () => `Si no fuiste tú, no hagas nada.`,
      ],
      action: [(c) => `Sí, quiero suscribirme: ${c.link}`, (c) => `Confirmar: ${c.link}`],
    },
    reset: {
      subject: [
        () => `Restablecer contraseña`,
        (c) => `Tu código de acceso a ${c.company}`,
        (c) => `${c.code} es tu código de verificación`,
        () => `Solicitud de nueva contraseña`,
      ],
      core: [
        () => `hemos recibido una solicitud para restablecer su contraseña.`,
        (c) => `aquí tienes tu código para entrar en ${c.company}.`,
        () => `alguien intenta iniciar sesión con esta dirección.`,
      ],
      next: [
        () => `El código caduca en 10 minutos.`,
        () => `Si no lo solicitó, su contraseña no cambiará.`,
      ],
      action: [(c) => `Código: ${c.code}`, (c) => `Crear nueva contraseña: ${c.link}`],
    },
  },
}
