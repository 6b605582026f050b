// ZITADEL: the default "VerifyEmail" and "InitCode" message texts (internal/notification/static/i18n).
import { w, type Product } from '../../types.ts'

export const zitadel: Product = {
  product: 'ZITADEL',
  family: 'verification',
  source: 'zitadel/zitadel internal/notification/static/i18n/*.yaml (InitCode, VerifyEmail)',
  hosted: 'noreply@{slug}.zitadel.cloud',
  texts: {
    en: [
      w(
        `Verify email`,
        `Verify user

Hello {name},

A new email has been added. Please use the button below to verify your email. If you didn't add a new email, please ignore this email.

Verify email
https://{slug}.zitadel.cloud/ui/login/mail/verification?code={code}`,
      ),
      w(
        `Initialize user`,
        `Hello {name},

This user was created in ZITADEL. Use the username {email} to login. Please click the button below to finish the initialization process. (Code {code}) If you didn't ask for this mail, please ignore it.

Finish initialization`,
      ),
    ],
    de: [
      w(
        `E-Mail verifizieren`,
        `Benutzer verifizieren

Hallo {name},

Eine neue E-Mail-Adresse wurde hinzugefügt. Bitte verwende den untenstehenden Button, um diese zu verifizieren. Falls du keine neue E-Mail-Adresse hinzugefügt hast, kannst du diese E-Mail ignorieren.

E-Mail verifizieren`,
      ),
    ],
    fr: [
      w(
        `Vérifier l'e-mail`,
        `Vérifier l'utilisateur

Bonjour {name},

Un nouvel e-mail a été ajouté. Veuillez utiliser le bouton ci-dessous pour vérifier votre e-mail. Si vous n'avez pas ajouté de nouvel e-mail, veuillez ignorer ce message.

Vérifier l'e-mail`,
      ),
    ],
    it: [
      w(
        `Verifica email`,
        `Verifica utente

Ciao {name},

è stata aggiunta una nuova email. Usa il pulsante qui sotto per verificarla. Se non hai aggiunto una nuova email, ignora questo messaggio.

Verifica email`,
      ),
    ],
    es: [
      w(
        `Verificar correo electrónico`,
        `Verificar usuario

Hola {name},

Se ha añadido un nuevo correo electrónico. Usa el botón de abajo para verificarlo. Si no añadiste un nuevo correo, ignora este mensaje.

Verificar correo electrónico`,
      ),
    ],
    pt: [
      w(
        `Verificar e-mail`,
        `Verificar utilizador

Olá {name},

Um novo e-mail foi adicionado. Usa o botão abaixo para verificar o teu e-mail. Se não adicionaste um novo e-mail, ignora esta mensagem.

Verificar e-mail`,
      ),
    ],
    nl: [
      w(
        `E-mail verifiëren`,
        `Gebruiker verifiëren

Hallo {name},

Er is een nieuw e-mailadres toegevoegd. Gebruik de knop hieronder om je e-mailadres te verifiëren. Als je geen nieuw e-mailadres hebt toegevoegd, negeer deze e-mail dan.

E-mail verifiëren`,
      ),
    ],
  },
}
