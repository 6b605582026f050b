// In-house account e-mail codes in the manner of Apple Account's address verification mail
// ("Verify your … email address": a six-digit code to type on the verification page, its
// lifetime, and "Why you received this email"), as many consumer apps now copy it. Sent by the
// made-up companies' own account services. Source: reconstruction of that mail's structure,
// not its text.
import type { Product } from '../../product.ts'

export const ACCOUNT_CODE: Product = {
  product: 'in-house account code (Apple Account style)',
  family: 'reset',
  source: 'reconstruction in the manner of Apple Account email verification codes',
  echo: 'none',
  hosted: null,
  locals: ['id', 'account', 'no_reply', 'verify'],
  subdomains: ['', 'id.', 'account.', 'email.'],
  texts: {
    en: (f) => ({
      subject: `Verify your ${f.company} ID email address`,
      body: `${f.company} ID\n\nYou have selected this email address as your new ${f.company} ID. To verify that it belongs to you, enter the code below on the email verification page:\n\n${f.code}\n\nThis code expires three hours after this email was sent.\n\nWhy you received this email.\n${f.company} requires verification whenever an email address is selected as an ID. Your ID cannot be used until you verify it.\n\nIf you did not make this request, you can ignore this email.`,
    }),
    de: (f) => ({
      subject: `Bestätigen Sie die E-Mail-Adresse Ihrer ${f.company} ID`,
      body: `${f.company} ID\n\nSie haben diese E-Mail-Adresse als neue ${f.company} ID ausgewählt. Geben Sie zur Bestätigung den folgenden Code auf der Bestätigungsseite ein:\n\n${f.code}\n\nDer Code läuft drei Stunden nach dem Versand dieser E-Mail ab.\n\nWarum Sie diese E-Mail erhalten.\n${f.company} verlangt eine Bestätigung, sobald eine E-Mail-Adresse als ID ausgewählt wird. Ihre ID kann erst nach der Bestätigung verwendet werden.\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.`,
    }),
    fr: (f) => ({
      subject: `Vérifiez l'adresse e-mail de votre identifiant ${f.company}`,
      body: `Identifiant ${f.company}\n\nVous avez choisi cette adresse comme nouvel identifiant ${f.company}. Pour confirmer qu'elle vous appartient, saisissez le code ci-dessous sur la page de vérification :\n\n${f.code}\n\nCe code expire trois heures après l'envoi de cet e-mail.\n\nPourquoi vous recevez cet e-mail.\n${f.company} exige une vérification chaque fois qu'une adresse est choisie comme identifiant. Votre identifiant ne peut pas être utilisé avant d'être vérifié.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `Verifica la dirección de correo de tu ID de ${f.company}`,
      body: `ID de ${f.company}\n\nHas seleccionado esta dirección como tu nuevo ID de ${f.company}. Para verificar que es tuya, introduce el siguiente código en la página de verificación:\n\n${f.code}\n\nEl código caduca tres horas después del envío de este correo.\n\nPor qué recibes este correo.\n${f.company} exige una verificación cada vez que se elige una dirección como ID. No podrás usar tu ID hasta verificarlo.\n\nSi no lo has solicitado, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `Verifique o endereço de e-mail do seu ID ${f.company}`,
      body: `ID ${f.company}\n\nVocê selecionou este endereço como seu novo ID ${f.company}. Para confirmar que ele é seu, digite o código abaixo na página de verificação:\n\n${f.code}\n\nEste código expira três horas após o envio deste e-mail.\n\nPor que você recebeu este e-mail.\nA ${f.company} exige verificação sempre que um endereço é escolhido como ID. Seu ID só pode ser usado depois de verificado.\n\nSe você não fez esta solicitação, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `Verifica l'indirizzo email del tuo ID ${f.company}`,
      body: `ID ${f.company}\n\nHai scelto questo indirizzo come nuovo ID ${f.company}. Per verificare che ti appartenga, inserisci il codice qui sotto nella pagina di verifica:\n\n${f.code}\n\nIl codice scade tre ore dopo l'invio di questa email.\n\nPerché hai ricevuto questa email.\n${f.company} richiede una verifica ogni volta che un indirizzo viene scelto come ID. Non potrai usare l'ID finché non sarà verificato.\n\nSe non hai fatto questa richiesta, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `Verifieer het e-mailadres van je ${f.company} ID`,
      body: `${f.company} ID\n\nJe hebt dit e-mailadres gekozen als nieuwe ${f.company} ID. Voer de onderstaande code in op de verificatiepagina om te bevestigen dat het van jou is:\n\n${f.code}\n\nDe code verloopt drie uur nadat deze e-mail is verstuurd.\n\nWaarom je deze e-mail ontvangt.\n${f.company} vraagt om verificatie zodra een e-mailadres als ID wordt gekozen. Je ID kan pas worden gebruikt na verificatie.\n\nHeb je dit niet aangevraagd, negeer deze e-mail dan.`,
    }),
  },
}
