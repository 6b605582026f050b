// MediaWiki: the email address confirmation sent on account creation (messages
// "confirmemail_subject" and "confirmemail_body").
import { w, type Product } from '../../types.ts'

export const mediawiki: Product = {
  product: 'MediaWiki',
  family: 'verification',
  source: 'wikimedia/mediawiki languages/i18n/*.json "confirmemail_subject", "confirmemail_body"',
  locals: ['wiki', 'apache', 'noreply'],
  fromName: '{company} Wiki',
  texts: {
    en: [
      w(
        `{company} Wiki email address confirmation`,
        `Someone, probably you, from IP address 198.51.100.23, has registered an account "{name}" with this email address on {company} Wiki.

To confirm that this account really does belong to you and activate email features on {company} Wiki, open this link in your browser:

https://wiki.{site}/index.php?title=Special:ConfirmEmail/{token}

If you did *not* register the account, follow this link to cancel the email address confirmation:

https://wiki.{site}/index.php?title=Special:InvalidateEmail/{token}

This confirmation code will expire in 7 days.`,
      ),
    ],
    de: [
      w(
        `Bestätigung deiner E-Mail-Adresse für {company} Wiki`,
        `Jemand, vermutlich du, hat von der IP-Adresse 198.51.100.23 das Benutzerkonto „{name}" in {company} Wiki registriert.

Um die E-Mail-Funktionen von {company} Wiki zu aktivieren und zu bestätigen, dass dieses Benutzerkonto wirklich zu deiner E-Mail-Adresse gehört, öffne bitte folgenden Link:

https://wiki.{site}/index.php?title=Spezial:E-Mail_bestätigen/{token}

Falls du das Benutzerkonto *nicht* registriert hast, folge diesem Link, um den Bestätigungsprozess abzubrechen:

https://wiki.{site}/index.php?title=Spezial:E-Mail_invalidieren/{token}`,
      ),
    ],
    fr: [
      w(
        `Confirmation d’adresse de courriel pour {company} Wiki`,
        `Quelqu’un, probablement vous, à partir de l’adresse IP 198.51.100.23, a enregistré un compte « {name} » avec cette adresse de courriel sur {company} Wiki.

Pour confirmer que ce compte vous appartient vraiment et activer les fonctions de courriel, ouvrez ce lien dans votre navigateur :

https://wiki.{site}/index.php?title=Spécial:Confirmer_l’adresse_de_contact/{token}

Si vous n’avez *pas* enregistré ce compte, suivez ce lien pour annuler la confirmation.`,
      ),
    ],
    es: [
      w(
        `Confirmación de la dirección de correo electrónico de {company} Wiki`,
        `Alguien, probablemente tú, desde la dirección IP 198.51.100.23, ha registrado la cuenta «{name}» con esta dirección de correo en {company} Wiki.

Para confirmar que esta cuenta realmente te pertenece y activar las funciones de correo, abre este enlace en tu navegador:

https://wiki.{site}/index.php?title=Especial:ConfirmarCorreoElectrónico/{token}

Si *no* registraste la cuenta, sigue este enlace para cancelar la confirmación.`,
      ),
    ],
    it: [
      w(
        `{company} Wiki: richiesta di conferma dell'indirizzo`,
        `Qualcuno, probabilmente tu, dall'indirizzo IP 198.51.100.23, ha registrato l'utenza "{name}" su {company} Wiki indicando questo indirizzo email.

Per confermare che l'utenza ti appartiene davvero e attivare le funzioni di invio di messaggi, apri il collegamento seguente con il tuo browser:

https://wiki.{site}/index.php?title=Speciale:ConfermaEmail/{token}

Se *non* hai registrato tu l'utenza, segui questo collegamento per annullare la conferma.`,
      ),
    ],
    pt: [
      w(
        `Confirmação do endereço de correio eletrónico da {company} Wiki`,
        `Alguém, provavelmente você, a partir do endereço IP 198.51.100.23, registou a conta "{name}" com este endereço de correio eletrónico na {company} Wiki.

Para confirmar que esta conta lhe pertence realmente e ativar as funcionalidades de correio, abra esta ligação no seu browser:

https://wiki.{site}/index.php?title=Especial:Confirmar_correio_eletrónico/{token}`,
      ),
    ],
    nl: [
      w(
        `Bevestiging e-mailadres voor {company} Wiki`,
        `Iemand, waarschijnlijk u, heeft vanaf IP-adres 198.51.100.23 een gebruiker "{name}" geregistreerd op {company} Wiki met dit e-mailadres.

Open de volgende koppeling in uw webbrowser om te bevestigen dat u deze gebruiker bent en om de e-mailmogelijkheden te activeren:

https://wiki.{site}/index.php?title=Speciaal:E-mailadresBevestigen/{token}

Als u deze gebruiker *niet* hebt geregistreerd, volg dan de volgende koppeling om de bevestiging te annuleren.`,
      ),
    ],
  },
}
