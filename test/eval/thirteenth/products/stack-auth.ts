// Stack Auth (open-source auth): the OTP / magic-link sign-in mail sent through the project's own
// mail server, whose subject is only the code; in fr and pt the project sends the magic link
// first, under "Your link to <project>".
// source: reconstruction of the sign-in-with-OTP email ("Use this code to sign in", magic link
// alongside); subject of only the code is the shape of several auth products; all languages
// written for this set.
import type { Product } from './types.ts'

export const stackAuth: Product = {
  product: 'Stack Auth',
  family: 'reset',
  source: 'reconstruction (OTP / magic-link sign-in)',
  senders: ['own', 'own', 'esp', 'display'],
  mailbox: 'auth',
  code: 'alnum6',
  texts: {
    en: {
      subject: '{code}',
      body: 'Sign in to {company}\n\nUse this code to sign in: {code}\nOr open this link on the same device: {link}\n\nThe code is valid for 15 minutes. If you did not try to sign in, ignore this email.',
    },
    de: {
      subject: '{code}',
      body: 'Bei {company} anmelden\n\nMit diesem Code meldest du dich an: {code}\nOder öffne diesen Link auf demselben Gerät: {link}\n\nDer Code gilt 15 Minuten. Wenn du dich nicht anmelden wolltest, ignoriere diese E-Mail.',
    },
    fr: {
      subject: 'Votre lien vers {company}',
      body: "Cliquez sur ce lien pour vous connecter à {company} : {link}\n\nVous pouvez aussi saisir ce code : {code}\nLe lien et le code sont valables 15 minutes. Si vous n'avez pas essayé de vous connecter, ignorez cet e-mail.",
    },
    es: {
      subject: '{code}',
      body: 'Iniciar sesión en {company}\n\nUsa este código para iniciar sesión: {code}\nO abre este enlace en el mismo dispositivo: {link}\n\nEl código es válido durante 15 minutos. Si no intentaste iniciar sesión, ignora este correo.',
    },
    pt: {
      subject: 'Seu link para {company}',
      body: 'Clique neste link para entrar em {company}: {link}\n\nOu digite este código: {code}\nO link e o código valem por 15 minutos. Se você não tentou entrar, ignore este e-mail.',
    },
    it: {
      subject: '{code}',
      body: 'Accedi a {company}\n\nUsa questo codice per accedere: {code}\nOppure apri questo link sullo stesso dispositivo: {link}\n\nIl codice è valido per 15 minuti. Se non hai provato ad accedere, ignora questa email.',
    },
    nl: {
      subject: '{code}',
      body: 'Inloggen bij {company}\n\nGebruik deze code om in te loggen: {code}\nOf open deze link op hetzelfde apparaat: {link}\n\nDe code is 15 minuten geldig. Heb je niet geprobeerd in te loggen? Negeer deze e-mail dan.',
    },
  },
}
