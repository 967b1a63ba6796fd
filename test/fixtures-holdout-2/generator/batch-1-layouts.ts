/**
 * Holdout-2 01-15: tables written column-wise, per-person label blocks (Dutch and French, 'idem'
 * for a repeated surname), a fixed-width police-system export, an all-capitals report, two PVs in
 * one mail, schools and a baby's age in months, foster and half-siblings, 'SURNAME, First' order,
 * French national-number prefixes, an English note over a Dutch report, an iPhone reply, a long
 * signature block and a missing-child negative.
 */
import {
  adult,
  alternative,
  child,
  enSent,
  formatNumber,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  mailDate,
  messageId,
  nationalNumber,
  NBSP,
  nlDatum,
  nlSent,
  frSent,
  plain,
  type Fixture,
} from "./helpers";

const html01 = `<html><head><meta charset="utf-8"></head><body>
<p>Ter opvolging (HWC).</p>
<p><b>Van:</b> Peeters Annick &lt;annick.peeters@police.example.be&gt;<br>
<b>Verzonden:</b> ${nlSent("2026-11-03", "03:20")}<br>
<b>Aan:</b> JGP &lt;jgp@zone.example.be&gt;<br>
<b>Onderwerp:</b> IFG - PV AN.44.L5.501234/2026</p>
<p>PV AN.44.L5.501234/2026 &ndash; intrafamiliaal geweld (slagen)</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Rol</b></td><td>Slachtoffer</td><td>Verdachte</td><td>Kind</td><td>Kind</td></tr>
<tr><td><b>Naam</b></td><td>MERTENS</td><td>WILLEMS</td><td>WILLEMS</td><td>MERTENS</td></tr>
<tr><td><b>Voornaam</b></td><td>Sofie</td><td>Dirk</td><td>Lena</td><td>Bas</td></tr>
<tr><td><b>Geboortedatum</b></td><td>14/06/1990</td><td>02/11/1987</td><td>23/01/2015</td><td>09/09/2018</td></tr>
<tr><td><b>Adres</b></td><td colspan="4">Kioskplaats 17, 2660 Hoboken</td></tr>
</table>
<p>Verdachte sloeg het slachtoffer in de keuken. De kinderen waren thuis.</p>
<p>Opsteller: INP PEETERS Annick</p>
</body></html>
`;

const report02 = `Ter info, tabel uit het PV (kolommen per persoon).

Van: Janssen Kurt <kurt.janssen@police.example.be>
Verzonden: ${nlSent("2026-11-04", "02:05")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV ME.21.L3.501877/2026

PV ME.21.L3.501877/2026 - intrafamiliaal geweld

                Slachtoffer     Verdachte       Kind 1          Kind 2          Kind 3
Naam            GOOSSENS        VERBRUGGEN      VERBRUGGEN      VERBRUGGEN      GOOSSENS
Voornaam        Hanne           Tom             Lars            Emma            Nina
Geboortedatum   05/05/1992      17/08/1989      30/06/2013      11/02/2017      onbekend

Verdachte bedreigde het slachtoffer met een mes. Nina is de dochter van het slachtoffer uit een vorige relatie; haar geboortedatum wordt nog opgevraagd.

Opsteller: INP JANSSEN Kurt
`;

const report03 = `Graag HWC voor de twee kinderen.

-----Oorspronkelijk bericht-----
Van: Lenaerts Ward <ward.lenaerts@police.example.be>
Verzonden: ${nlSent("2026-11-05", "04:47")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG PV HA.43.L1.502210/2026

PV HA.43.L1.502210/2026 - intrafamiliaal geweld (fysiek)

Naam: DE WINTER
Voornaam: Arne
Geb.: 03.03.1986
Hoedanigheid: verdachte

Naam: CLAES
Voornaam: Liesbeth
Geb.: 21.10.1988
Hoedanigheid: slachtoffer

Naam: DE WINTER
Voornaam: Mona
Geb.: 15.12.2012
Hoedanigheid: kind, getuige

Naam: DE WINTER
Voornaam: Finn
Geb.: 01.04.2016
Hoedanigheid: kind

Feiten: verdachte gooide slachtoffer op de grond en schopte haar. Mona probeerde hem weg te trekken.
Opsteller: INP LENAERTS Ward
`;

