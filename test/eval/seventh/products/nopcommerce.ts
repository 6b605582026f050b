// nopCommerce: the `Customer.EmailValidationMessage` template ("<store>. Email validation",
// "To activate your account click here"). source: nopCommerce default message templates;
// translations follow its language packs where known, else reconstructed.
import type { Product } from '../product.ts'

export const NOPCOMMERCE: Product = {
  product: 'nopCommerce',
  family: 'verification',
  source: 'nopCommerce message template Customer.EmailValidationMessage',
  echo: 'none',
  own: ['{co} <store@{domain}>', '{co} <noreply@{domain}>'],
  texts: {
    en: {
      subject: '{co}. Email validation',
      body: '{co}\n\nTo activate your account click here: {url}\n\n{co}',
    },
    de: {
      subject: '{co}. E-Mail-Validierung',
      body: '{co}\n\nUm Ihr Konto zu aktivieren, klicken Sie hier: {url}\n\n{co}',
    },
    fr: {
      subject: '{co}. Validation de votre e-mail',
      body: '{co}\n\nPour activer votre compte, cliquez ici : {url}\n\n{co}',
    },
    es: {
      subject: '{co}. Validación del correo electrónico',
      body: '{co}\n\nPara activar su cuenta, haga clic aquí: {url}\n\n{co}',
    },
    pt: {
      subject: '{co}. Validação de e-mail',
      body: '{co}\n\nPara ativar a sua conta, clique aqui: {url}\n\n{co}',
    },
    it: {
      subject: '{co}. Convalida email',
      body: '{co}\n\nPer attivare il tuo account clicca qui: {url}\n\n{co}',
    },
    nl: {
      subject: '{co}. E-mailvalidatie',
      body: '{co}\n\nKlik hier om je account te activeren: {url}\n\n{co}',
    },
  },
}
