// Gravity Forms (WordPress): a user notification set up on a contact form, sent by WordPress's
// default sender, echoing the form fields as the {all_fields} merge tag renders them.
import { w, type Product } from '../../types.ts'

export const gravityForms: Product = {
  product: 'Gravity Forms',
  family: 'helpdesk',
  source:
    'Gravity Forms docs, "Configuring notifications" and the default confirmation "Thanks for contacting us! We will get in touch with you shortly."',
  locals: ['wordpress', 'noreply', 'contact'],
  texts: {
    en: [
      w(
        `Thank you for contacting {company}`,
        `Thanks for contacting us! We will get in touch with you shortly.

Name
{name}

Email
{email}

Message
{subject}

--
This email was sent from a contact form on {company} (https://{site})`,
      ),
    ],
    de: [
      w(
        `Ihre Nachricht an {company}`,
        `Vielen Dank für Ihre Nachricht! Wir melden uns in Kürze bei Ihnen.

Name
{name}

E-Mail
{email}

Nachricht
{subject}

--
Diese E-Mail wurde über ein Kontaktformular auf {company} (https://{site}) gesendet.`,
      ),
    ],
    fr: [
      w(
        `Merci d'avoir contacté {company}`,
        `Merci de nous avoir contactés ! Nous reviendrons vers vous très prochainement.

Nom
{name}

E-mail
{email}

Message
{subject}`,
      ),
    ],
    es: [
      w(
        `Gracias por contactar con {company}`,
        `¡Gracias por contactar con nosotros! Nos pondremos en contacto contigo en breve.

Nombre: {name}
Correo electrónico: {email}
Mensaje: {subject}`,
      ),
    ],
    it: [
      w(
        `Grazie per averci contattato - {company}`,
        `Grazie per averci contattato! Ti risponderemo al più presto.

Nome: {name}
Email: {email}
Messaggio: {subject}`,
      ),
    ],
    pt: [
      w(
        `Obrigado pelo seu contacto - {company}`,
        `Obrigado por nos contactar! Entraremos em contacto consigo em breve.

Nome: {name}
E-mail: {email}
Mensagem: {subject}`,
      ),
    ],
    nl: [
      w(
        `Bedankt voor je bericht - {company}`,
        `Bedankt voor je bericht! We nemen zo snel mogelijk contact met je op.

Naam: {name}
E-mail: {email}
Bericht: {subject}`,
      ),
    ],
  },
}
