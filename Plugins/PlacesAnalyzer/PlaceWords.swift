import Gazetteer

/// The small closed word classes the matcher reasons with. Folded, lower-case.
enum PlaceWords {
    /// Words that may sit inside a name between capitalized words: "Bosnia and Herzegovina",
    /// "Democratic Republic of the Congo", "Rio de Janeiro", "Møre og Romsdal".
    static let connectors: Set<String> = [
        "of", "the", "and", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "di", "upon", "on",
        "y", "al", "el", "es", "en", "am", "im", "sur", "los", "las", "van", "von", "bin", "kwa", "og",
    ]

    /// Lower-case words that open the surname after a given name ("Dennis van Engelsdorp").
    static let surnameParticles: Set<String> = ["van", "von", "de", "da", "di", "del", "della", "der", "den", "bin", "ibn", "al", "el", "le", "la", "dos", "das", "du"]

    /// Lower-case words that join the parts of Spanish, Portuguese, Italian and French names of
    /// squares, streets and buildings: "Plaza de Mayo", "Puerta del Sol", "Piazza della Signoria".
    /// (All begin with "d", which `startsLongerRomanceName` tests first.)
    static let romanceParticles: Set<String> = ["de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "des", "du"]

    /// Offices after a type word: "Brooklyn District Attorney", "Denver District Judge",
    /// "California State Senator", "Westminster City Council". The type word belongs to the
    /// office's title, not to the place, which is the name before it.
    static let offices: Set<String> = [
        "attorney", "attorneys", "judge", "judges", "court", "courts", "senator", "senators", "representative",
        "assembly", "assemblyman", "assemblywoman", "legislature", "legislator", "prosecutor", "prosecutors",
        "sheriff", "commissioner", "council", "councilman", "councilwoman", "councillor", "police", "board",
        "treasurer", "auditor", "comptroller", "controller", "coroner", "clerk",
    ]

    /// Titles after a name that say what kind of place has the office: "New York Governor
    /// Andrew Cuomo" (the state), "Kharkiv Governor Oleh Syniehubov" (the oblast), "London
    /// Mayor Sadiq Khan" (the city). Outside the name, like a lower-case type word.
    static let officeHints: [String: PlaceKindHint] = [
        "governor": .admin, "governors": .admin, "gov": .admin, "governorship": .admin, "gubernatorial": .admin,
        "mayor": .city, "mayors": .city, "mayoral": .city,
    ]

    /// A word after a name that says what kind of place it is, and which entries fit:
    /// "Kharkiv Oblast", "Donetsk region", "Scott County", "Oskil River".
    static let typeWords: [String: PlaceKindHint] = [
        "oblast": .admin, "region": .admin, "province": .admin, "state": .admin, "prefecture": .admin,
        "governorate": .admin, "krai": .admin, "kray": .admin, "territory": .admin, "canton": .admin,
        "county": .district, "district": .district, "raion": .district, "rayon": .district, "municipality": .district,
        "parish": .district, "borough": .district, "city": .city, "town": .city, "village": .city,
        "river": .water, "lake": .water, "sea": .water, "bay": .water, "gulf": .water, "strait": .water,
        "reservoir": .water, "canal": .water, "island": .land, "islands": .land, "peninsula": .land,
        "mountains": .land, "mountain": .land, "hills": .land, "valley": .land, "desert": .land, "plateau": .land,
        "delta": .land, "forest": .land, "coast": .land, "creek": .water,
    ]

    /// A division's type word in the plural, before a list through "of" or after its last item:
    /// "the states of Minas Gerais, Rio de Janeiro and Sao Paulo", "Kaduna, Katsina and Zamfara
    /// states". It says of every item what the singular says of one name.
    static let pluralTypeWords: [String: PlaceKindHint] = [
        "oblasts": .admin, "regions": .admin, "provinces": .admin, "states": .admin, "prefectures": .admin,
        "governorates": .admin, "territories": .admin, "cantons": .admin,
        "counties": .district, "districts": .district, "parishes": .district, "boroughs": .district,
    ]

    /// Words of a sentence about sport or a show: with one of them, a ground's name that is also
    /// a town's or a district's ("Wembley", "Stamford Bridge", "Villa Park") is the ground.
    /// Nouns of the game and its people, not verbs ("won", "beat" tell battles and elections too).
    static let sportsWords: Set<String> = [
        "match", "matches", "final", "finals", "semi-final", "semifinal", "quarter-final", "fans", "supporters", "stadium",
        "kick-off", "kickoff", "goal", "goals", "league", "cup", "striker", "midfielder", "goalkeeper", "coach",
        "manager", "derby", "fixture", "fixtures", "season", "club", "concert", "crowd", "crowds", "trophy",
        "football", "soccer", "rugby", "cricket", "tournament", "championship", "squad", "players", "referee",
        "penalty", "fa", "uefa", "fifa", "game", "games", "gig", "gigs", "concerts", "defeat", "victory", "innings",
        "wicket", "pitch",
    ]

    /// Universities news names by their towns' names, towns of under 50,000 people: "a student
    /// from Harvard", "Stanford researchers", "at Princeton" are the university.
    static let universityTowns: Set<String> = ["harvard", "yale", "stanford", "princeton", "dartmouth", "cornell"]

    /// The words before a university's town that make it the town: "lives in Princeton", "near
    /// Stanford", "the borough of Princeton".
    static let townPrepositions: Set<String> = ["in", "near", "outside", "of"]

    /// The words that end a facility's name named after a person, after the surname or one of
    /// ``personFacilityFirstWords``: "the Kennedy Center", "the Kennedy Space Center", "Langley
    /// Research Center" (NASA's, in Virginia), where the surname is no town of its name (Kennedy,
    /// a Bogotá locality; Langley, B.C.). "Memorial" right after a surname is one too
    /// (``MentionFinder/namesPersonFacility(_:chunk:)``).
    static let personFacilityEnds: Set<String> = ["center", "centre"]
    /// The words between a surname and "Center" in such a name: "Space", "Research".
    static let personFacilityFirstWords: Set<String> = ["space", "research"]

    /// Words right before a city's name that make it the city's club in a sentence about sport:
    /// "lost 2-1 against Barcelona", "Chelsea beat Liverpool".
    static let clubOpponentCues: Set<String> = ["against", "beat", "beats", "beating", "defeated", "defeating", "vs", "vs.", "versus", "v"]

    /// Words right after a city's name that make it the city's club in a sentence about sport:
    /// "Liverpool fans", "the Napoli striker".
    /// Verbs of a result right after a club's name in a sentence about sport: "Barcelona beat Real
    /// Madrid 4-0", "Liverpool drew 1-1". Not "won" or "lost", which host cities do too ("Paris
    /// won the right to host the Games").
    static let clubResultVerbs: Set<String> = [
        "beat", "beats", "defeated", "defeats", "thrashed", "edged", "routed", "hammered", "crushed", "stunned",
        "drew", "eliminated", "outclassed", "overcame",
    ]
    /// Verbs of a player's transfer, right before a club's name or before "from", "for", "to" or
    /// "at" and the name, in a sentence about sport: "joined from Benfica", "signed for
    /// Liverpool", "rejoined Porto", "on loan at Everton" (not "moved to", "returned to": people
    /// move to cities).
    static let transferVerbs: Set<String> = [
        "joined", "join", "joins", "joining", "rejoined", "rejoin", "signed", "sign", "signs", "signing", "loaned", "loan",
        "transferred", "transfer",
    ]
    static let transferPrepositions: Set<String> = ["from", "for", "to", "at", "by"]
    static let clubRoleWords: Set<String> = [
        "fans", "supporters", "coach", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper",
        "winger", "forward", "captain", "squad", "side", "players", "player", "academy",
    ]

    /// Words beside a name from a lower-case particle that make it a newspaper's or a channel's:
    /// "the daily al-Sharq al-Awsat", "al-Thawra newspaper", "al-Arabiya television".
    static let mediaWords: Set<String> = [
        "daily", "weekly", "newspaper", "newspapers", "paper", "magazine", "television", "tv", "channel", "radio",
        "website", "broadcaster", "network",
    ]

    /// A person described by where they are from: "a Kilkenny man", "an Ames woman", "the Dundalk
    /// native". After an article, the name before such a noun is the person's town, not a
    /// surname ("the Kennedy family" is: no family word here).
    static let personNouns: Set<String> = [
        "man", "woman", "men", "women", "native", "boy", "girl", "teen", "teenager", "youth", "pensioner",
        "couple", "mother", "father", "grandmother", "grandfather", "businessman", "businesswoman",
        "farmer", "resident", "student", "toddler",
    ]

    /// Sentence openers that are capitalized only because they start the sentence; the word-case
    /// lexicon does not count words this short.
    static let openers: Set<String> = [
        "a", "an", "the", "in", "on", "at", "as", "by", "if", "of", "to", "for", "but", "and", "or", "so", "it", "he",
        "she", "we", "they", "i", "his", "her", "its", "our", "their", "this", "that", "these", "those", "all", "most",
        "some", "many", "while", "when", "with", "after", "before", "since", "until", "during", "neighbouring",
        "neighboring", "current", "total", "residents", "officials",
    ]

    /// Lower-case parts that may begin a capitalized name: "al-Bab", "d'Ivoire", "ad-Dawr".
    static let particles: Set<String> = [
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "en", "es", "ez", "ul", "ur", "ibn", "bin", "ben", "abu",
        "um", "d", "l", "da", "de", "di", "du", "la", "le", "o",
    ]

    /// Words that head organization names and are also the names of small towns
    /// ("University", Florida; "Federation", "College"): never a place on their own.
    static let organizationWords: Set<String> = [
        "university", "college", "federation", "institute", "hospital", "school", "academy", "department", "ministry",
        "agency", "council", "committee", "commission", "association", "union", "society", "foundation", "company",
        "corporation", "bank", "party", "church", "court", "parliament", "congress", "senate", "army", "navy", "police",
        "service", "services", "centre", "center", "office", "bureau", "authority", "board", "group", "fund", "trust",
        "elementary", "laboratory", "laboratories", "network", "news", "times", "post", "herald",
        "banco", "banca", "banque", "compagnie", "compania", "societe", "sociedad",
    ]

    /// Seats of government that news names for the government itself ("the White House said",
    /// "the Kremlin denied"): never their namesake towns (White House, Tennessee; an old alias of
    /// Casablanca, which 276 "White House"s over the news corpus had become).
    static let seatsOfGovernment: Set<String> = [
        "white house", "kremlin", "pentagon", "elysee", "élysée", "downing street", "blue house", "zhongnanhai",
    ]

    /// Planets, God, the nouns of a constitution and an oil benchmark that are also towns ("Venus", Texas;
    /// "God", Hungary; "the Republic", "the Commonwealth", "the Supreme Court"): read as common
    /// words are, a place only with a locative cue and a town of some size, or a stronger
    /// mention elsewhere.
    static let weakNames: Set<String> = [
        "mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "moon", "sun",
        "god", "allah", "republic", "commonwealth", "supreme", "federal", "constitution",
        // Peoples' adjectives of no one country, which name small towns too: "Arab states" (not
        // Arab, Alabama), "a Kurdish leader".
        "arab", "arabs", "kurdish", "latino", "hispanic", "aboriginal", "bedouin",
        // The North Sea crude oil that prices the market, far more often in news than the London
        // borough: "April Brent", "Brent crude", "spot Brent" ("in Brent" stays the borough).
        "brent",
    ]

    /// Companies known the world over by one word that is also the name of a place the
    /// small-town rules do not drop (a division, a river, or a town of 20,000 people or more),
    /// and that business news names far more often than the place: "Meta said" (not Colombia's
    /// Meta Department, 599,000 people), "Nokia", "Toyota", "Amazon shares". What goes in: the
    /// company's name is that one word, and the place is not a big city news names for itself
    /// (so not "Santander", "Kawasaki", "Sapporo" or "Zurich", nor names already common words or
    /// surnames that other rules read: "Total", "Shell", "Campbell"). Such a name is a place
    /// only with a qualifier ("Meta, Colombia"), a type word ("the Meta department"), a lower-case
    /// "the" before a river's or a region's name ("the Amazon"), the same name read so elsewhere
    /// in the story, or a locative ("in Meta") when the story names another place of its country:
    /// "a stake in Nokia", "workers at Amazon" are the companies'.
    static let organizationNames: Set<String> = [
        "meta", "nokia", "orange", "amazon", "toyota", "hitachi", "komatsu", "murata", "asahi", "carrefour",
        "goodyear", "monsanto", "paramount",
        // Clubs known by a town's name alone: "Ajax beat PSV" (Ajax, Ontario, is a town of 120,000).
        "ajax",
    ]

    /// Companies' legal forms, as news writes them after a company's name: "Santos Ltd", "Nokia
    /// Oyj", "Salzgitter AG". (Not "Co", which is also Colorado's code, nor "AB" or "SE".)
    static let legalForms: Set<String> = [
        "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv", "oyj", "oy", "spa", "gmbh", "bv", "asa", "ltda", "kk",
    ]

    /// Lower-case nouns after a river's or a region's name that say the area is meant, not the
    /// company of that name (``organizationNames``): "Amazon basin oil fields", "the Amazon
    /// rainforest". (Type words, "Amazon region", say it already.)
    static let areaNouns: Set<String> = ["basin", "jungle", "jungles", "rainforest", "rainforests", "watershed"]

    /// A settlement's noun before "of": the name after it is a town even where the gazetteer
    /// lacks it ("the village of Cellardyke", "the small town of Pangandaran"), reported unplaced.
    /// Not "city" ("the city of Light") nor "settlement" ("a settlement of FTC charges").
    static let settlementNouns: Set<String> = ["village", "town", "hamlet", "township", "suburb", "commune", "kibbutz"]
    /// The same in the plural, which opens a list of towns: "the villages of Bumbacari and
    /// Dudescu", "the towns of Mullewa, Yuna and Mingenew".
    static let settlementListNouns: Set<String> = ["villages", "towns", "hamlets", "townships", "suburbs", "communes"]

    /// Words after a name that make a street of it, not the place: "Wall Street", "Pennsylvania
    /// Avenue", "Abbey Road"; and squares, highways and bridges, as streets ("Trafalgar Square",
    /// "Piccadilly Circus", "Hume Highway", "Golden Gate Bridge").
    static let streetWords: Set<String> = [
        "street", "avenue", "ave", "road", "boulevard", "blvd", "lane", "square", "circus", "highway", "freeway", "motorway",
        "expressway", "bridge",
    ]

    /// Titles of newspapers and broadcasters that start with a place: "New York Times".
    /// Heads of school and company names ("Franklin Elementary", "Aberdeen University", "Metz
    /// Fresh LLC"), often named after a person: a place before one is part of the name. Not
    /// agencies, councils or ministries, whose place words geoparsers count ("U.S.
    /// Environmental Protection Agency", "Westminster City Council").
    static let institutionWords: Set<String> = [
        "elementary", "school", "university", "college", "academy", "institute", "llc", "inc", "corp", "ltd", "plc",
        "company", "co", "zoo", "spa",
    ]

    /// The last word of a company's name as business news writes it without "Inc" or "Corp":
    /// "Texas Instruments", "Alaska Airlines", "Delta Air Lines", "Boston Scientific", "Ohio
    /// Edison", "Houston Industries". Only after the place, with no "of" between: "Edison,
    /// N.J." is the town, "the Queensland Department of Primary Industries" an agency.
    static let companyEndWords: Set<String> = [
        "airlines", "airways", "lines", "instruments", "scientific", "electric", "edison", "industries",
        "bancorp", "bancshares", "bankshares", "railroad", "railway", "railways", "petroleum", "telephone", "trust",
        "enterprises", "holdings", "technologies", "systems", "foods", "mining", "minerals", "resources", "motors",
        "steel", "partners", "ventures", "savings",
    ]

    static let publicationWords: Set<String> = [
        "times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph", "daily", "observer",
        "examiner", "independent", "globe", "star", "sun", "inquirer", "courier", "dispatch",
    ]

    /// Words after a place name that make it part of a disease's name: "Marburg virus".
    static let diseaseWords: Set<String> = [
        "virus", "viruses", "ebolavirus", "fever", "flu", "influenza", "disease", "syndrome", "strain", "encephalitis",
        "hemorrhagic", "haemorrhagic", "pox",
    ]

    /// Words after a hyphen that make a place of the words before it: "Kharkiv-based", "Hong
    /// Kong-based", "U.S.-made", "Europe-wide". Not other compounds, whose first part is a
    /// prefix or a name's syllable that folds like a town ("Pre-tax", Prato; "Re-exports";
    /// "Chang Chi-cheng"; "HIV-infected").
    static let compoundSuffixes: Set<String> = [
        "based", "born", "bred", "raised", "headquartered", "area", "wide", "listed", "registered", "owned", "run",
        "led", "flagged", "flag", "governed", "made", "built", "bound", "backed", "produced", "origin", "designed",
        "chartered", "held", "imposed", "quoted", "sourced", "located", "level", "bashing", "funded", "controlled",
        "allied", "aligned", "dominated", "supported", "occupied", "administered", "ruled", "brokered", "centred",
        "centered", "focused", "grown", "manufactured", "linked", "trained", "educated", "native",
        "contra", // "the Iran-contra affair", as "the Iran-Iraq war"
    ]

    /// Words after a name that make it a vehicle's or a weapon's ("the Corsica sedan", "a Delta
    /// rocket", "the Trident missile", "the Phoenix lander"), not a division's or a town's. A
    /// country stays ("a Pakistan missile test").
    static let productWords: Set<String> = [
        "sedan", "sedans", "coupe", "hatchback", "minivan", "rocket", "rockets", "missile", "missiles", "lander",
        "rover", "orbiter", "spacecraft",
    ]

    /// Words before a name that make a feature of it: "Lake Victoria", "Mount Kenya", "Gulf of Aden".
    static let featurePrefixes: Set<String> = ["lake", "mount", "mt", "gulf", "sea", "bay", "cape", "port", "isle", "river"]

    /// The feature prefixes that name a feature before a town's name ("Lake Argyle", "Mount
    /// Charlotte", "Cape York"), rather than a thing ("Gulf Arab states", "Sea King", "Bay Street").
    static let featureNamePrefixes: Set<String> = ["lake", "mount", "mt", "cape"]

    /// Words before a name that make an installation of it, named after a person more often than
    /// after a place ("Fort Hood", "Fort Detrick", "Camp Lejeune"): reported, not placed, when
    /// the gazetteer does not know the whole name ("Fort Worth" is a city).
    static let installationPrefixes: Set<String> = ["fort", "camp"]

    /// Directions written after the name, as Romance languages and the provinces named in them do:
    /// "Kasai Occidental", "Équateur Septentrional". The name with them is a
    /// part of the place, as "Central Luzon" is; alone, "Occidental" is no town of California's.
    static let directionSuffixes: Set<String> = [
        "occidental", "occidentale", "oriental", "orientale", "septentrional", "septentrionale", "meridional", "méridional", "méridionale",
    ]

    /// Direction adjectives that English writes after a place's name only in the names of firms,
    /// railways above all: "Norfolk Southern", "Burlington Northern", "Texas Eastern", "Kansas
    /// City Southern" (a region's direction comes first: "Southern California").
    static let firmDirections: Set<String> = ["northern", "southern", "eastern", "western"]

    /// Seasons, read as such before a year: "in Spring 2002" (not Spring, Texas).
    static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]

