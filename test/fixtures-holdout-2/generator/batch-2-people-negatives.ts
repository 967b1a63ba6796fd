/**
 * Holdout-2 16-30: negatives with named minors (truancy, theft by a child, a bicycle accident),
 * age against label (a 19-year-old 'kind', an 18-year-old 'minderjarig', a birthday at midnight
 * on New Year's Eve), a fixed-width <pre> block, a semicolon export, 'respectievelijk', the place
 * before the date, Arabic and Romanian names, French bullets with the family surname once,
 * 'mineure âgée de 16 ans', an intervention without PV yet and dates with 00 for the day.
 */
import {
  adult,
  alternative,
  child,
  formatNumber,
  frDatum,
  frSent,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  mailDate,
  messageId,
  nationalNumber,
  nlDatum,
  nlSent,
  plain,
  type Fixture,
} from "./helpers";

const report16 = `Ter info, geen HWC nodig.

Van: Hendrickx Tom <tom.hendrickx@police.example.be>
Verzonden: ${nlSent("2026-11-24", "15:20")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: PV ME.21.L5.511200/2026 spijbelen

PV ME.21.L5.511200/2026 - schoolverzuim / spijbelen (leerplicht)
De directie van het Sint-Romboutscollege meldt dat de leerling Robbe Janssens (°14/02/2011) sinds september 38 halve dagen problematisch afwezig is. Robbe werd vandaag in de stationsbuurt aangetroffen met een klasgenoot, Sem Wouters (°09/06/2011). De ouders, Griet Van Loock en Peter Janssens, werden uitgenodigd op het commissariaat. Er zijn geen signalen van geweld in het gezin; het CLB volgt op.

INP HENDRICKX Tom
`;

const report17 = `Pour info (pas de VIF).

De : Dumont Sophie <sophie.dumont@police.example.be>
Envoyé : ${frSent("2026-11-25", "17:42")}
À : JGP <jgp@zone.example.be>
Objet : PV CH.66.L3.511788/2026 vol de vélo par un mineur

PV n° CH.66.L3.511788/2026 - vol de vélo
Le mineur Mathis Lejeune, né le 21 mars 2012 (14 ans), a été interpellé devant la gare de Charleroi-Sud après avoir volé le vélo de Monsieur Alain Piron. Le père du mineur, Monsieur Didier Lejeune, est venu le chercher au commissariat. Le vélo a été restitué à son propriétaire. Le parquet de la jeunesse a été avisé.

Rédacteur : INP DUMONT Sophie
`;

const report18 = `Ter info.

Van: Interventiedienst <interventie@zone.example.be>
Verzonden: ${nlSent("2026-11-26", "18:05")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: Interventie 26/512340 fietsongeval

Interventie 26/512340 - verkeersongeval met fietsers, geen derde partij
Twee broers, Jelle Mertens (°02/07/2014) en Wout Mertens (°15/01/2017), vielen met de fiets toen het voorwiel in de tramsporen van de Leien bleef steken. Wout had een hoofdwonde en werd met de ziekenwagen naar het ziekenhuis gebracht. Hun moeder, Annelies Wouters, kwam ter plaatse; de vader werd telefonisch verwittigd. Geen slagen, geen verdachten.

INP DE GROOTE Bert
`;

const report19 = `Ter opvolging.

Van: Verlinden Kaat <kaat.verlinden@police.example.be>
Verzonden: ${nlSent("2026-11-27", "02:38")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV LE.30.L1.512901/2026

PV LE.30.L1.512901/2026 - intrafamiliaal geweld
Gezinssamenstelling:
- vader: SMETS Patrick (°04/04/1970), verdachte
- moeder: HEYLEN Martine (°19/01/1972), slachtoffer
- kind: SMETS Jens (°22/06/2007), 19 jaar, student, woont nog thuis
- kind: SMETS Laura (°03/10/2008), 18 jaar
- kind: SMETS Bram (°28/12/2008), 17 jaar
- kind: SMETS Jolien (°11/05/2013)
Vader sloeg moeder met een fles. Jens hield hem tegen tot de politie kwam.

Opsteller: INP VERLINDEN Kaat
`;

