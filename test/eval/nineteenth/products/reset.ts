// Password-reset products new to every set (our wording of each documented default).
import type { Product } from './types.ts'

/** source: Kimai (time tracking), "password reset" mail of its translations
 * (translations/email.<lang>.xlf ship en, de, fr, es, pt, it, nl). */
export const KIMAI: Product = {
  family: 'reset',
  product: 'Kimai',
  sender: 'own',
  texts: {
    en: {
      subject: 'Reset password',
      body: 'Hello {name}!\n\nTo reset your password, please visit {link}\n\nThis link will be valid for 1 hour.\n\nRegards,\nKimai - {company}',
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Hallo {name}!\n\nUm Ihr Passwort zurückzusetzen, besuchen Sie bitte {link}\n\nDieser Link ist 1 Stunde gültig.\n\nGrüße,\nKimai - {company}',
    },
    fr: {
      subject: 'Réinitialiser le mot de passe',
      body: 'Bonjour {name} !\n\nPour réinitialiser votre mot de passe, rendez-vous sur {link}\n\nCe lien est valable 1 heure.\n\nKimai - {company}',
    },
    es: {
      subject: 'Restablecer contraseña',
      body: '¡Hola {name}!\n\nPara restablecer tu contraseña, visita {link}\n\nEste enlace es válido durante 1 hora.\n\nKimai - {company}',
    },
    pt: {
      subject: 'Redefinir senha',
      body: 'Olá {name}!\n\nPara redefinir a sua senha, visite {link}\n\nEste link é válido por 1 hora.\n\nKimai - {company}',
    },
    it: {
      subject: 'Reimposta password',
      body: 'Ciao {name}!\n\nPer reimpostare la password visita {link}\n\nIl link è valido per 1 ora.\n\nKimai - {company}',
    },
    nl: {
      subject: 'Wachtwoord resetten',
      body: 'Hallo {name}!\n\nOm je wachtwoord te resetten ga je naar {link}\n\nDeze link is 1 uur geldig.\n\nKimai - {company}',
    },
  },
}

/** source: Wiki.js 2, "Password Reset Request" mail of its mail templates (English template;
 * the other languages are our own rendering). */
export const WIKIJS: Product = {
  family: 'reset',
  product: 'Wiki.js',
  sender: 'own',
  texts: {
    en: {
      subject: 'Password Reset Request',
      body: 'Password Reset Request\n\nA password reset was requested for your wiki account on {company}.\n\nReset Password: {link}\n\nIf you did not request this, ignore this email.',
    },
    de: {
      subject: 'Anfrage zum Zurücksetzen des Passworts',
      body: 'Für Ihr Wiki-Konto bei {company} wurde das Zurücksetzen des Passworts angefordert.\n\nPasswort zurücksetzen: {link}',
    },
    fr: {
      subject: 'Demande de réinitialisation du mot de passe',
      body: 'Une réinitialisation du mot de passe a été demandée pour votre compte wiki sur {company}.\n\nRéinitialiser : {link}',
    },
    es: {
      subject: 'Solicitud de restablecimiento de contraseña',
      body: 'Se solicitó restablecer la contraseña de tu cuenta del wiki de {company}.\n\nRestablecer: {link}',
    },
    pt: {
      subject: 'Pedido de redefinição de senha',
      body: 'Foi pedida a redefinição da senha da sua conta wiki em {company}.\n\nRedefinir: {link}',
    },
    it: {
      subject: 'Richiesta di reimpostazione password',
      body: 'È stata richiesta la reimpostazione della password del tuo account wiki su {company}.\n\nReimposta: {link}',
    },
    nl: {
      subject: 'Verzoek om wachtwoord te resetten',
      body: 'Er is gevraagd het wachtwoord van je wiki-account bij {company} te resetten.\n\nResetten: {link}',
    },
  },
}
