// Password reset / sign-in link mails of two products no earlier set used, written from memory
// of their documented defaults in our own words.
import type { Product } from './types.ts'

// DokuWiki password reset confirmation (inc/lang/*/pwconfirm.txt; DokuWiki ships every
// language of this set).
export const DOKUWIKI: Product = {
  family: 'reset',
  product: 'DokuWiki Password Confirmation',
  sender: 'own',
  texts: {
    en: {
      subject: '[{c}] Password confirmation',
      body: 'Hi {p}!\n\nSomeone asked for a new password for your {c} login.\n\nIf you did not ask for a new password, just ignore this email.\n\nTo confirm that the request really came from you, please use this link:\n\n{link}',
    },
    de: {
      subject: '[{c}] Passwortbestätigung',
      body: 'Hallo {p}!\n\nJemand hat ein neues Passwort für Ihren Zugang zu {c} angefordert.\n\nFalls Sie das nicht waren, ignorieren Sie diese E-Mail einfach.\n\nBestätigen Sie die Anforderung über diesen Link:\n\n{link}',
    },
    fr: {
      subject: '[{c}] Confirmation du mot de passe',
      body: 'Bonjour {p} !\n\nQuelqu’un a demandé un nouveau mot de passe pour votre identifiant sur {c}.\n\nSi ce n’est pas vous, ignorez ce courriel.\n\nPour confirmer la demande, utilisez ce lien :\n\n{link}',
    },
    es: {
      subject: '[{c}] Confirmación de contraseña',
      body: '¡Hola {p}!\n\nAlguien solicitó una contraseña nueva para tu usuario en {c}.\n\nSi no fuiste tú, ignora este correo.\n\nPara confirmar la solicitud usa este enlace:\n\n{link}',
    },
    pt: {
      subject: '[{c}] Confirmação de senha',
      body: 'Olá {p}!\n\nAlguém pediu uma nova senha para o seu login em {c}.\n\nSe não foi você, ignore este e-mail.\n\nPara confirmar o pedido, use este link:\n\n{link}',
    },
    it: {
      subject: '[{c}] Conferma password',
      body: 'Ciao {p}!\n\nQualcuno ha chiesto una nuova password per il tuo accesso a {c}.\n\nSe non sei stato tu, ignora questa email.\n\nPer confermare la richiesta usa questo link:\n\n{link}',
    },
    nl: {
      subject: '[{c}] Wachtwoordbevestiging',
      body: 'Hallo {p}!\n\nIemand heeft een nieuw wachtwoord gevraagd voor je login bij {c}.\n\nHeb jij dit niet gedaan, negeer deze e-mail dan.\n\nBevestig het verzoek via deze link:\n\n{link}',
    },
  },
}

// Phabricator one-time "login link" mail sent from the password reset form (secure.phabricator
// .com documentation, "Account recovery"); English only upstream, the others our rendering.
export const PHABRICATOR: Product = {
  family: 'reset',
  product: 'Phabricator Login Link',
  sender: 'display',
  texts: {
    en: {
      subject: '[{c}] Account Login Link',
      body: 'Someone (hopefully you) requested a login link for your {c} account ({p}). Use this link to log in and reset your password:\n\n  {link}\n\nIf you did not request this, you can ignore it.',
    },
    de: {
      subject: '[{c}] Anmeldelink für Ihr Konto',
      body: 'Jemand (hoffentlich Sie) hat einen Anmeldelink für Ihr Konto bei {c} ({p}) angefordert. Mit diesem Link melden Sie sich an und setzen Ihr Passwort zurück:\n\n  {link}',
    },
    fr: {
      subject: '[{c}] Lien de connexion au compte',
      body: 'Quelqu’un (vous, espérons-le) a demandé un lien de connexion pour votre compte {c} ({p}). Utilisez ce lien pour vous connecter et changer votre mot de passe :\n\n  {link}',
    },
    es: {
      subject: '[{c}] Enlace de acceso a la cuenta',
      body: 'Alguien (esperamos que tú) pidió un enlace de acceso para tu cuenta de {c} ({p}). Usa este enlace para entrar y restablecer la contraseña:\n\n  {link}',
    },
    pt: {
      subject: '[{c}] Link de acesso à conta',
      body: 'Alguém (esperamos que você) pediu um link de acesso para a sua conta {c} ({p}). Use este link para entrar e redefinir a senha:\n\n  {link}',
    },
    it: {
      subject: '[{c}] Link di accesso all’account',
      body: 'Qualcuno (speriamo tu) ha richiesto un link di accesso per il tuo account {c} ({p}). Usa questo link per accedere e reimpostare la password:\n\n  {link}',
    },
    nl: {
      subject: '[{c}] Inloglink voor je account',
      body: 'Iemand (hopelijk jij) heeft een inloglink aangevraagd voor je {c}-account ({p}). Gebruik deze link om in te loggen en je wachtwoord te wijzigen:\n\n  {link}',
    },
  },
}