const c = `${NBSP}:`;
const report04 = `Pour suivi HWC.

De${c} Collard Martine <martine.collard@police.example.be>
Envoyé${c} ${frSent("2026-11-06", "05:02")}
À${c} JGP <jgp@zone.example.be>
Objet${c} VIF - PV NA.50.L2.502688/2026

PV n° NA.50.L2.502688/2026 - violences intrafamiliales

Nom${c} LECLERCQ
Prénom${c} Aurélie
Né(e) le${c} 08/09/1991
Qualité${c} victime

Nom${c} MAHIEU
Prénom${c} Julien
Né(e) le${c} 27/03/1988
Qualité${c} auteur

Nom${c} MAHIEU
Prénom${c} Lucie
Né(e) le${c} 4 février 2014
Qualité${c} enfant

Nom${c} idem
Prénom${c} Hugo
Né(e) le${c} 19/10/2019
Qualité${c} enfant

L'auteur a poussé la victime contre le mur devant les enfants.
Rédacteur${c} INP COLLARD Martine
`;

const report05 = `Ter info. Export uit het systeem hieronder.\r
\r
Van: Vanneste Joris <joris.vanneste@police.example.be>\r
Verzonden: ${nlSent("2026-11-09", "01:55")}\r
Aan: JGP <jgp@zone.example.be>\r
Onderwerp: IFG - PV BG.11.L7.503040/2026\r
\r
PV BG.11.L7.503040/2026 - INTRAFAMILIAAL GEWELD - BETROKKEN PERSONEN\r
\r
HOEDANIGHEID   NAAM                  VOORNAMEN          GEB.DATUM   GEB.PLAATS\r
-------------- --------------------- ------------------ ----------- ------------\r
SLACHTOFFER    VAN ACKER             Sarah Marie        12.07.1993  BRUGGE\r
VERDACHTE      DESMET                Kevin              04.01.1990  KORTRIJK\r
MINDERJARIGE   DESMET                Jana Elise         28.02.2014  BRUGGE\r
MINDERJARIGE   VAN ACKER             Tuur               16.05.2011  ROESELARE\r
\r
Verdachte sloeg het slachtoffer met een riem. Tuur, de zoon van het slachtoffer, stond ertussen.\r
Opsteller: INP VANNESTE Joris\r
`;

const report06 = `Ter info.

Van: Interventiedienst <interventie@zone.example.be>
Verzonden: ${nlSent("2026-11-10", "00:58")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV KO.62.L2.503311/2026

PV KO.62.L2.503311/2026 - INTRAFAMILIAAL GEWELD
PLAATS: MEENSESTEENWEG 220, 8500 KORTRIJK
SLACHTOFFER: DEPREZ ANNELIES (°22/04/1989)
VERDACHTE: LAMBRECHT GEERT (°30/11/1984)
KINDEREN: LAMBRECHT WARD, GEBOREN OP 3 MEI 2016, EN LAMBRECHT FLOOR, GEBOREN OP 19 AUGUSTUS 2020.
DE VERDACHTE DUWDE HET SLACHTOFFER VAN DE TRAP. WARD BELDE ZIJN GROOTVADER, DEPREZ MARC, DIE DE POLITIE VERWITTIGDE.
VERDACHTE WERD VAN ZIJN VRIJHEID BEROOFD.
OPSTELLER: INP VANDENBUSSCHE LIES
`;

const report07 = `Goedemorgen,

Nachtverslag van 10 op 11 november. Twee PV's voor jullie dienst: het eerste is IFG, het tweede enkel ter info.

1) PV GE.55.L1.504410/2026 - intrafamiliaal geweld
Slachtoffer: BRACKE Veerle (°03/08/1991)
Verdachte: MOERMAN Stijn (°19/04/1990)
Kinderen: MOERMAN Lotte (°11/11/2016) en Jasper (°06/05/2019)
Stijn duwde Veerle tegen de muur en trok de gsm uit haar handen. Lotte wordt vandaag 10 jaar.

2) PV GE.55.L1.504418/2026 - inbraak in een bestelwagen
Plaats: parking Watersportbaan, Gent. De eigenaar (een firma) werd verwittigd. Geen verdachten.

Met vriendelijke groet,
Dispatching nacht
`;

