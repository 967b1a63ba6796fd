/**
 * Holdout 01-15: officers' free-form writing, two-digit years, mixed date notations, plain-text
 * tables, hard names, first names that are Dutch words, a café fight and a 'partnergeweld' mail.
 */
import {
  adult,
  alternative,
  child,
  formatNumber,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  mailDate,
  messageId,
  nationalNumber,
  plain,
  type Fixture,
} from "./helpers";

const report01 = `Collega's,

Graag HWC opvolgen voor de kinderen.

Groet,
Evi

-----Oorspronkelijk bericht-----
Van: Maes Kristof <kristof.maes@police.example.be>
Verzonden: dinsdag 3 november 2026 02:41
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG familie EL AMRANI - PV GE.55.L4.301122/2026

PV GE.55.L4.301122/2026
Betreft: familie EL AMRANI, Dampoortstraat 61, 9000 Gent

Melding van de buren rond 23u: geroep en gegil in de woning. Het gezin bestaat uit mama Samira Bakkali (34j), papa Youssef en de kinderen Lina (geb. 3/4/2016) en Amir (°2019). Mama had een schaafwonde aan de kin en verklaarde dat papa haar tegen de kast had geduwd. Papa ontkent. De kinderen sliepen boven, maar Lina had alles gehoord.
Papa werd op vraag van het parket voor 10 dagen uit huis gezet.

Opsteller: INP MAES Kristof
`;

const report02 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: donderdag 5 november 2026 01:12
Aan: JGP <jgp@zone.example.be>
Onderwerp: Interventie 26/412077 huiselijke twist

Interventie 26/412077 - huiselijke twist met slagen, gezin CLAES
Adres: Leopoldlaan 9, 8400 Oostende

Ter plaatse: vader Bart Claes (45 j.) en moeder Ilse Wouters (41 j.). Kinderen: Roos (7 j.) en Storm (4 j.).
Moeder werd door vader bij de keel gegrepen toen de kinderen aan tafel zaten. In mei werd op dit adres al eens tussengekomen voor hetzelfde. Vader werd meegenomen voor verhoor.
Wij hebben goede hoop dat moeder morgen klacht komt neerleggen. Kinderen overnachten bij een tante.

INP VERHAEGHE Dries
`;

const report03 = `FYI - oudste zoon is net meerderjarig.

-----Oorspronkelijk bericht-----
Van: Smets Karen <karen.smets@police.example.be>
Verzonden: woensdag 2 december 2026 03:05
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG AN.44.L2.377810/2026

PV AN.44.L2.377810/2026 - intrafamiliaal geweld
Slachtoffer: PEETERS Nathalie °07/11/89
Verdachte: JACOBS Kenny °23/05/87
Kinderen in het gezin:
- JACOBS Dylan °01/12/08 (woont nog thuis)
- JACOBS Kyara °03/12/08
- JACOBS Mats °12/03/15
- JACOBS Nore °5/7/19

Verdachte sloeg het slachtoffer met de vlakke hand en gooide de gsm van Kyara kapot toen zij tussenbeide kwam.
Opsteller: INP SMETS Karen
`;

const report04 = `Ter opvolging.

Van: Vandamme Pieter <pieter.vandamme@police.example.be>
Verzonden: maandag 9 november 2026 04:30
Aan: JGP <jgp@zone.example.be>
Onderwerp: PV BG.11.L5.355021/2026 - IFG

PV BG.11.L5.355021/2026
Feiten: opzettelijke slagen en verwondingen, intrafamiliaal
Betrokkenen: moeder Kelly Vanhove (°14.02.1990) en vader Steven Vermeersch (° 30 - 09 - 1986).

Kinderen:
Lotte Vermeersch, geboren 12 - 03 - 2015
Fleur Vermeersch, geboren op 05/06/2017 (9 jaar)
Wout Vermeersch, geb. 8.7.2019
Bo Vermeersch, °20-1-2022

Vader had gedronken en sloeg met een pan naar moeder. Lotte belde zelf 101.
Opsteller: INP VANDAMME Pieter
`;

const report05 = `Ter info, graag HWC.

Van: Van Hoof Sarah <sarah.vanhoof@police.example.be>
Datum: donderdag, 12 november 2026 om 05:48
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV DE.41.L3.362209/2026

PV DE.41.L3.362209/2026 - intrafamiliaal geweld (fysiek)
Plaats: Oudegem, Kerkstraat 3