    /// A saint's abbreviation or title: the name after it is the saint's ("St. Mary's Hospital")
    /// unless the gazetteer knows the two together ("St. Cloud", "Saint-Denis").
    static let saints: Set<String> = ["st", "st.", "saint", "ste", "ste.", "sainte"]

    /// Directions that make a region of a place: "Central Luzon", "Southern California".
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "upper", "lower", "greater", "inner", "outer",
    ]

    /// Prepositions that put a place after them: the strongest cue a common word is a place.
    static let locatives: Set<String> = [
        "in", "at", "from", "near", "to", "into", "outside", "across", "throughout", "towards", "toward",
        "around", "via", "through", "between", "of", "for", "inside", "within", "visited", "visit", "entered", "left",
    ]

    /// Nouns before "of" that make the name after it a place, as a type word or a direction
    /// there does ("the outskirts of Kyiv", "residents of Mildura", "within 20 miles of Dover"):
    /// only after these, a type word, a direction, or an organization's word ("the Bank of Montreal",
    /// "Ford Motor Co of Canada", as before) is "of" a locative (see ``MentionFinder/isLocative(_:)``).
    static let placeNouns: Set<String> = [
        "outskirts", "suburbs", "suburb", "streets", "residents", "resident", "people", "citizens", "inhabitants",
        "natives", "native", "capital", "heart", "centre", "center", "port", "ports", "area", "areas", "parts",
        "straits", "waters", "shores", "vicinity", "environs", "miles", "mile", "km", "kms", "kilometres",
        "kilometers", "kilometre", "kilometer", "towns", "villages", "cities", "communities", "community",
        "counties", "provinces", "states", "regions", "districts", "seat", "electorate",
        "north-east", "north-west", "south-east", "south-west", // (a hyphen folds as a space: no direction's key)
    ]

    /// Titles and roles before a person's name: "President Kennedy", "Mr Hamilton".
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "senator", "sen",
        "rep", "gov", "governor", "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "maj", "major",
        "minister", "king", "queen", "prince", "princess", "pope", "judge", "justice", "chancellor", "mayor",
        "father", "rev", "reverend", "bishop", "archbishop", "sheikh", "emir", "chairman", "spokesman", "spokeswoman",
        // Kin before a name: "his son Jack", "her husband Jordan".
        "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "nephew", "niece", "cousin",
        "grandson", "granddaughter", "grandfather", "grandmother", "widow", "widower", "fiance", "fiancee",
    ]

    /// Titles that are mostly adjectives when written in lower case: "major", "general".
    static let adjectivalTitles: Set<String> = ["major", "general"]

    /// Words after a name that show a month or weekday, not a name part: datelines "LONDON, March 3".
    /// Titles that stand only before a person's name, capitalized or not.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "senator", "sen", "rep", "gov", "governor",
        "minister", "chancellor", "mayor", "sheikh", "emir", "spokesman", "spokeswoman", "chairman",
    ]

    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Time zones: "1700 EST" is not Burkina Faso's Est region.
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "cet", "cest", "utc",
        // Feasts and holy months, alone: "For Ramadan, pilgrimage to Saudi Arabia" is no town of
        // Ramadan; "Christmas Island" and "Easter Island", longer names, are still read whole.
        "ramadan", "ramadhan", "eid", "diwali", "hanukkah", "passover", "easter", "christmas", "thanksgiving", "kwanzaa",
    ]
}