const report08 = `Ter opvolging, graag HWC.

Van: Lambrechts Ellen <ellen.lambrechts@police.example.be>
Verzonden: ${nlSent("2026-11-12", "03:33")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L7.506120/2026

PV AN.44.L7.506120/2026 - intrafamiliaal geweld
Slachtoffer: Joke Segers (°27/02/1994)
Verdachte: Bram Vermeulen (°12/12/1992)
De kinderen:
- Arthur Vermeulen (°07/10/2017) zit in het 4de leerjaar van GBS De Regenboog in Boom.
- Mila Vermeulen (°25/01/2020) gaat naar school in De Vlinder (1ste leerjaar).
- Baby Lou Vermeulen, 8 maanden, °12/03/2026, gaat naar de crèche Klein Duimpje.
Vader gooide een glas naar moeder terwijl zij Lou de fles gaf. Juf Hilde van De Vlinder is nog niet op de hoogte.

Opsteller: INP LAMBRECHTS Ellen
`;

const report09 = `Collega's, graag HWC voor de drie kinderen.

Van: Thijs Bert <bert.thijs@police.example.be>
Datum: ${nlDatum("2026-11-13", "02:16")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV HA.43.L4.505592/2026 nieuw samengesteld gezin

PV HA.43.L4.505592/2026 - intrafamiliaal geweld, Kerkhofstraat 8, 3500 Hasselt

Katrien De Wit (°05/06/1984) verklaart dat haar man Frederik van der Meulen (°23/10/1979) haar met de vuist sloeg. In het gezin wonen:
- hun dochter Anne-Sophie van der Meulen-De Wit (°17/07/2012);
- pleegzoon Kobe Jacobs (°03/03/2014), sinds 2022 in het gezin via Pleegzorg Limburg;
- Ines El Bouzidi (°29/09/2009), dochter van mevrouw uit een eerdere relatie en halfzus van Anne-Sophie.
De pleegzorgbegeleider, Tom Vanherck, werd telefonisch verwittigd.

Opsteller: INP THIJS Bert
`;

const report10 = `Ter info.

Van: Coppens Leen <leen.coppens@police.example.be>
Verzonden: ${nlSent("2026-11-16", "04:09")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV LE.30.L6.506004/2026

PV LE.30.L6.506004/2026 - intrafamiliaal geweld (partnergeweld met kinderen aanwezig)

Betrokkenen:
CLAESSENS, Marleen (°09/12/1985) - slachtoffer
PEETERS, Dimitri (°15/05/1983) - verdachte
PEETERS, Emma (°02/02/2012) - dochter
PEETERS, Louis (°18/10/2015) - zoon
CLAESSENS, Tijs (°07/07/2008) - zoon van het slachtoffer uit een vorige relatie

Tijs kwam tussen toen verdachte zijn moeder sloeg en werd zelf aan de lip verwond.
Opsteller: INP COPPENS Leen
`;

const nnNadia = nationalNumber("1990-05-14", 226);
const nnOlivier = nationalNumber("1986-10-03", 151);
const nnChloe = nationalNumber("2012-03-15", 224);
const nnEnzo = nationalNumber("2017-06-12", 137);
const nnJade = nationalNumber("2019-11-02", 318);

const report11 = `Pour info et suivi HWC.

De : Renson Pascal <pascal.renson@police.example.be>
Envoyé : ${frSent("2026-11-17", "03:41")}
À : JGP <jgp@zone.example.be>
Objet : VIF - PV LG.63.L4.507734/2026

PV n° LG.63.L4.507734/2026 - violences intrafamiliales

Madame BOUCHER Nadia, âgée de 36 ans, domiciliée rue Saint-Gilles 112 à 4000 Liège, NN ${formatNumber.dotted(nnNadia)}, déclare que son compagnon, Monsieur DUPONT Olivier, âgé de 40 ans, RRN: ${formatNumber.grouped(nnOlivier)}, l'a frappée au visage.
Enfants présents :
- sa fille mineure DUPONT Chloé, NN ${formatNumber.dotted(nnChloe)} ;
- son fils DUPONT Enzo, âgé de 9 ans, RRN: ${formatNumber.grouped(nnEnzo)} ;
- la petite DUPONT Jade, n° national ${formatNumber.plain(nnJade)}, née le 2 novembre 2019.
L'auteur a quitté les lieux avant notre arrivée.

Rédacteur : INP RENSON Pascal
`;