BETROKKENEN
Slachtoffer: VAN HOOF Tamara, geboren op 21 AUGUSTUS 1988 te Aalst
Verdachte: DE BRUYNE Glenn, geboren 9 december 1985
Kinderen:
- DE BRUYNE Jonas, geboren op 3 OKT. 2012 te Dendermonde
- DE BRUYNE Febe, geboren op 12 MAART 2015 te Aalst
- DE BRUYNE Seppe, geboren 1ste juni 2019
- DE BRUYNE Ella, geb. 2de februari 2021

Opsteller: HINP VAN HOOF Sarah
`;

const report06 = `Pour suivi.

De : Dupont Laurent <laurent.dupont@police.example.be>
Envoyé : vendredi 13 novembre 2026 02:20
À : JGP <jgp@zone.example.be>
Objet : VIF - PV NA.50.L2.366410/2026

PV n° NA.50.L2.366410/2026 - violences intrafamiliales
Lieu : rue de Fer 22, 5000 Namur

Victime : Sophie Lambert, née le 2 déc. 1987
Auteur présumé : Kevin Mertens, né le 19 janv. 1984
Enfants du couple :
- Charlie Mertens, né(e) le 14/07/2013
- Inès Mertens, née le 3 févr. 2016
- Sacha Mertens, née en 2015 selon la mère (date exacte inconnue, enfant placée chez sa grand-mère)

Monsieur a frappé Madame au visage devant Charlie et Inès. Sacha n'était pas présente.
Rédacteur : INP DUPONT Laurent
`;

const report07 = `Doorgestuurd voor HWC. Tabel uit het PV geplakt, opmaak is verloren gegaan.

Van: Wouters Jan <jan.wouters@police.example.be>
Verzonden: maandag 16 november 2026 03:10
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG LE.30.L6.402290/2026

Betrokkenen PV LE.30.L6.402290/2026 (intrafamiliaal geweld)

Rol
Naam
Voornaam
Geboortedatum
Slachtoffer
VAN DAMME
Jolien
17/08/1991
Verdachte
DE CLERCQ
Wim
02/02/1988
Kind
DE CLERCQ
Lars
29/10/2014
Kind
DE CLERCQ
Saar
06/01/2018
Getuige
VAN DAMME
Marc
11/05/1960

Feiten: verdachte duwde het slachtoffer van de trap. Haar vader Marc kwam de kinderen ophalen.
INP WOUTERS Jan
`;

const finn08 = nationalNumber("2020-09-15", 247);
const report08 = `Ter info, export uit ISLP (tab-gescheiden).

Van: Claes Ilse <ilse.claes@police.example.be>
Verzonden: dinsdag 17 november 2026 02:58
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV HA.63.L1.391178/2026

PV HA.63.L1.391178/2026 - partnergeweld / intrafamiliaal geweld

Rol\tNaam\tVoornaam\tGeb.datum\tRRN
Slachtoffer\tBOGAERT\tSara\t04/04/1993\t
Verdachte\tLAMBRECHTS\tJens\t\t
Kind\tLAMBRECHTS\tMila\t22/12/2016\t
Kind\tLAMBRECHTS\tFinn\t\t${formatNumber.dotted(finn08)}
Kind\tBOGAERT\tNoa\t\t

Noa is de dochter van het slachtoffer uit een vorige relatie; geboortedatum niet gekend.
INP CLAES Ilse
`;

const nn09 = {
  elke: nationalNumber("1988-03-21", 244),
  tom: nationalNumber("1985-10-02", 171),
  ruben: nationalNumber("2013-02-15", 93),
  hanne: nationalNumber("2017-11-30", 318),
  stan: nationalNumber("2020-01-01", 205),
};
const report09 = `Ter info.

-----Oorspronkelijk bericht-----
Van: Peeters Bram <bram.peeters@police.example.be>
Verzonden: woensdag 18 november 2026 01:44
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG ME.33.L2.394861/2026

PV ME.33.L2.394861/2026 - intrafamiliaal geweld, bedreiging met mes

| Rol         | Naam     | Voornaam | Rijksregisternummer |
|-------------|----------|----------|---------------------|
| Slachtoffer | GOOSSENS | Elke     | ${formatNumber.dotted(nn09.elke)}     |
| Verdachte   | WILLEMS  | Tom      | ${formatNumber.dotted(nn09.tom)}     |
| Kind        | WILLEMS  | Ruben    | ${formatNumber.plain(nn09.ruben)}         |
| Kind        | WILLEMS  | Hanne    | ${formatNumber.spaced(nn09.hanne)}     |
| Kind        | WILLEMS  | Stan     | ${formatNumber.grouped(nn09.stan)}       |

