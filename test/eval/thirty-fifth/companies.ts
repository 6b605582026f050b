// Invented company, brand and platform names of the thirty-fifth set. Every stem begins with F, G,
// H, K, M or W and was chosen so it neither equals nor begins a word of any earlier set's names
// (the unit test checks this through test/unit/eval-thirty-fifth-earlier.ts).

const words = (text: string): readonly string[] => text.trim().split(/\s+/u)

/** Companies whose open forms a wave abuses. */
export const STEMS: readonly string[] = words(`
  Flyrkant Glissosa Kleinkard Hegnano Haezzuma Whulvondo Meignant Hauntek Weirgade Klonkette
  Whyntara Furgine Gaevrix Fruftette Wyrnade Kourgert Wyktard Kombika Glissuma Hulmix
  Keirkorn Kektek Flerkola Faktust Mourvine Koftix Kyzzek Mymbard Fergosa Horvorn Fraurgiva
  Geskuma Faektek Wektondo Hashtondo Gaendondo Wouvrosa Gleirgorn Faskine Fouvrek Kylvorn
  Kulmix Myrkard Mafteko Kryskiva Huskant Falmix Gignara Geiltano Fouzzano Klegnika Woulvara
  Hhimbosa Fruktara Maerkondo Kountelle Holtix Faftade Fissosa Filmosa Foulviva Whauntust
  Kaembix Gurgika Mlernard Faurgika Keskade Fraeftiva Gloulvine Kryshtika Hyvrette Keindondo
  Glaessara Fryssek Mizzade Hlavrelle Fornosa Fintuma Kaembosa Kerniva Glundade Gyndette
  Heirgano Wintuma Frezzuma Waelmeko Geintard Waurvek Glignade Hlouftuma Hhuvrola Kliftuma
  Fluskondo Kraktix Mauktine Fognette Foltorn Kreiftette Haurveko Hlenkiva Glyrkeko Grournine
  Gloulvek Giskika Hyndano Wlinkano Wurnust Foldant Gyskant Gishtuma Mlugnika Grantiva
  Froltola Kraundade Gevrust Wouktondo Kleintant Haeshtelle Whaundette Gaultek Giltard
  Hiltelle Whentek Kloftosa Hundine Mlondika Kyntine Waeskine Wourkosa Gyrvorn Muvrola
  Hourkade Wlyltette Mornara Wlumbust Wolmelle Klerkard Mlaembeko Hhauktard Kroktert Mhyskard
  Garnosa Myntorn Gektant Haftette Wloskuma Maeftano Klulvelle Welmant Klynkelle Fumbust
  Flylveko Hlauldette Klambola Werkek Goltard Wuktine Meinkeko Holdosa Waeltust Haushtondo
  Flussuma Meimbek Fushtard Mlaundeko Wonkine Hlonkust Holdorn Mizzette Glirneko Maeltix
  Felvine Klorgust Genkuma Hluvrine Hlignosa Heiktiva Geirniva Hlussara Mourvondo Fenkant
  Wlarnola Wloussorn Grognix Wontek Mlandant Geltust Weivrorn Fauldondo Wambuma Flyrvola
  Kruktorn Whegnert Kraeldondo Hholmert Geizzard Wleignelle Wegnano Gessara Hylmeko Gazzix
  Mhagnard Hazzade Groultuma Kyrvard Goushtiva Woldara Hausseko Whorkondo Fyrvuma Monkette
  Fashtard Mhauldine Haevrika Klauzzorn Wuntert Mhougnade Krelmondo Goskert Meishtade
`)

/** Brands of the everyday look-alike mail the person wants. */
export const LOOK_STEMS: readonly string[] = words(`
  Govrust Helvek Fontade Klundine Wentert Klaerkine Kaenkust Hauktade Mygnorn Feinkine
  Maulmix Harnola Klaernard Hhernust Mondust Whaushtosa Faernard Hhurgette Kraultola Faurkust
  Mlaendek Hloumbiva Hhessika Hhaevrust Wlervorn Kyrkant Gontorn Gaembelle Meinkelle Flurnika
  Mhazzant Waundano Kleiftard Fevruma Karnine Mhezzette Hauskant Wlounkiva Gelmant Wirvola
  Koumbust Faegniva Herkuma Gyntek Flirgika Hauzzola Goumbeko Greirnine Hyltiva Maeldara
  Kankelle Mhournard Maktert Maentust Myndiva Kyltosa Wlalmek Konkeko Gevrosa Mhaulmert
  Mausseko Wontuma Hlylvorn Kreimbert Konkorn Hiftade Fyktuma Hhauldorn Glaelmette Glushtelle
  Faezzelle Wlalvert Klaldette Hleiskorn Greskano Mhaeltondo Harveko Grerkard Foltert Myssara
`)

/** Services the person has accounts at (own bursts, codes, security alerts). */
export const SERVICES: readonly string[] = words(`
  Kygneko Maeskelle Mussert Feissek Hultert Klourvert Wleivrara Geirkard Mheivruma Hhultek
  Haentix Gurkert Frozzette Meiftix Mlaurneko Hyldiva Wektika Freiltette Fluldondo Whirvek
  Hlergert Munkorn Hhaeshtade Hygnano Keskette Hhyzzard Hishtust Kougnert Gazzola Klyktuma
  Graessust Flouftola Moldust Gushtelle Kizzix Hlaushtix Wourgano Gloftert Haumbek Hlouzzine
  Klauntust Heilmade Whauntert Geirgondo Feshtiva Wheildika Heshtant Kiftard Hleignosa
  Whirnust Weshtano Fembuma Wissust Hourvade Wheivrix Gaskert Myftola Mhaurgelle Wundiva
  Muskiva
`)

export const HOST_STEMS: readonly string[] = words(`
  Frorkix Flauntix Mezzuma Findorn Faeskant Heirgeko Haultette Maurkade Wuskix Myrniva
  Klagnuma Maelmert Hlushtosa Goulmette Kourgiva Gluftette Fuzzard Mauzzelle Mymbine Frirkorn
`)

/** Invented hosted helpdesk services: <slug>.<host>. */
export const HELPDESK_HOSTS: readonly string[] = HOST_STEMS.slice(0, 5).map(
  (s) => `${s.toLowerCase()}desk.com`,
)

/** Invented mailing services sending for a company: <slug>.<host>. */
export const MAILING_HOSTS: readonly string[] = HOST_STEMS.slice(5, 10).map(
  (s) => `${s.toLowerCase()}mail.net`,
)

/** Sister brands whose helpdesk answers for a company (own bursts). */
export const SISTER_STEMS: readonly string[] = HOST_STEMS.slice(10, 20)