const report12 = `Hi team,

Please send the HWC signal for Yara and Mats today. The night shift's report is below (in Dutch).

Kind regards,
Sarah Johnson
Liaison officer - International Police Cooperation

________________________________
From: Wuyts Pieter <pieter.wuyts@police.example.be>
Sent: ${enSent("2026-11-18", "03:12")}
To: Liaison <liaison@zone.example.be>
Subject: IFG - PV LE.30.L2.508311/2026

PV LE.30.L2.508311/2026 - intrafamiliaal geweld
Slachtoffer: HENDRICKX Lies, geb. 02/04/1987
Verdachte: O'BRIEN Declan, geb. 15/09/1985 (Ierse nationaliteit, tolk Engels nodig)
Kinderen: O'BRIEN Yara, geb. 30/08/2014 en O'BRIEN Mats, geb. 21/03/2017
Verdachte kneep het slachtoffer bij de keel. Yara verstopte zich met Mats in de badkamer.

Opsteller: INP WUYTS Pieter
`;

const report13 = `Ok, neem ik morgen op. Ik ken de school van Zoë.

Verstuurd vanaf mijn iPhone

> Op 19 nov. 2026 om 06:12 heeft JGP <jgp@zone.example.be> het volgende geschreven:
>
> Wie neemt dit op?
>
> Van: Interventiedienst <interventie@zone.example.be>
> Verzonden: ${nlSent("2026-11-18", "23:40")}
> Aan: JGP <jgp@zone.example.be>
> Onderwerp: IFG Interventie 26/508902
>
> Interventie 26/508902 - intrafamiliaal geweld, Groenstraat 3, 2500 Lier
> Ter plaatse: moeder JACOBS Sandra (°14/01/1988), vader BOGAERTS Kurt (°09/07/1986).
> Kinderen: BOGAERTS Zoë (°05/12/2013) en BOGAERTS Milan (°17/02/2018).
> Vader had moeder bij de haren getrokken. Zoë was overstuur. Vader slaapt vannacht bij vrienden.
> INP SCHOETERS Wim
`;

const report14 = `Collega's van de dienst JGP,

PV KO.62.L6.509455/2026 - intrafamiliaal geweld (psychisch en fysiek)

Op 19/11/2026 omstreeks 20u30 verklaart mevrouw VERSTRAETE Elke (°12/09/1983) dat haar echtgenoot DECLERCQ Wim (°25/03/1981) haar heeft geslagen in het bijzijn van hun kinderen DECLERCQ Febe (°08/10/2011), DECLERCQ Roel (°13/06/2014) en DECLERCQ Ilse-Marie (°30/11/2019). Verdachte werd voor verhoor meegenomen.

Met vriendelijke groeten,

Bart Wouters
Hoofdinspecteur van politie - Dienst JGP
PZ Kortrijk
T 056 00 00 00

Secretariaat JGP: Nancy Dierckx en Ann Verstraete (ma-vr 8u-16u)
Diensthoofd: Commissaris Filip Goethals
Permanentie JGP na 16u: INP Jan Moens (via dispatching)

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwittig dan de afzender en verwijder het.
`;

const report15 = `Ter info, geen IFG.

Van: Interventiedienst <interventie@zone.example.be>
Verzonden: ${nlSent("2026-11-23", "00:35")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: Verontrustende verdwijning minderjarige - PV AN.44.L8.510021/2026

PV AN.44.L8.510021/2026 - verontrustende verdwijning minderjarige
Op 22/11/2026 om 19u meldt mevrouw Leen Cuypers (°04/05/1979) dat haar dochter Noa Van Rompaey (°16/08/2011), 15 jaar, niet is thuisgekomen na de training. Noa werd om 23u45 teruggevonden bij een vriendin, Femke Lauwers (16 jaar), in Mortsel. Geen aanwijzingen van geweld of problemen thuis. De vader, Johan Van Rompaey, werd verwittigd.

INP VERCAMMEN Lode
`;

