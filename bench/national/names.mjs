// Word lists for the national data set: common Latvian first names and surnames (each surname in
// its masculine and feminine form), combined at random, so no generated person is a real one;
// invented place names for VSAC branches and institutions; course titles of the DI programme.

export const FEMALE_FIRST = [
  'Anna', 'Marija', 'Kristīne', 'Inese', 'Ilze', 'Līga', 'Laura', 'Sandra', 'Dace', 'Ieva',
  'Evija', 'Santa', 'Zane', 'Linda', 'Agnese', 'Jeļena', 'Olga', 'Anita', 'Gunta', 'Baiba',
  'Inga', 'Aija', 'Madara', 'Elīna', 'Dagnija', 'Velta', 'Rasma', 'Vija', 'Sarmīte', 'Iveta',
  'Solvita', 'Ināra', 'Māra', 'Ligita', 'Daiga', 'Signe', 'Katrīna', 'Elza', 'Alise', 'Rūta',
];

export const MALE_FIRST = [
  'Jānis', 'Andris', 'Mārtiņš', 'Pēteris', 'Edgars', 'Kaspars', 'Aivars', 'Juris', 'Raivis', 'Roberts',
  'Artūrs', 'Māris', 'Uldis', 'Guntis', 'Normunds', 'Valdis', 'Dainis', 'Oskars', 'Ivars', 'Gints',
  'Sergejs', 'Aleksandrs', 'Nikolajs', 'Viktors', 'Kārlis', 'Toms', 'Rihards', 'Armands', 'Ainārs', 'Jurģis',
];

/** [masculine, feminine] */
export const SURNAMES = [
  ['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Jansons', 'Jansone'], ['Ozols', 'Ozola'],
  ['Liepiņš', 'Liepiņa'], ['Krūmiņš', 'Krūmiņa'], ['Balodis', 'Balode'], ['Eglītis', 'Eglīte'], ['Zariņš', 'Zariņa'],
  ['Pētersons', 'Pētersone'], ['Vītols', 'Vītola'], ['Kļaviņš', 'Kļaviņa'], ['Kārkliņš', 'Kārkliņa'], ['Vanags', 'Vanaga'],
  ['Lapiņš', 'Lapiņa'], ['Jurševskis', 'Jurševska'], ['Siliņš', 'Siliņa'], ['Āboliņš', 'Āboliņa'], ['Grīnbergs', 'Grīnberga'],
  ['Zeltiņš', 'Zeltiņa'], ['Ivanovs', 'Ivanova'], ['Petrovs', 'Petrova'], ['Kuzņecovs', 'Kuzņecova'], ['Rudzītis', 'Rudzīte'],
  ['Strazds', 'Strazda'], ['Circenis', 'Circene'], ['Daugavietis', 'Daugaviete'], ['Pumpurs', 'Pumpure'], ['Cīrulis', 'Cīrule'],
  ['Sproģis', 'Sproģe'], ['Mežs', 'Meža'], ['Kalējs', 'Kalēja'], ['Skujiņš', 'Skujiņa'], ['Bite', 'Bite'],
  ['Līcis', 'Līce'], ['Dzenis', 'Dzene'], ['Gailītis', 'Gailīte'], ['Bērtulis', 'Bērtule'], ['Sīpols', 'Sīpola'],
  ['Akmentiņš', 'Akmentiņa'], ['Upītis', 'Upīte'], ['Vilks', 'Vilka'], ['Lācis', 'Lāce'], ['Krastiņš', 'Krastiņa'],
  ['Briedis', 'Briede'], ['Priede', 'Priede'], ['Smilga', 'Smilga'], ['Pūce', 'Pūce'], ['Kronbergs', 'Kronberga'],
  ['Šmits', 'Šmite'], ['Volkovs', 'Volkova'], ['Pavlovs', 'Pavlova'], ['Leitis', 'Leite'], ['Dimza', 'Dimza'],
  ['Sprūds', 'Sprūde'], ['Ābele', 'Ābele'], ['Puriņš', 'Puriņa'], ['Zvaigzne', 'Zvaigzne'], ['Roze', 'Roze'],
];

