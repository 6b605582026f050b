// source: Frontegg hosted login, default "Activate your account" / user activation email
// (its email-templates docs name the template and the activation link); English follows the
// default, the other languages are a site's own translation (reconstruction).
import type { Product } from '../product.ts'

const url = (d: string, t: string) => `https://app.${d}/oauth/account/activate?token=${t}`

export const FRONTEGG: Product = {
  product: 'Frontegg',
  family: 'verification',
  source: 'Frontegg "User activation" email template (reconstruction)',
  echo: 'name',
  hosted: null,
  locals: ['no-reply', 'accounts'],
  texts: {
    en: (f) => ({
      subject: `Activate your ${f.company} account`,
      body: `Hi ${f.name},\n\nWelcome to ${f.company}! Please click the button below to activate your account.\n\nActivate account: ${url(f.domain, f.token)}\n\nIf you did not sign up, you can ignore this email.`,
    }),
    de: (f) => ({
      subject: `Aktivieren Sie Ihr ${f.company}-Konto`,
      body: `Hallo ${f.name},\n\nwillkommen bei ${f.company}! Bitte klicken Sie auf die Schaltfläche unten, um Ihr Konto zu aktivieren.\n\nKonto aktivieren: ${url(f.domain, f.token)}\n\nWenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.`,
    }),
    fr: (f) => ({
      subject: `Activez votre compte ${f.company}`,
      body: `Bonjour ${f.name},\n\nBienvenue chez ${f.company} ! Cliquez sur le bouton ci-dessous pour activer votre compte.\n\nActiver le compte : ${url(f.domain, f.token)}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `Activa tu cuenta de ${f.company}`,
      body: `Hola ${f.name}:\n\n¡Te damos la bienvenida a ${f.company}! Haz clic en el botón de abajo para activar tu cuenta.\n\nActivar cuenta: ${url(f.domain, f.token)}\n\nSi no te has registrado, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `Ative sua conta ${f.company}`,
      body: `Olá ${f.name},\n\nBoas-vindas à ${f.company}! Clique no botão abaixo para ativar sua conta.\n\nAtivar conta: ${url(f.domain, f.token)}\n\nSe você não se cadastrou, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `Attiva il tuo account ${f.company}`,
      body: `Ciao ${f.name},\n\nbenvenuto in ${f.company}! Fai clic sul pulsante qui sotto per attivare il tuo account.\n\nAttiva account: ${url(f.domain, f.token)}\n\nSe non ti sei registrato, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `Activeer je ${f.company}-account`,
      body: `Hoi ${f.name},\n\nWelkom bij ${f.company}! Klik op de knop hieronder om je account te activeren.\n\nAccount activeren: ${url(f.domain, f.token)}\n\nHeb je je niet aangemeld? Dan kun je deze e-mail negeren.`,
    }),
  },
}
