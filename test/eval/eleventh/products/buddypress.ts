// BuddyPress: the "core-user-registration" activation email ("[{site}] Activate your account",
// link to the activate page and the activation key). Source: BuddyPress email situation
// core-user-registration (bp-core-functions, default email content), translations after the
// plugin's language packs where known, otherwise a site's own.
import type { Product } from '../product.ts'

export const BUDDYPRESS: Product = {
  product: 'BuddyPress',
  family: 'verification',
  source: 'BuddyPress email "core-user-registration" (Activate your account)',
  hosted: (c) => `wordpress@${c.slug}.wpenginepowered.com`,
  ownLocal: 'wordpress',
  texts: {
    en: {
      subject: '[{company}] Activate your account',
      body: "Thanks for registering!\n\nTo complete the activation of your account, go to the following link and click on the Activate button:\n{link}\n\nIf the 'Activation Key' field is empty, copy and paste the following into the field - {code}\n\n{company} · {site}\nunsubscribe from these emails: {link}/unsubscribe",
    },
    de: {
      subject: '[{company}] Aktiviere dein Konto',
      body: 'Danke für deine Registrierung!\n\nUm die Aktivierung deines Kontos abzuschließen, öffne den folgenden Link und klicke auf den Button „Aktivieren“:\n{link}\n\nFalls das Feld „Aktivierungsschlüssel“ leer ist, kopiere Folgendes hinein - {code}\n\n{company} · {site}',
    },
    fr: {
      subject: '[{company}] Activez votre compte',
      body: "Merci pour votre inscription !\n\nPour terminer l'activation de votre compte, rendez-vous sur le lien suivant et cliquez sur le bouton Activer :\n{link}\n\nSi le champ « Clé d'activation » est vide, copiez-collez ceci dans le champ - {code}\n\n{company} · {site}",
    },
    es: {
      subject: '[{company}] Activa tu cuenta',
      body: '¡Gracias por registrarte!\n\nPara completar la activación de tu cuenta, sigue el siguiente enlace y haz clic en el botón Activar:\n{link}\n\nSi el campo «Clave de activación» está vacío, copia y pega lo siguiente en él - {code}\n\n{company} · {site}',
    },
    pt: {
      subject: '[{company}] Ative a sua conta',
      body: 'Obrigado por se registar!\n\nPara concluir a ativação da sua conta, abra a ligação seguinte e clique no botão Ativar:\n{link}\n\nSe o campo "Chave de ativação" estiver vazio, copie e cole o seguinte - {code}\n\n{company} · {site}',
    },
    it: {
      subject: '[{company}] Attiva il tuo account',
      body: 'Grazie per esserti registrato!\n\nPer completare l\'attivazione del tuo account vai al link seguente e fai clic sul pulsante Attiva:\n{link}\n\nSe il campo "Chiave di attivazione" è vuoto, copia e incolla quanto segue - {code}\n\n{company} · {site}',
    },
    nl: {
      subject: '[{company}] Activeer je account',
      body: 'Bedankt voor je registratie!\n\nGa naar de volgende link en klik op de knop Activeren om je account te activeren:\n{link}\n\nAls het veld "Activeringssleutel" leeg is, kopieer en plak dan het volgende in het veld - {code}\n\n{company} · {site}',
    },
  },
}
