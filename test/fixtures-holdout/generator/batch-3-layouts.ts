/**
 * Holdout 31-40: HTML with <br> and &nbsp; everywhere, windows-1252 French, a French plain-text
 * table, a nightclub fight, violence between minor siblings, a table of ages only, twins sharing
 * one date, teenage partner violence, French 'ENFANT 1' blocks and date-first lines.
 */
import {
  adult,
  alternative,
  child,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  mailDate,
  messageId,
  plain,
  type Fixture,
} from "./helpers";

/** Outlook's habit of gluing every word of a line with &nbsp;. */
const glued = (line: string) => line.replace(/ /g, "&nbsp;");

const html31 = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">${[
  "Ter info, graag HWC.",
  "",
  "<b>Van:</b> Smolders Eline &lt;eline.smolders@police.example.be&gt;",
  "<b>Verzonden:</b> woensdag 23 december 2026 02:14",
  "<b>Aan:</b> JGP &lt;jgp@zone.example.be&gt;",
  "<b>Onderwerp:</b> IFG - PV AN.44.L9.482233/2026",
  "",
  "PV AN.44.L9.482233/2026 - intrafamiliaal geweld",
  "Slachtoffer: VERHOEVEN Tessa (&deg;11/03/1995)",
  "Verdachte: HUYBRECHTS Sven (&deg;26/09/1991)",
  "Kinderen:",
  "  - HUYBRECHTS Noor (&deg;12/05/2016)",
  "  - VERHOEVEN Jules (&deg;02/09/2019)",
  "",
  "Opsteller: INP SMOLDERS Eline",
]
  .map(glued)
  .join("<br>\n")}</div></body></html>
`;

const report32 = `Pour info et suivi HWC.

De : Gérard Sébastien <sebastien.gerard@police.example.be>
Envoyé : mercredi 23 décembre 2026 03:37
À : JGP <jgp@zone.example.be>
Objet : VIF - PV MO.70.L1.482910/2026

PV n° MO.70.L1.482910/2026 - violences intrafamiliales
Lieu : rue de la Grande Triperie 9, 7000 Mons

