/**
 * Common first names in Belgium (Flemish, French, Arabic, Turkish, Polish, Romanian, Congolese…),
 * children's and parents' generations. Only a tie-breaker: when nothing else in the mail says
 * which word of "Lore Claes" / "Peeters Emma" is the first name. Words that are also frequent
 * Belgian surnames (Martin, Simon, Thomas, Lambert, Laurent, Vincent, Michel, Bernard, Robert,
 * Denis, Henry, Ali, Ahmed, Hassan…) are left out on purpose: a wrong cue is worse than none.
 * Hand-written: no maintained library carries Belgian first names, and a few hundred suffice.
 */

const NAMES = `
emma louise olivia mila lina elena nora noor marie julia lore lotte fien hanne ella lisa sofia
liv anna ellie elise amelie jade juliette lucie lea chloe zoe alice camille charlotte clara eva
febe fleur ines jana lena lieze luna margot maud mona nina paulien roos sara sarah stien tess
tessa yana zita axelle ava aya amira yasmine malak hiba maryam meryem inaya aaliyah rania salma
soumaya olivia nore jolien eline elien ellen elisa emilie emily evi evy fenna floor hailey helena
ilse jente jill jitse joke josefien julie kato kaat katrien laura lauren leen lien lies liesbeth
lindsey lise lotte lynn manon marthe mathilde merel mirte nele nienke noa noemie noortje norah
oona phebe pauline renske rosalie saar sanne sien silke sofie soetkin stefanie tine valerie
veerle vera wende yara zara zoë amber anouk britt dagmar dana demi dewi elif esma fay fleur
gitte hajar hanna heleen imke ines isa isabel jasmien jolien kiara kim lara leonie lola lucie
marit maya mira nathalie nikita pien romy ruth sam sandra sophie tara tamara elke els evelien
an ann anne annick annelies ingrid marleen mieke kathleen nicole chantal brigitte monique
griet hilde inge karen kelly kristel leentje lieve magali martine nancy nadia patricia sabine
sylvie vanessa virginie stephanie stéphanie isabelle celine aurelie caroline catherine christine
nathalie sandrine veronique melanie audrey delphine emilie laetitia marine morgane oceane ophelie
justine maelle maeva lilou louna lou romane eloise elsa jeanne agathe apolline capucine victoire
zelie rose anais clemence lily
noah liam louis lucas arthur jules adam finn mathis victor leon elias vic nand mats wout seppe
warre stan lars jonas thibo milan kobe lowie rune mauro ferre jasper robbe senne siebe tuur
wannes lander xander niels pieter jan tom bram daan emiel gust jef staf cas thijs tijl tibo
briek mil otis oscar achiel felix gabriel raphael hugo nathan theo enzo ethan sacha maxime
alexandre baptiste clement corentin florian guillaume julien nolan quentin romain samuel tristan
valentin arno aaron alexander axel bas ben benjamin bert bjorn brent cedric dries dylan ewout
fabian ferdinand gerben glenn hannes ilias ilyas imran jarne jelle jens jesse jonah
joppe jorben jordi jorn joren kasper kian kilian lukas luca lenny maarten manu matteo mattias
mathias maxim michiel mohamed mohammed muhammed nils olivier oliver pepijn quinten
rayan remi rik ruben rube sander sebastiaan sem siemen stijn sven teun thor tibe timo
tobias toon vince wim xavier yannick yente zeno
bart filip kris peter koen dirk geert steven kristof jeroen joris gert dieter jurgen frank
marc luc patrick philippe frederic christophe sebastien jean pierre eric didier
alain andre yves jacques paul serge thierry pascal fabrice olivier johan erik guy
rudi rudy werner hans ronny danny
youssef yusuf ayoub bilal amir ismail anas hamza zakaria omar othmane mehdi nassim karim samir
sami walid yassin yassine soufiane anouar reda younes aymane badr khalid ilyas idris
yahya souhaib adnane imad hicham rachid mustapha abdel abdelkader abdellah nabil tarik driss
yasmina nour imane soukaina meriem fatima khadija zineb nisrine ikram malika hanane samira naima
latifa assia sanae dounia ghizlane houda kawtar najat siham nadia amal asmae chaimae hafsa
ilham safae wiam yousra loubna
mehmet mustafa ahmet emre kerem burak efe eymen mirac yigit berat emir alperen oguz huseyin
 zeynep ayse ecrin defne eylul hiranur nisanur esra busra merve melek azra asya zehra
beyza ela fatma emine hatice derya selin sude irem sena tuana elanur
jakub kacper szymon mateusz michal piotr andrei alexandru ionut mihai darius maja zuzanna
natalia oliwia ioana maria bianca andreea daria anastasia sofiya oksana olena
grace divine merveille exauce gloire precieuse benedicte christelle jordan kevin junior ange
prince chancelle emmanuel josue elie
`;

/** Lower case without accents, so "Zoë" and "ZOE" look up the same. */
function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const FIRST_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean).map(fold));

/** True when the word (or every part of a hyphenated word: "Anne-Sophie") is a common first name. */
export function isCommonFirstName(word: string): boolean {
  const parts = fold(word).split(/[-‐]/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => FIRST_NAMES.has(p));
}
