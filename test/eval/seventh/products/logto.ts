// Logto: the verification-code mails of its email connector for sign-up and sign-in. source:
// reconstruction of Logto's default email connector templates (usage types Register and SignIn:
// "Your verification code is {{code}}. The code will remain active for 10 minutes.");
// translations reconstructed.
import type { Product } from '../product.ts'

const own = ['{co} <no-reply@{domain}>', '{co} Accounts <accounts@auth.{domain}>']
const hosted = (c: { name: string; slug: string }) => `${c.name} <no-reply@${c.slug}.logto.app>`

export const LOGTO_REGISTER: Product = {
  product: 'Logto',
  family: 'verification',
  source: 'reconstruction of Logto email connector template (Register)',
  echo: 'none',
  own,
  hosted,
  texts: {
    en: {
      subject: '{co} verification code',
      body: 'Your verification code is {code}. The code will remain active for 10 minutes.\n\nUse it to finish creating your {co} account. If you did not request it, you can ignore this email.',
    },
    de: {
      subject: '{co} Bestätigungscode',
      body: 'Ihr Bestätigungscode lautet {code}. Der Code ist 10 Minuten lang gültig.\n\nGeben Sie ihn ein, um Ihr {co}-Konto fertig anzulegen. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Code de vérification {co}',
      body: "Votre code de vérification est {code}. Il restera valable pendant 10 minutes.\n\nSaisissez-le pour terminer la création de votre compte {co}. Si vous ne l'avez pas demandé, ignorez cet e-mail.",
    },
    es: {
      subject: 'Código de verificación de {co}',
      body: 'Tu código de verificación es {code}. El código será válido durante 10 minutos.\n\nÚsalo para terminar de crear tu cuenta de {co}. Si no lo has solicitado, ignora este correo.',
    },
    pt: {
      subject: 'Código de verificação {co}',
      body: 'O seu código de verificação é {code}. O código é válido durante 10 minutos.\n\nUse-o para concluir a criação da sua conta {co}. Se não o pediu, ignore este e-mail.',
    },
    it: {
      subject: 'Codice di verifica {co}',
      body: 'Il tuo codice di verifica è {code}. Il codice resterà valido per 10 minuti.\n\nUsalo per completare la creazione del tuo account {co}. Se non l’hai richiesto, ignora questa email.',
    },
    nl: {
      subject: '{co} verificatiecode',
      body: 'Je verificatiecode is {code}. De code blijft 10 minuten geldig.\n\nGebruik hem om je {co}-account af te maken. Heb je hem niet aangevraagd? Negeer deze e-mail dan.',
    },
  },
}

export const LOGTO_SIGN_IN: Product = {
  product: 'Logto',
  family: 'reset',
  source: 'reconstruction of Logto email connector template (SignIn)',
  echo: 'none',
  own,
  hosted,
  texts: {
    en: {
      subject: 'Your {co} sign-in code',
      body: 'Your sign-in verification code is {code}. The code will remain active for 10 minutes.\n\nIf you did not try to sign in, you can ignore this email.',
    },
    de: {
      subject: 'Ihr Anmeldecode für {co}',
      body: 'Ihr Code für die Anmeldung lautet {code}. Der Code ist 10 Minuten lang gültig.\n\nWenn Sie sich nicht anmelden wollten, ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Votre code de connexion {co}',
      body: "Votre code de vérification pour la connexion est {code}. Il restera valable pendant 10 minutes.\n\nSi vous n'avez pas essayé de vous connecter, ignorez cet e-mail.",
    },
    es: {
      subject: 'Tu código de inicio de sesión de {co}',
      body: 'Tu código de verificación para iniciar sesión es {code}. El código será válido durante 10 minutos.\n\nSi no has intentado iniciar sesión, ignora este correo.',
    },
    pt: {
      subject: 'O seu código de início de sessão {co}',
      body: 'O seu código de verificação para iniciar sessão é {code}. O código é válido durante 10 minutos.\n\nSe não tentou iniciar sessão, ignore este e-mail.',
    },
    it: {
      subject: 'Il tuo codice di accesso {co}',
      body: 'Il tuo codice di verifica per l’accesso è {code}. Il codice resterà valido per 10 minuti.\n\nSe non hai provato ad accedere, ignora questa email.',
    },
    nl: {
      subject: 'Je inlogcode voor {co}',
      body: 'Je verificatiecode om in te loggen is {code}. De code blijft 10 minuten geldig.\n\nHeb je niet geprobeerd in te loggen? Negeer deze e-mail dan.',
    },
  },
}