Victime : Madame Noémie Wéry, née le 17 août 1990
Auteur : Monsieur François Dubreucq, né le 9 janvier 1988
Enfants présents : Anaïs Dubreucq, née le 1er avril 2014, et Gaël Dubreucq, né le 23 décembre 2017 (il fête ses 9 ans aujourd'hui).
Madame et les enfants ont été hébergés chez une amie, Madame Hélène Béguin.

Rédacteur : INP GÉRARD Sébastien
`;

const report33 = `Pour info. Tableau copié depuis le PV, la mise en page est perdue.

De : Renard Claire <claire.renard@police.example.be>
Envoyé : jeudi 24 décembre 2026 01:20
À : JGP <jgp@zone.example.be>
Objet : VIF - PV CH.66.L2.485002/2026

PV n° CH.66.L2.485002/2026 - violences intrafamiliales

Qualité
Nom
Prénom
Date de naissance
Victime
RASSART
Émilie
03/04/1992
Auteur
KABONGO
Patrick
15/10/1989
Enfant
KABONGO
Élise
21/06/2016
Enfant
RASSART
Théo
07/11/2012

Rédacteur : INP RENARD Claire
`;

const report34 = `Pour info, pas de VIF.

De : Lemaire Thomas <thomas.lemaire@police.example.be>
Envoyé : samedi 26 décembre 2026 05:02
À : Accueil <accueil@zone.example.be>
Objet : PV NA.50.L6.487340/2026 coups et blessures

PV n° NA.50.L6.487340/2026 - coups et blessures volontaires
Lieu : sortie de la discothèque Le Phare, Namur

Vers 04h00, une bagarre a éclaté entre deux groupes de jeunes à la sortie de la discothèque. Quentin Massart, né le 14 mai 2001, a reçu un coup de tête de Loïc Gérard, né le 2 février 2000. Les deux hommes ne se connaissent pas. Le frère de la victime, Dylan Massart (17 ans), a filmé la scène. La famille de la victime a été prévenue.

Rédacteur : INP LEMAIRE Thomas
`;

const report35 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: zaterdag 26 december 2026 23:05
Aan: JGP <jgp@zone.example.be>
Onderwerp: Interventie 26/487911 IFG broer-zus

Interventie 26/487911 - intrafamiliaal geweld tussen broer en zus
Adres: Lindenlaan 4, 2800 Mechelen

Moeder Karin Dewitte (°30/05/1979) belde 101: haar zoon VAN DYCK Robin (°14/01/2010), 16 jaar, sloeg zijn zus VAN DYCK Amber (°22/08/2013) meermaals met een riem na een ruzie over de laptop. Amber heeft striemen op de armen. Robin werd meegenomen en de jeugdmagistraat werd verwittigd.

INP HEYLEN Tine
`;

const html36 = `<html><body>
<p>FYI, please follow up (HWC). Birth dates still to be checked in the register.</p>
<hr>
<p><b>From:</b> Aerts Wim &lt;wim.aerts@police.example.be&gt;<br>
<b>Sent:</b> Monday, December 28, 2026 2:40 AM<br>
<b>To:</b> JGP &lt;jgp@zone.example.be&gt;<br>
<b>Subject:</b> IFG - PV LE.30.L4.488765/2026</p>
<p>PV LE.30.L4.488765/2026 &ndash; intrafamiliaal geweld</p>
<table border="1" cellpadding="3">
<tr><th>Rol</th><th>Naam</th><th>Voornaam</th><th>Leeftijd</th></tr>
<tr><td>Slachtoffer</td><td>SEGERS</td><td>Kim</td><td>35</td></tr>
<tr><td>Verdachte</td><td>PEETERS</td><td>Jeroen</td><td>38</td></tr>
<tr><td>Kind</td><td>PEETERS</td><td>Mila</td><td>9</td></tr>
<tr><td>Kind</td><td>PEETERS</td><td>Lou</td><td>6</td></tr>
</table>
<p>Opsteller: INP AERTS Wim</p>
</body></html>
`;

const report37 = `Ter info.

Van: Vos Inge <inge.vos@police.example.be>
Datum: maandag, 28 december 2026 om 04:10
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L3.489020/2026

PV AN.44.L3.489020/2026 - intrafamiliaal geweld

Kris Bosmans (°02/02/1984) sloeg zijn partner Ellen Van Gorp (°18/12/1987) met een stoel. De tweeling Noor en Lou Bosmans (°14/06/2018) zat in de zetel en zag alles. Hun oudere broer Seppe Bosmans (°30/01/2011) belde de politie.

Opsteller: INP VOS Inge
`;

const report38 = `Collega's, het slachtoffer is zelf minderjarig. Graag HWC naar haar school.

Van: De Smedt Karel <karel.desmedt@police.example.be>
Verzonden: dinsdag 29 december 2026 02:50
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV GE.55.L5.490315/2026 partnergeweld

PV GE.55.L5.490315/2026 - intrafamiliaal geweld (partnergeweld)

Slachtoffer: LIEVENS Jade (°04/03/2009), 17 jaar
Verdachte: BENALI Ilias (°12/01/2007), 19 jaar, haar vriend
Het koppel woont samen bij de moeder van Jade, LIEVENS Caroline (°08/08/1975), Sleepstraat 40, Gent.
Verdachte sloeg het slachtoffer in het gezicht en nam haar gsm af.

Opsteller: INP DE SMEDT Karel
`;

const report39 = `Pour info.

De : Lambert Nicolas <nicolas.lambert@police.example.be>
Envoyé : mercredi 30 décembre 2026 03:15
À : JGP <jgp@zone.example.be>
Objet : VIF - PV BR.12.L8.491477/2026

PV n° BR.12.L8.491477/2026 - violences intrafamiliales

VICTIME
Nom : UWASE
Prénom : Claudine
Date de naissance : 12/12/1989

AUTEUR
Nom : HABIMANA
Prénom : Jean-Pierre
Date de naissance : 01/07/1985

ENFANT 1
Nom : HABIMANA
Prénom : Grâce
Date de naissance : 17/02/2015

ENFANT 2
Nom : HABIMANA
Prénom : Eliel
Date de naissance : le 3 mai 2018

ENFANT 3
Nom : HABIMANA
Prénom : Divine
Date de naissance : inconnue

Rédacteur : INP LAMBERT Nicolas
`;

const report40 = `Ter info, lijst uit het bevolkingsregister geplakt.

Van: Wauters Ine <ine.wauters@police.example.be>
Verzonden: donderdag 31 december 2026 01:45
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV DE.41.L7.492004/2026

PV DE.41.L7.492004/2026 - intrafamiliaal geweld (bedreigingen en slagen)
Samenstelling gezin (Vijfhuizen 12, 9200 Dendermonde):
14/08/1980 VAN DE VELDE Koen (verdachte)
02/10/1983 SCHEPENS Evi (slachtoffer)
29/04/2009 VAN DE VELDE Kato
11/12/2014 VAN DE VELDE Mathis
05/03/2021 VAN DE VELDE Olivia

Opsteller: INP WAUTERS Ine
`;

export const layoutFixtures: Fixture[] = [
  {
    name: "31-nl-html-br-nbsp-everywhere",
    covers:
      "HTML-only forward where every space is &nbsp; and every line ends in <br>, '&deg;' for °; children with different surnames",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L9.482233/2026",
      date: mailDate("2026-12-23", "07:40"),
      messageId: messageId("h31"),
      body: html(html31, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L9.482233/2026",
      children: [
        child("Noor", "Huybrechts", "2016-05-12"),
        child("Jules", "Verhoeven", "2019-09-02"),
      ],
      adults: [adult("Tessa", "Verhoeven"), adult("Sven", "Huybrechts")],
    },
  },
  {
    name: "32-fr-windows-1252-8bit-accents",
    covers:
      "French accents in windows-1252 8bit (Noémie Wéry, François, Anaïs, Gaël, Hélène), 'née le 1er avril 2014'; a birthday on the mail date for a 9-year-old; TR: with plain spaces before colons",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV MO.70.L1.482910/2026",
      date: mailDate("2026-12-23", "08:55"),
      messageId: messageId("h32"),
      body: plain(report32, { charset: "windows-1252", encoding: "8bit" }),
    },
    expected: {
      isIncident: true,
      reference: "MO.70.L1.482910/2026",
      children: [child("Anaïs", "Dubreucq", "2014-04-01"), child("Gaël", "Dubreucq", "2017-12-23")],
      adults: [adult("Noémie", "Wéry"), adult("François", "Dubreucq"), adult("Hélène", "Béguin")],
    },
  },
  {
    name: "33-fr-plain-text-table-cell-per-line",
    covers:
      "French plain-text rendering of a table, 'Qualité / Nom / Prénom / Date de naissance' then four lines per person; accented capitals É (Émilie, Élise)",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV CH.66.L2.485002/2026",
      date: mailDate("2026-12-24", "07:30"),
      messageId: messageId("h33"),
      body: plain(report33, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "CH.66.L2.485002/2026",
      children: [child("Élise", "Kabongo", "2016-06-21"), child("Théo", "Rassart", "2012-11-07")],
      adults: [adult("Émilie", "Rassart"), adult("Patrick", "Kabongo")],
    },
  },
  {
    name: "34-neg-fr-nightclub-fight",
    covers:
      "French nightclub fight between strangers ('coups et blessures', 'le frère de la victime', 'la famille'): not intrafamily; the named 17-year-old brother is not a child to signal",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: PV NA.50.L6.487340/2026 coups et blessures",
      date: mailDate("2026-12-26", "09:10"),
      messageId: messageId("h34"),
      body: plain(report34, { charset: "iso-8859-1", encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: false,
      reference: "NA.50.L6.487340/2026",
      children: [],
      adults: [adult("Quentin", "Massart"), adult("Loïc", "Gérard")],
    },
  },
  {
    name: "35-nl-minor-brother-hits-sister",
    covers:
      "violence between siblings: the 16-year-old suspect and his 13-year-old sister are both children; mother reported it; intervention number",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Interventie 26/487911 IFG broer-zus",
      date: mailDate("2026-12-27", "06:30"),
      messageId: messageId("h35"),
      body: plain(report35, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "26/487911",
      children: [
        child("Robin", "Van Dyck", "2010-01-14"),
        child("Amber", "Van Dyck", "2013-08-22"),
      ],
      adults: [adult("Karin", "Dewitte")],
    },
  },
  {
    name: "36-en-owa-html-table-ages-only",
    covers:
      "English OWA HTML forward with a table whose last column is 'Leeftijd' (age): numbers that are not dates, birthDate null for both children",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV LE.30.L4.488765/2026",
      date: mailDate("2026-12-28", "08:05"),
      messageId: messageId("h36"),
      body: html(html36, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L4.488765/2026",
      children: [child("Mila", "Peeters", null), child("Lou", "Peeters", null)],
      adults: [adult("Kim", "Segers"), adult("Jeroen", "Peeters")],
    },
  },
  {
    name: "37-nl-twins-one-date-surname-after-both",
    covers:
      "'De tweeling Noor en Lou Bosmans (°14/06/2018)': two children, one surname and one date written after both names; older brother in running text",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Doorst: IFG - PV AN.44.L3.489020/2026",
      date: mailDate("2026-12-28", "09:20"),
      messageId: messageId("h37"),
      body: alternative(
        plain(report37, { encoding: "quoted-printable" }),
        html(htmlFromText(report37), { encoding: "quoted-printable" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L3.489020/2026",
      children: [
        child("Noor", "Bosmans", "2018-06-14"),
        child("Lou", "Bosmans", "2018-06-14"),
        child("Seppe", "Bosmans", "2011-01-30"),
      ],
      adults: [adult("Kris", "Bosmans"), adult("Ellen", "Van Gorp")],
    },
  },
  {
    name: "38-nl-teen-partner-violence-victim-is-child",
    covers:
      "partner violence where the victim is 17 (a child, signalled to her own school) and her boyfriend 19 (an adult); her mother is an adult",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV GE.55.L5.490315/2026 partnergeweld",
      date: mailDate("2026-12-29", "08:00"),
      messageId: messageId("h38"),
      body: plain(report38, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L5.490315/2026",
      children: [child("Jade", "Lievens", "2009-03-04")],
      adults: [adult("Ilias", "Benali"), adult("Caroline", "Lievens")],
    },
  },
  {
    name: "39-fr-enfant-1-blocks-nom-prenom",
    covers:
      "French blocks 'ENFANT 1 / Nom : / Prénom : / Date de naissance :', one date 'le 3 mai 2018', one 'inconnue' (null); hyphenated Jean-Pierre, Grâce",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV BR.12.L8.491477/2026",
      date: mailDate("2026-12-30", "08:45"),
      messageId: messageId("h39"),
      body: plain(report39, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "BR.12.L8.491477/2026",
      children: [
        child("Grâce", "Habimana", "2015-02-17"),
        child("Eliel", "Habimana", "2018-05-03"),
        child("Divine", "Habimana", null),
      ],
      adults: [adult("Claudine", "Uwase"), adult("Jean-Pierre", "Habimana")],
    },
  },
  {
    name: "40-nl-date-first-register-lines",
    covers:
      "household list pasted from the population register with the date BEFORE the name ('29/04/2009 VAN DE VELDE Kato'); particle surname VAN DE VELDE",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV DE.41.L7.492004/2026",
      date: mailDate("2026-12-31", "07:55"),
      messageId: messageId("h40"),
      crlf: true,
      body: plain(report40),
    },
    expected: {
      isIncident: true,
      reference: "DE.41.L7.492004/2026",
      children: [
        child("Kato", "Van de Velde", "2009-04-29"),
        child("Mathis", "Van de Velde", "2014-12-11"),
        child("Olivia", "Van de Velde", "2021-03-05"),
      ],
      adults: [adult("Koen", "Van de Velde"), adult("Evi", "Schepens")],
    },
  },
];
