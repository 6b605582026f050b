// Hand-written acknowledgements of mid-sized companies' own contact forms (en, de, fr), each in
// the company's own voice: short, long with office hours and a reference, a named person who
// will answer, the form fields repeated back. Slots: {company} {payload} {ref} {agent} {form}
// {email} {date}.
import type { Hand } from './hand-types.ts'

export const ACK_EN: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Thanks, got it',
    body: 'Thanks, got it. We’ll be in touch.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'Your enquiry to {company} (ref {ref})',
    body: 'Hello,\n\nThank you for getting in touch with {company}. Your enquiry has reached our front desk and has been logged under reference {ref}.\n\nOur office is staffed Monday to Friday, 9:00 to 17:30, and Saturday mornings until 12:30. We aim to reply within two working days; during school holidays this can take a little longer.\n\nIf your question is urgent, please ring us on 01632 960 418 and quote the reference above.\n\nKind regards,\nThe team at {company}\n\nRegistered in England and Wales. This mailbox is not monitored.',
  },
  {
    style: 'named',
    subject: '{agent} will get back to you',
    body: 'Hi there,\n\nThanks for your note. {agent} from our customer care team has picked it up and will reply personally, usually the same day.\n\nYou wrote: "{payload}"\n\nSpeak soon,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'A copy of your submission\n\nName: {payload}\nEmail: {email}\nTopic: General question\nMessage: {payload}\nSubmitted: {date}\n\n— {company} website',
  },
  {
    style: 'warm',
    subject: 'Cheers for reaching out!',
    body: 'Hey! 👋\n\nYour message landed safely with us at {company}. One of the crew will have a look and come back to you. No need to send it twice.\n\nHave a great day!',
  },
  {
    style: 'formal',
    subject: 'Re: {payload}',
    body: 'Dear customer,\n\nThis is to confirm that we have your correspondence on file (ref. {ref}). A member of staff will review it in due course.\n\nYours faithfully,\nCustomer Relations, {company}',
  },
]

export const ACK_DE: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Danke!',
    body: 'Danke, ist angekommen. Wir melden uns.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'Ihre Anfrage an {company} – Vorgang {ref}',
    body: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht über unser Kontaktformular. Wir haben sie unter der Vorgangsnummer {ref} abgelegt.\n\nUnser Büro ist montags bis donnerstags von 8:00 bis 16:30 Uhr und freitags bis 13:00 Uhr besetzt. Eine Antwort erhalten Sie in der Regel innerhalb von drei Werktagen.\n\nIn dringenden Fällen erreichen Sie uns telefonisch unter 030 5557 1290; halten Sie bitte die Vorgangsnummer bereit.\n\nMit freundlichen Grüßen\nIhr Team von {company}\n\nAmtsgericht Charlottenburg HRB 20941 · Geschäftsführung: P. Harms',
  },
  {
    style: 'named',
    subject: 'Frau {agent} meldet sich bei Ihnen',
    body: 'Hallo,\n\ndanke für Ihre Zeilen. Frau {agent} aus unserem Kundenservice kümmert sich persönlich darum und meldet sich spätestens morgen.\n\nIhre Nachricht: „{payload}“\n\nBis bald\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Folgende Angaben wurden übermittelt:\n\nName: {payload}\nE-Mail: {email}\nAnliegen: Sonstiges\nNachricht: {payload}\nZeitpunkt: {date}\n\n(automatisch erzeugt von der Website {company})',
  },
  {
    style: 'warm',
    subject: 'Hey, schön von dir zu hören',
    body: 'Hi!\n\nDeine Nachricht ist bei uns gelandet 🙌 Jemand aus dem Team schaut sie sich an und schreibt dir zurück. Du musst nichts weiter tun.\n\nDein {company}-Team',
  },
  {
    style: 'formal',
    subject: 'Eingangsbestätigung',
    body: 'Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir den Eingang Ihres Schreibens vom {date}. Es wird unter dem Aktenzeichen {ref} geführt und von der zuständigen Stelle bearbeitet.\n\nHochachtungsvoll\n{company}',
  },
]

export const ACK_FR: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Merci !',
    body: 'Merci, c’est noté. On revient vers vous.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'Votre demande auprès de {company} (dossier {ref})',
    body: 'Bonjour,\n\nNous vous remercions d’avoir contacté {company}. Votre message a été transmis à notre accueil et enregistré sous le numéro de dossier {ref}.\n\nNos bureaux sont ouverts du lundi au vendredi de 9h à 12h30 et de 14h à 18h. Nous répondons en général sous 48 heures ouvrées.\n\nPour toute urgence, appelez le 01 84 88 27 36 en rappelant votre numéro de dossier.\n\nBien cordialement,\nL’équipe {company}\n\nSAS au capital de 40 000 € · RCS Lyon 812 440 117',
  },
  {
    style: 'named',
    subject: '{agent} vous répondra',
    body: 'Bonjour,\n\nMerci pour votre message. {agent}, de notre service clients, le prend en charge et vous répondra personnellement dans la journée.\n\nVotre message : « {payload} »\n\nÀ très vite,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Récapitulatif de votre envoi\n\nNom : {payload}\nE-mail : {email}\nSujet : Autre demande\nMessage : {payload}\nDate : {date}\n\n— site {company}',
  },
  {
    style: 'warm',
    subject: 'Coucou, bien reçu 😊',
    body: 'Salut !\n\nTon message est bien arrivé chez {company}. Quelqu’un de l’équipe va le lire et te répondre très vite.\n\nBonne journée !',
  },
  {
    style: 'formal',
    subject: 'Accusé de réception – {ref}',
    body: 'Madame, Monsieur,\n\nNous accusons réception de votre courrier du {date}, enregistré sous la référence {ref}. Il sera instruit par le service compétent.\n\nVeuillez agréer nos salutations distinguées.\n\n{company}',
  },
]
