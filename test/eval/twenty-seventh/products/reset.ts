// Password reset and sign-in code mails of two products, rendered from memory of their
// documented defaults in our own words (nothing pasted).
import type { Product } from './types.ts'

// Source: Solidus (solidus_auth_devise), "Reset password instructions" mailer view.
export const SOLIDUS: Product = {
  family: 'reset',
  product: 'Solidus',
  sender: 'own',
  texts: {
    en: {
      subject: '{brand} Reset password instructions',
      body: 'Hello {p}!\nA link to change your password was requested. You can change it here: {link}\nIf you did not ask for this, ignore this email; your password stays the same until you open the link and pick a new one.',
    },
    de: {
      subject: '{brand} Anleitung zum Zurücksetzen des Passworts',
      body: 'Hallo {p}!\nEs wurde ein Link zum Ändern Ihres Passworts angefordert: {link}\nNicht von Ihnen? Dann ignorieren; Ihr Passwort bleibt, bis Sie den Link öffnen.',
    },
    fr: {
      subject: '{brand} Instructions de réinitialisation du mot de passe',
      body: 'Bonjour {p} !\nUn lien pour changer votre mot de passe a été demandé : {link}\nSi ce n’est pas vous, ignorez ce message ; rien ne change tant que le lien n’est pas ouvert.',
    },
    es: {
      subject: '{brand} Instrucciones para restablecer la contraseña',
      body: '¡Hola {p}!\nSe ha pedido un enlace para cambiar tu contraseña: {link}\nSi no fuiste tú, ignora este correo; la contraseña no cambia hasta que abras el enlace.',
    },
    pt: {
      subject: '{brand} Instruções para redefinir a senha',
      body: 'Olá {p}!\nFoi solicitado um link para alterar a sua senha: {link}\nSe não foi você, ignore; a senha só muda se abrir o link e escolher outra.',
    },
    it: {
      subject: '{brand} Istruzioni per reimpostare la password',
      body: 'Ciao {p}!\nÈ stato chiesto un link per cambiare la password: {link}\nSe non sei stato tu, ignora questa email; la password resta invariata finché non apri il link.',
    },
    nl: {
      subject: '{brand} Instructies om je wachtwoord te resetten',
      body: 'Hallo {p}!\nEr is een link aangevraagd om je wachtwoord te wijzigen: {link}\nNiet door jou? Negeer deze e-mail; er verandert niets zolang je de link niet opent.',
    },
  },
}

// Source: Notion help centre, email sign-in with a temporary login code and magic link.
export const NOTION: Product = {
  family: 'reset',
  product: 'Notion',
  sender: 'display',
  texts: {
    en: {
      subject: 'Your temporary login code is {code}',
      body: 'Copy and paste this temporary login code: {code}\nOr log in with this link: {link}\nIf you did not try to log in, you can safely ignore this email.',
    },
    de: {
      subject: 'Ihr vorübergehender Anmeldecode: {code}',
      body: 'Kopieren Sie diesen vorübergehenden Anmeldecode: {code}\nOder melden Sie sich über diesen Link an: {link}\nSie wollten sich nicht anmelden? Dann ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Votre code de connexion temporaire : {code}',
      body: 'Copiez ce code de connexion temporaire : {code}\nOu connectez-vous avec ce lien : {link}\nVous n’avez pas essayé de vous connecter ? Ignorez cet e-mail.',
    },
    es: {
      subject: 'Tu código de inicio de sesión temporal es {code}',
      body: 'Copia este código temporal: {code}\nO inicia sesión con este enlace: {link}\nSi no intentaste entrar, ignora este correo.',
    },
    pt: {
      subject: 'O seu código de login temporário é {code}',
      body: 'Copie este código temporário: {code}\nOu entre com este link: {link}\nSe não tentou entrar, pode ignorar este e-mail.',
    },
    it: {
      subject: 'Il tuo codice di accesso temporaneo è {code}',
      body: 'Copia questo codice temporaneo: {code}\nOppure accedi con questo link: {link}\nSe non hai provato ad accedere, ignora questa email.',
    },
    nl: {
      subject: 'Je tijdelijke inlogcode is {code}',
      body: 'Kopieer deze tijdelijke inlogcode: {code}\nOf log in via deze link: {link}\nHeb je niet geprobeerd in te loggen? Negeer deze e-mail dan.',
    },
  },
}