export const layoutFixtures: Fixture[] = [
  {
    name: "01-nl-html-table-column-per-person",
    covers:
      "HTML table written column-wise: rows 'Rol / Naam / Voornaam / Geboortedatum', one column per person; a half-brother with the mother's surname; colspan address row",
    mail: {
      from: "Vermeiren Kris <kris.vermeiren@zone.example.be>",
      to: JGP,
      subject: "FW: IFG - PV AN.44.L5.501234/2026",
      date: mailDate("2026-11-03", "07:55"),
      messageId: messageId("h2-01"),
      body: html(html01, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L5.501234/2026",
      children: [child("Lena", "Willems", "2015-01-23"), child("Bas", "Mertens", "2018-09-09")],
      adults: [adult("Sofie", "Mertens"), adult("Dirk", "Willems")],
    },
  },
  {
    name: "02-nl-plain-text-columns-aligned-with-spaces",
    covers:
      "plain-text table written column-wise with space-aligned columns ('Kind 1 / Kind 2 / Kind 3'); one child's date 'onbekend' (null), her surname differs from her siblings'",
    mail: {
      from: JGP,
      to: JGP,
      subject: "TER INFO: IFG - PV ME.21.L3.501877/2026",
      date: mailDate("2026-11-04", "08:10"),
      messageId: messageId("h2-02"),
      body: plain(report02),
    },
    expected: {
      isIncident: true,
      reference: "ME.21.L3.501877/2026",
      children: [
        child("Lars", "Verbruggen", "2013-06-30"),
        child("Emma", "Verbruggen", "2017-02-11"),
        child("Nina", "Goossens", null),
      ],
      adults: [adult("Hanne", "Goossens"), adult("Tom", "Verbruggen")],
    },
  },
  {
    name: "03-nl-label-blocks-role-after-name",
    covers:
      "per-person blocks 'Naam: / Voornaam: / Geb.: / Hoedanigheid:' with the role LAST in each block and dotted dates; the suspect's block comes first; base64",
    mail: {
      from: "Aerts Nele <nele.aerts@zone.example.be>",
      to: JGP,
      subject: "FW: IFG PV HA.43.L1.502210/2026",
      date: mailDate("2026-11-05", "08:30"),
      messageId: messageId("h2-03"),
      body: plain(report03, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "HA.43.L1.502210/2026",
      children: [
        child("Mona", "De Winter", "2012-12-15"),
        child("Finn", "De Winter", "2016-04-01"),
      ],
      adults: [adult("Arne", "De Winter"), adult("Liesbeth", "Claes")],
    },
  },
  {
    name: "04-fr-label-blocks-nee-le-nom-idem",
    covers:
      "French per-person blocks 'Nom : / Prénom : / Né(e) le : / Qualité :' with non-breaking spaces before the colons; 'Né(e) le : 4 février 2014'; a sibling written 'Nom : idem' takes the surname above; iso-8859-1 QP",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV NA.50.L2.502688/2026",
      date: mailDate("2026-11-06", "09:12"),
      messageId: messageId("h2-04"),
      body: plain(report04, { charset: "iso-8859-1", encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "NA.50.L2.502688/2026",
      children: [child("Lucie", "Mahieu", "2014-02-04"), child("Hugo", "Mahieu", "2019-10-19")],
      adults: [adult("Aurélie", "Leclercq"), adult("Julien", "Mahieu")],
    },
  },
  {
    name: "05-nl-fixed-width-system-export-crlf",
    covers:
      "fixed-width export pasted from the police system: 'HOEDANIGHEID NAAM VOORNAMEN GEB.DATUM GEB.PLAATS' with a dashed rule, two first names per person, capital birthplaces as noise, role 'MINDERJARIGE'; CRLF",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV BG.11.L7.503040/2026",
      date: mailDate("2026-11-09", "07:20"),
      messageId: messageId("h2-05"),
      body: plain(report05),
      crlf: true,
    },
    expected: {
      isIncident: true,
      reference: "BG.11.L7.503040/2026",
      children: [
        child("Jana Elise", "Desmet", "2014-02-28"),
        child("Tuur", "Van Acker", "2011-05-16"),
      ],
      adults: [adult("Sarah Marie", "Van Acker"), adult("Kevin", "Desmet")],
    },
  },
  {
    name: "06-nl-all-capitals-report",
    covers:
      "the whole report in capitals, surname first ('LAMBRECHT WARD, GEBOREN OP 3 MEI 2016'), month names in capitals; the grandfather 'DEPREZ MARC' is an adult; the officer is not listed",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV KO.62.L2.503311/2026",
      date: mailDate("2026-11-10", "07:45"),
      messageId: messageId("h2-06"),
      body: alternative(plain(report06), html(htmlFromText(report06))),
    },
    expected: {
      isIncident: true,
      reference: "KO.62.L2.503311/2026",
      children: [
        child("Ward", "Lambrecht", "2016-05-03"),
        child("Floor", "Lambrecht", "2020-08-19"),
      ],
      adults: [adult("Annelies", "Deprez"), adult("Geert", "Lambrecht"), adult("Marc", "Deprez")],
    },
  },
  {
    name: "07-nl-two-pvs-one-mail-first-is-ifg",
    covers:
      "a night digest with two PVs: the first (also in the subject) is IFG, the second a van burglary without people: an incident, reference the IFG PV; a child whose 10th birthday is the mail date",
    mail: {
      from: "Dispatching <dispatching@zone.example.be>",
      to: JGP,
      subject: "Nachtverslag - IFG PV GE.55.L1.504410/2026",
      date: mailDate("2026-11-11", "06:30"),
      messageId: messageId("h2-07"),
      body: plain(report07, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L1.504410/2026",
      children: [child("Lotte", "Moerman", "2016-11-11"), child("Jasper", "Moerman", "2019-05-06")],
      adults: [adult("Veerle", "Bracke"), adult("Stijn", "Moerman")],
    },
  },
  {
    name: "08-nl-schools-named-baby-in-months",
    covers:
      "children with their school named ('zit in het 4de leerjaar van GBS De Regenboog', 'gaat naar school in De Vlinder', crèche 'Klein Duimpje'), 'Baby Lou Vermeulen, 8 maanden, °12/03/2026'; a teacher named by first name only",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L7.506120/2026",
      date: mailDate("2026-11-12", "08:05"),
      messageId: messageId("h2-08"),
      body: alternative(plain(report08), html(htmlFromText(report08))),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L7.506120/2026",
      children: [
        child("Arthur", "Vermeulen", "2017-10-07"),
        child("Mila", "Vermeulen", "2020-01-25"),
        child("Lou", "Vermeulen", "2026-03-12"),
      ],
      adults: [adult("Joke", "Segers"), adult("Bram", "Vermeulen")],
    },
  },
  {
    name: "09-nl-foster-half-sister-compound-particle-surname",
    covers:
      "blended family in running text: 'Anne-Sophie van der Meulen-De Wit' (double first name, lower-case particle, compound surname), a foster son and a half-sister with other surnames; the foster-care worker is an adult",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV HA.43.L4.505592/2026 nieuw samengesteld gezin",
      date: mailDate("2026-11-13", "07:02"),
      messageId: messageId("h2-09"),
      body: plain(report09, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "HA.43.L4.505592/2026",
      children: [
        child("Anne-Sophie", "van der Meulen-De Wit", "2012-07-17"),
        child("Kobe", "Jacobs", "2014-03-03"),
        child("Ines", "El Bouzidi", "2009-09-29"),
      ],
      adults: [
        adult("Katrien", "De Wit"),
        adult("Frederik", "van der Meulen"),
        adult("Tom", "Vanherck"),
      ],
    },
  },
  {
    name: "10-nl-surname-comma-first-name",
    covers:
      "people written 'SURNAME, First (°…) - role'; a son from an earlier relationship born 07/07/2008 is 18 on the mail date of 16 Nov 2026, so an adult although called 'zoon'",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV LE.30.L6.506004/2026",
      date: mailDate("2026-11-16", "08:40"),
      messageId: messageId("h2-10"),
      body: plain(report10),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L6.506004/2026",
      children: [child("Emma", "Peeters", "2012-02-02"), child("Louis", "Peeters", "2015-10-18")],
      adults: [
        adult("Marleen", "Claessens"),
        adult("Dimitri", "Peeters"),
        adult("Tijs", "Claessens"),
      ],
    },
  },
  {
    name: "11-fr-nn-rrn-numero-national-prefixes",
    covers:
      "French running text with 'âgée de 36 ans', 'domiciliée', 'sa fille mineure'; birth dates only from valid numbers after 'NN' (dotted) and 'RRN:' (grouped), and a plain 'n° national' that agrees with 'née le 2 novembre 2019'; windows-1252 QP",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV LG.63.L4.507734/2026",
      date: mailDate("2026-11-17", "08:15"),
      messageId: messageId("h2-11"),
      body: plain(report11, { charset: "windows-1252", encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "LG.63.L4.507734/2026",
      children: [
        child("Chloé", "Dupont", "2012-03-15"),
        child("Enzo", "Dupont", "2017-06-12"),
        child("Jade", "Dupont", "2019-11-02"),
      ],
      adults: [adult("Nadia", "Boucher"), adult("Olivier", "Dupont")],
    },
  },
  {
    name: "12-en-owa-note-over-dutch-report-apostrophe",
    covers:
      "English OWA forward (underscores, From:/Sent:) of a Dutch report; the English note names the children by first name and is signed by a liaison officer (not listed); surname O'BRIEN",
    mail: {
      from: "Sarah Johnson <sarah.johnson@zone.example.be>",
      to: JGP,
      subject: "FW: IFG - PV LE.30.L2.508311/2026",
      date: mailDate("2026-11-18", "09:01"),
      messageId: messageId("h2-12"),
      body: alternative(plain(report12), html(htmlFromText(report12))),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L2.508311/2026",
      children: [child("Yara", "O'Brien", "2014-08-30"), child("Mats", "O'Brien", "2017-03-21")],
      adults: [adult("Lies", "Hendrickx"), adult("Declan", "O'Brien")],
    },
  },
  {
    name: "13-nl-iphone-reply-over-quoted-forward",
    covers:
      "short reply 'Verstuurd vanaf mijn iPhone' above an iOS quote header 'Op 19 nov. 2026 om 06:12 heeft … geschreven:' and a '> '-quoted forward; intervention number only; Zoë in UTF-8 QP",
    mail: {
      from: "Lien Hermans <lien.hermans@zone.example.be>",
      to: JGP,
      subject: "Re: FW: IFG Interventie 26/508902",
      date: mailDate("2026-11-19", "06:31"),
      messageId: messageId("h2-13"),
      body: plain(report13, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "26/508902",
      children: [child("Zoë", "Bogaerts", "2013-12-05"), child("Milan", "Bogaerts", "2018-02-17")],
      adults: [adult("Sandra", "Jacobs"), adult("Kurt", "Bogaerts")],
    },
  },
  {
    name: "14-nl-signature-block-many-names",
    covers:
      "report sent directly with a long signature: the officer, two secretaries (one shares the victim's surname), the head of service and the officer on call are police staff, not listed; hyphenated 'Ilse-Marie'; an incident date 19/11/2026 in the text",
    mail: {
      from: "Bart Wouters <bart.wouters@zone.example.be>",
      to: JGP,
      subject: "IFG - PV KO.62.L6.509455/2026",
      date: mailDate("2026-11-20", "10:12"),
      messageId: messageId("h2-14"),
      body: alternative(plain(report14), html(htmlFromText(report14))),
    },
    expected: {
      isIncident: true,
      reference: "KO.62.L6.509455/2026",
      children: [
        child("Febe", "Declercq", "2011-10-08"),
        child("Roel", "Declercq", "2014-06-13"),
        child("Ilse-Marie", "Declercq", "2019-11-30"),
      ],
      adults: [adult("Elke", "Verstraete"), adult("Wim", "Declercq")],
    },
  },
  {
    name: "15-neg-missing-child-verdwijning",
    covers:
      "worrying disappearance of a named 15-year-old ('verontrustende verdwijning minderjarige'), found at a friend's; 'geen aanwijzingen van geweld of problemen thuis': not an incident",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: Verontrustende verdwijning minderjarige - PV AN.44.L8.510021/2026",
      date: mailDate("2026-11-23", "07:50"),
      messageId: messageId("h2-15"),
      body: plain(report15),
    },
    expected: {
      isIncident: false,
      reference: "AN.44.L8.510021/2026",
      children: [],
      adults: [adult("Leen", "Cuypers"), adult("Johan", "Van Rompaey")],
    },
  },
];