/// The word classes as folded-name keys, so tokens are classified without making Strings.
///
/// A class, so ``MentionFinder`` holds one pointer: a finder that held these tables inline was
/// 552 bytes, and Swift copied it before every method call on it (a `memcpy` per token).
final class PlaceWordKeys: Sendable {
    /// Every class a word is in (see ``PlaceWordClasses``), by key: one table for all classes.
    let classes: FoldedKeyMap<PlaceWordClasses>
    /// What ``classes`` answers for key 0, which the finder gives every token no name is near
    /// (punctuation, numbers, words far from a capital): looked up once here, not per token.
    let classesOfKeyZero: PlaceWordClasses
    let particles: FoldedKeySet
    let seatsOfGovernment: FoldedKeySet
    let weakNames: FoldedKeySet
    let areaNouns: FoldedKeySet
    let settlementNouns: FoldedKeySet
    let directionSuffixes: FoldedKeySet
    let firmDirections: FoldedKeySet
    let clubPrefixes: FoldedKeySet
    let teamNames: FoldedKeySet
    let seasons: FoldedKeySet
    let saints: FoldedKeySet
    let settlementListNouns: FoldedKeySet
    let streetWords: FoldedKeySet
    let adjectivalTitles: FoldedKeySet
    let compoundSuffixes: FoldedKeySet
    let featureNamePrefixes: FoldedKeySet
    let pluralTypeWords: FoldedKeyMap<PlaceKindHint>
    let sportsWords: FoldedKeySet
    let clubOpponentCues: FoldedKeySet
    let universityTowns: FoldedKeySet
    let romanceParticles: FoldedKeySet
    let townPrepositions: FoldedKeySet
    let personFacilityEnds: FoldedKeySet
    let personFacilityFirstWords: FoldedKeySet
    let clubRoleWords: FoldedKeySet
    let transferVerbs: FoldedKeySet
    let clubResultVerbs: FoldedKeySet
    let transferPrepositions: FoldedKeySet
    let mediaWords: FoldedKeySet
    let personNouns: FoldedKeySet
    let the: UInt64
    let of: UInt64
    let and: UInt64
    let a: UInt64
    let an: UInt64
    let news: UInt64
    let agency: UInt64
    let department: UInt64
    let memorial: UInt64
    let park: UInt64
    let sea: UInt64
    let city: UInt64
    let town: UInt64
    let state: UInt64
    let river: UInt64
    let rivers: UInt64