Opsteller: HINP PEETERS Bram
`;

const report10 = `Van: Heylen Tine <tine.heylen@police.example.be>
Verzonden: donderdag 19 november 2026 00:52
Aan: JGP <jgp@zone.example.be>
Onderwerp: PV ME.33.L4.398001/2026 IFG

PV ME.33.L4.398001/2026

Op 18/11/2026 om 22u10 belde Lore Claes (°14/02/2013) naar de noodcentrale omdat haar stiefvader haar moeder sloeg. Bij aankomst in de Stationsstraat 12 te Mechelen zaten Lore Claes en haar broer Jonas (°09/10/2016) samen op de trap. De moeder, Griet Heylen (°05/05/1984), had een bloedneus. De stiefvader, Dieter Wuyts (°27/01/1980), was onder invloed.
De biologische vader van de kinderen Claes, Tim Claes, woont in Brugge en werd verwittigd. Hij haalde Lore en Jonas op.

Opsteller: INP HEYLEN Tine
`;

const report11 = `Van: Deschepper Nele <nele.deschepper@police.example.be>
Verzonden: vrijdag 20 november 2026 03:33
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV GE.55.L6.402688/2026

PV GE.55.L6.402688/2026 - intrafamiliaal geweld

Slachtoffer: N'DIAYE Fatou (°12/12/1990)
Verdachte: D'HAESE Pieter (°08/08/1986)
Kinderen aanwezig:
- D'HAESE Robbe (°15/05/2014)
- D'HAESE-N'DIAYE Awa (°30/09/2019)
- VAN DAMME-PEETERS Elodie (°03/03/2012), dochter van de verdachte uit een vorige relatie, verblijft om het weekend
Moeder van Elodie: VAN DAMME-PEETERS Caroline, werd telefonisch verwittigd.

Feiten: verdachte sloeg met de vuist tegen de deur en duwde het slachtoffer tegen de muur.
Opsteller: INP DESCHEPPER Nele
`;

const report12 = `Ter info, tolk Turks was aanwezig.

Van: Wouters Jan <jan.wouters@police.example.be>
Verzonden: maandag 23 november 2026 02:14
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV GE.55.L1.405530/2026

PV GE.55.L1.405530/2026 - intrafamiliaal geweld
Slachtoffer: ÇELIK Ayşe (°19/06/1989)
Verdachte: ŞAHIN Oğuz (°02/01/1985)
Kinderen: ŞAHIN Gülşen (°07/03/2014) en ŞAHIN Doğan (°28/08/2018)
Tolk: ÖZDEMIR Hülya
Getuigen: buurvrouw Małgorzata Łukasik en buurman João Conceição, die de politie belde.

Opsteller: INP WOUTERS Jan
`;

const report13 = `Graag opvolging HWC.

Van: Martens Sofie <sofie.martens@police.example.be>
Verzonden: dinsdag 24 november 2026 02:02
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L5.407712/2026

PV AN.44.L5.407712/2026 - intrafamiliaal geweld
Tijdens de storm van vorige week werd al eens gebeld vanop dit adres. Gisteren escaleerde de ruzie: Joris De Vos (°14/10/1982) gooide een bloempot met een roos naar zijn vrouw Liesbeth Maes (°30/01/1984).
De drie kinderen waren thuis: Roos De Vos (°21/02/2015), haar zus Mei De Vos (°08/05/2018) en hun broertje Storm De Vos (°11/11/2020).
In mei volgt een zitting bij de jeugdrechter. Wij hebben weinig hoop op beterschap.

Opsteller: INP MARTENS Sofie
`;

const report14 = `Ter info - geen HWC nodig.

Van: Declercq Wim <wim.declercq@police.example.be>
Verzonden: woensdag 25 november 2026 03:40
Aan: Onthaal <onthaal@zone.example.be>
Onderwerp: PV GE.55.L1.410233/2026 vechtpartij café

PV GE.55.L1.410233/2026 - slagen en verwondingen, geweld in horecazaak
Plaats: café De Zwaan, Korenmarkt 4, Gent

