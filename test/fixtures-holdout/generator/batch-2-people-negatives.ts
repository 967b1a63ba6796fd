/**
 * Holdout 16-30: the 18th birthday on the mail date, a 17-year-old living alone, an unborn child,
 * neighbours' children, French and bilingual narratives, a three-level forward, negatives with
 * violence words, 'huiselijk geweld' and 'violences conjugales' alone, officers' signatures next
 * to lawyers and social workers, national numbers with wrong check digits, a quoted reply.
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
  NBSP,
  nationalNumber,
  plain,
  withWrongCheckDigits,
  type Fixture,
} from "./helpers";

const report16 = `Ter info.

Van: Lenaerts Joke <joke.lenaerts@police.example.be>
Verzonden: maandag 7 december 2026 02:26
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV HA.63.L2.452210/2026

PV HA.63.L2.452210/2026 - intrafamiliaal geweld
Slachtoffer: WUYTS Martine (°16/09/1975)
Verdachte: WUYTS Jelle (°07/12/2008), zoon van het slachtoffer
Inwonend: WUYTS Lien (°19/04/2011), dochter

Jelle vierde vandaag zijn verjaardag en sloeg na een ruzie over geld zijn moeder in het gezicht. Zijn zus Lien sloot zich op in haar kamer.
Opsteller: INP LENAERTS Joke
`;

const report17 = `Van: Pauwels Bert <bert.pauwels@police.example.be>
Verzonden: dinsdag 8 december 2026 03:02
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV KO.52.L1.454419/2026

PV KO.52.L1.454419/2026 - intrafamiliaal geweld (vader - zoon)

Kenzo Baert (°25/02/2009) woont sinds september alleen in een studio in de Rijselsestraat 14 te Kortrijk, in het kader van begeleid zelfstandig wonen. Gisteravond stond zijn vader, Rudy Baert (°11/07/1970), dronken aan de deur en sloeg hem met de vuist tegen het hoofd. Kenzo belde zelf de politie.
Zijn begeleidster bij het CAW, mevrouw Sanne Pauwels, werd door ons verwittigd.

Opsteller: INP PAUWELS Bert
`;

const report18 = `Ter info.

Van: Wouters Jan <jan.wouters@police.example.be>
Verzonden: woensdag 9 december 2026 01:50
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV LE.30.L2.456003/2026

PV LE.30.L2.456003/2026 - intrafamiliaal geweld
Slachtoffer: DE LAET Stefanie (°02/11/1996), zwanger, verwacht een kindje in maart. Het kindje zal Noah heten.
Verdachte: VERBIEST Jonas (°25/06/1994)
Kind: VERBIEST Milan (°10/10/2022)

Verdachte schopte het slachtoffer in de buik. Zij werd voor controle naar de materniteit gebracht. Milan werd opgevangen door zijn grootmoeder langs vaderszijde, mevrouw Godelieve Verbiest.
Opsteller: INP WOUTERS Jan
`;

const report19 = `Graag HWC voor alle kinderen die iets gezien hebben.

-----Oorspronkelijk bericht-----
Van: Mertens Ann <ann.mertens@police.example.be>
Verzonden: donderdag 10 december 2026 02:44
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG AN.44.L8.458731/2026

PV AN.44.L8.458731/2026 - intrafamiliaal geweld, Turnhoutsebaan 220, Borgerhout

Slachtoffer: HERMANS Evelien (°23/03/1990)
Verdachte: VAN LOOY Dennis (°17/10/1988)
Kind van het koppel: VAN LOOY Ferre (°06/06/2017)

De verdachte achtervolgde het slachtoffer tot op de gemeenschappelijke koer. De buurvrouw, mevrouw Karima Amrani (°01/01/1985), nam het slachtoffer en Ferre mee naar binnen. Haar kinderen Yasmine Amrani (°14/09/2013) en Bilal Amrani (°27/03/2016) zagen hoe de verdachte de voordeur intrapte en legden een verklaring af in bijzijn van hun moeder.

Opsteller: INP MERTENS Ann
`;

const report20 = `Pour suivi HWC, trois enfants.

________________________________
De${NBSP}: Jacquet Aurélie <aurelie.jacquet@police.example.be>
Envoyé${NBSP}: vendredi 11 décembre 2026 04:12
À${NBSP}: JGP <jgp@zone.example.be>
Objet${NBSP}: VIF - PV BR.12.L7.461008/2026

PV n° BR.12.L7.461008/2026
Zone de police Bruxelles-Ixelles

Le jeudi 10 décembre 2026 à 21h40, notre équipe a été envoyée rue Gray 118 à 1050 Ixelles pour une dispute conjugale signalée par un voisin. À notre arrivée, Madame Hélène Lefèvre, née le 5 mai 1986, nous ouvre la porte en pleurs. Elle présente un hématome à l'arcade sourcilière gauche. Elle déclare que son mari, Monsieur Olivier Dubois, né le 22 février 1983, l'a frappée avec un objet après qu'elle lui a annoncé vouloir se séparer. Ce n'est pas la première fois : des faits similaires auraient eu lieu en mai, sans plainte.

Dans l'appartement se trouvent les trois enfants. L'aînée, Maëlle Dubois, née le 1er septembre 2010, s'est interposée entre ses parents. Son frère Lucas Dubois, né le 30 décembre 2014, était dans sa chambre avec la petite Zoé Dubois, née le 8 août 2019. Le fils de Madame issu d'une précédente union, Nathan Lefèvre, âgé de 12 ans, séjournait chez son père ce soir-là.

Monsieur est privé de liberté sur décision du magistrat de garde. Son avocat, Maître Vincent Renard, a été averti. La mère de Madame, Jeanine Lefèvre, est venue chercher Madame et les enfants.

Rédacteur : INPP JACQUET Aurélie
Vu : CP MARCHAL Benoît, officier de garde
`;

const report21 = `[NL] PV BR.12.L3.463377/2026 - intrafamiliaal geweld
Slachtoffer: VAN DEN BERGH Lies (°04/02/1991)
Verdachte: MOULIN Julien (°18/11/1987)
Kinderen: MOULIN Arthur (°27/05/2015) en MOULIN Romy (°09/01/2020)
Feiten: slagen aan het slachtoffer in aanwezigheid van de kinderen.

[FR] PV BR.12.L3.463377/2026 - violences intrafamiliales
Victime : VAN DEN BERGH Lies (née le 04/02/1991)
Auteur : MOULIN Julien (né le 18/11/1987)
Enfants : MOULIN Arthur (né le 27/05/2015) et MOULIN Romy (née le 09/01/2020)
Faits : coups portés à la victime en présence des enfants.

Opsteller / Rédacteur : INP NAGELS Kim
`;

const report22 = `Collega's, dit is een opvolgings-PV. Voor HWC geldt het oorspronkelijke PV, zie onderaan.

Van: Vermeulen Hilde <hilde.vermeulen@police.example.be>
Verzonden: maandag 14 december 2026 08:05
Aan: JGP <jgp@zone.example.be>
Onderwerp: RE: Doorst: IFG - PV GE.55.L2.466500/2026 (opvolging)

Aanvullend PV GE.55.L2.466500/2026 opgesteld voor schending van het huisverbod.

-----Oorspronkelijk bericht-----
Van: Interventiedienst <interventie@zone.example.be>
Verzonden: zondag 13 december 2026 23:40
Aan: Vermeulen Hilde <hilde.vermeulen@police.example.be>
Onderwerp: Doorst: IFG - PV GE.55.L2.465120/2026 nieuwe feiten

Verdachte opnieuw aan de woning, nieuw PV GE.55.L2.465120/2026 opgesteld voor bedreigingen. Het oorspronkelijke verslag van vorige week zit hieronder.

Van: Coppens Raf <raf.coppens@police.example.be>
Datum: maandag, 7 december 2026 om 03:15
Aan: Interventiedienst <interventie@zone.example.be>
Onderwerp: IFG - PV GE.55.L2.451890/2026

PV GE.55.L2.451890/2026 - intrafamiliaal geweld
Slachtoffer: COPPENS Tinne (°29/08/1989)
Verdachte: DE RIDDER Kurt (°03/04/1986)
Kinderen: DE RIDDER Lowie (°16/02/2016) en DE RIDDER Mona (°22/07/2021)

Opsteller: INP COPPENS Raf
`;

const report23 = `Ter info, geen IFG.

Van: Dierckx Sam <sam.dierckx@police.example.be>
Verzonden: dinsdag 15 december 2026 01:10
Aan: Onthaal <onthaal@zone.example.be>
Onderwerp: PV AN.44.L4.468244/2026 diefstal met geweld

PV AN.44.L4.468244/2026 - diefstal met geweld op de openbare weg
Plaats: De Keyserlei, ter hoogte van de tramhalte

Slachtoffer: Timo Goris (°02/03/2011), 15 jaar, op weg naar huis na de training. Twee onbekende daders sloegen hem tegen de grond en namen zijn gsm en fiets mee. Zijn moeder, mevrouw Leen Goris, kwam hem ophalen op het commissariaat.
Getuige: Omar Haddou (°30/06/1979), buschauffeur.

Opsteller: INP DIERCKX Sam
`;

const report24 = `Ter info.

Van: Interventiedienst <interventie@zone.example.be>
Verzonden: woensdag 16 december 2026 00:35
Aan: Verkeer <verkeer@zone.example.be>
Onderwerp: PV BG.11.L1.470012/2026 verkeersongeval

PV BG.11.L1.470012/2026 - verkeersongeval met lichamelijk letsel
Plaats: kruispunt Kortrijksesteenweg - Ringlaan

De familie De Wolf was met de wagen op weg naar huis na een familiefeest toen een bestelwagen het rode licht negeerde. Bestuurder Peter De Wolf (°12/05/1980) en zijn dochters Emma De Wolf (°03/09/2012) en Lisa De Wolf (°21/11/2015) werden lichtgewond naar het ziekenhuis gebracht. De bestuurder van de bestelwagen, Dimitri Vandekerckhove (°08/08/1977), was onder invloed.

Opsteller: INP VANHOUTTE Tom
`;

const report25 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: donderdag 17 december 2026 02:12
Aan: JGP <jgp@zone.example.be>
Onderwerp: Interventie 26/471588 - huiselijk geweld

Interventie 26/471588 - huiselijk geweld
Adres: Brusselsesteenweg 411, 3080 Tervuren

Melding via 112 door een buur. Bij aankomst verklaart Nancy Goovaerts (°19/12/1983) dat haar man Frederik Van Roy (°14/01/1981) haar bij de haren door de gang trok. Hun zoon Victor Van Roy (°07/04/2013) en dochter Anna Van Roy (°25/10/2016) waren beneden.

INP CLAES Ilse en INP DE PAEPE Tom
`;

const report26 = `Pour info.

De : Servais Julie <julie.servais@police.example.be>
Envoyé : jeudi 17 décembre 2026 03:48
À : JGP <jgp@zone.example.be>
Objet : PV LI.61.L4.472301/2026 violences conjugales

PV n° LI.61.L4.472301/2026 - violences conjugales
Lieu : rue Saint-Gilles 40, 4000 Liège

Madame Manon Collignon, née le 12 juin 1994, déclare avoir été étranglée par son compagnon, Monsieur Anthony Lejeune, né le 30 novembre 1991. Leur fils Gabriel Lejeune, né le 2 mars 2020, dormait dans la pièce voisine.

Rédacteur : INP SERVAIS Julie
`;

const report27 = `Goedemorgen,

Zie hieronder. Er loopt al een dossier bij Kind en Gezin.

Met vriendelijke groeten,
Hans Verbeke
Hoofdinspecteur van politie
Dienst Jeugd en Gezin - Politiezone Gent

-----Oorspronkelijk bericht-----
Van: Janssens Luc <luc.janssens@police.example.be>
Verzonden: vrijdag 18 december 2026 05:02
Aan: Verbeke Hans <hans.verbeke@police.example.be>
Onderwerp: IFG - PV GE.55.L7.474410/2026

PV GE.55.L7.474410/2026 - intrafamiliaal geweld
Slachtoffer: VAN ACKER Sofie (°06/06/1992)
Verdachte: MOENS Kevin (°13/02/1990), bijgestaan door zijn advocaat, meester Eva Lenaerts
Kind: MOENS Nina (°04/12/2019)

De grootouders langs moederszijde, Jos Van Acker en Maria Smets, vangen Nina voorlopig op. Regioverpleegkundige Nadia El Idrissi (Kind en Gezin) en maatschappelijk werker Bart Moens (CAW Oost-Vlaanderen) worden betrokken bij de opvolging.

Opgesteld door INP Lotte Dhondt, gezien door CP Luc Janssens, officier van gerechtelijke politie.
`;

const nn28 = {
  jasper: withWrongCheckDigits(nationalNumber("2015-03-12", 224)),
  lies: withWrongCheckDigits(nationalNumber("2018-06-02", 116)),
};
const report28 = `Ter info.

Van: Bogaerts Kris <kris.bogaerts@police.example.be>
Verzonden: vrijdag 18 december 2026 02:31
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG ME.33.L6.474988/2026

PV ME.33.L6.474988/2026 - intrafamiliaal geweld
Slachtoffer: MORTIER Heidi (°10/10/1987)
Verdachte: MORTIER Geert (°01/08/1984)
Kinderen:
- MORTIER Jasper, RRN ${formatNumber.spaced(nn28.jasper)}, °12/03/2015
- MORTIER Lies, RRN ${formatNumber.plain(nn28.lies)}
(rijksregisternummers overgenomen uit een handgeschreven nota, niet gecontroleerd)

Opsteller: INP BOGAERTS Kris
`;

const nn29 = {
  arthur: nationalNumber("2019-04-27", 335),
  julie: nationalNumber("2012-11-05", 412),
};
const report29 = `Van: Interventiedienst <interventie@zone.example.be>
Verzonden: maandag 21 december 2026 01:58
Aan: JGP <jgp@zone.example.be>
Onderwerp: IFG - PV DE.41.L5.478120/2026

PV DE.41.L5.478120/2026 - intrafamiliaal geweld (psychisch en fysiek)
Slachtoffer: LEMMENS Karolien
Verdachte: DE COCK Frank
Kinderen:
LEMMENS Arthur - rijksregisternummer ${formatNumber.plain(nn29.arthur)} - geboortedatum onbekend
LEMMENS Julie - RRN ${formatNumber.grouped(nn29.julie)} - geboren 05/11/2012

INP WAUTERS Ine
`;

const report30 = `Hoi Els,

Ja, beide kinderen gaan naar school in onze zone. Kan jij de HWC versturen? Ik ben vandaag met verlof.

Groetjes,
Lien

> Van: Goossens Els <els.goossens@police.example.be>
> Verzonden: dinsdag 22 december 2026 08:10
> Aan: Devos Lien <lien.devos@police.example.be>
> Onderwerp: IFG - PV KO.52.L5.480067/2026
>
> Lien, weet jij of deze kinderen in onze zone school lopen?
>
> PV KO.52.L5.480067/2026 - intrafamiliaal geweld
> Slachtoffer: VANDEPUTTE Evy (°15/07/1993)
> Verdachte: DESMET Brecht (°02/12/1990)
> Kinderen: DESMET Wannes (°24/01/2016) en DESMET Marthe (°11/05/2018)
>
> Els
`;

export const peopleAndNegativeFixtures: Fixture[] = [
  {
    name: "16-nl-18th-birthday-on-mail-date-adult",
    covers:
      "suspect son born 07/12/2008, mail dated 7 Dec 2026: his 18th birthday, so an adult; his 15-year-old sister is the child",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV HA.63.L2.452210/2026",
      date: mailDate("2026-12-07", "07:50"),
      messageId: messageId("h16"),
      body: plain(report16, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "HA.63.L2.452210/2026",
      children: [child("Lien", "Wuyts", "2011-04-19")],
      adults: [adult("Martine", "Wuyts"), adult("Jelle", "Wuyts")],
    },
  },
  {
    name: "17-nl-seventeen-year-old-living-alone",
    covers:
      "17-year-old victim living alone in a studio, beaten by his father: still a child; CAW counsellor is an adult and shares the officer's surname",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "IFG - PV KO.52.L1.454419/2026",
      date: mailDate("2026-12-08", "08:15"),
      messageId: messageId("h17"),
      body: plain(report17),
    },
    expected: {
      isIncident: true,
      reference: "KO.52.L1.454419/2026",
      children: [child("Kenzo", "Baert", "2009-02-25")],
      adults: [adult("Rudy", "Baert"), adult("Sanne", "Pauwels")],
    },
  },
  {
    name: "18-nl-pregnant-victim-named-unborn",
    covers:
      "pregnant victim 'verwacht een kindje in maart. Het kindje zal Noah heten': the unborn child is not listed even with a name; toddler and paternal grandmother",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG - PV LE.30.L2.456003/2026",
      date: mailDate("2026-12-09", "07:25"),
      messageId: messageId("h18"),
      body: plain(report18, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "LE.30.L2.456003/2026",
      children: [child("Milan", "Verbiest", "2022-10-10")],
      adults: [
        adult("Stefanie", "De Laet"),
        adult("Jonas", "Verbiest"),
        adult("Godelieve", "Verbiest"),
      ],
    },
  },
  {
    name: "19-nl-neighbours-children-witnesses",
    covers:
      "IFG in one family; the neighbour's two named children witnessed it: every named minor is a child, the neighbour is an adult",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG AN.44.L8.458731/2026",
      date: mailDate("2026-12-10", "09:30"),
      messageId: messageId("h19"),
      crlf: true,
      body: plain(report19, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "AN.44.L8.458731/2026",
      children: [
        child("Ferre", "Van Looy", "2017-06-06"),
        child("Yasmine", "Amrani", "2013-09-14"),
        child("Bilal", "Amrani", "2016-03-27"),
      ],
      adults: [adult("Evelien", "Hermans"), adult("Dennis", "Van Looy"), adult("Karima", "Amrani")],
    },
  },
  {
    name: "20-fr-long-narrative-bruxelles",
    covers:
      "long French narrative (Brussels): 'L'aînée, Maëlle Dubois, née le 1er septembre 2010', 'né le 30 décembre 2014', a half-brother with an age only (null), lawyer and grandmother adults, CP officer; HTML twin",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: VIF - PV BR.12.L7.461008/2026",
      date: mailDate("2026-12-11", "08:40"),
      messageId: messageId("h20"),
      body: alternative(
        plain(report20, { encoding: "quoted-printable" }),
        html(htmlFromText(report20), { encoding: "quoted-printable" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "BR.12.L7.461008/2026",
      children: [
        child("Maëlle", "Dubois", "2010-09-01"),
        child("Lucas", "Dubois", "2014-12-30"),
        child("Zoé", "Dubois", "2019-08-08"),
        child("Nathan", "Lefèvre", null),
      ],
      adults: [
        adult("Hélène", "Lefèvre"),
        adult("Olivier", "Dubois"),
        adult("Vincent", "Renard"),
        adult("Jeanine", "Lefèvre"),
      ],
    },
  },
  {
    name: "21-bilingual-nl-fr-same-children",
    covers:
      "bilingual Brussels report, Dutch then French version of the same text: each child once; '(née le 09/01/2020)' in brackets",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "IFG / VIF - PV BR.12.L3.463377/2026",
      date: mailDate("2026-12-11", "10:05"),
      messageId: messageId("h21"),
      body: plain(report21, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "BR.12.L3.463377/2026",
      children: [child("Arthur", "Moulin", "2015-05-27"), child("Romy", "Moulin", "2020-01-09")],
      adults: [adult("Lies", "Van den Bergh"), adult("Julien", "Moulin")],
    },
  },
  {
    name: "22-nl-three-level-forward-other-pv-numbers",
    covers:
      "three forward levels (classic Oorspronkelijk bericht, then new Outlook Datum:) whose subjects and notes carry a follow-up PV and another number: the innermost report's PV counts",
    mail: {
      from: "Vermeulen Hilde <hilde.vermeulen@police.example.be>",
      to: JGP,
      subject: "FW: RE: Doorst: IFG - PV GE.55.L2.466500/2026 (opvolging)",
      date: mailDate("2026-12-14", "08:30"),
      messageId: messageId("h22"),
      body: plain(report22, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L2.451890/2026",
      children: [
        child("Lowie", "De Ridder", "2016-02-16"),
        child("Mona", "De Ridder", "2021-07-22"),
      ],
      adults: [adult("Tinne", "Coppens"), adult("Kurt", "De Ridder")],
    },
  },
  {
    name: "23-neg-street-robbery-met-geweld",
    covers:
      "street robbery 'diefstal met geweld' of a named 15-year-old, his mother fetches him: violence, but not intrafamily",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: PV AN.44.L4.468244/2026 diefstal met geweld",
      date: mailDate("2026-12-15", "08:00"),
      messageId: messageId("h23"),
      body: plain(report23),
    },
    expected: {
      isIncident: false,
      reference: "AN.44.L4.468244/2026",
      children: [],
      adults: [adult("Leen", "Goris"), adult("Omar", "Haddou")],
    },
  },
  {
    name: "24-neg-traffic-accident-familie",
    covers:
      "traffic accident of 'de familie De Wolf' after a 'familiefeest', two daughters named: family words, no violence, not an incident",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: PV BG.11.L1.470012/2026 verkeersongeval",
      date: mailDate("2026-12-16", "07:15"),
      messageId: messageId("h24"),
      body: plain(report24, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: false,
      reference: "BG.11.L1.470012/2026",
      children: [],
      adults: [adult("Peter", "De Wolf"), adult("Dimitri", "Vandekerckhove")],
    },
  },
  {
    name: "25-nl-only-huiselijk-geweld",
    covers:
      "incident named only 'huiselijk geweld' (no IFG, no 'intrafamiliaal'); intervention number; two officers in the closing line",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "Interventie 26/471588 - huiselijk geweld",
      date: mailDate("2026-12-17", "06:45"),
      messageId: messageId("h25"),
      body: plain(report25),
    },
    expected: {
      isIncident: true,
      reference: "26/471588",
      children: [child("Victor", "Van Roy", "2013-04-07"), child("Anna", "Van Roy", "2016-10-25")],
      adults: [adult("Nancy", "Goovaerts"), adult("Frederik", "Van Roy")],
    },
  },
  {
    name: "26-fr-only-violences-conjugales",
    covers:
      "French report named only 'violences conjugales' (no VIF, no 'intrafamiliales'), 'né le 2 mars 2020'; iso-8859-1 8bit",
    mail: {
      from: INTERVENTION_FR,
      to: JGP,
      subject: "TR: PV LI.61.L4.472301/2026 violences conjugales",
      date: mailDate("2026-12-17", "09:12"),
      messageId: messageId("h26"),
      body: plain(report26, { charset: "iso-8859-1", encoding: "8bit" }),
    },
    expected: {
      isIncident: true,
      reference: "LI.61.L4.472301/2026",
      children: [child("Gabriel", "Lejeune", "2020-03-02")],
      adults: [adult("Manon", "Collignon"), adult("Anthony", "Lejeune")],
    },
  },
  {
    name: "27-nl-signatures-lawyer-social-workers-grandparents",
    covers:
      "officers as signature block ('Hoofdinspecteur van politie'), 'INP Lotte Dhondt', 'CP Luc Janssens' (not listed); lawyer, Kind en Gezin nurse, CAW worker and grandparents are adults",
    mail: {
      from: "Verbeke Hans <hans.verbeke@police.example.be>",
      to: JGP,
      subject: "FW: IFG - PV GE.55.L7.474410/2026",
      date: mailDate("2026-12-18", "08:20"),
      messageId: messageId("h27"),
      body: alternative(
        plain(report27, { encoding: "quoted-printable" }),
        html(htmlFromText(report27), { encoding: "quoted-printable" })
      ),
    },
    expected: {
      isIncident: true,
      reference: "GE.55.L7.474410/2026",
      children: [child("Nina", "Moens", "2019-12-04")],
      adults: [
        adult("Sofie", "Van Acker"),
        adult("Kevin", "Moens"),
        adult("Eva", "Lenaerts"),
        adult("Jos", "Van Acker"),
        adult("Maria", "Smets"),
        adult("Nadia", "El Idrissi"),
        adult("Bart", "Moens"),
      ],
    },
  },
  {
    name: "28-nl-wrong-check-digits-spaced-and-plain",
    covers:
      "national numbers with wrong check digits: spaced 'YY MM DD SSS CC' next to a written date (the date counts), plain 11 digits alone (birthDate null)",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "FW: IFG ME.33.L6.474988/2026",
      date: mailDate("2026-12-18", "09:05"),
      messageId: messageId("h28"),
      body: plain(report28),
    },
    expected: {
      isIncident: true,
      reference: "ME.33.L6.474988/2026",
      children: [child("Jasper", "Mortier", "2015-03-12"), child("Lies", "Mortier", null)],
      adults: [adult("Heidi", "Mortier"), adult("Geert", "Mortier")],
    },
  },
  {
    name: "29-nl-valid-plain-number-geboortedatum-onbekend",
    covers:
      "valid national number without separators next to 'geboortedatum onbekend' gives the date; a grouped valid number agrees with the written date; adults without dates",
    mail: {
      from: INTERVENTIE,
      to: JGP,
      subject: "IFG - PV DE.41.L5.478120/2026",
      date: mailDate("2026-12-21", "07:05"),
      messageId: messageId("h29"),
      body: plain(report29, { encoding: "base64" }),
    },
    expected: {
      isIncident: true,
      reference: "DE.41.L5.478120/2026",
      children: [child("Arthur", "Lemmens", "2019-04-27"), child("Julie", "Lemmens", "2012-11-05")],
      adults: [adult("Karolien", "Lemmens"), adult("Frank", "De Cock")],
    },
  },
  {
    name: "30-nl-reply-above-quoted-report",
    covers:
      "colleague's reply above a '> '-quoted mail whose report holds the children; the colleagues' first names (Els, Lien) are not people to list",
    mail: {
      from: "Devos Lien <lien.devos@police.example.be>",
      to: "Goossens Els <els.goossens@police.example.be>",
      cc: JGP,
      subject: "Antw: IFG - PV KO.52.L5.480067/2026",
      date: mailDate("2026-12-22", "08:35"),
      messageId: messageId("h30"),
      body: plain(report30, { encoding: "quoted-printable" }),
    },
    expected: {
      isIncident: true,
      reference: "KO.52.L5.480067/2026",
      children: [child("Wannes", "Desmet", "2016-01-24"), child("Marthe", "Desmet", "2018-05-11")],
      adults: [adult("Evy", "Vandeputte"), adult("Brecht", "Desmet")],
    },
  },
];
