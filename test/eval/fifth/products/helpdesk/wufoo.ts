// Wufoo (SurveyMonkey): the confirmation email to the person who filled in a form, sent from
// Wufoo's shared address with the form owner's name; it repeats the entry below the message.
// Source: Wufoo help "Send a confirmation email to users" (Notifications → Confirmation Email);
// default confirmation text "Great! Thanks for filling out my form!". Non-English texts are the
// owner's own translations (reconstruction). pt: pt-BR.
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

export const WUFOO: Product = {
  product: 'Wufoo',
  family: 'helpdesk',
  source:
    'Wufoo confirmation email to users, default text "Great! Thanks for filling out my form!"',
  echo: 'message',
  hosted: (c) => `${c.name} <no-reply@wufoo.com>`,
  locals: ['forms', 'contact', 'info'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Contact ${f.company}`,
      body: `Great! Thanks for filling out my form!\n\n${entryLines('en', f)}\n\nEntry #${f.ref}`,
    }),
    de: (f) => ({
      subject: `Kontakt ${f.company}`,
      body: `Super! Danke, dass du unser Formular ausgefüllt hast!\n\n${entryLines('de', f)}\n\nEintrag Nr. ${f.ref}`,
    }),
    fr: (f) => ({
      subject: `Contacter ${f.company}`,
      body: `Parfait ! Merci d'avoir rempli notre formulaire !\n\n${entryLines('fr', f)}\n\nEntrée n° ${f.ref}`,
    }),
    es: (f) => ({
      subject: `Contacto ${f.company}`,
      body: `¡Genial! ¡Gracias por rellenar nuestro formulario!\n\n${entryLines('es', f)}\n\nEntrada n.º ${f.ref}`,
    }),
    pt: (f) => ({
      subject: `Fale com a ${f.company}`,
      body: `Que ótimo! Obrigado por preencher nosso formulário!\n\n${entryLines('pt', f)}\n\nEntrada nº ${f.ref}`,
    }),
    it: (f) => ({
      subject: `Contatta ${f.company}`,
      body: `Perfetto! Grazie per aver compilato il nostro modulo!\n\n${entryLines('it', f)}\n\nVoce n. ${f.ref}`,
    }),
    nl: (f) => ({
      subject: `Contact ${f.company}`,
      body: `Top! Bedankt voor het invullen van ons formulier!\n\n${entryLines('nl', f)}\n\nInzending #${f.ref}`,
    }),
  },
}
