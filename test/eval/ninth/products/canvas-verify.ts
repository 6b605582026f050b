// source: Canvas LMS (instructure/canvas-lms) self-registration message "Confirm Registration"
// (messages/confirm_registration: "Thank you for registering with Canvas for <school>…");
// English follows it, other languages are reconstructions of the Canvas translations.
import type { Product } from '../product.ts'

const url = (d: string, t: string) => `https://learn.${d}/register/${t}`

export const CANVAS_VERIFY: Product = {
  product: 'Canvas LMS',
  family: 'verification',
  source: 'Canvas LMS messages/confirm_registration',
  echo: 'name',
  hosted: (slug, company) => `${company} <notifications@${slug}.instructure.com>`,
  locals: ['notifications'],
  texts: {
    en: (f) => ({
      subject: `Confirm Registration: Canvas`,
      body: `Hello ${f.name},\n\nThank you for registering with Canvas for ${f.company}! Please confirm your email address by clicking the link below.\n\n${url(f.domain, f.token)}`,
    }),
    de: (f) => ({
      subject: `Registrierung bestätigen: Canvas`,
      body: `Hallo ${f.name},\n\nvielen Dank für Ihre Registrierung bei Canvas für ${f.company}! Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link.\n\n${url(f.domain, f.token)}`,
    }),
    fr: (f) => ({
      subject: `Confirmer l'inscription : Canvas`,
      body: `Bonjour ${f.name},\n\nMerci de vous être inscrit à Canvas pour ${f.company} ! Veuillez confirmer votre adresse e-mail en cliquant sur le lien ci-dessous.\n\n${url(f.domain, f.token)}`,
    }),
    es: (f) => ({
      subject: `Confirmar registro: Canvas`,
      body: `Hola ${f.name}:\n\n¡Gracias por registrarte en Canvas para ${f.company}! Confirma tu dirección de correo electrónico haciendo clic en el enlace de abajo.\n\n${url(f.domain, f.token)}`,
    }),
    pt: (f) => ({
      subject: `Confirmar inscrição: Canvas`,
      body: `Olá ${f.name},\n\nObrigado por se inscrever no Canvas para ${f.company}! Confirme seu endereço de e-mail clicando no link abaixo.\n\n${url(f.domain, f.token)}`,
    }),
    it: (f) => ({
      subject: `Conferma registrazione: Canvas`,
      body: `Ciao ${f.name},\n\ngrazie per esserti registrato a Canvas per ${f.company}! Conferma il tuo indirizzo email facendo clic sul link qui sotto.\n\n${url(f.domain, f.token)}`,
    }),
    nl: (f) => ({
      subject: `Registratie bevestigen: Canvas`,
      body: `Hallo ${f.name},\n\nBedankt voor je registratie bij Canvas voor ${f.company}! Bevestig je e-mailadres via de onderstaande link.\n\n${url(f.domain, f.token)}`,
    }),
  },
}
