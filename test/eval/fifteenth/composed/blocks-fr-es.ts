// French and Spanish building blocks of the composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const FR: Blocks = {
  subjects: {
    ack: [
      'Votre demande auprès de {c}',
      'Message bien reçu',
      'Ticket {r} créé',
      '{c} – accusé de réception',
    ],
    verify: [
      'Vérifiez votre compte {c}',
      'Merci de confirmer votre adresse e-mail',
      'Active ton compte',
      'Finalisez votre inscription sur {c}',
    ],
    subscribe: [
      'Confirmez votre abonnement',
      'Merci de valider ton inscription',
      'Votre inscription à {c}',
      'Confirmation requise',
    ],
    reset: [
      'Nouveau mot de passe {c}',
      'Réinitialisation demandée',
      'Connexion à {c}',
      'Ton code {c} : {k}',
    ],
  },
  received: {
    ack: [
      'Votre message nous est bien parvenu.',
      'Nous avons bien reçu ta demande.',
      'Nous confirmons la réception de votre requête.',
    ],
    verify: [
      'Un compte {c} vient d’être créé avec cette adresse.',
      'Merci pour ton inscription sur {c}.',
      'Vous venez de vous inscrire sur {c}.',
    ],
    subscribe: [
      'Cette adresse a été saisie sur notre formulaire d’inscription.',
      'Merci de ton intérêt pour les nouvelles de {c}.',
      'Nous avons reçu une demande d’ajout à notre liste.',
    ],
    reset: [
      'Un nouveau mot de passe a été demandé pour votre compte {c}.',
      'Une connexion à {c} a été demandée.',
      'Tu as demandé un nouveau mot de passe.',
    ],
  },
  next: {
    ack: [
      'Nous vous répondrons dès que possible.',
      'Vous aurez une réponse sous 48 heures ouvrées.',
      'Les demandes sont traitées par ordre d’arrivée.',
    ],
    verify: [
      'Confirmez votre adresse pour l’activer : {l}',
      'Saisis le code {k} pour continuer.',
      'Cliquez sur le lien pour terminer : {l}',
    ],
    subscribe: [
      'Cliquez ici pour confirmer : {l}',
      'L’abonnement démarre après ta confirmation : {l}',
      'Confirmez en un clic : {l}',
    ],
    reset: [
      'Choisissez-en un nouveau ici : {l}',
      'Ton code à usage unique : {k}.',
      'Ce lien vous connecte : {l}',
    ],
  },
  openers: ['Bonjour {n},', 'Salut {n} !', 'Cher/Chère {n},', 'Bonjour,'],
  refs: ['Référence : {r}', 'Numéro de ticket : #{r}', '(dossier {r})'],
  signoffs: [
    'Bien cordialement,\nL’équipe {c}',
    'À bientôt,\n{c}',
    'Salutations distinguées,\nService client {c}',
  ],
  footers: [
    '',
    'Si ce n’était pas toi, ignore cet e-mail.',
    'Merci de ne pas répondre à ce message automatique.',
  ],
}

export const ES: Blocks = {
  subjects: {
    ack: [
      'Tu consulta a {c}',
      'Mensaje recibido',
      'Incidencia {r} registrada',
      '{c} – confirmación de recepción',
    ],
    verify: [
      'Verifica tu cuenta de {c}',
      'Confirme su dirección de correo',
      'Activa tu cuenta',
      'Completa tu registro en {c}',
    ],
    subscribe: [
      'Confirma tu suscripción',
      'Valide su alta en el boletín',
      'Tu alta en {c}',
      'Se necesita confirmación',
    ],
    reset: [
      'Nueva contraseña de {c}',
      'Solicitud de restablecimiento',
      'Inicia sesión en {c}',
      'Tu código de {c}: {k}',
    ],
  },
  received: {
    ack: [
      'Hemos recibido tu mensaje.',
      'Su solicitud ha llegado a nuestro equipo.',
      'Confirmamos la recepción de su consulta.',
    ],
    verify: [
      'Se ha creado una cuenta en {c} con esta dirección.',
      'Gracias por registrarte en {c}.',
      'Acaba de darse de alta en {c}.',
    ],
    subscribe: [
      'Esta dirección se introdujo en nuestro formulario.',
      'Gracias por tu interés en las novedades de {c}.',
      'Hemos recibido una solicitud de alta en nuestra lista.',
    ],
    reset: [
      'Se ha solicitado una nueva contraseña para su cuenta de {c}.',
      'Se ha pedido un inicio de sesión en {c}.',
      'Has pedido una contraseña nueva.',
    ],
  },
  next: {
    ack: [
      'Te responderemos lo antes posible.',
      'Recibirá respuesta en un máximo de dos días laborables.',
      'Atendemos las consultas por orden de llegada.',
    ],
    verify: [
      'Confirme su dirección para activarla: {l}',
      'Introduce el código {k} para continuar.',
      'Haz clic en el enlace para terminar: {l}',
    ],
    subscribe: [
      'Pulsa aquí para confirmar: {l}',
      'La suscripción empieza cuando confirmes: {l}',
      'Confirme con un clic: {l}',
    ],
    reset: [
      'Crea una nueva aquí: {l}',
      'Tu código de un solo uso es {k}.',
      'Este enlace le da acceso: {l}',
    ],
  },
  openers: ['Hola {n}:', '¡Hola, {n}!', 'Estimado/a {n}:', 'Buenas,'],
  refs: ['Referencia: {r}', 'N.º de incidencia: #{r}', '(expediente {r})'],
  signoffs: [
    'Un saludo,\nEl equipo de {c}',
    '¡Hasta pronto!\n{c}',
    'Atentamente,\nAtención al cliente de {c}',
  ],
  footers: [
    '',
    'Si no fuiste tú, ignora este correo.',
    'Por favor, no responda a este mensaje automático.',
  ],
}
