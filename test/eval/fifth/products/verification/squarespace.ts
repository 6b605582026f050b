// Squarespace customer accounts: the mail asking a new account holder to confirm the address,
// sent from Squarespace's shared sender with the site's name. Source: Squarespace help
// "Customer accounts" (verification email, "Verify your email address to finish creating your
// account"); other languages follow Squarespace's site languages (reconstruction). es tú,
// pt pt-BR, it tu, de du.
import type { Product } from '../../product.ts'

const verify = (f: { domain: string; token: string }) =>
  `https://${f.domain}/account/verify?token=${f.token}`

export const SQUARESPACE_VERIFY: Product = {
  product: 'Squarespace',
  family: 'verification',
  source: 'Squarespace customer accounts verification email (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <no-reply@squarespace.info>`,
  locals: ['hello', 'shop'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Verify your email for ${f.company}`,
      body: `Hi ${f.name},\n\nVerify your email address to finish creating your ${f.company} account.\n\nVerify Email: ${verify(f)}\n\nThis link expires in 72 hours. If you didn't create an account, you can ignore this message.`,
    }),
    de: (f) => ({
      subject: `Bestätige deine E-Mail-Adresse für ${f.company}`,
      body: `Hallo ${f.name},\n\nbestätige deine E-Mail-Adresse, um die Erstellung deines ${f.company}-Kontos abzuschließen.\n\nE-Mail bestätigen: ${verify(f)}\n\nDieser Link läuft in 72 Stunden ab. Wenn du kein Konto erstellt hast, kannst du diese Nachricht ignorieren.`,
    }),
    fr: (f) => ({
      subject: `Vérifiez votre adresse e-mail pour ${f.company}`,
      body: `Bonjour ${f.name},\n\nVérifiez votre adresse e-mail pour terminer la création de votre compte ${f.company}.\n\nVérifier l'e-mail : ${verify(f)}\n\nCe lien expire dans 72 heures. Si vous n'avez pas créé de compte, ignorez ce message.`,
    }),
    es: (f) => ({
      subject: `Verifica tu correo para ${f.company}`,
      body: `Hola ${f.name}:\n\nVerifica tu dirección de correo para terminar de crear tu cuenta de ${f.company}.\n\nVerificar correo: ${verify(f)}\n\nEste enlace caduca en 72 horas. Si no creaste una cuenta, ignora este mensaje.`,
    }),
    pt: (f) => ({
      subject: `Verifique seu e-mail para ${f.company}`,
      body: `Olá ${f.name},\n\nVerifique seu endereço de e-mail para terminar de criar sua conta na ${f.company}.\n\nVerificar e-mail: ${verify(f)}\n\nEste link expira em 72 horas. Se você não criou uma conta, ignore esta mensagem.`,
    }),
    it: (f) => ({
      subject: `Verifica la tua email per ${f.company}`,
      body: `Ciao ${f.name},\n\nverifica il tuo indirizzo email per completare la creazione del tuo account ${f.company}.\n\nVerifica email: ${verify(f)}\n\nIl link scade tra 72 ore. Se non hai creato un account, ignora questo messaggio.`,
    }),
    nl: (f) => ({
      subject: `Verifieer je e-mailadres voor ${f.company}`,
      body: `Hoi ${f.name},\n\nVerifieer je e-mailadres om je ${f.company}-account af te ronden.\n\nE-mail verifiëren: ${verify(f)}\n\nDeze link verloopt over 72 uur. Heb je geen account aangemaakt, dan kun je dit bericht negeren.`,
    }),
  },
}