Rond 01u30 ontstond een vechtpartij tussen twee klanten. Slachtoffer Koen Martens (°03/07/1979) kreeg een glas in het gezicht van Yannick Dierickx (°15/12/1991). Beiden kennen elkaar niet. De familie van het slachtoffer werd verwittigd.
Getuige: uitbater Patrick Vandenberghe. Ook Bram Dierickx (°04/04/2010), zoon van de dader, was in het café aanwezig en verklaarde dat zijn vader werd uitgedaagd.

Opsteller: INP DECLERCQ Wim
`;

const report15 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: donderdag 26 november 2026 04:15
Aan: JGP <jgp@zone.example.be>
Onderwerp: PV KO.52.L3.415590/2026 partnergeweld

PV KO.52.L3.415590/2026
Feiten: partnergeweld, slagen met lichte verwondingen
Plaats: Doorniksestraat 80, 8500 Kortrijk

Mevrouw Jana Deprez (°22/10/1992) verklaart dat haar partner Niels Vandenbussche (°13/03/1990) haar sloeg na een discussie over geld. Hun zoon Elias Vandenbussche (°17/04/2017) lag te slapen maar werd wakker van het lawaai.

INP DEVOS Lien
`;

export const freeFormFixtures: Fixture[] = [
  {
    name: "01-nl-gezin-bestaat-uit-familienaam-eenmaal",
    covers:
      "'familie EL AMRANI' once, then 'mama Samira Bakkali (34j), papa Youssef en de kinderen Lina (geb. 3/4/2016) en Amir (°2019)': children and father take the family surname, mother keeps hers, a year alone gives null",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG familie EL AMRANI - PV GE.55.L4.301122/2026",
      date: mailDate("2026-11-03", "07:58"),
      messageId: messageId("h01"),
      crlf: true,
      body: plain(report01),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L4.301122/2026",
      children: [child("Lina", "El Amrani", "2016-04-03"), child("Amir", "El Amrani", null)],
      adults: [adult("Samira", "Bakkali"), adult("Youssef", "El Amrani")],
    },
  },
  {
    name: "02-nl-ages-only-surname-from-gezin",
    covers:
      "'gezin CLAES' then 'Kinderen: Roos (7 j.) en Storm (4 j.)': ages only (birthDate null), surname from the family line; the incident is told only as 'huiselijke twist met slagen' and a grab by the throat (no IFG keyword); 'in mei' and 'goede hoop' are not names; intervention number",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Doorst: Interventie 26/412077 huiselijke twist",
      date: mailDate("2026-11-05", "08:03"),
      messageId: messageId("h02"),
      body: plain(report02, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "26/412077",
      children: [child("Roos", "Claes", null), child("Storm", "Claes", null)],
      adults: [adult("Bart", "Claes"), adult("Ilse", "Wouters")],
    },
  },
  {
    name: "03-nl-two-digit-years",
    covers:
      "two-digit years '°12/03/15', '°5/7/19'; mail of 2 Dec 2026: '°03/12/08' turns 18 tomorrow (child, 2008), '°01/12/08' turned 18 yesterday (adult)",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG AN.44.L2.377810/2026",
      date: mailDate("2026-12-02", "08:20"),
      messageId: messageId("h03"),
      body: plain(report03),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L2.377810/2026",
      children: [
        child("Kyara", "Jacobs", "2008-12-03"),
        child("Mats", "Jacobs", "2015-03-12"),
        child("Nore", "Jacobs", "2019-07-05"),
      ],
      adults: [adult("Nathalie", "Peeters"), adult("Kenny", "Jacobs"), adult("Dylan", "Jacobs")],
    },
  },
  {
    name: "04-nl-date-separators-spaces-dots",
    covers:
      "dates '12 - 03 - 2015', '05/06/2017 (9 jaar)', '8.7.2019', '°20-1-2022', '(°14.02.1990)', '(° 30 - 09 - 1986)'; children listed with 'geboren' and 'geb.'",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Doorst: PV BG.11.L5.355021/2026 - IFG",
      date: mailDate("2026-11-09", "07:45"),
      messageId: messageId("h04"),
      body: alternative(
        plain(report04, { encoding: "quoted-printable" }),
        html(htmlFromText(report04), { encoding: "quoted-printable" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "BG.11.L5.355021/2026",
      children: [
        child("Lotte", "Vermeersch", "2015-03-12"),
        child("Fleur", "Vermeersch", "2017-06-05"),
        child("Wout", "Vermeersch", "2019-07-08"),
        child("Bo", "Vermeersch", "2022-01-20"),
      ],
      adults: [adult("Kelly", "Vanhove"), adult("Steven", "Vermeersch")],
    },
  },
  {
    name: "05-nl-month-capitals-ordinals",
    covers:
      "months in capitals '12 MAART 2015', '3 OKT. 2012', '21 AUGUSTUS 1988'; ordinals '1ste juni 2019', '2de februari 2021'; new Outlook Datum: header",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Doorst: IFG - PV DE.41.L3.362209/2026",
      date: mailDate("2026-11-12", "09:10"),
      messageId: messageId("h05"),
      body: plain(report05, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "DE.41.L3.362209/2026",
      children: [
        child("Jonas", "De Bruyne", "2012-10-03"),
        child("Febe", "De Bruyne", "2015-03-12"),
        child("Seppe", "De Bruyne", "2019-06-01"),
        child("Ella", "De Bruyne", "2021-02-02"),
      ],
      adults: [adult("Tamara", "Van Hoof"), adult("Glenn", "De Bruyne")],
    },
  },
  {
    name: "06-fr-fevr-nee-annee-seule-windows-1252",
    covers:
      "French 'née le 3 févr. 2016', 'né(e) le 14/07/2013', 'née en 2015' (year only: null); running-text names in normal case; windows-1252 quoted-printable",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV NA.50.L2.366410/2026",
      date: mailDate("2026-11-13", "08:31"),
      messageId: messageId("h06"),
      body: plain(report06, { charset: "windows-1252", encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "NA.50.L2.366410/2026",
      children: [
        child("Charlie", "Mertens", "2013-07-14"),
        child("Inès", "Mertens", "2016-02-03"),
        child("Sacha", "Mertens", null),
      ],
      adults: [adult("Sophie", "Lambert"), adult("Kevin", "Mertens")],
    },
  },
  {
    name: "07-nl-plain-text-table-cell-per-line",
    covers:
      "Outlook plain-text rendering of an HTML table: header 'Rol / Naam / Voornaam / Geboortedatum' then one cell per line, four lines per person; grandfather witness",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG LE.30.L6.402290/2026",
      date: mailDate("2026-11-16", "08:05"),
      messageId: messageId("h07"),
      crlf: true,
      body: plain(report07),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L6.402290/2026",
      children: [
        child("Lars", "De Clercq", "2014-10-29"),
        child("Saar", "De Clercq", "2018-01-06"),
      ],
      adults: [adult("Jolien", "Van Damme"), adult("Wim", "De Clercq"), adult("Marc", "Van Damme")],
    },
  },
  {
    name: "08-nl-tab-separated-table",
    covers:
      "tab-separated table with empty cells: one child by written date, one only by a valid dotted national number, one with neither (null)",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV HA.63.L1.391178/2026",
      date: mailDate("2026-11-17", "07:40"),
      messageId: messageId("h08"),
      body: plain(report08, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "HA.63.L1.391178/2026",
      children: [
        child("Mila", "Lambrechts", "2016-12-22"),
        child("Finn", "Lambrechts", "2020-09-15"),
        child("Noa", "Bogaert", null),
      ],
      adults: [adult("Sara", "Bogaert"), adult("Jens", "Lambrechts")],
    },
  },
  {
    name: "09-nl-pipe-table-national-numbers-only",
    covers:
      "Markdown-like pipe table with a national number column only: dotted, plain, 'YY MM DD SSS CC' and 'YYMMDD SSS CC' notations, all valid",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG ME.33.L2.394861/2026",
      date: mailDate("2026-11-18", "08:50"),
      messageId: messageId("h09"),
      body: plain(report09, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "ME.33.L2.394861/2026",
      children: [
        child("Ruben", "Willems", "2013-02-15"),
        child("Hanne", "Willems", "2017-11-30"),
        child("Stan", "Willems", "2020-01-01"),
      ],
      adults: [adult("Elke", "Goossens"), adult("Tom", "Willems")],
    },
  },
  {
    name: "10-nl-running-text-broer-without-surname",
    covers:
      "mixed-case names in running text only, 'Lore Claes en haar broer Jonas (°09/10/2016)': the brother takes the sister's surname ('de kinderen Claes'); stepfather and biological father are adults",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "PV ME.33.L4.398001/2026 IFG",
      date: mailDate("2026-11-19", "06:55"),
      messageId: messageId("h10"),
      body: plain(report10),
    },
    expected: {
      isIncident: true,
      reference: "ME.33.L4.398001/2026",
      children: [child("Lore", "Claes", "2013-02-14"), child("Jonas", "Claes", "2016-10-09")],
      adults: [adult("Griet", "Heylen"), adult("Dieter", "Wuyts"), adult("Tim", "Claes")],
    },
  },
  {
    name: "11-nl-double-surnames-apostrophes",
    covers:
      "double surnames 'VAN DAMME-PEETERS', 'D'HAESE-N'DIAYE' and apostrophes N'DIAYE, D'HAESE in capitals; a weekend stepdaughter is a child too",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "IFG - PV GE.55.L6.402688/2026",
      date: mailDate("2026-11-20", "08:12"),
      messageId: messageId("h11"),
      body: alternative(
        plain(report11, { encoding: "quoted-printable" }),
        html(htmlFromText(report11), { encoding: "quoted-printable" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L6.402688/2026",
      children: [
        child("Robbe", "D'Haese", "2014-05-15"),
        child("Awa", "D'Haese-N'Diaye", "2019-09-30"),
        child("Elodie", "Van Damme-Peeters", "2012-03-03"),
      ],
      adults: [
        adult("Fatou", "N'Diaye"),
        adult("Pieter", "D'Haese"),
        adult("Caroline", "Van Damme-Peeters"),
      ],
    },
  },
  {
    name: "12-nl-turkish-polish-portuguese-diacritics",
    covers:
      "ÇELIK, ŞAHIN, Oğuz, Gülşen, Doğan, ÖZDEMIR Hülya (interpreter), Małgorzata Łukasik, João Conceição; UTF-8 base64 with HTML twin",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV GE.55.L1.405530/2026",
      date: mailDate("2026-11-23", "07:33"),
      messageId: messageId("h12"),
      body: alternative(
        plain(report12, { encoding: "base64" }),
        html(htmlFromText(report12), { encoding: "base64" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L1.405530/2026",
      children: [child("Gülşen", "Şahin", "2014-03-07"), child("Doğan", "Şahin", "2018-08-28")],
      adults: [
        adult("Ayşe", "Çelik"),
        adult("Oğuz", "Şahin"),
        adult("Hülya", "Özdemir"),
        adult("Małgorzata", "Łukasik"),
        adult("João", "Conceição"),
      ],
    },
  },
  {
    name: "13-nl-first-names-that-are-words",
    covers:
      "children named Roos, Mei and Storm next to the words 'storm', 'roos', 'mei' and 'hoop' in the same text",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L5.407712/2026",
      date: mailDate("2026-11-24", "08:44"),
      messageId: messageId("h13"),
      body: plain(report13, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L5.407712/2026",
      children: [
        child("Roos", "De Vos", "2015-02-21"),
        child("Mei", "De Vos", "2018-05-08"),
        child("Storm", "De Vos", "2020-11-11"),
      ],
      adults: [adult("Joris", "De Vos"), adult("Liesbeth", "Maes")],
    },
  },
  {
    name: "14-neg-cafe-fight-geweld",
    covers:
      "café fight between strangers ('geweld in horecazaak', 'de familie van het slachtoffer'): not intrafamily; the offender's named 16-year-old son is no child to signal",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: PV GE.55.L1.410233/2026 vechtpartij café",
      date: mailDate("2026-11-25", "09:02"),
      messageId: messageId("h14"),
      body: plain(report14),
    },
    expected: {
      isIncident: false,
      reference: "GE.55.L1.410233/2026",
      children: [],
      adults: [
        adult("Koen", "Martens"),
        adult("Yannick", "Dierickx"),
        adult("Patrick", "Vandenberghe"),
      ],
    },
  },
  {
    name: "15-nl-only-partnergeweld",
    covers:
      "incident named only by the word 'partnergeweld' (no IFG, no 'intrafamiliaal'); sender is not forwarded, the report is the body itself",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "PV KO.52.L3.415590/2026 partnergeweld",
      date: mailDate("2026-11-26", "05:20"),
      messageId: messageId("h15"),
      body: plain(report15, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "KO.52.L3.415590/2026",
      children: [child("Elias", "Vandenbussche", "2017-04-17")],
      adults: [adult("Jana", "Deprez"), adult("Niels", "Vandenbussche")],
    },
  },
];
