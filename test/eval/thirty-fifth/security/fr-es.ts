// French and Spanish account-security texts, written for this set.
import type { SecurityTexts } from './types.ts'

export const SEC_FR: SecurityTexts = {
  breach: [
    'Important : incident de sécurité chez {brand}',
    'Des adresses e-mail et des mots de passe chiffrés ont été consultés. Changez votre mot de passe et activez la validation en deux étapes.',
  ],
  reset: [
    'Réinitialiser votre mot de passe {brand}',
    'Voici le lien demandé : {link} Il expire dans 30 minutes.',
  ],
  code: ['Code {brand} : {code}', 'Votre code de vérification est {code}. Ne le communiquez pas.'],
  changed: [
    'Votre mot de passe a été modifié',
    'Le mot de passe de votre compte {brand} a été modifié à {time}.',
  ],
  twofa: [
    'Validation en deux étapes activée',
    'Vous avez ajouté une application d’authentification à votre compte {brand}.',
  ],
  newSignin: [
    'Nouvelle connexion depuis Firefox sous Linux',
    'Connexion à votre compte {brand} depuis Firefox sous Linux près de {place} à {time}.',
  ],
  recovery: [
    'Vos codes de récupération',
    'Vous avez généré de nouveaux codes de récupération {brand}. Les anciens ne fonctionnent plus.',
  ],
  confirmed: [
    'Votre adresse e-mail est confirmée',
    'Merci, votre adresse e-mail chez {brand} est confirmée.',
  ],
  newDevice: [
    'Nouvel appareil connecté',
    'Un nouveau téléphone (Android) s’est connecté à votre compte {brand} près de {place}.',
  ],
  welcomeBack: [
    'Bon retour sur {brand}',
    'Ravis de vous revoir sur votre nouveau téléphone. Vos réglages ont été restaurés.',
  ],
  storeReceipt: [
    'Votre reçu de l’App Store',
    '{brand} Premium, mensuel : {amount} €. Carte se terminant par 5531.',
  ],
  tried: [
    'Quelqu’un a tenté de se connecter à votre compte',
    'Nous avons bloqué à {time} une connexion à {brand} avec votre mot de passe depuis un appareil inconnu.',
  ],
  blocked: [
    'Tentative de connexion inhabituelle bloquée',
    '{brand} a arrêté une tentative de connexion qui ne vous ressemblait pas.',
  ],
  failed: [
    'Échecs de connexion sur votre compte',
    '6 tentatives de connexion à {brand} ont échoué au cours de la dernière heure.',
  ],
  wasThisYou: [
    'Était-ce vous ?',
    'Quelqu’un a saisi le bon mot de passe de votre compte {brand} depuis un nouveau navigateur.',
  ],
}

export const SEC_ES: SecurityTexts = {
  breach: [
    'Importante: incidente de seguridad en {brand}',
    'Se accedió a direcciones de correo y contraseñas cifradas. Cambia tu contraseña y activa la verificación en dos pasos.',
  ],
  reset: [
    'Restablece tu contraseña de {brand}',
    'Aquí tienes el enlace que pediste: {link} Caduca en 30 minutos.',
  ],
  code: ['Código de {brand}: {code}', 'Tu código de verificación es {code}. No lo compartas.'],
  changed: [
    'Tu contraseña se ha cambiado',
    'La contraseña de tu cuenta de {brand} se cambió a las {time}.',
  ],
  twofa: [
    'Verificación en dos pasos activada',
    'Has añadido una app de autenticación a tu cuenta de {brand}.',
  ],
  newSignin: [
    'Nuevo inicio de sesión desde Firefox en Linux',
    'Se inició sesión en tu cuenta de {brand} desde Firefox en Linux cerca de {place} a las {time}.',
  ],
  recovery: [
    'Tus códigos de recuperación',
    'Has generado códigos de recuperación nuevos para {brand}. Los anteriores ya no sirven.',
  ],
  confirmed: [
    'Tu correo se ha confirmado',
    'Gracias, tu dirección de correo en {brand} está confirmada.',
  ],
  newDevice: [
    'Nuevo dispositivo conectado',
    'Un teléfono nuevo (Android) ha iniciado sesión en tu cuenta de {brand} cerca de {place}.',
  ],
  welcomeBack: [
    'Bienvenido de nuevo a {brand}',
    'Nos alegra verte en tu nuevo móvil. Hemos restaurado tus ajustes.',
  ],
  storeReceipt: [
    'Tu recibo de la App Store',
    '{brand} Premium, mensual: {amount} €. Cargado a la tarjeta terminada en 5531.',
  ],
  tried: [
    'Alguien intentó iniciar sesión en tu cuenta',
    'A las {time} bloqueamos un acceso a {brand} con tu contraseña desde un dispositivo desconocido.',
  ],
  blocked: [
    'Intento de inicio de sesión inusual bloqueado',
    '{brand} detuvo un intento de acceso que no parecía tuyo.',
  ],
  failed: [
    'Intentos fallidos de acceso a tu cuenta',
    'Ha habido 6 intentos fallidos de acceder a {brand} en la última hora.',
  ],
  wasThisYou: [
    '¿Has sido tú?',
    'Alguien introdujo la contraseña correcta de tu cuenta de {brand} desde un navegador nuevo.',
  ],
}