const nnDylan = nationalNumber("2008-09-10", 215);
const nnJorben = nationalNumber("2016-01-17", 83);

const report20 = `Graag HWC voor de minderjarigen.

Van: Goossens Eva <eva.goossens@police.example.be>
Verzonden: ${nlSent("2026-11-30", "04:12")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV DE.41.L2.513050/2026

PV DE.41.L2.513050/2026 - intrafamiliaal geweld
Slachtoffer: BAERT Kimberly (°21/02/1991)
Verdachte: VAN DEN BOSSCHE Kenneth (°30/08/1985)
Minderjarige kinderen:
- VAN DEN BOSSCHE Dylan, °10/09/2008, INSZ ${formatNumber.dotted(nnDylan)} (minderjarig, zoon van verdachte)
- VAN DEN BOSSCHE Jorben, °17/01/2016, INSZ ${formatNumber.dotted(nnJorben)}
Verdachte duwde het slachtoffer tegen de deur. Dylan nam Jorben mee naar de buren.

Opsteller: INP GOOSSENS Eva
`;

const html21 = `<html><body>
<p>Ter info, uittreksel hieronder.</p>
<p><b>Van:</b> Claes Dirk &lt;dirk.claes@police.example.be&gt;<br>
<b>Verzonden:</b> ${nlSent("2026-12-01", "03:03")}<br>
<b>Aan:</b> JGP &lt;jgp@zone.example.be&gt;<br>
<b>Onderwerp:</b> IFG - PV GE.55.L8.513377/2026</p>
<pre style="font-family:Consolas,monospace">
PV GE.55.L8.513377/2026  INTRAFAMILIAAL GEWELD  &lt;VERTROUWELIJK&gt;

BETROKKENE                      GEBOREN     ROL
------------------------------  ----------  ------------
AYDIN Elif                      12/08/1990  SLACHTOFFER
AYDIN Emre                      05/03/1988  VERDACHTE
AYDIN Defne                     19/09/2015  KIND
AYDIN Kerem                     02/12/2020  KIND

Verdachte sloeg het slachtoffer met de vlakke hand en gooide haar gsm stuk.
Opsteller: INP CLAES Dirk
</pre>
</body></html>
`;

const nnSzymon = nationalNumber("2018-02-27", 141);

const report22 = `Ter info. Export uit het registratiesysteem (csv) hieronder geplakt.

Van: Michiels Ruben <ruben.michiels@police.example.be>
Verzonden: ${nlSent("2026-12-02", "01:49")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV BG.11.L4.514002/2026

PV BG.11.L4.514002/2026 - intrafamiliaal geweld

Rol;Naam;Voornaam;Geboortedatum;Rijksregisternummer
slachtoffer;NOWAK;Zuzanna;17/04/1993;
verdachte;KOWALSKI;Marek;;
kind;KOWALSKI;Oliwia;05/08/2014;
kind;KOWALSKI;Szymon;;${formatNumber.plain(nnSzymon)}

Verdachte trok het slachtoffer aan de haren door de woonkamer. Tolk Pools aangevraagd.
Opsteller: INP MICHIELS Ruben
`;

const report23 = `Ter info, graag HWC.

Van: Van Dyck Hilde <hilde.vandyck@police.example.be>
Datum: ${nlDatum("2026-12-03", "05:26")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L2.514478/2026

PV AN.44.L2.514478/2026 - intrafamiliaal geweld

Rond 22u werd de politie gebeld door Caroline Hendrickx (°16/10/1986): haar man Gregory Dumont (°01/09/1984) had haar geslagen en de deur van de badkamer ingetrapt. De kinderen van het koppel, Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016, sliepen boven en werden wakker van het lawaai.

Opsteller: INP VAN DYCK Hilde
`;