    static let shared = PlaceWordKeys()

    private init() {
        /// A word's key through its UTF-8 buffer: the generic fold of a `String.UTF8View` took
        /// thousands of instructions a word, paid by the first document of every process.
        func key(_ word: String) -> UInt64? {
            var word = word
            return word.withUTF8 { NameKey.key($0) }
        }
        var classes: [UInt64: PlaceWordClasses] = [:]
        func add(_ words: Set<String>, _ wordClass: PlaceWordClasses) {
            for word in words { if let key = key(word) { classes[key, default: []].formUnion(wordClass) } }
        }
        let lists: [(Set<String>, PlaceWordClasses)] = [
            (PlaceWords.connectors, .connector), (PlaceWords.featurePrefixes, .featurePrefix), (PlaceWords.directions, .direction),
            (PlaceWords.locatives, .locative), (PlaceWords.titles, .title), (PlaceWords.calendar, .calendar),
            (PlaceWords.openers, .opener), (PlaceWords.diseaseWords, .disease), (PlaceWords.organizationWords, .organization),
            (PlaceWords.publicationWords, .publication), (PlaceWords.institutionWords, .institution),
            (PlaceWords.companyEndWords, .companyEnd), (PlaceWords.installationPrefixes, .installation),
            (PlaceWords.offices, .office), (PlaceWords.honorifics, .honorific), (PlaceWords.productWords, .product),
            (PlaceWords.placeNouns, .placeNoun), (PlaceWords.organizationNames, .companyName),
            (PlaceWords.legalForms, .legalForm),
        ]
        for (words, wordClass) in lists { add(words, wordClass) }
        for (word, hint) in PlaceWords.typeWords { add([word], PlaceWordClasses(hint: hint)) }
        for (word, hint) in PlaceWords.officeHints { add([word], PlaceWordClasses(officeHint: hint)) }
        self.classes = FoldedKeyMap(classes.map { ($0.key, $0.value) })
        classesOfKeyZero = self.classes[0] ?? []
        particles = FoldedKeySet(PlaceWords.particles.compactMap(key))
        seatsOfGovernment = FoldedKeySet(PlaceWords.seatsOfGovernment.compactMap(key))
        weakNames = FoldedKeySet(PlaceWords.weakNames.compactMap(key))
        areaNouns = FoldedKeySet(PlaceWords.areaNouns.compactMap(key))
        settlementNouns = FoldedKeySet(PlaceWords.settlementNouns.compactMap(key))
        directionSuffixes = FoldedKeySet(PlaceWords.directionSuffixes.compactMap(key))
        firmDirections = FoldedKeySet(PlaceWords.firmDirections.compactMap(key))
        clubPrefixes = FoldedKeySet(SportsTeams.clubPrefixes.compactMap(key))
        teamNames = FoldedKeySet(SportsTeams.teamNames.compactMap(key))
        seasons = FoldedKeySet(PlaceWords.seasons.compactMap(key))
        saints = FoldedKeySet(PlaceWords.saints.compactMap(key))
        settlementListNouns = FoldedKeySet(PlaceWords.settlementListNouns.compactMap(key))
        streetWords = FoldedKeySet(PlaceWords.streetWords.compactMap(key))
        adjectivalTitles = FoldedKeySet(PlaceWords.adjectivalTitles.compactMap(key))
        compoundSuffixes = FoldedKeySet(PlaceWords.compoundSuffixes.compactMap(key))
        featureNamePrefixes = FoldedKeySet(PlaceWords.featureNamePrefixes.compactMap(key))
        pluralTypeWords = FoldedKeyMap(PlaceWords.pluralTypeWords.compactMap { word, hint in key(word).map { ($0, hint) } })
        sportsWords = FoldedKeySet(PlaceWords.sportsWords.compactMap(key))
        clubOpponentCues = FoldedKeySet(PlaceWords.clubOpponentCues.compactMap(key))
        universityTowns = FoldedKeySet(PlaceWords.universityTowns.compactMap(key))
        romanceParticles = FoldedKeySet(PlaceWords.romanceParticles.compactMap(key))
        townPrepositions = FoldedKeySet(PlaceWords.townPrepositions.compactMap(key))
        personFacilityEnds = FoldedKeySet(PlaceWords.personFacilityEnds.compactMap(key))
        personFacilityFirstWords = FoldedKeySet(PlaceWords.personFacilityFirstWords.compactMap(key))
        clubRoleWords = FoldedKeySet(PlaceWords.clubRoleWords.compactMap(key))
        transferVerbs = FoldedKeySet(PlaceWords.transferVerbs.compactMap(key))
        clubResultVerbs = FoldedKeySet(PlaceWords.clubResultVerbs.compactMap(key))
        transferPrepositions = FoldedKeySet(PlaceWords.transferPrepositions.compactMap(key))
        mediaWords = FoldedKeySet(PlaceWords.mediaWords.compactMap(key))
        personNouns = FoldedKeySet(PlaceWords.personNouns.compactMap(key))
        the = key("the")!
        city = key("city")!
        town = key("town")!
        state = key("state")!
        river = key("river")!
        rivers = key("rivers")!
        of = key("of")!
        and = key("and")!
        a = key("a")!
        an = key("an")!
        news = key("news")!
        agency = key("agency")!
        department = key("department")!
        memorial = key("memorial")!
        park = key("park")!
        sea = key("sea")!
    }
}

/// What a type word says about the entry meant.
enum PlaceKindHint: UInt8, Sendable {
    case admin, district, city, water, land
}
