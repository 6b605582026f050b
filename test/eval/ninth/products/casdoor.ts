// source: Casdoor, the default email provider content for sign-up codes ("You have requested a
// verification code at Casdoor. Here is your code: %s, please enter in 5 minutes.") with the
// application's name in place of Casdoor; other languages are a site's own translation.
import type { Product } from '../product.ts'

export const CASDOOR: Product = {
  product: 'Casdoor',
  family: 'verification',
  source: 'Casdoor default email provider verification-code content',
  echo: 'none',
  hosted: null,
  locals: ['no-reply', 'auth'],
  texts: {
    en: (f) => ({
      subject: `${f.company} Verification Code`,
      body: `You have requested a verification code at ${f.company}. Here is your code: ${f.code}, please enter in 5 minutes.`,
    }),
    de: (f) => ({
      subject: `${f.company} Bestätigungscode`,
      body: `Sie haben bei ${f.company} einen Bestätigungscode angefordert. Ihr Code lautet: ${f.code}. Bitte geben Sie ihn innerhalb von 5 Minuten ein.`,
    }),
    fr: (f) => ({
      subject: `Code de vérification ${f.company}`,
      body: `Vous avez demandé un code de vérification sur ${f.company}. Voici votre code : ${f.code}. Veuillez le saisir dans les 5 minutes.`,
    }),
    es: (f) => ({
      subject: `Código de verificación de ${f.company}`,
      body: `Has solicitado un código de verificación en ${f.company}. Tu código es: ${f.code}. Introdúcelo en un plazo de 5 minutos.`,
    }),
    pt: (f) => ({
      subject: `Código de verificação ${f.company}`,
      body: `Você solicitou um código de verificação em ${f.company}. Seu código é: ${f.code}. Digite-o em até 5 minutos.`,
    }),
    it: (f) => ({
      subject: `Codice di verifica ${f.company}`,
      body: `Hai richiesto un codice di verifica su ${f.company}. Ecco il tuo codice: ${f.code}. Inseriscilo entro 5 minuti.`,
    }),
    nl: (f) => ({
      subject: `${f.company} verificatiecode`,
      body: `Je hebt een verificatiecode aangevraagd bij ${f.company}. Je code is: ${f.code}. Voer deze binnen 5 minuten in.`,
    }),
  },
}
