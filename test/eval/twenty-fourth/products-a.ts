// Product default wordings, helpdesk and verification families, written from memory of each
// product's documented default in this set's own words (nothing pasted). Slots: {company},
// {payload}, {ref}, {link}, {email}.
import type { Lang } from '../types.ts'

export interface Text {
  subject: string
  body: string
}
export type Texts = Record<Lang, Text>

/**
 * OTOBO (Rother OSS): the default auto response "new ticket" (doc.otobo.org, admin manual, Auto
 * Responses): "[Ticket#…] RE: <customer subject>", an automatically generated notice that the
 * mail was received and will be processed.
 */
export const OTOBO: Texts = {
  en: {
    subject: '[Ticket#{ref}] RE: {payload}',
    body: 'This is an automatically generated message from {company}.\n\nThank you for your e-mail. It has been received by our system and will be processed by one of our agents.\n\nPlease keep [Ticket#{ref}] in the subject line of any reply.\n\nYour {company} team',
  },
  de: {
    subject: '[Ticket#{ref}] AW: {payload}',
    body: 'Dies ist eine automatisch erzeugte Nachricht von {company}.\n\nVielen Dank für Ihre E-Mail. Sie ist in unserem System eingegangen und wird von einem Mitarbeiter bearbeitet.\n\nBitte lassen Sie [Ticket#{ref}] im Betreff stehen, wenn Sie antworten.\n\nIhr {company}-Team',
  },
  fr: {
    subject: '[Ticket#{ref}] RE : {payload}',
    body: 'Ceci est un message généré automatiquement par {company}.\n\nMerci pour votre e-mail. Il a été enregistré dans notre système et sera traité par un de nos agents.\n\nMerci de conserver [Ticket#{ref}] dans l’objet de vos réponses.\n\nL’équipe {company}',
  },
  es: {
    subject: '[Ticket#{ref}] RE: {payload}',
    body: 'Este es un mensaje generado automáticamente por {company}.\n\nGracias por su correo. Lo hemos registrado en nuestro sistema y uno de nuestros agentes lo atenderá.\n\nPor favor, mantenga [Ticket#{ref}] en el asunto al responder.\n\nEl equipo de {company}',
  },
  pt: {
    subject: '[Ticket#{ref}] RE: {payload}',
    body: 'Esta é uma mensagem gerada automaticamente por {company}.\n\nObrigado pelo seu e-mail. Foi registado no nosso sistema e será tratado por um dos nossos agentes.\n\nMantenha [Ticket#{ref}] no assunto ao responder.\n\nEquipa {company}',
  },
  it: {
    subject: '[Ticket#{ref}] R: {payload}',
    body: 'Questo è un messaggio generato automaticamente da {company}.\n\nGrazie per la sua e-mail. È stata registrata nel nostro sistema e verrà gestita da un nostro operatore.\n\nLasci [Ticket#{ref}] nell’oggetto quando risponde.\n\nIl team {company}',
  },
  nl: {
    subject: '[Ticket#{ref}] RE: {payload}',
    body: 'Dit is een automatisch gegenereerd bericht van {company}.\n\nBedankt voor uw e-mail. Deze is in ons systeem geregistreerd en wordt door een van onze medewerkers behandeld.\n\nLaat [Ticket#{ref}] in de onderwerpregel staan als u antwoordt.\n\nTeam {company}',
  },
}

/**
 * ProProfs Help Desk: the default "new ticket" acknowledgement to the customer (ProProfs help
 * center, Email Templates / Auto-responder): ticket number, the subject and a reply-above line.
 */
export const PROPROFS: Texts = {
  en: {
    subject: '[#{ref}] {payload}',
    body: '##- Please type your reply above this line -##\n\nHi,\n\nWe have received your ticket and our team will get back to you shortly.\n\nTicket ID: #{ref}\nSubject: {payload}\n\nRegards,\n{company} Support',
  },
  de: {
    subject: '[#{ref}] {payload}',
    body: '##- Bitte oberhalb dieser Zeile antworten -##\n\nHallo,\n\nwir haben Ihr Ticket erhalten und melden uns in Kürze.\n\nTicket-ID: #{ref}\nBetreff: {payload}\n\nViele Grüße\n{company} Support',
  },
  fr: {
    subject: '[#{ref}] {payload}',
    body: '##- Veuillez répondre au-dessus de cette ligne -##\n\nBonjour,\n\nNous avons bien reçu votre ticket, notre équipe revient vers vous rapidement.\n\nNuméro du ticket : #{ref}\nObjet : {payload}\n\nCordialement,\nSupport {company}',
  },
  es: {
    subject: '[#{ref}] {payload}',
    body: '##- Escriba su respuesta encima de esta línea -##\n\nHola:\n\nTenemos su ticket y nuestro equipo le contestará en breve.\n\nID del ticket: #{ref}\nAsunto: {payload}\n\nSaludos,\nSoporte {company}',
  },
  pt: {
    subject: '[#{ref}] {payload}',
    body: '##- Escreva a sua resposta acima desta linha -##\n\nOlá,\n\nO seu ticket chegou até nós e a nossa equipa responderá em breve.\n\nID do ticket: #{ref}\nAssunto: {payload}\n\nCumprimentos,\nSuporte {company}',
  },
  it: {
    subject: '[#{ref}] {payload}',
    body: '##- Risponda sopra questa riga -##\n\nSalve,\n\nabbiamo preso in carico il suo ticket, il nostro team la ricontatterà a breve.\n\nID ticket: #{ref}\nOggetto: {payload}\n\nCordiali saluti,\nAssistenza {company}',
  },
  nl: {
    subject: '[#{ref}] {payload}',
    body: '##- Typ uw antwoord boven deze regel -##\n\nHallo,\n\nUw ticket is bij ons binnen; ons team neemt snel contact met u op.\n\nTicket-ID: #{ref}\nOnderwerp: {payload}\n\nMet vriendelijke groet,\n{company} Support',
  },
}

