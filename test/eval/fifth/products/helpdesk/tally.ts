// Tally: the respondent email ("Self email" / respondent notification), which by default lists
// the respondent's answers under the form's title. Source: Tally help "Email notifications"
// (respondent copy; default subject "Thanks for filling out <form>"). Translations: the form
// owner's (reconstruction); informal throughout, pt pt-BR.
import type { Product } from '../../product.ts'

export const TALLY: Product = {
  product: 'Tally',
  family: 'helpdesk',
  source: 'Tally respondent email notification, default "Thanks for filling out <form>" + answers',
  echo: 'message',
  hosted: (c) => `${c.name} <notifications@tally.so>`,
  locals: ['team', 'hello'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Thanks for filling out Get in touch with ${f.company}`,
      body: `Here's what was submitted:\n\nYour name\n${f.name}\n\nYour email\n${f.email}\n\nHow can we help?\n${f.field}\n\nMade with Tally, the simplest way to create forms.`,
    }),
    de: (f) => ({
      subject: `Danke fürs Ausfüllen: Schreib ${f.company}`,
      body: `Das wurde übermittelt:\n\nDein Name\n${f.name}\n\nDeine E-Mail\n${f.email}\n\nWie können wir helfen?\n${f.field}\n\nErstellt mit Tally, der einfachsten Art, Formulare zu erstellen.`,
    }),
    fr: (f) => ({
      subject: `Merci d'avoir rempli Écris à ${f.company}`,
      body: `Voici ce qui a été envoyé :\n\nTon nom\n${f.name}\n\nTon e-mail\n${f.email}\n\nComment pouvons-nous t'aider ?\n${f.field}\n\nCréé avec Tally, la façon la plus simple de créer des formulaires.`,
    }),
    es: (f) => ({
      subject: `Gracias por completar Escribe a ${f.company}`,
      body: `Esto es lo que se envió:\n\nTu nombre\n${f.name}\n\nTu correo\n${f.email}\n\n¿Cómo podemos ayudarte?\n${f.field}\n\nHecho con Tally, la forma más sencilla de crear formularios.`,
    }),
    pt: (f) => ({
      subject: `Obrigado por preencher Fale com a ${f.company}`,
      body: `Veja o que foi enviado:\n\nSeu nome\n${f.name}\n\nSeu e-mail\n${f.email}\n\nComo podemos ajudar?\n${f.field}\n\nFeito com Tally, o jeito mais simples de criar formulários.`,
    }),
    it: (f) => ({
      subject: `Grazie per aver compilato Scrivi a ${f.company}`,
      body: `Ecco cosa è stato inviato:\n\nIl tuo nome\n${f.name}\n\nLa tua email\n${f.email}\n\nCome possiamo aiutarti?\n${f.field}\n\nCreato con Tally, il modo più semplice per creare moduli.`,
    }),
    nl: (f) => ({
      subject: `Bedankt voor het invullen van Mail ${f.company}`,
      body: `Dit is er verstuurd:\n\nJe naam\n${f.name}\n\nJe e-mail\n${f.email}\n\nWaarmee kunnen we helpen?\n${f.field}\n\nGemaakt met Tally, de eenvoudigste manier om formulieren te maken.`,
    }),
  },
}