/** Invented place-like names (stems that sound Latvian; not a list of real places). */
export const PLACES = [
  'Ābeļkalni', 'Bērzlejas', 'Dzirnavkalni', 'Egļupes', 'Gaujmalas', 'Ievlejas', 'Kalnāji', 'Lazdukalni', 'Liepsalas', 'Meždārzi',
  'Ozolmuiža', 'Priedaine', 'Rudzukalni', 'Saulgrieži', 'Silmalas', 'Skujenes', 'Straumēni', 'Upmalas', 'Vējkalni', 'Zīļukalni',
  'Avotkalni', 'Bitēni', 'Cielavas', 'Dārzciems', 'Ezerlejas', 'Gaiļupes', 'Irbītes', 'Jaunzemes', 'Kārklāji', 'Lejasmuiža',
  'Mazsalas', 'Niedrāji', 'Pļavmalas', 'Riekstkalni', 'Smilgāji', 'Tīrumnieki', 'Vītolkalni', 'Zaļkalni', 'Krūmāji', 'Ozolkalni',
];

/** Real planning regions have real municipalities; these are the current ones the reference list lacks, by region. */
export const MUNICIPALITIES = {
  KPR: ['Kuldīgas novads', 'Ventspils novads', 'Talsu novads', 'Saldus novads', 'Dienvidkurzemes novads', 'Liepājas pilsēta', 'Ventspils pilsēta'],
  VPR: ['Cēsu novads', 'Madonas novads', 'Gulbenes novads', 'Smiltenes novads', 'Valkas novads', 'Alūksnes novads', 'Valmieras novads', 'Varakļānu novads'],
  ZPR: ['Jelgavas novads', 'Jelgavas pilsēta', 'Bauskas novads', 'Dobeles novads', 'Aizkraukles novads', 'Jēkabpils novads'],
  RPR: ['Rīgas pilsēta', 'Siguldas novads'],
  LPR: ['Augšdaugavas novads', 'Līvānu novads'],
};

/** The VSAC of each region (Latgale's is in the reference data). */
export const VSAC_NAMES = { KPR: 'VSAC "Kurzeme"', RPR: 'VSAC "Rīga"', VPR: 'VSAC "Vidzeme"', ZPR: 'VSAC "Zemgale"', LPR: 'VSAC "Latgale"' };

export const PROVIDER_WORDS = ['Atbalsts', 'Cerība', 'Saules stars', 'Tilts', 'Kopā', 'Līdzās', 'Mājas', 'Pakāpieni', 'Gaisma', 'Sirds siltums', 'Zīle', 'Dzīvesprieks'];

/** [title in Latvian, title in English] */
export const COURSES = [
  ['Sociālā mentora pamatkurss', 'Social mentor basics'],
  ['Atbalsta personas darbs sabiedrībā', 'Support person in the community'],
  ['Komunikācija ar cilvēkiem ar intelektuālās attīstības traucējumiem', 'Communicating with people with intellectual disabilities'],
  ['Alternatīvā un augmentatīvā komunikācija', 'Augmentative and alternative communication'],
  ['Krīzes situāciju atpazīšana un vadība', 'Recognising and handling crises'],
  ['Pāreja no institūcijas uz sabiedrībā balstītiem pakalpojumiem', 'From institution to community-based services'],
  ['Personas vajadzību izvērtēšana', 'Assessing a person’s needs'],
  ['Individuālā atbalsta plāna sastādīšana', 'Writing an individual support plan'],
  ['Grupu dzīvokļa darbinieku apmācība', 'Training for group home staff'],
  ['Dienas aprūpes centra darba organizācija', 'Running a day care centre'],
  ['Supervīzija sociālajā darbā', 'Supervision in social work'],
  ['Ētika un konfidencialitāte sociālajos pakalpojumos', 'Ethics and confidentiality in social services'],
  ['Pirmā palīdzība aprūpes darbā', 'First aid in care work'],
  ['Cilvēktiesības un invaliditāte', 'Human rights and disability'],
  ['Bērnu ar funkcionāliem traucējumiem attīstības atbalsts', 'Supporting children with functional impairments'],
  ['Audžuģimeņu un aizbildņu atbalsts', 'Supporting foster families and guardians'],
  ['Pozitīvs uzvedības atbalsts', 'Positive behaviour support'],
  ['Sadarbība ar ģimenēm un tuviniekiem', 'Working with families'],
  ['Profesionālā izdegšana un pašpalīdzība', 'Burnout and self-care'],
  ['Specializēto darbnīcu pakalpojums', 'Specialised workshops'],
  ['Jauniešu mājas pakalpojums', 'The youth home service'],
  ['Ģimenes asistenta darbs', 'Family assistant work'],
  ['Digitālās prasmes klientu atbalstam', 'Digital skills for supporting clients'],
  ['Sociālās rehabilitācijas metodes', 'Methods of social rehabilitation'],
];
