// In-house web forms of municipalities, universities and public agencies: the automatic receipt
// of an online enquiry. Reconstructions of the usual wording, not one vendor's template.
import { w, type Product } from '../../types.ts'

export const publicForms: Product = {
  product: 'public-sector forms',
  family: 'helpdesk',
  source: 'reconstruction of automatic receipts of municipal, university and agency contact forms',
  ticket: '2026-######',
  locals: ['noreply', 'kontakt', 'info', 'servicepunt'],
  texts: {
    en: [
      w(
        `Your enquiry has been received (ref. {ticket})`,
        `Dear {name},

Thank you for contacting {company}. Your enquiry has been logged with reference {ticket}. We aim to respond within 10 working days.

Subject of your enquiry: {subject}

Please do not reply to this automated message.`,
      ),
    ],
    de: [
      w(
        `Eingangsbestätigung Ihrer Anfrage – Vorgangsnummer {ticket}`,
        `Sehr geehrte Damen und Herren,

Ihre Anfrage über das Online-Kontaktformular ist bei uns eingegangen und wird unter der Vorgangsnummer {ticket} bearbeitet.

Ihr Anliegen: {subject}

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht darauf.

{company} – Bürgerservice`,
      ),
    ],
    fr: [
      w(
        `Accusé de réception de votre demande n° {ticket}`,
        `Madame, Monsieur,

Nous accusons réception de votre demande déposée via le formulaire en ligne. Elle est enregistrée sous le numéro {ticket} et sera traitée dans les meilleurs délais.

Objet : {subject}

Ce message est généré automatiquement, merci de ne pas y répondre.
{company}`,
      ),
    ],
    es: [
      w(
        `Acuse de recibo de su solicitud nº {ticket}`,
        `Estimado/a {name}:

Le confirmamos la recepción de su consulta a través del formulario web. Ha quedado registrada con el número {ticket}.

Asunto: {subject}

Este es un mensaje automático, por favor no responda.
{company}`,
      ),
    ],
    pt: [
      w(
        `Confirmação de receção do pedido n.º {ticket}`,
        `Exmo(a). Sr(a). {name},

Confirmamos a receção do seu pedido submetido através do formulário online, registado com o n.º {ticket}.

Assunto: {subject}

Mensagem automática, por favor não responda.
{company}`,
      ),
    ],
    it: [
      w(
        `Ricevuta della sua richiesta n. {ticket}`,
        `Gentile {name},

la sua richiesta inviata tramite il modulo online è stata protocollata con il numero {ticket}. Riceverà risposta nei tempi previsti.

Oggetto: {subject}

Messaggio generato automaticamente, si prega di non rispondere.
{company}`,
      ),
    ],
    nl: [
      w(
        `Ontvangstbevestiging van uw vraag (zaaknummer {ticket})`,
        `Geachte {name},

Wij hebben uw vraag via het contactformulier goed ontvangen. Uw zaaknummer is {ticket}. U krijgt binnen 5 werkdagen een reactie.

Onderwerp: {subject}

Dit is een automatisch bericht, u kunt hier niet op reageren.
{company}`,
      ),
    ],
  },
}