const report24 = `Ter opvolging.

-----Oorspronkelijk bericht-----
Van: De Vos Nathalie <nathalie.devos@police.example.be>
Verzonden: ${nlSent("2026-12-04", "02:57")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV GE.55.L6.515010/2026

PV GE.55.L6.515010/2026 - intrafamiliaal geweld
Slachtoffer is Eva Michiels, geboren te Gent op 11/11/1990. Verdachte is haar partner Kristof Goethals, geboren te Eeklo op 06/02/1987. Hun dochter Marthe Goethals, geboren te Gent op 24/05/2015, en zoontje Daan Goethals (4) waren aanwezig toen verdachte het slachtoffer bij de keel greep.

Opsteller: INP DE VOS Nathalie
`;

const report25 = `Ter info, graag HWC voor de drie kinderen.

Van: Janssens Koen <koen.janssens@police.example.be>
Verzonden: ${nlSent("2026-12-07", "03:30")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L9.515866/2026

PV AN.44.L9.515866/2026 - intrafamiliaal geweld
Slachtoffer: EL HADDOUCHI Salma (°07/07/1992)
Verdachte: BEN SALAH Karim (°13/03/1989)
Kinderen:
- BEN SALAH Adam (°21/10/2014)
- BEN SALAH Nour (°06/01/2018)
- AÏT OUALI Yasmine (°30/04/2012), dochter van het slachtoffer uit een eerste huwelijk
Getuige: buurman POPESCU Ștefan (°19/12/1979), die de politie belde.

Opsteller: INP JANSSENS Koen
`;

const report26 = `Pour info et suivi HWC.

De : Fontaine Julie <julie.fontaine@police.example.be>
Envoyé : ${frSent("2026-12-08", "04:44")}
À : JGP <jgp@zone.example.be>
Objet : VIF - PV BR.12.L6.516204/2026

PV n° BR.12.L6.516204/2026 - violences intrafamiliales

Composition de la famille LAMBERT (rue des Tanneurs 5, 1000 Bruxelles) :
• Père – Grégory, 41 ans (auteur)
• Mère – Sandrine Dewez, 38 ans (victime)
• Enfant – Manon, née le 12/01/2013
• Enfant – Lucas, né le 08/08/2016
• Enfant – Camille, née le 30 juin 2021

Le père a jeté une chaise vers la mère. Manon a appelé sa grand-mère.
Rédacteur : INP FONTAINE Julie
`;

const report27 = `Pour suivi.

De : Masson Cédric <cedric.masson@police.example.be>
Date : ${frDatum("2026-12-09", "03:15")}
À : JGP <jgp@zone.example.be>
Objet : VIF - PV NA.50.L8.516771/2026

PV n° NA.50.L8.516771/2026 - violences intrafamiliales

Les faits : Monsieur Fabrice Gilson (né le 14/04/1980) a giflé son épouse, Madame Isabelle Thiry (née le 22 octobre 1982), lors d'une dispute. Leur fille Océane Gilson, mineure âgée de 16 ans, s'est interposée. Les deux plus jeunes, Arthur Gilson (né le 3 septembre 2015) et Zélie Gilson (née le 1er décembre 2019), dormaient à l'étage.

Rédacteur : INP MASSON Cédric
`;

