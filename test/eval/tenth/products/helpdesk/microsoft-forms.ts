// Microsoft Forms: the response receipt a respondent gets when the form owner turns on "Allow
// receipt of response after submission": "Thanks for filling out <form>", then what was
// received. The form's title is the company's contact form, so the subject often reads as the
// company name alone. Reconstruction from Microsoft's documented receipt; non-English subjects
// follow the product's localised UI where known, otherwise they are written for this set.
import { lines, type Ctx, type Product } from '../../product.ts'

interface Words {
  thanks: string
  received: string
  name: string
  message: string
  owner: string
}

const WORDS: Record<string, Words> = {
  en: {
    thanks: 'Thanks for filling out',
    received: "Here's what was received.",
    name: 'Your name',
    message: 'How can we help?',
    owner:
      'This content is created by the owner of the form. The data you submit will be sent to the form owner. Microsoft is not responsible for the privacy or security practices of its customers.',
  },
  de: {
    thanks: 'Vielen Dank für das Ausfüllen von',
    received: 'Folgendes wurde empfangen.',
    name: 'Ihr Name',
    message: 'Wie können wir helfen?',
    owner:
      'Dieser Inhalt wurde vom Besitzer des Formulars erstellt. Die von Ihnen übermittelten Daten werden an den Formularbesitzer gesendet.',
  },
  fr: {
    thanks: 'Merci d’avoir rempli',
    received: 'Voici ce qui a été reçu.',
    name: 'Votre nom',
    message: 'Comment pouvons-nous vous aider ?',
    owner:
      'Ce contenu est créé par le propriétaire du formulaire. Les données que vous envoyez seront transmises au propriétaire du formulaire.',
  },
  es: {
    thanks: 'Gracias por rellenar',
    received: 'Esto es lo que se recibió.',
    name: 'Su nombre',
    message: '¿Cómo podemos ayudarle?',
    owner:
      'El propietario del formulario ha creado este contenido. Los datos que envíe se enviarán al propietario del formulario.',
  },
  pt: {
    thanks: 'Obrigado por preencher',
    received: 'Eis o que foi recebido.',
    name: 'O seu nome',
    message: 'Como podemos ajudar?',
    owner:
      'Este conteúdo foi criado pelo proprietário do formulário. Os dados que submeter serão enviados ao proprietário do formulário.',
  },
  it: {
    thanks: 'Grazie per aver compilato',
    received: 'Ecco cosa è stato ricevuto.',
    name: 'Il tuo nome',
    message: 'Come possiamo aiutarti?',
    owner:
      'Questo contenuto è creato dal proprietario del modulo. I dati inviati verranno inviati al proprietario del modulo.',
  },
  nl: {
    thanks: 'Bedankt voor het invullen van',
    received: 'Dit is wat er is ontvangen.',
    name: 'Uw naam',
    message: 'Waarmee kunnen we helpen?',
    owner:
      'Deze inhoud is gemaakt door de eigenaar van het formulier. De gegevens die u indient, worden naar de eigenaar van het formulier verzonden.',
  },
}

function receipt(lang: string, titleOnly: boolean) {
  return (c: Ctx) => {
    const w = WORDS[lang]!
    return {
      subject: titleOnly ? c.company : `${w.thanks} ${c.company}`,
      body: lines(
        `${w.thanks} ${c.company}`,
        w.received,
        ``,
        `1. ${w.name}`,
        c.name,
        `2. ${w.message}`,
        c.message,
        ``,
        w.owner,
        `Microsoft Forms`,
      ),
    }
  }
}

export const MICROSOFT_FORMS: Product = {
  product: 'Microsoft Forms',
  family: 'helpdesk',
  source: 'Microsoft Forms respondent receipt ("Thanks for filling out …", reconstruction)',
  echo: ['name', 'message'],
  own: ['no-reply', 'forms'],
  hosted: (c) => `${c.name} via Microsoft Forms <noreply@forms.office.com>`,
  texts: {
    en: (c) => receipt('en', false)(c),
    de: (c) => receipt('de', false)(c),
    fr: (c) => receipt('fr', true)(c),
    es: (c) => receipt('es', false)(c),
    pt: (c) => receipt('pt', true)(c),
    it: (c) => receipt('it', false)(c),
    nl: (c) => receipt('nl', true)(c),
  },
}
