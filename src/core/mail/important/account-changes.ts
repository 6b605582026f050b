// Changes to an account that only its owner (or whoever took it over) can make, told by the
// service: the contact address or phone number replaced, a rule forwarding the mailbox elsewhere,
// the two-step settings changed. These are the alerts an attacker who takes over an account wants
// buried under a flood (docs/DESIGN.md, important mail), in en, de, fr, es, pt, it and nl, on
// folded text. No form anyone may fill in makes them: a request to confirm a new address ("Confirm
// your new email address") names no change made, and the bare noun "change" is not one here.

/** Two-step sign-in named in the seven languages. */
export const TWO_FACTOR =
  '(?:two-factor|two factor|2-step|two-step|2fa|zwei-faktor|zwei faktoren|2-faktor|double authentification|deux facteurs|deux etapes|zwei schritte|zweistufig|dos pasos|dos factores|doble factor|duas etapas|dois passos|dois fatores|dois factores|due fattori|due passaggi|doppia autenticazione|tweestaps|twee stappen|twee-factor|tweefactor|twee factoren)'

/** Where the account reaches its owner: "contact details", "Kontaktdaten", "coordonnées". */
const CONTACT =
  '(?:contact (?:details|information|info)|(?:e-?mail|email) address|(?:phone|mobile) number|kontaktdaten|e-?mail-adresse|(?:telefon|handy|mobil)nummer|coordonnees|adresse (?:e-?mail|electronique|de courriel)|numero de (?:telephone|portable|mobile)|datos de contacto|correo electronico de (?:tu|su) cuenta|numero de (?:telefono|movil|celular)|dados de conta(?:c)?to|endereco de e-?mail|numero de (?:telemovel|telefone)|dati di contatto|indirizzo e-?mail|numero di (?:telefono|cellulare)|contactgegevens|e-?mailadres|telefoonnummer|mobiele nummer)'

/** Said to be done, in the past: "was changed", "wurde geändert", "ont été modifiées". */
const DONE =
  '(?:changed|updated|replaced|geandert|aktualisiert|ersetzt|modifiee?s?|remplacee?s?|cambiad[ao]s?|actualizad[ao]s?|sustituid[ao]s?|alterad[ao]s?|atualizad[ao]s?|substituid[ao]s?|modificat[aeio]|cambiat[aeio]|aggiornat[aeio]|sostituit[aeio]|gewijzigd|bijgewerkt|vervangen)'

const POSSESSIVE =
  '(?:your|ihre?|deine?|vos|votre|tus?|sus?|os seus|as suas|seus?|suas?|i tuoi|il tuo|je|uw)'

/** A change named first: "Cambios en la verificación en dos pasos", "Änderung der 2FA". */
const CHANGE_NOUN =
  '(?:changes? to|cambios? en|anderungen? (?:an|der|ihrer|deiner)|modifications? (?:de|du|des)|alteracao|alteracoes|mudancas? (?:na|no|em)|modifiche (?:alla|alle|della)|wijzigingen? (?:in|van|aan))'

/** A rule sending the mailbox's mail elsewhere. */
const FORWARDING =
  '(?:forwarding (?:rule|address)|mail forwarding|weiterleitungs(?:regel|adresse)|regle de transfert|transfert automatique|regla de reenvio|reenvio automatico|regra de (?:reencaminhamento|encaminhamento)|(?:reencaminhamento|encaminhamento) automatico|regola di inoltro|inoltro automatico|doorstuurregel|doorstuuradres|automatisch doorsturen)'

export const ACCOUNT_CHANGE = new RegExp(
  `(?<![a-z0-9])(?:${CONTACT}[^.\\n]{0,40}${DONE}|${DONE} (?:${POSSESSIVE} )?${CONTACT}|${FORWARDING}|${CHANGE_NOUN}(?: [a-z]+){0,3} ${TWO_FACTOR})`,
  'u',
)
