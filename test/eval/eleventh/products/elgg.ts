// Elgg: the uservalidationbyemail plugin's confirmation request, whose subject carries the
// display name the registrant typed ("<name> please confirm your email address for <site>!").
// Source: Elgg mod/uservalidationbyemail languages (email:validate:subject / :body), the other
// languages after Elgg's Transifex translations where known, otherwise a site's own.
import type { Product } from '../product.ts'

export const ELGG: Product = {
  product: 'Elgg',
  family: 'verification',
  source: 'Elgg uservalidationbyemail email:validate:subject / email:validate:body',
  hosted: (c) => `noreply@${c.slug}.elgg-hosting.net`,
  ownLocal: 'noreply',
  texts: {
    en: {
      subject: '{name} please confirm your email address for {company}!',
      body: "Hi {name},\n\nBefore you can start using {company}, you must confirm your email address.\n\nPlease confirm your email address by clicking on the link below:\n\n{link}\n\nIf you can't click on the link, copy and paste it to your browser manually.",
    },
    de: {
      subject: '{name}, bitte bestätige Deine E-Mail-Adresse für {company}!',
      body: 'Hallo {name},\n\nbevor Du {company} nutzen kannst, musst Du Deine E-Mail-Adresse bestätigen.\n\nBitte bestätige Deine E-Mail-Adresse mit einem Klick auf den folgenden Link:\n\n{link}\n\nFalls Du den Link nicht anklicken kannst, kopiere ihn in die Adresszeile Deines Browsers.',
    },
    fr: {
      subject: '{name}, veuillez confirmer votre adresse e-mail pour {company} !',
      body: 'Bonjour {name},\n\nAvant de pouvoir utiliser {company}, vous devez confirmer votre adresse e-mail.\n\nVeuillez la confirmer en cliquant sur le lien ci-dessous :\n\n{link}\n\nSi vous ne pouvez pas cliquer sur le lien, copiez-le dans votre navigateur.',
    },
    es: {
      subject: '¡{name}, confirma tu dirección de correo para {company}!',
      body: 'Hola {name}:\n\nAntes de empezar a usar {company} debes confirmar tu dirección de correo electrónico.\n\nConfírmala haciendo clic en el enlace:\n\n{link}\n\nSi no puedes hacer clic en el enlace, cópialo y pégalo en tu navegador.',
    },
    pt: {
      subject: '{name}, confirme o seu endereço de e-mail para {company}!',
      body: 'Olá {name},\n\nAntes de começar a usar {company}, tem de confirmar o seu endereço de e-mail.\n\nConfirme-o clicando na ligação abaixo:\n\n{link}\n\nSe não conseguir clicar na ligação, copie-a e cole-a no navegador.',
    },
    it: {
      subject: '{name}, conferma il tuo indirizzo email per {company}!',
      body: 'Ciao {name},\n\nprima di iniziare a usare {company} devi confermare il tuo indirizzo email.\n\nConfermalo facendo clic sul link qui sotto:\n\n{link}\n\nSe non riesci a fare clic sul link, copialo e incollalo nel browser.',
    },
    nl: {
      subject: '{name}, bevestig je e-mailadres voor {company}!',
      body: 'Hallo {name},\n\nVoordat je {company} kunt gebruiken, moet je je e-mailadres bevestigen.\n\nBevestig je e-mailadres door op de onderstaande link te klikken:\n\n{link}\n\nKun je niet op de link klikken, kopieer hem dan naar je browser.',
    },
  },
}
