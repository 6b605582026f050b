// source: Hanko (teamhanko/hanko backend mail templates "passcode": subject "Use passcode
// {{code}} to sign in", body with the validity period); Hanko ships de/fr/es/pt/it/nl
// translations, written here from memory of their sense, not pasted.
import type { Product } from '../product.ts'

export const HANKO: Product = {
  product: 'Hanko',
  family: 'reset',
  source: 'Hanko backend mail template "passcode" (login_text, subject)',
  echo: 'none',
  hosted: null,
  locals: ['passcode', 'no-reply'],
  texts: {
    en: (f) => ({
      subject: `Use passcode ${f.code} to sign in to ${f.company}`,
      body: `Enter the following passcode to sign in to ${f.company}:\n\n${f.code}\n\nThe passcode is valid for 5 minutes.`,
    }),
    de: (f) => ({
      subject: `Verwende den Passcode ${f.code} zur Anmeldung bei ${f.company}`,
      body: `Gib den folgenden Passcode ein, um dich bei ${f.company} anzumelden:\n\n${f.code}\n\nDer Passcode ist 5 Minuten gültig.`,
    }),
    fr: (f) => ({
      subject: `Utilisez le code ${f.code} pour vous connecter à ${f.company}`,
      body: `Saisissez le code suivant pour vous connecter à ${f.company} :\n\n${f.code}\n\nLe code est valable 5 minutes.`,
    }),
    es: (f) => ({
      subject: `Usa el código ${f.code} para iniciar sesión en ${f.company}`,
      body: `Introduce el siguiente código para iniciar sesión en ${f.company}:\n\n${f.code}\n\nEl código es válido durante 5 minutos.`,
    }),
    pt: (f) => ({
      subject: `Use o código ${f.code} para entrar em ${f.company}`,
      body: `Introduza o seguinte código para entrar em ${f.company}:\n\n${f.code}\n\nO código é válido durante 5 minutos.`,
    }),
    it: (f) => ({
      subject: `Usa il codice ${f.code} per accedere a ${f.company}`,
      body: `Inserisci il seguente codice per accedere a ${f.company}:\n\n${f.code}\n\nIl codice è valido per 5 minuti.`,
    }),
    nl: (f) => ({
      subject: `Gebruik code ${f.code} om in te loggen bij ${f.company}`,
      body: `Voer de volgende code in om in te loggen bij ${f.company}:\n\n${f.code}\n\nDe code is 5 minuten geldig.`,
    }),
  },
}
