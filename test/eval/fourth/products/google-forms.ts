// Google Forms: the respondent's receipt ("Send responders a copy of their response"), from
// Google's own address, with the form's title and the answers.
// source: Google Forms Help, "Collect respondents' email addresses" / response receipts (the
// receipt says "Thanks for filling out <form>" and "Here's what was received."); other languages
// reconstructed after Google's localised receipts.
import type { Product } from './product.ts'

export const GOOGLE_FORMS: Product = {
  product: 'Google Forms',
  family: 'helpdesk',
  source:
    'Google Forms Help, response receipts ("Thanks for filling out … Here’s what was received.")',
  locals: ['forms'],
  hosted: () => 'forms-receipts-noreply@google.com',
  hostedName: 'Google Forms',
  hostedOnly: true,
  channel: 'form',
  texts: {
    en: [
      {
        subject: 'Thanks for filling out {company} – Enquiry form',
        body: 'Thanks for filling out {company} – Enquiry form\n\nHere’s what was received.\n\n{company} – Enquiry form\nPlease tell us how we can help.\n\nEmail *\n{email}\n\nYour name *\n{name}\n\nSubject *\n{title}\n\nYour message\n{message}\n\nCreate your own Google Form\nDoes this form look suspicious? Report',
      },
    ],
    de: [
      {
        subject: 'Vielen Dank für das Ausfüllen von „{company} – Kontaktformular“',
        body: 'Vielen Dank für das Ausfüllen von „{company} – Kontaktformular“\n\nFolgende Antworten wurden übermittelt.\n\nE-Mail *\n{email}\n\nIhr Name *\n{name}\n\nBetreff *\n{title}\n\nIhre Nachricht\n{message}\n\nEigenes Google-Formular erstellen\nKommt Ihnen dieses Formular verdächtig vor? Melden',
      },
    ],
    fr: [
      {
        subject: 'Merci d’avoir rempli « {company} – Formulaire de contact »',
        body: 'Merci d’avoir rempli « {company} – Formulaire de contact »\n\nVoici les réponses qui ont été reçues.\n\nAdresse e-mail *\n{email}\n\nVotre nom *\n{name}\n\nObjet *\n{title}\n\nVotre message\n{message}\n\nCréer votre propre formulaire Google\nCe formulaire vous semble suspect ? Signaler',
      },
    ],
    es: [
      {
        subject: 'Gracias por rellenar «{company} – Formulario de contacto»',
        body: 'Gracias por rellenar «{company} – Formulario de contacto»\n\nEstas son las respuestas que se han recibido.\n\nCorreo electrónico *\n{email}\n\nTu nombre *\n{name}\n\nAsunto *\n{title}\n\nTu mensaje\n{message}\n\nCrea tu propio formulario de Google\n¿Te parece sospechoso este formulario? Informar',
      },
    ],
    pt: [
      {
        subject: 'Obrigado por preencher "{company} – Formulário de contato"',
        body: 'Obrigado por preencher "{company} – Formulário de contato"\n\nConfira as respostas recebidas.\n\nE-mail *\n{email}\n\nSeu nome *\n{name}\n\nAssunto *\n{title}\n\nSua mensagem\n{message}\n\nCrie seu próprio Formulário Google\nEste formulário parece suspeito? Denunciar',
      },
    ],
    it: [
      {
        subject: 'Grazie per aver compilato "{company} – Modulo di contatto"',
        body: 'Grazie per aver compilato "{company} – Modulo di contatto"\n\nEcco le risposte che sono state ricevute.\n\nEmail *\n{email}\n\nIl tuo nome *\n{name}\n\nOggetto *\n{title}\n\nIl tuo messaggio\n{message}\n\nCrea il tuo modulo Google\nQuesto modulo ti sembra sospetto? Segnala',
      },
    ],
    nl: [
      {
        subject: 'Bedankt voor het invullen van "{company} – Contactformulier"',
        body: 'Bedankt voor het invullen van "{company} – Contactformulier"\n\nDit zijn de antwoorden die zijn ontvangen.\n\nE-mailadres *\n{email}\n\nJe naam *\n{name}\n\nOnderwerp *\n{title}\n\nJe bericht\n{message}\n\nMaak je eigen Google-formulier\nLijkt dit formulier verdacht? Rapporteren',
      },
    ],
  },
}
