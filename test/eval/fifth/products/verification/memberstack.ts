// Memberstack (memberships for Webflow and other sites): the default "Verify your email" mail
// with a six-digit code or a link, sent from Memberstack's sender with the site's name or from a
// custom domain. Source: Memberstack help "Email verification" and its default email templates
// (reconstruction). de Sie, fr vous, es usted, pt pt-PT, it Lei, nl je.
import type { Product } from '../../product.ts'

export const MEMBERSTACK_VERIFY: Product = {
  product: 'Memberstack',
  family: 'verification',
  source: 'Memberstack default "Verify your email" template (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <no-reply@memberstack.com>`,
  locals: ['members', 'no-reply', 'hello'],
  subdomains: ['', 'members.'],
  texts: {
    en: (f) => ({
      subject: `Verify your email for ${f.company}`,
      body: `Hi ${f.name},\n\nPlease verify your email address to activate your ${f.company} membership.\n\nYour verification code is ${f.code}\n\nOr click here: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nIf you did not sign up, you can safely ignore this email.`,
    }),
    de: (f) => ({
      subject: `Bestätigen Sie Ihre E-Mail-Adresse für ${f.company}`,
      body: `Hallo ${f.name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihre Mitgliedschaft bei ${f.company} zu aktivieren.\n\nIhr Bestätigungscode lautet ${f.code}\n\nOder klicken Sie hier: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail.`,
    }),
    fr: (f) => ({
      subject: `Vérifiez votre e-mail pour ${f.company}`,
      body: `Bonjour ${f.name},\n\nVeuillez vérifier votre adresse e-mail pour activer votre abonnement ${f.company}.\n\nVotre code de vérification : ${f.code}\n\nOu cliquez ici : https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `Verifique su correo para ${f.company}`,
      body: `Hola ${f.name}:\n\nVerifique su dirección de correo para activar su membresía de ${f.company}.\n\nSu código de verificación es ${f.code}\n\nO haga clic aquí: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nSi no se registró, ignore este correo.`,
    }),
    pt: (f) => ({
      subject: `Verifique o seu e-mail para ${f.company}`,
      body: `Olá ${f.name},\n\nVerifique o seu endereço de e-mail para ativar a sua adesão à ${f.company}.\n\nO seu código de verificação é ${f.code}\n\nOu clique aqui: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nSe não se inscreveu, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `Verifichi la sua email per ${f.company}`,
      body: `Gentile ${f.name},\n\nverifichi il suo indirizzo email per attivare l'iscrizione a ${f.company}.\n\nIl suo codice di verifica è ${f.code}\n\nOppure clicchi qui: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nSe non si è iscritto, ignori questa email.`,
    }),
    nl: (f) => ({
      subject: `Verifieer je e-mail voor ${f.company}`,
      body: `Hoi ${f.name},\n\nVerifieer je e-mailadres om je lidmaatschap bij ${f.company} te activeren.\n\nJe verificatiecode is ${f.code}\n\nOf klik hier: https://${f.domain}/verify?memberstack=${f.token.slice(0, 20)}\n\nHeb je je niet aangemeld, dan kun je deze e-mail negeren.`,
    }),
  },
}