const report28 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: ${nlSent("2026-12-10", "00:22")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG interventie 26/516001 (PV volgt)

Interventie 26/516001 - intrafamiliaal geweld - PV nog in opmaak, nummer volgt.
Melder: buurman Dirk Aerts.
Betrokkenen: mevrouw Sofie Raes (°02/02/1995) en haar partner Jonas De Kock (°17/11/1994).
Kinderen (2): Fien De Kock (°20/04/2019) en Stan De Kock (°08/12/2022).
Partner had mevrouw tegen de grond geduwd. De kinderen zaten in de zetel.

INP BOONEN Lies
`;

const report29 = `Ter info. Geboortedata volgens de verblijfsdocumenten.

Van: Wouters Jan <jan.wouters@police.example.be>
Verzonden: ${nlSent("2026-12-11", "02:10")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV ME.21.L7.517340/2026

PV ME.21.L7.517340/2026 - intrafamiliaal geweld
Slachtoffer: KAMARA Fatou (°00/00/1990)
Verdachte: SESAY Mohamed (°01/01/1985)
Kinderen:
- KAMARA Aminata (°12/10/2013)
- KAMARA Ibrahim (°00/06/2016), exacte geboortedag onbekend
Verdachte sloeg het slachtoffer met een broeksriem. Aminata vertaalde voor haar moeder.

Opsteller: INP WOUTERS Jan
`;

const report30 = `Voor morgen, graag HWC na de vakantie.

Van: Permanentie <permanentie@zone.example.be>
Verzonden: ${nlSent("2026-12-31", "23:05")}
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV AN.44.L1.519900/2026 oudejaarsavond

PV AN.44.L1.519900/2026 - intrafamiliaal geweld (oudejaarsavond)
Verdachte: VAN LOOY Steven (°15/03/1978)
Slachtoffer: DE MAEYER Sylvie (°08/06/1980)
Kinderen:
- VAN LOOY Jolien (°31/12/2008), vandaag jarig
- VAN LOOY Senne (°01/01/2009), wordt morgen 18
- VAN LOOY Lore (°25/07/2014)
Verdachte sloeg het slachtoffer tijdens het feest. Jolien belde 101.

INP PEETERS Jan
`;

export const peopleAndNegativeFixtures: Fixture[] = [
  {
    name: "16-neg-truancy-spijbelen",
    covers:
      "truancy report ('schoolverzuim / spijbelen') with two named 15-year-olds and the parents; 'geen signalen van geweld in het gezin': not an incident",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: PV ME.21.L5.511200/2026 spijbelen",
      date: mailDate("2026-11-24", "16:02"),
      messageId: messageId("h2-16"),
      body: plain(report16),
    },
    expected: {
      isIncident: false,
      reference: "ME.21.L5.511200/2026",
      children: [],
      adults: [adult("Griet", "Van Loock"), adult("Peter", "Janssens")],
    },
  },
  {
    name: "17-neg-fr-bicycle-theft-by-minor",
    covers:
      "French theft of a bicycle by a named 14-year-old ('le mineur Mathis Lejeune, né le 21 mars 2012'), his father fetches him: not an incident",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: PV CH.66.L3.511788/2026 vol de vélo par un mineur",
      date: mailDate("2026-11-25", "18:10"),
      messageId: messageId("h2-17"),
      body: plain(report17, { charset: "iso-8859-1", encoding: "8bit" }),
    },
    expected: {
      isIncident: false,
      reference: "CH.66.L3.511788/2026",
      children: [],
      adults: [adult("Alain", "Piron"), adult("Didier", "Lejeune")],
    },
  },
  {
    name: "18-neg-bicycle-accident-brothers",
    covers:
      "two named brothers fall with their bicycle in tram rails (no other party), mother on the scene, 'geen slagen': not an incident; intervention number",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: Interventie 26/512340 fietsongeval",
      date: mailDate("2026-11-26", "19:00"),
      messageId: messageId("h2-18"),
      body: alternative(plain(report18), html(htmlFromText(report18))),
    },
    expected: {
      isIncident: false,
      reference: "26/512340",
      children: [],
      adults: [adult("Annelies", "Wouters")],
    },
  },
  {
    name: "19-nl-kind-labels-19-and-18-year-olds-adults",
    covers:
      "household list where every child is labelled 'kind': a 19-year-old living at home and an 18-year-old (°03/10/2008) are adults by date; a 17-year-old born 28/12/2008 is still a child on 27 Nov 2026",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV LE.30.L1.512901/2026",
      date: mailDate("2026-11-27", "08:20"),
      messageId: messageId("h2-19"),
      body: plain(report19, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L1.512901/2026",
      children: [child("Bram", "Smets", "2008-12-28"), child("Jolien", "Smets", "2013-05-11")],
      adults: [
        adult("Patrick", "Smets"),
        adult("Martine", "Heylen"),
        adult("Jens", "Smets"),
        adult("Laura", "Smets"),
      ],
    },
  },
  {
    name: "20-nl-minderjarig-label-on-18-year-old-insz",
    covers:
      "'Minderjarige kinderen' with '(minderjarig)' written next to a stepson born 10/09/2008 (18 on 30 Nov 2026, an adult by date and by his valid INSZ); dotted INSZ numbers agree with the dates",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV DE.41.L2.513050/2026",
      date: mailDate("2026-11-30", "08:45"),
      messageId: messageId("h2-20"),
      body: plain(report20),
    },
    expected: {
      isIncident: true,
      reference: "DE.41.L2.513050/2026",
      children: [child("Jorben", "Van den Bossche", "2016-01-17")],
      adults: [
        adult("Kimberly", "Baert"),
        adult("Kenneth", "Van den Bossche"),
        adult("Dylan", "Van den Bossche"),
      ],
    },
  },
  {
    name: "21-nl-html-pre-fixed-width",
    covers:
      "HTML-only forward whose report is a <pre> block with space-aligned columns 'BETROKKENE / GEBOREN / ROL' (the role after the date) and an escaped '&lt;VERTROUWELIJK&gt;'; a child turns 6 the next day",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV GE.55.L8.513377/2026",
      date: mailDate("2026-12-01", "07:35"),
      messageId: messageId("h2-21"),
      body: html(html21, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L8.513377/2026",
      children: [child("Defne", "Aydin", "2015-09-19"), child("Kerem", "Aydin", "2020-12-02")],
      adults: [adult("Elif", "Aydin"), adult("Emre", "Aydin")],
    },
  },
  {
    name: "22-nl-semicolon-csv-export",
    covers:
      "semicolon-separated export pasted as text ('Rol;Naam;Voornaam;Geboortedatum;Rijksregisternummer') with empty fields; one child only by a valid plain national number; Polish names; base64",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV BG.11.L4.514002/2026",
      date: mailDate("2026-12-02", "07:15"),
      messageId: messageId("h2-22"),
      body: plain(report22, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "BG.11.L4.514002/2026",
      children: [
        child("Oliwia", "Kowalski", "2014-08-05"),
        child("Szymon", "Kowalski", "2018-02-27"),
      ],
      adults: [adult("Zuzanna", "Nowak"), adult("Marek", "Kowalski")],
    },
  },
  {
    name: "23-nl-respectievelijk-geboren-op",
    covers:
      "'Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016': two children, one surname after both names, dates paired by order; new Outlook Datum: header",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L2.514478/2026",
      date: mailDate("2026-12-03", "08:00"),
      messageId: messageId("h2-23"),
      body: alternative(plain(report23), html(htmlFromText(report23))),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L2.514478/2026",
      children: [child("Noah", "Dumont", "2013-03-02"), child("Liam", "Dumont", "2016-09-14")],
      adults: [adult("Caroline", "Hendrickx"), adult("Gregory", "Dumont")],
    },
  },
  {
    name: "24-nl-geboren-te-plaats-op-datum",
    covers:
      "birthplace before the date ('geboren te Gent op 24/05/2015') for adults and a child; 'zoontje Daan Goethals (4)': a bare age in brackets gives birthDate null",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV GE.55.L6.515010/2026",
      date: mailDate("2026-12-04", "08:25"),
      messageId: messageId("h2-24"),
      body: plain(report24, { charset: "windows-1252", encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L6.515010/2026",
      children: [child("Marthe", "Goethals", "2015-05-24"), child("Daan", "Goethals", null)],
      adults: [adult("Eva", "Michiels"), adult("Kristof", "Goethals")],
    },
  },
  {
    name: "25-nl-arabic-particles-romanian-neighbour",
    covers:
      "surnames with Arabic and Berber particles in capitals (EL HADDOUCHI, BEN SALAH, AÏT OUALI), a daughter from a first marriage with her own surname; Romanian neighbour 'POPESCU Ștefan' is an adult; UTF-8 base64",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L9.515866/2026",
      date: mailDate("2026-12-07", "08:05"),
      messageId: messageId("h2-25"),
      body: plain(report25, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L9.515866/2026",
      children: [
        child("Adam", "Ben Salah", "2014-10-21"),
        child("Nour", "Ben Salah", "2018-01-06"),
        child("Yasmine", "Aït Ouali", "2012-04-30"),
      ],
      adults: [
        adult("Salma", "El Haddouchi"),
        adult("Karim", "Ben Salah"),
        adult("Ștefan", "Popescu"),
      ],
    },
  },
  {
    name: "26-fr-bullets-famille-surname-once",
    covers:
      "French '• Enfant – Manon, née le 12/01/2013' bullets with en dashes under 'Composition de la famille LAMBERT': children and the father take the family surname, the mother keeps hers; ages for adults; UTF-8 QP",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV BR.12.L6.516204/2026",
      date: mailDate("2026-12-08", "09:10"),
      messageId: messageId("h2-26"),
      body: plain(report26, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "BR.12.L6.516204/2026",
      children: [
        child("Manon", "Lambert", "2013-01-12"),
        child("Lucas", "Lambert", "2016-08-08"),
        child("Camille", "Lambert", "2021-06-30"),
      ],
      adults: [adult("Grégory", "Lambert"), adult("Sandrine", "Dewez")],
    },
  },
  {
    name: "27-fr-mineure-agee-de-16-ans-date-header",
    covers:
      "French narrative: 'Océane Gilson, mineure âgée de 16 ans' (no date: null), 'née le 1er décembre 2019', 'né le 3 septembre 2015'; new Outlook French 'Date : mercredi, 9 décembre 2026 à 03:15'; iso-8859-1 base64",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV NA.50.L8.516771/2026",
      date: mailDate("2026-12-09", "08:40"),
      messageId: messageId("h2-27"),
      body: plain(report27, { charset: "iso-8859-1", encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "NA.50.L8.516771/2026",
      children: [
        child("Océane", "Gilson", null),
        child("Arthur", "Gilson", "2015-09-03"),
        child("Zélie", "Gilson", "2019-12-01"),
      ],
      adults: [adult("Fabrice", "Gilson"), adult("Isabelle", "Thiry")],
    },
  },
  {
    name: "28-nl-intervention-pv-not-yet-drawn-up",
    covers:
      "intervention report whose PV is 'nog in opmaak, nummer volgt': the intervention number is the reference; 'Kinderen (2):' count before the names; the neighbour who called is an adult",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "IFG interventie 26/516001 (PV volgt)",
      date: mailDate("2026-12-10", "00:25"),
      messageId: messageId("h2-28"),
      body: plain(report28),
    },
    expected: {
      isIncident: true,
      reference: "26/516001",
      children: [child("Fien", "De Kock", "2019-04-20"), child("Stan", "De Kock", "2022-12-08")],
      adults: [adult("Dirk", "Aerts"), adult("Sofie", "Raes"), adult("Jonas", "De Kock")],
    },
  },
  {
    name: "29-nl-unknown-day-written-00",
    covers:
      "birth dates with unknown parts written '°00/00/1990' and '°00/06/2016' (not full dates: the child's birthDate is null); a sister with a full date",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV ME.21.L7.517340/2026",
      date: mailDate("2026-12-11", "07:55"),
      messageId: messageId("h2-29"),
      body: plain(report29, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "ME.21.L7.517340/2026",
      children: [child("Aminata", "Kamara", "2013-10-12"), child("Ibrahim", "Kamara", null)],
      adults: [adult("Fatou", "Kamara"), adult("Mohamed", "Sesay")],
    },
  },
  {
    name: "30-nl-new-years-eve-birthdays-at-midnight",
    covers:
      "mail sent 31 Dec 2026 23:50 (+0100): a daughter born 31/12/2008 is 18 that day (adult), her brother born 01/01/2009 turns 18 ten minutes later (still a child); both listed under 'Kinderen'",
    mail: {
      from: JGP,
      to: JGP,
      subject: "FW: IFG - PV AN.44.L1.519900/2026 oudejaarsavond",
      date: mailDate("2026-12-31", "23:50"),
      messageId: messageId("h2-30"),
      body: plain(report30),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L1.519900/2026",
      children: [child("Senne", "Van Looy", "2009-01-01"), child("Lore", "Van Looy", "2014-07-25")],
      adults: [
        adult("Steven", "Van Looy"),
        adult("Sylvie", "De Maeyer"),
        adult("Jolien", "Van Looy"),
      ],
    },
  },
];
