import * as z from 'zod/mini';

const words = () => z._default(z.array(z.string().check(z.minLength(1))), []);

/** Words around a candidate that change what it is: "bahasa Inggris" is a language, not a country. */
export const ContextWordsSchema = z.object({
  /** Before a country name: it names a language ("bahasa", "berbahasa"). */
  languageBefore: words(),
  /** After a country name or demonym: it names a language or script ("language", "characters"). */
  languageAfter: words(),
  /** Joined by a hyphen before a country: a stance, not the state ("anti", "pro"). */
  stanceBefore: words(),
  /** Joined by a hyphen after a country: a stance ("friendly"). */
  stanceAfter: words(),
  /** Capitalised words that make a following country word part of a non-government name ("Bank", "Expo"). */
  organizationHeads: words(),
  /** Capitalised words after a country word that make it part of a name ("Panama Canal"). */
  nameHeadsAfter: words(),
  /**
   * Name heads that close a name only after another word ("Indonesia Investment Summit",
   * "US-Africa Business Summit"): right after the country word they name a meeting of the
   * parties, which keeps the country ("ASEAN-China Summit").
   */
  qualifiedNameHeadsAfter: words(),
  /**
   * Combining forms of a country's name with its ISO code ("Sino": CN, "Pak": PK): a country
   * only written against a hyphen and another country ("Sino-Thai", "Pak-China ties").
   */
  countryCombiningForms: z.record(z.string(), z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Month names and their numbers, both languages. */
  months: z.record(z.string(), z.number().check(z.int(), z.gte(1), z.lte(12))),
  /** Day names, both languages. */
  weekdays: words(),
  /** Words that make the number after them an identifier, not an amount ("pasal", "halaman", "No"). */
  identifierBefore: words(),
  /** Words after which a four-digit number is a year even before a currency word ("in 2024 won"). */
  yearBefore: words(),
  /** Parts of a year named before "of" ("by the end of 2016 and 232 billion crowns"): the number after is a year. */
  yearPeriodsBeforeOf: words(),
  /** Titles that are also given names: after another title they start the name ("Menteri Kehutanan Raja Juli Antoni"). */
  givenNameTitles: words(),
  /**
   * English roles (as the title resources write them) of offices over a province, regency or
   * city: the words after such a title start with the place ("Bupati Batang Rahmat Hidayanto").
   */
  jurisdictionRoles: words(),
  /**
   * Words written before a regency's or city's name ("Kabupaten Pati", "Kota Batu"): a word the
   * text names so is the jurisdiction after such a title, not the first word of a name.
   */
  jurisdictionHeads: words(),
  /**
   * English kinds of units a governor or mayor heads, written after the unit's name ("Kano
   * State", "Jeollabuk-do Province") or before it with "of" ("the State of Yap"): after
   * "Governor of" they end the jurisdiction, so the name that follows is the person's.
   */
  jurisdictionKinds: words(),
  /**
   * Prepositions of place ("di"): a capitalised word after one in the text names a place, so
   * after a regent's title it is the regency, not the first word of the name ("Bupati Batang
   * Wihaji" where the text also says "di Batang").
   */
  placePrepositions: words(),
  /**
   * Indonesian words that make the month before them a time ("Mei lalu", "Juni tahun ini"):
   * elsewhere a month's name after a name word goes on with the name ("Menteri Li Jun hadir").
   */
  monthTimeAfter: words(),
  /** Written against a number, they make it an ordinal, never an amount: "7th", "21st". */
  ordinalSuffixes: words(),
  /** Particles meaning "son/daughter of": the word after them is a person's name, whatever else it names ("bin Turki"). */
  patronymics: words(),
  /** The Arabic article, after which a country word written after a name is a family name (nisba): "Abdulaziz Al Saudi", "Al-Kuwaiti". */
  nisbaArticles: words(),
  /** "Ibu", "Mrs", "istri", "wife": before a given name and a leader's full name they name his wife ("Ibu Wury Ma'ruf Amin", "sang istri Widya Murad Ismail"). */
  womenAddresses: words(),
  /** "Jr", "Sr": a name ending in one keeps the dot written after it ("Ferdinand Marcos Jr."). */
  generationalSuffixes: words(),
  /** Prepositions of place: a city's name after one is the city, though a leader in the text bears it as a surname ("in Muscat"). */
  locativePrepositions: words(),
  /** Words joining the items of a list ("Japanese and Korean"). */
  listJoiners: words(),
  /** A word that makes the number before it a rank, not a count: "lima besar" (the top five). */
  rankingWordsAfterNumber: words(),
  /**
   * Indonesian verbs and adjectives with no prefix that follow a number as its predicate ("150
   * hadir", "20 tewas"): a word after a number that no list knows is what it counts, these not.
   */
  predicatesAfterNumber: words(),
  /** Function words that may stand between a number and what it counts ("two other children"). */
  countAdjectives: words(),
  /** Academic titles that may stand inside a chain of honorifics before a name ("Datuk Seri Dr Zambry Abd Kadir"). */
  innerNameTitles: words(),
  /** Styles of address of several words, read like those titles ("Yang Berhormat", the Malay "The Honourable"). */
  courtesyPhrases: words(),
  /** Prepositions that make "one" and a singular noun an idiom rather than a count ("at one point", "on one side"). */
  idiomPrepositions: words(),
  /** Words that make a commander's title a one- or two-star rank ("Rear Adm.", "Brig. Gen."). */
  militaryRankModifiers: words(),
  /** Indonesian grades after a rank's word that make it a one- or two-star rank ("Laksamana Muda" is Laksda, a rear admiral): no command on its own. */
  rankGradesAfter: words(),
  /**
   * Ranks of the armed forces and police written between an office and its holder's name
   * ("Gubernur Sulawesi Tenggara, Mayjen TNI (Purn.) Andi Sumangerukka"): part of neither.
   * No office themselves, so that a general named alone is no leader.
   */
  serviceRanks: words(),
  /**
   * Academic degrees written after a name ("Dominggus Mandacan MSi", "Ade Yasin SH, MH"),
   * exactly as written, dotted forms joined ("M.Si", "S.H."): the name ends before them.
   * Not `degreesAfterName`, which keeps a bracketed word from being a nickname and so lists
   * no two-letter degree ("MA", "SH"), as two capitals in brackets are often initials.
   */
  academicDegrees: words(),
  /** Words after such a rank that grade it or name the service or the retired ("Madya", "TNI", "Pol", "Purn"). */
  serviceRankTails: words(),
  /** Those of the tails that mark the retired ("Purn"): a rank so marked commands nothing. */
  retiredRankTails: words(),
  /** Honorifics written before a name, which a short form may follow ("Datuk Anwar", "Sheikh Tamim"). */
  nameHonorifics: words(),
  /**
   * Spellings of one name word that transliterations interchange ("Mohammed", "Mohamed",
   * "Muhammad"): a gazetteer name of three words or more written with one matches the text
   * written with another. Shorter names are left as written: "Muhammad Hasan" is too common
   * a name to stand for the leader spelled "Mohamad Hasan".
   */
  nameSpellingVariants: z._default(z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2))), []),
  /** Points of the compass that end a region's name ("Kutai Timur", "Sumba Barat Daya"). */
  compassWords: words(),
  /** Words that start a region's name before a capitalised word ("Kepulauan Aru", "Kepulauan Sula"). */
  regionPrefixes: words(),
  /**
   * Words before a list of demonyms that names languages when the list ends the clause:
   * "drawn up in Kazakh, Kyrgyz and Russian.", not "in Russian territory".
   */
  languageMediumBefore: words(),
  /** "Menteri Haji dan Umrah setempat M Taufiq Alrabiah": after an office, the jurisdiction the text is about. */
  localJurisdictionWords: words(),
  /** "31-point-eight trillion won", "dua koma lima persen": the decimal point said as a word, its digits after it. */
  decimalPointWords: words(),
  /** "Known in French as ...": a name given in a demonym is given in a language. */
  namingVerbs: words(),
  /** Lower-case words after an English demonym that make it a noun for people ("young Taiwanese in the United States"), no country. */
  peopleAfterDemonym: words(),
  /** Verbs after "the" and an English demonym that make it a noun for people ("the Chinese are making"); not after a short form alone ("UAE and Saudi have"). */
  verbsAfterPeopleDemonym: words(),
  /** Nouns for a continent next to a country word, which then names the landmass: "benua Amerika", "the American continent". */
  continentWords: words(),
  /** Words before a title that make its holder a candidate for the office ("calon Gubernur"): no role, and no leader unless known. */
  candidacyBefore: words(),
  /** Words between a number and what it counts that make it a lower bound ("80 ribu lebih karyawan"): inside the amount. */
  plusWordsAfterNumber: words(),
  /** Words after "or" between a number and what it counts that make it a bound ("three or more children"): the number alone is the amount. */
  boundWordsAfterOr: words(),
  /** Words hyphenated onto a number that make it the size of the group named after them ("a 130-strong delegation"). */
  groupSizeWords: words(),
  /** Letters after a name in their own commas, between the name and its office ("Sosten Gwengwe, MP, Minister of Finance"). */
  postNominals: words(),
  /** Titles that are also family names, read as a name's last word where no name follows: "Minister Madeleine King said", "Julie Bishop". */
  titlesAlsoSurnames: words(),
  /** Nouns for a state between an office and the country it serves ("Menteri ... Komoditi Negara Malaysia"): part of neither name. */
  stateNounsBeforeCountry: words(),
  /**
   * Lower offices whose last word is a leader's title, no leader's: "Under Secretary of
   * Commerce", "Assistant Secretary of State" (but "under President Widodo").
   */
  subordinateTitles: words(),
  /**
   * Roles of a monarch's consort by the monarch's role, as the title resources write them
   * ("Queen": "King"): "King Harald and Queen Sonja" names the queen as his consort, no
   * office holder. A queen named alone may reign.
   */
  consortRoles: z._default(z.record(z.string(), z.string()), {}),
  /**
   * An organ of an international body, written after the body's name ("ECOWAS Commission",
   * "ASEAN Secretariat"): the office of a title goes on over it to the name.
   */
  bodyOrgans: words(),
  /**
   * The last word of a legislature's name ("National Assembly", "Parliament"): an office
   * "of the National Assembly of Kuwait" is that state's, as one "of Kuwait" is.
   */
  legislatureHeads: words(),
  /**
   * Words before a legislature's head that keep its name the state's own: after a country word
   * "National Congress" is its legislature ("the Palau National Congress"), and a country's
   * word inside a "Trades Union Congress" no state's.
   */
  legislatureModifiers: words(),
  /**
   * Words after "of" that make a body's name a state's organ: "the Iraqi Council of Ministers",
   * "the Czech Chamber of Deputies" are the state's, as "the Danish Refugee Council" is not.
   */
  stateOrganWordsAfterOf: words(),
  /**
   * One-word names of a state that name it only after "the": "the Emirates" is the UAE,
   * "Garuda dan Emirates" the airline; "the States" is the US.
   */
  statesNamedAfterArticle: words(),
  /**
   * Indonesian count nouns that take a count noun after them into what is counted:
   * "tujuh perwakilan investor" counts investors' representatives, where "dua orang
   * mahasiswa" and "4 juta dosis vaksin" count people and doses.
   */
  countNounsWithNounAfter: words(),
  /** Courtesy titles written in lower case before a name ("Wakil Wali Kota Manado dr Richard Sualang"). */
  lowerCaseCourtesyTitles: words(),
  /** "sekitar 2000 orang", "about 2000 people": a number they approximate is no year before a count noun. */
  approximatorsBeforeNumber: words(),
  /** Capitalised heads of bodies named by a number after "of" ("Group of 20", "Group of Seven"): no count. */
  numberedBodyHeads: words(),
  /**
   * Nouns for a government named after its leader ("the Albanese Labor government", "the
   * Starmer Labour government"): before one a capitalised word after the leader's surname is
   * his party, not more of a name.
   */
  governmentsAfterLeader: words(),
  /**
   * "sekaligus", "merangkap": between an office and the name they add a second post held at
   * the same time ("Wakil Ketua MPR RI sekaligus Anggota Komisi VIII DPR RI, Hidayat Nur
   * Wahid"); the name after the second post's comma holds the first.
   */
  concurrentPostJoiners: words(),
  /** "selaku", "sebagai" ("in his office as"): after a name they set an office off as a comma does ("Andi Wirawan selaku Menteri Perdagangan"). */
  capacityWordsAfterName: words(),
  /** Verbs between a name and the office it holds: "Syaukani menjadi Bupati Kukar", "Setya Novanto menjabat sebagai Ketua DPR", "Truss became prime minister". */
  officeVerbsAfterName: words(),
  /** Particles between such a verb and "as": "was sworn in as President", "took over as First Minister". */
  particlesAfterOfficeVerb: words(),
  /** Adverbs between a name and such a verb: "Idrus sudah menjadi Mensos". */
  adverbsBeforeOfficeVerb: words(),
  /** Words between an act's number and its year ("Perpres 5 Tahun 2024", "edaran 12 Tahun 2023"): the number is the act's, no duration. */
  actNumberYearWords: words(),
  /**
   * Capitalised words that after a country word name a unit inside a state, not the state: "the
   * Kara-Kyrgyz Autonomous Region", "the Russian Soviet Federative Socialist Republic", "the
   * Uzbek SSR". ("the Soviet Union" stays the state.)
   */
  subnationalUnitWords: words(),
  /** Words that make a body joint after its head noun ("Komisi Bersama RI-Afsel"): the country words after them are part of its name. */
  jointBodyWords: words(),
  /**
   * The state's form in its official name, one mention with the country: "Republik
   * Singapura", "Kerajaan Thailand"; in English before "of": "Republic of Singapore".
   */
  stateFormWords: words(),
  /** Words between a state's form and its name, or before the form: "Republik Sosialis Vietnam", "Socialist Republic of Vietnam". */
  stateFormModifiers: words(),
  /** Words that open a company's name ("PT Toyota Motor Manufacturing Indonesia"): a country word in it is the company's. */
  companyPrefixes: words(),
  /** "KRI", "USS", "HMS": open a ship's name, which is no person's ("KRI dr. Radjiman Wedyodiningrat"). */
  vesselPrefixes: words(),
  /**
   * Words of a business or civic body's name ("Persatuan Pengusaha Penggilingan Beras", "Thai Rice
   * Exporters Association", "Yayasan ..."): its chair is no leader, and a country word ending it is the body's.
   */
  businessBodyWords: words(),
  /** Words of a political party's name ("Partai Komunis Vietnam"): a country word ending it is the party's, but its chair may be a leader. */
  politicalPartyWords: words(),
  /** Offices in the plural before a list of names: "ministers Ji Peiding, Jiang Yikang and Wang Yang". */
  pluralOffices: words(),
  /** Words that put the office after them in the plural, before a list of names: "para bupati seperti Arief Rohman (Blora), Sudewo (Pati)". */
  pluralMarkers: words(),
  /** Number words in set phrases, no counts: "two-state solution", "one-sided", "solusi dua negara" (the word before may belong to the phrase). */
  countIdioms: words(),
  /** Words before an office that make the name after it an aide's: "Juru bicara Wakil Presiden, Dimas Prasetyo". */
  aidesBefore: words(),
  /** Words after an aide's word and before the office: "asisten pribadi Menpora Miftahul Ulum" is the minister's aide. */
  aideQualifiers: words(),
  /** Heads of a street's, airport's or building's name, before which an office names no one: "Jl Jenderal Sudirman". */
  namedPlaceHeads: words(),
  /** Words right before a ship's name, in any case: "kapal induk Charles de Gaulle", "USS Ronald Reagan". */
  vesselWordsBeforeName: words(),
  /** Words that bring a companion after a person: "Raja Willem-Alexander bersama Ratu Maxima" (a consort, not a second monarch). */
  companionWords: words(),
  /** After a comma, the word that says the name before it is a nickname: "Busan, sapaan akrabnya". */
  nicknameBefore: words(),
  /** Words a nickname follows: "Budi Santoso, yang akrab disapa Busan". */
  nicknameAfter: words(),
  /** After a name, its comma and an adverb, the phrase that introduces its nickname: "Rao, popularly known as KTR". */
  nicknamePhrasesAfterName: words(),
  /** Between a leader's full name and a one-word nickname: "Budi Santoso atau Busan", "alias". */
  nicknameOr: words(),
  /** Of nicknameOr, the words that name the same person only, so may introduce a nickname of several words ("alias Cok Ace"), where "atau" may join another's name. */
  nicknameAliases: words(),
  /**
   * Company offices that turn a title before them into a company's ("Presiden Direktur",
   * "President Commissioner"); before a country word they end the company's name, the country
   * being the office's territory ("Saudia Airlines Country Manager Indonesia").
   */
  corporateOffices: words(),
  /**
   * Fractions in the plural with their denominators, never what a number counts: written
   * against a number word they are a share ("three-quarters of the vote" is 75 %).
   */
  fractionNouns: z.record(z.string(), z.number().check(z.int(), z.gte(2))),
  /**
   * Indonesian numeral classifiers, which stand between a number and what it counts ("lima
   * buah kapal"). Any other word there is what is counted, the rest its modifier ("1.542
   * perwakilan perusahaan"): Indonesian puts the head noun first.
   */
  countClassifiers: words(),
  /**
   * Indonesian words of money after which a scaled number is a sum even with its currency
   * left out ("dana 14 milyar yang", "bernilai 2,8 miliar,"): the paragraph's last currency,
   * else the rupiah.
   */
  moneyNouns: words(),
  /** Lower-case words between an office in the plural and the names it lists: "ministers who included", "such as", "termasuk". */
  listLeadIns: words(),
  /** Verbs of saying that may follow an office set off after a name, with no comma: "Tadeusz Kościński, the Polish Finance Minister told reporters". */
  speechVerbs: words(),
  /** Words naming the government a former office served under, between the office and the name: "Menteri Perdagangan di Era Joko Widodo, Thomas Lembong". */
  eraWords: words(),
  /** Prepositions before an era word: "di era", "pada era". */
  eraPrepositions: words(),
  /** English verbs a title-case headline puts between a leader and an event: "Putin Holds Talks", not a body named after him ("Nehru Port Authority"). */
  headlineVerbs: words(),
  /** Words that open a range ("dari 4,5 menjadi 5 persen", "from 9.9 million doses to 20 million"). */
  rangeOpeners: words(),
  /** Range words that join two numbers only after a range opener: "dari 4,5 menjadi 5 persen", "dari 5 ke 7 persen". */
  openedRangeWords: words(),
  /**
   * ISO 4217 codes that are also English words in capitals ("ALL", "TOP"): a currency only where
   * a language's currency data writes the code itself, never as the code of a currency it names.
   */
  currencyCodesAlsoWords: words(),
  /** Indonesian words before a sum converted from another currency ("513.000 US Dollar atau setara 7,1 miliar"): rupiah, with the currency left out. */
  rupiahConversionWords: words(),
  /** Words between an office's title and its portfolio, ending in "of" or "for": "Minister in charge of Trade", "Minister responsible for Trade". */
  officeLeadIns: words(),
  /** Words that qualify an office set off after a name without changing it: "Mohamed El Rikabi, the federal Minister of Finance", "the newly appointed Minister". */
  officeQualifiers: words(),
  /**
   * Words that open a share of the sum just named ("153 million euros, of which 60 million",
   * "Rp10 triliun, di antaranya 4 triliun"): a scaled number right after one, with nothing
   * counted after it, is money in that sum's currency.
   */
  moneyShareOpeners: words(),
  /**
   * Words before a counted noun that make it the subject whose number the sentence gives
   * ("jumlah wisatawan ... sejumlah 1,256 juta", "the number of companies ... is over 1600,"):
   * a number with nothing counted after it, later in that sentence, counts that noun.
   */
  countSubjects: words(),
  /**
   * Nouns that name a number of things themselves ("kuota", "quota"): a number with nothing
   * counted after it, later in their sentence, counts them as a subject's noun does.
   */
  countingNouns: words(),
  /**
   * Words that open a share of the count just named ("150 countries, including 22", "another
   * 20", "di antaranya 6"): a bare number after one counts the same noun.
   */
  countShareOpeners: words(),
  /** Words right before a bare number that make it no count of the noun said before: an age ("aged 18"), an index's level ("ke level 6.046", "support di 8.080"). */
  elidedCountBlockers: words(),
  /**
   * Words after a bare number that make it the subject of a verb or a share ("Six were
   * delivered", "82 of which", "20 lainnya"): near a count it counts the same noun.
   */
  elidedCountFollowers: words(),
  /**
   * Words of voting next to a tally of numbers joined by hyphens ("voted 285-3", "Voting
   * 21-0-1", "a 5-4 vote"): each number of the tally counts votes.
   */
  voteTallyWords: words(),
  /** Verbs of a chamber's decision right before a tally, perhaps after a comma: "approved 40-3", "adopted, 216-210". */
  tallyVerbs: words(),
  /** Modal verbs: before "one day" it means some day, no duration ("Ukraine will one day join"). */
  modalVerbs: words(),
  /** Nouns of unnamed sources: after "one" they say who spoke, not how many ("one official told", "said one diplomat"). */
  anonymousSourceNouns: words(),
  /** Between an exchange rate's number and the currency it is quoted against: "16.806 per dolar AS", "160.88 against the dollar". */
  exchangeRateWords: words(),
  /** Lower-case words of a civic body before its head's lower-case title: "electoral commission president", "football federation president". */
  civicBodyWordsBeforeTitle: words(),
  /** Scale words of Indian numbering: a sum in them with no currency written is in rupees ("senilai 3.800 crore"). */
  rupeeScaleWords: words(),
  /** Before a term of office's years after a unit ("Bupati Lampung Utara periode 2014–2019, ..."). */
  termWords: words(),
  /** Between "of" and the whole in a share of a count ("15 of the 182 candidates", "58 of its members"). */
  partitiveDeterminers: words(),
  /** "hakim ketua", "Ketua Majelis Hakim": a court's presiding judge, titled like a chair but no leader. */
  judgeWords: words(),
  /**
   * Words of a rate after a sum ("P20 per kilo", "P4000 monthly"): after a prefix that is money
   * only before a scale, and the text's own scaled sums in it, they make the number money too.
   */
  rateWordsAfterSum: words(),
  /** Words between a measure and the period it is given per: "cubic metres per day", "ton setiap tahun". */
  rateWordsBeforePeriod: words(),
  /** Words after a period that make it a time, not a rate's: "5 tonnes a year ago", "a year on". */
  timeRelationsAfterPeriod: words(),
  /**
   * Heads of a ministry's units that are named by region ("Direktur Amerika 1", "Dirjen Amerika
   * dan Eropa"): a country word right after one, or after one and the ministry's name, is the
   * unit's region, not the state.
   */
  regionUnitHeads: words(),
  /**
   * Buildings named after an office ("kantor", "rumah dinas"): "di Kantor Wali Kota Batam,
   * Batamkota" gives the building's address after the comma, not the office holder's name.
   */
  officeBuildings: words(),
  /**
   * Javanese court styles before a royal title word: "Gusti Kanjeng Ratu (GKR) Mangkubumi",
   * "Kanjeng Pangeran Haryo Notonegoro" name a princess and a prince consort, not a queen
   * and a prince of a state; nor is a name opening with one an office holder's.
   */
  nobleStylesBeforeTitle: words(),
  /** Words between a counted noun and its number when the noun comes first: "proyek sebanyak 455". */
  quantityIntroducers: words(),
  /**
   * Points of the compass, and words of a part of a land ("Peninsular"), that make a country
   * word right after them a region's ("West Australian", "East Malaysia", "Peninsular
   * Malaysia"), where the two are no country's name together ("South Korean", "East Timor"
   * are listed as such and matched first).
   */
  regionCompassWords: words(),
  /**
   * Points of the compass written after their noun ("Jawa Timur"): before a country word they
   * make it a region's only after a capitalised noun ("Kawasan Timur Indonesia"), not after a
   * word in lower case ("di Selatan India", in its south) or a place's name they end
   * ("Sulawesi Utara Indonesia").
   */
  compassWordsAfterNoun: words(),
  /**
   * First words of government bodies: "Kementerian Luar Negeri Brasil" names Brazil's
   * ministry, while "Toyota Indonesia" is a company's arm and not the country.
   */
  governmentHeads: words(),
  /** Range words between two numbers: "hingga", "sampai", "to", "and". */
  rangeWords: words(),
  /** "timpalannya", "counterpart": introduce a leader like a title does. */
  counterpartWords: words(),
  /**
   * "Deputy President Kithure Kindiki ... his predecessor, Rigathi Gachagua": introduce a
   * leader like a counterpart's word, where a leader is named shortly before in the paragraph
   * (a coach's or a chief executive's predecessor is none).
   */
  successionWords: words(),
  /** Capitalised words of a ministry's portfolio that sit between a title and a name ("Menteri Pendidikan Tinggi, Sains, dan Teknologi Brian Yuliarto"). */
  portfolioWords: words(),
  /** Words and marks that join portfolio words ("dan", ",", "of"). */
  portfolioJoiners: words(),
  /**
   * Words for the head of an organisation that are no title on their own ("kepala", "chief",
   * "head", "executive director"): next to an intergovernmental organisation they introduce
   * its leader ("Kepala IAEA X", "IAEA chief X", "head of the IAEA X", "WFP Executive
   * Director X"). An entry may be several words, separated by spaces.
   */
  organizationHeadWords: words(),
  /** Before an organisation-head word, a deputy's ("Wakil Kepala Otorita IKN X", "deputy head of the IAEA X"): no leader. */
  deputyWords: words(),
  /** Academic degrees written after a name ("Abiy Ahmed (PhD)"): in brackets no nickname (see `academicDegrees`). */
  degreesAfterName: words(),
  /**
   * States whose ministries are run under the minister by a career civil servant titled
   * "Secretary" (South Asia: "Foreign Secretary Vikram Misri", "Commerce Secretary Md Mahbubur
   * Rahman"), and the last words of such titles: there a title ending in one names no leader
   * the gazetteer does not know.
   */
  civilServiceSecretaries: z._default(
    z.object({ states: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))), titleWords: z.array(z.string().check(z.minLength(1))) }),
    { states: [], titleWords: [] },
  ),
});
export type ContextWords = z.infer<typeof ContextWordsSchema>;