/**
 * NocoDB: the sign-up "Verify your email" mail (NocoDB source, email templates for verify
 * email): a greeting, a button to verify the address, and a note to ignore it otherwise.
 */
export const NOCODB: Texts = {
  en: {
    subject: 'Verify your email',
    body: 'Hi {payload},\n\nPlease verify your email address to finish setting up your {company} account.\n\nVerify email: {link}\n\nIf you did not create an account, you can ignore this email.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    body: 'Hallo {payload},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr {company}-Konto fertig einzurichten.\n\nE-Mail bestätigen: {link}\n\nWenn Sie kein Konto angelegt haben, ignorieren Sie diese Nachricht.',
  },
  fr: {
    subject: 'Vérifiez votre adresse e-mail',
    body: 'Bonjour {payload},\n\nVérifiez votre adresse e-mail pour terminer la création de votre compte {company}.\n\nVérifier l’adresse : {link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.',
  },
  es: {
    subject: 'Verifica tu correo electrónico',
    body: 'Hola, {payload}:\n\nVerifica tu dirección de correo para terminar de configurar tu cuenta de {company}.\n\nVerificar correo: {link}\n\nSi no creaste ninguna cuenta, ignora este mensaje.',
  },
  pt: {
    subject: 'Verifique o seu e-mail',
    body: 'Olá {payload},\n\nVerifique o seu endereço de e-mail para concluir a configuração da conta {company}.\n\nVerificar e-mail: {link}\n\nSe não criou uma conta, ignore este e-mail.',
  },
  it: {
    subject: 'Verifica la tua email',
    body: 'Ciao {payload},\n\nverifica il tuo indirizzo email per completare la configurazione dell’account {company}.\n\nVerifica email: {link}\n\nSe non hai creato un account, ignora questa email.',
  },
  nl: {
    subject: 'Verifieer je e-mailadres',
    body: 'Hoi {payload},\n\nVerifieer je e-mailadres om je {company}-account af te ronden.\n\nE-mail verifiëren: {link}\n\nHeb je geen account aangemaakt? Dan kun je deze e-mail negeren.',
  },
}

/**
 * Wekan: the Meteor accounts "verify email" mail Wekan sends after sign-up (Wekan i18n keys
 * email-verifyEmail-subject / -text): "Verify your email address on <site>", a greeting, the
 * link, thanks.
 */
export const WEKAN: Texts = {
  en: {
    subject: 'Verify your email address on {company}',
    body: 'Hello {payload},\n\nTo verify your account email, simply click the link below.\n\n{link}\n\nThanks.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse auf {company}',
    body: 'Hallo {payload},\n\num Ihre E-Mail-Adresse zu bestätigen, klicken Sie einfach auf den folgenden Link.\n\n{link}\n\nDanke.',
  },
  fr: {
    subject: 'Vérifiez votre adresse e-mail sur {company}',
    body: 'Bonjour {payload},\n\nPour vérifier l’adresse e-mail de votre compte, cliquez simplement sur le lien ci-dessous.\n\n{link}\n\nMerci.',
  },
  es: {
    subject: 'Verifica tu dirección de correo en {company}',
    body: 'Hola {payload},\n\nPara verificar el correo de tu cuenta, haz clic en el enlace de abajo.\n\n{link}\n\nGracias.',
  },
  pt: {
    subject: 'Verifique o seu endereço de e-mail em {company}',
    body: 'Olá {payload},\n\nPara verificar o e-mail da sua conta, basta clicar no link abaixo.\n\n{link}\n\nObrigado.',
  },
  it: {
    subject: 'Verifica il tuo indirizzo email su {company}',
    body: 'Ciao {payload},\n\nper verificare l’email del tuo account, fai clic sul link qui sotto.\n\n{link}\n\nGrazie.',
  },
  nl: {
    subject: 'Bevestig je e-mailadres op {company}',
    body: 'Hallo {payload},\n\nKlik op de onderstaande link om het e-mailadres van je account te bevestigen.\n\n{link}\n\nBedankt.',
  },
}
