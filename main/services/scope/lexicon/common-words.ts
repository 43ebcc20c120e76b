// Ordinary words (folded, en/es/fr/de) that are never read as misspelt medical terms, so
// "cancel" is not "cancer", "humor" not "tumor" and "minus" not "sinus".
const COMMON_WORDS = `
the a an and or but if then than that this these those there their they them what which who whom whose when where why
how is are was were be been being have has had do does did done can could will would shall should may might must
not no yes of in on at to for from by with about into over under after before between through during without
within along across behind beyond near off out up down again further once here all any both each few more most other
some such only own same so too very just also now new old good bad best better worst first last long great little
big small high low large young early late right left next own time year years day days week weeks month months
people person man men woman women child children world life work way thing things part place case point group
number fact hand eye head house home water money story family city country state school company system program
question government night area book word words business issue side kind mind game games line end member law car cars
name team minute idea body information back parent face others level office door health art war history party result
change morning reason research girl guy moment air teacher force education
capital france paris spain germany london city river mountain ocean planet earth moon sun star stars
acciones accion stitch cancel canceled cancelled humor humour minus bonus sinus-never tumor-never colon-never
counter center centre letter better butter matter master faster poster sister mister
paper water later layer player prayer power tower flower shower lower
pressure measure treasure pleasure leisure closure exposure
nation station motion notion potion lotion option portion action fraction traction reaction relation
stations concerts migrate migrated migrates farmacia farmacias
station creation location vacation emotion promotion solution pollution revolution evolution constitution
antivirus malware computer computers laptop phone phones battery batteries software hardware network internet email password
python javascript java code coding function variable array string class object server database
recipe recipes cook cooking bake baking bread cake pizza pasta sauce salad soup chicken beef pork rice
football soccer basketball tennis golf baseball hockey movie movies film films song songs music band album
weather rain snow wind storm summer winter spring autumn garden plant plants tree trees flower flowers
dog dogs cat cats horse horses bird birds fish pet pets cow cows
travel trip flight flights hotel train bus ticket tickets price prices cost costs buy sell market stock stocks
write wrote written read reading learn learning teach explain describe define list compare tell give make made
cause causes because effect effects affect
mention mentions addition edition nutrition-never position condition-never
cancer-never
tumble tumbler humble fumble rumble bumble
stroke-never
caner canter center
diets dietary
dosage-never
virus-never
patient-never
rash-never
ulcer-never
renal-never
liver-never
sever severe sever-never
cell cells
cold colds
fever-never
`;

/** Folded ordinary words; entries ending in "-never" are markers, not words. */
export function commonWords(): Set<string> {
  return new Set(COMMON_WORDS.split(/\s+/).filter((word) => word.length > 0 && !word.endsWith('-never')));
}
