import Gazetteer

/// Small hand-written word lists that generalize beyond the training data: the model sees
/// "a title precedes" or "an organization word follows" as one feature, whatever the word.
/// Stored as hashes of the lower-cased word without periods (``FeatureHash/of(_:bare:)``).
enum CueWords {
    /// Words that end or head organization names.
    static let organization: CueSet = hashes("""
        ministry agency council party inc corp corporation co ltd llc plc ag sa nv gmbh university
        bank forces grouping group institute committee commission association union federation
        company club fc united department office service services army navy police court
        parliament assembly news times post press television tv radio airlines airways motors
        bureau authority board foundation fund organisation organization league centre center
        school college church government administration cabinet senate congress brigade regiment
        command exchange holdings industries systems technologies partners trust society academy
        guard front movement alliance coalition network journal herald tribune gazette
        reserve securities insurance electric energy oil petroleum telecom communications
        division battalion corps directorate inspectorate prosecutor's ministry's
        spa banco banca bv ab asa oyj bhd pty srl sarl kgaa
        banque caisse compagnie cie societe sociedad societa istituto anonima generale nationale centrale
        """)

    /// Companies' legal forms, written after the name ("Pirelli SpA", "Salomon Inc", "Harris
    /// Associates L.P.").
    /// The trades of utilities and carriers named for their place ("Georgia Power", "Kansai
    /// Electric", "Ohio Edison").
    static let utility: CueSet = hashes("power electric energy gas edison utilities airways airlines telecom")
    static let legalForm: CueSet = hashes("inc corp corporation co cos ltd llc lp llp plc ag sa nv gmbh spa bv ab asa oyj bhd pty srl sarl kgaa bancorp bancshares")

    /// Words for a firm's line of business or a body's kind that end its name and no person's
    /// ("Harris Associates", "Salomon Brothers", "Cornucopia Resources", "Malcolm Smith
    /// Motorsports"): the tagger read 102 such names over the news corpus as people. Not words
    /// that are surnames too ("Steel", "Post", "Church", "Court").
    static let firmKind: CueSet = hashes("""
        associates resources enterprises brothers bros investments investors foods transport futures
        financial capital management development laboratories labs pharmaceuticals products mining
        minerals metals chemicals chemical realty properties stores shipping trading ventures
        consultants software electronics semiconductor bancorporation savings finance leasing
        motorsports holdings industries systems technologies partners securities insurance
        airlines airways motors communications services group fund trust foundation institute
        university college association council authority club bank ministry logistics solutions consulting
        """)

    /// Kinds of ministries, offices and institutes whose names are the kind, "of" and a field
    /// ("Ministry of International Trade and Industry", "Institute of Technology").
    static let fieldKind: CueSet = hashes("""
        ministry department bureau office institute school college faculty academy council agency
        commission board society federation association chamber centre center university court
        congress corps
        """)

    /// Kinds of bodies whose names are the kind, "on", "for" or "to" and a field ("Council on
    /// Foreign Relations", "Office for National Statistics", "Committee to Protect Journalists";
    /// ``DocumentFeatures/addBodyNamesWithConnectors(_:cues:)``). Not a conference, a programme
    /// or a campaign, which are as often events or plans ("Conference on Nanoscience").
    static let connectedBodyKind: CueSet = hashes("""
        council office center centers centre centres committee commission institute institutes
        organisation organization bureau agency department ministry board foundation association
        society federation union league fund authority administration service court tribunal
        academy coalition alliance forum movement trust panel network party front secretariat
        partnership force corps
        """)

    /// The lower-case words between a body's kind and its field (``connectedBodyKind``).
    static let bodyConnector: CueSet = hashes("on for to")
    /// Verbs of speaking that a body does and an event, a product or a law does not
    /// (``DocumentFeatures/retypeSpeakingOtherNames(_:)``).
    static let speaks: CueSet = hashes("said says told warned announced urged")
    /// Last words of texts that "say" ("The Constitution says", "the New Testament says").
    static let textsThatSay: CueSet = hashes("""
        constitution charter treaty act accord agreement convention conventions declaration
        resolution bible testament koran quran torah gospel
        """)
    /// The kinds of ``connectedBodyKind`` named for a purpose after "to" ("Committee to Protect
    /// Journalists", "Coalition to Stop Gun Violence").
    static let purposeBodyKind: CueSet = hashes("committee coalition alliance movement league fund foundation")
    /// The lower-case words that join two parts of a body's field ("Disease Control and
    /// Prevention", "the Study of War", "Research on Cancer", "Research in Environmental Sciences").
    static let fieldConnector: CueSet = hashes("and of on in")
    static let to = FeatureHash.of("to", bare: true)

    /// Titles and roles written before a person's name ("President", "spokesman", "Gen."). The
    /// tagger's features: a word added here changes what the trained weights read (conventions'
    /// titles go in ``personalTitle`` and the lists after it).
    static let title: CueSet = hashes("""
        president prime minister spokesman spokeswoman spokesperson gen general col colonel lt
        sgt maj major capt captain commander commander-in-chief chief mr mrs ms dr prof professor
        sen senator rep gov governor mayor king queen prince princess pope judge chairman
        chairwoman ceo director secretary ambassador envoy coach striker midfielder defender
        goalkeeper leader deputy official analyst economist lawyer sir lord lady officer head
        founder author writer actor singer manager adm admiral premier chancellor president-elect
        vice-president bishop archbishop rabbi imam father sheikh st minister's chair chairperson
        commissioner inspector detective sergeant corporal speaker
        cardinal ayatollah patriarch rev reverend emir monsignor mufti mullah pastor
        """)

    /// Titles in the plural, before the names of two or more holders ("Texas Senators Ted Cruz and
    /// John Cornyn"). Not among ``title``'s words: those are the tagger's features.
    static let pluralTitle: CueSet = hashes("senators sens governors congressmen congresswomen ministers presidents")

    /// Titles whose department follows after "of" ("Minister of Energy", "Secretary of Education").
    static let departmentTitle: CueSet = hashes("minister secretary undersecretary")

    /// Titles written after the portfolio they hold ("Finance Minister", "Defense Secretary",
    /// "Farm Commissioner"): the word before one is the title's, no organization's.
    static let portfolioTitle: CueSet = hashes("minister secretary undersecretary under-secretary commissioner")

    /// Titles of nobles and rulers, of ``personalTitle``, that name streets and firms as well ("King
    /// Street", "Prince Albert Road", "Lord Abbett").
    static let nobleTitle: CueSet = hashes("king queen prince princess lord lady sir dame pope emir sheikh")

    /// Offices of the law, titles only people take ("District Attorney Alvin Bragg", "Sheriff Joe
    /// Arpaio"), in ``personalTitle`` too; a name does not end in one ("[New York Attorney]GPE
    /// General" is "New York" and a title).
    static let officeTitle: CueSet = hashes("attorney sheriff prosecutor")

    /// Words that open a title of several ("Associate Professor", "Assistant Secretary",
    /// "District Attorney", "Special Prosecutor", "Managing Director", "Federal Agriculture Minister").
    static let titleModifier: CueSet = hashes("associate assistant senior deputy acting adjunct district special managing federal")

    /// The titles only people take: the name right after one is a person's whatever else it
    /// could be ("President Bush", not the Texas town; "Mrs Hamilton", not the city). Not
    /// "general", which opens companies' names ("General Tire", "General Dynamics"). The clergy's
    /// titles are here too ("Chicago Cardinal Joseph Bernardin" had been an organization, "the
    /// Reverend Jesse Jackson" one eight times over the news corpus), and since stop 27 the ones
    /// web text and e-mail give family and doctors ("Aunt Toni", "Uncle Femi", "Doctor Hank": the
    /// tagger, which never saw them in news, read "Aunt Toni" as a place).
    static let personalTitle: CueSet = hashes("""
        mr mrs ms dr president senator sen rep gov governor gen col colonel lt sgt capt
        adm admiral prof professor sir dame lord lady king queen prince princess pope judge mayor
        chancellor premier president-elect vice-president archbishop rabbi imam sheikh
        cardinal ayatollah patriarch rev reverend emir monsignor mufti mullah pastor
        attorney sheriff prosecutor
        doctor aunt auntie aunty uncle grandma grandpa granny grandmother grandfather cousin
        """)

    /// Prepositions of place before a name: "near Reno", "moved to Fargo" (``DocumentFeatures/confirmKnownPlaces(_:minimumConfidence:)``).
    static let locative: CueSet = hashes("in near from to into outside toward towards across around through")
    static let county = FeatureHash.of("county", bare: true)
    /// Words that open the names of harbour and garrison towns ("Port Moresby", "Fort Myers"),
    /// which the tagger, reading a port's authority or a base, took for organizations.
    static let townPrefix: CueSet = hashes("port fort")
    /// A ballpark's or an airfield's last word ("Steinbrenner Field", "Clark Field"), no town's.
    static let field = FeatureHash.of("field", bare: true)
    static let directionAdjective: CueSet = hashes("eastern western northern southern central")
    /// Compass points and the regions named by them ("the West", "the Northwest"), which the
    /// gazetteer has as divisions somewhere ("East", a district).
    static let compassPoint: CueSet = hashes("north south east west northeast northwest southeast southwest midwest eastern western northern southern central")
    static let division = FeatureHash.of("division", bare: true)
    /// Navies' ship prefixes, written in capitals before a ship's name (``DocumentFeatures/joinShipNames(_:)``).
    static let shipPrefix: CueSet = hashes("uss hms hmas hmcs hmnzs uscgc") // (not "INS", "RFA": agencies too)

    /// Words that end names of rivers, seas, mountains and other non-political places.
    static let location: CueSet = hashes(locationWords)
    private static let locationWords = """
        river sea ocean mountains mountain mount mt lake bay gulf island islands peninsula valley
        desert strait canal coast plain plateau forest basin range hills
        """

    /// Words that end names of buildings, streets and other structures (OntoNotes FAC).
    static let facility: CueSet = hashes(facilityWords)
    private static let facilityWords = """
        street avenue square bridge airport house palace stadium station road highway tower
        building cathedral mosque temple hospital prison dam bhavan bhawan mahal abbey chowk fort
        basilica chapel
        """

    /// Words that end the names of venues web text reviews ("Hayes Street Grill", "Mi Pueblo
    /// Taqueria"): places to go, as the words of ``facility`` are (OntoNotes FAC).
    static let venue: CueSet = hashes(venueWords)
    private static let venueWords = """
        grill restaurant cafe bistro diner pizzeria taqueria bakery deli pub bar tavern inn
        hotel motel resort museum gallery theater theatre cinema auditorium hall arena mall
        market park garden gardens center centre lodge cottage library zoo
        """

    /// Trades that end the names of the local firms reviews name ("Lakeside Family Dental", "Reynolds
    /// Plumbing", "Pacific Eye Care"), besides the kinds of ``firmKind``.
    static let trade: CueSet = hashes("""
        dental dentistry landscaping plumbing roofing cleaners salon care repair construction remodeling
        """)

    /// Words that end the names of dishes on a menu ("Caesar Salad", "Lobster Bisque").
    static let dish: CueSet = hashes("""
        salad soup bisque chowder sandwich burger burgers pizza pasta noodles curry tacos taco burrito
        steak chicken wings fries omelet omelette pancakes waffles cake pie sundae parmesan parmigiana
        masala tikka platter special combo roll rolls
        """)

    /// The Sun, the Moon and the planets (OntoNotes LOC), and those of them whose names are
    /// common words, written after "the" or a preposition (``beforeBody``).
    static let celestial: CueSet = hashes("sun moon earth mercury venus mars jupiter saturn uranus neptune pluto")
    static let nearBody: CueSet = hashes("sun moon earth")
    static let beforeBody: CueSet = hashes("the on to from of around than near orbiting toward towards")
    static let sun = FeatureHash.of("sun", bare: true)
    /// The labour parties' word, a party alone ("Labor leader Kim Beazley").
    static let labor: CueSet = hashes("labor labour")
    /// Reviewers' words of praise and blame, which they write in capitals for emphasis ("the BEST
    /// photographer", "ALWAY contactable"); no firm's or body's acronym among them ("NICE", "STAR"
    /// and "CARE" are left out).
    static let shouted: CueSet = hashes("""
        best better greatest great worst worse wow amazing awesome excellent fantastic terrible horrible awful
        never always alway very highly definitely super love loved recommend beware avoid perfect wonderful
        outstanding incredible unbelievable good bad rude friendly dirty filthy cheap overpriced disappointed
        """)
    /// Lower-case words after which "Labour" opening a sentence is the economists' labour, no
    /// party ("Labour costs rose", "Labor shortages hit farms").
    static let laborMarket: CueSet = hashes("cost costs market markets shortage shortages force productivity supply")

    /// Words that make a place's name of the words before them: ``location`` and ``facility``,
    /// and the divisions ("King County").
    static let placeWord: CueSet = hashes(locationWords + " " + facilityWords + " county province state district city town village region territory")

    /// The US states' postal codes, written after a city without a comma in web text ("Houston
    /// TX", "San Rafael Ca"). Not "DC": "Washington DC" is the one place the two words name.
    static let stateCode: CueSet = hashes("""
        al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj
        nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy
        """)

    /// The pronouns that address the reader: inside a run of capitalized words they make a title
    /// case sentence, a review's title ("Prompt Service And Great Job You And Your Boys Have
    /// Done"), not a name.
    static let addressPronoun: CueSet = hashes("you your")

    /// News agencies, named on their own: "REUTER" signs off every Reuters story (the tagger,
    /// trained on Reuters text without the sign-off, read 4,528 of them over the news corpus as
    /// a person), "AP", "Xinhua" and "Interfax" are cited as sources. Organizations, whatever
    /// the tagger read.
    static let newsAgency: CueSet = hashes("reuter reuters ap afp upi xinhua interfax tass kyodo bernama yonhap ansa efe")

    /// Companies and services younger than the model's newswire (CoNLL-2003 is Reuters of 1996),
    /// whose one-word names it reads as people or places ("Google" as a person, "Mozilla" as a
    /// town): a span that is one of these words alone is an organization. Only names that are
    /// not also common words or given names; the span must still be found by the tagger.
    static let knownOrganization: CueSet = hashes("""
        google youtube facebook twitter instagram whatsapp linkedin tiktok snapchat pinterest
        reddit wikipedia yahoo ebay paypal netflix spotify uber lyft airbnb tesla spacex nvidia
        qualcomm huawei xiaomi alibaba tencent baidu bytedance samsung mozilla microsoft intel
        oracle cisco ibm adobe salesforce openai anthropic deepmind skype dropbox github yandex
        gazprom rosneft lukoil aramco petrobras pemex sinopec volkswagen siemens nokia ericsson
        panasonic foxconn tsmc lenovo boeing airbus raytheon pfizer moderna astrazeneca novartis
        sanofi glaxosmithkline unilever walmart costco starbucks enron worldcom verizon vodafone
        comcast hotmail gmail aol msn nasa fema unicef unesco interpol europol frontex opec nato
        """)

    /// What follows a listed firm's or party's name in news and not a person's or a place's
    /// ("Target shares", "Target said", "Fidesz lawmakers", "Morena party"): the context that makes
    /// a listed name that is also a common word, a place or a surname the organization.
    static let afterOrganization: CueSet = hashes("""
        shares stock said says reported posted announced agreed unveiled forecast plans spokesman
        spokeswoman spokesperson party lawmakers legislators candidate candidates
        mps meps councillors councilors
        """)
    /// Members of a party's benches, written after its name ("Labour MPs", "Tory MEPs"): no
    /// part of the party's name.
    static let partyMembersAfter: CueSet = hashes("mps meps msps mlas")
    /// The narrower context that makes capitalized words the tagger left out a listed firm or
    /// party ("Target shares tumbled", "Fortinet said"): not "forecast" or "plans", which follow
    /// "Next" as a word too. The possessive only for names that say so alone ("examining
    /// Microsoft's investment"; not "Target's", which is a word's too).
    static let afterUntaggedOrganization: CueSet = hashes("""
        shares said says reported posted announced spokesman spokeswoman spokesperson party lawmakers
        mps councillors councilors
        's ’s
        """)
    /// What a listed firm's name follows in news ("an analyst at Barclays", "rival Shell").
    static let beforeOrganization: CueSet = hashes("at rival rivals")

    /// Products known by one word that is no common word or given name ("Firefox", "iPhone"):
    /// MISC, as CoNLL and OntoNotes (PRODUCT) label them, not the person the tagger guesses.
    static let knownProduct: CueSet = hashes("""
        firefox iphone ipad ipod android playstation xbox kindle photoshop linux macintosh walkman
        """)

    /// Words that e-mail, forum and chat text writes with a capital or in capitals and that name
    /// nothing: greetings and sign-offs opening a line ("Hi,", "Thanks, Sean") and the office's
    /// and the chat's abbreviations ("FYI", "ASAP", "RFP", "LMAO", "I.E."), which the tagger, trained on
    /// news, reads as a person or an organization. A span of one of these alone is dropped, and
    /// a greeting is outside the name it opens ("Hi Vangie"). So are the scales of temperature
    /// named after people ("46 [Celsius]MISC").
    static let notAName: CueSet = hashes("""
        hi hey hello thanks regards cheers
        ok okay fyi asap btw imho lol lmao rofl omg wtf idk fwiw tbh aka eta tba tbd rsvp faq
        rfp rfq rfi dui dwi ipo seo svp evp hr irr pdf url html diy
        ie eg thx pls plz
        lng ascii adhd
        celsius fahrenheit
        """)
    /// A signature's words for its contact lines ("Direct Dial:", "Phone 410-468-3798", "Fax:").
    static let contactWord: CueSet = hashes("direct dial phone telephone tel fax cell mobile pager email e-mail")
    /// Newspapers' titles that are common words: after a place's name they name the paper ("USA
    /// Today", "China Daily"), as "Times" or "Post" do (those are ``organization`` words).
    static let newspaperTitle: CueSet = hashes("today daily")
    /// Files' extensions ("CrudeStocks.pdf", "resume.doc").
    static let fileExtension: CueSet = hashes("pdf doc docx xls xlsx ppt pptx txt rtf csv zip jpg jpeg png gif htm html wpd")
    /// The greetings of ``notAName``, which open a line before a name ("Hi Vangie").
    static let greeting: CueSet = hashes("hi hey hello thanks dear")
    /// The last words of an e-mail's or a post's closing line, before the writer's name.
    static let closing: CueSet = hashes("thanks thx regards cheers later purrs sincerely best love yours wishes")

    /// "Good morning Debra", "Thanks again Nina": the words of a greeting before a name.
    static let good = FeatureHash.of("good", bare: true)
    static let timeOfDay: CueSet = hashes("morning afternoon evening day")
    static let again = FeatureHash.of("again", bare: true)

    /// Words before a common noun, not a name: articles and possessives ("the rose", "my max").
    static let beforeCommonNoun: CueSet = hashes("the a an my your his her its our their this that these those some any no every each")

    /// Prepositions before a place ("living in malaysia", "from san francisco"): where web text
    /// writes a place's name in lower case, one of these must come before it.
    static let placePreposition: CueSet = hashes("in to from near around between visit visiting")

    /// Prepositions before a restaurant or shop named with its "'s" ("going to Del Frisco's").
    static let businessPreposition: CueSet = hashes(businessPrepositionWords)
    private static let businessPrepositionWords = "at to near into"
    /// The words before a name that the one pass over the spans asks about: ``businessPreposition``,
    /// the words for a storm, and a quotation mark (an e-mail's "Surname, Given").
    static let wordBeforeCue: CueSet = hashes(businessPrepositionWords + " " + stormWords + " storm \" " + vesselWords)
    /// Kinds of ship written before a ship's name ("the tanker Marlin Luanda", "the frigate
    /// Stark"); not "carrier" alone, which is an airline as often.
    static let vesselNoun: CueSet = hashes(vesselWords)
    private static let vesselWords = "tanker supertanker freighter frigate destroyer cruiser warship submarine trawler ferry yacht liner vessel ship"
    static let vesselModifier: CueSet = hashes("bulk aircraft")
    static let quote = FeatureHash.of("\"", bare: true)
    static let according = FeatureHash.of("according", bare: true)
    /// Words after such a name that are no noun it could possess ("at Del Frisco's for dinner").
    static let afterBusiness: CueSet = hashes("for in on at with tonight today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday")
    /// Punctuation that ends a sentence or a clause.
    static let clauseEnd: Set<UInt8> = Set(".,;:!?)".utf8)
    /// Punctuation that ends a sentence.
    static let sentenceEnd: Set<UInt8> = Set(".!?".utf8)

    /// Words that follow the pronoun "I" and never a regnal or serial numeral ("All I want",
    /// "Congress I think"; not "World War I veterans", "Phase I trials").
    static let afterPronoun: CueSet = hashes("""
        am was have had think thought say said do did don't didn't can can't could will would want
        wanted know knew believe hope feel felt guess mean see saw love like need just also really
        never always
        """)
    static let pronounI = FeatureHash.of("i", bare: true)

    /// "Mark and I", "me and Tyler": the writer, after or before "and" and a companion's given name.
    static let firstPersonAfterAnd: CueSet = hashes("i me myself")
    static let firstPersonBeforeAnd: CueSet = hashes("me")
    /// The pronouns of a writer speaking in person, with "I" (``DocumentFeatures/confirmDoubtedGivenNames(_:minimumConfidence:storms:)``).
    static let personalPronoun: CueSet = hashes("me my you your")
    static let from = FeatureHash.of("from", bare: true)
    static let comma = FeatureHash.of(",", bare: true)
    /// "Fed up with": the idiom, not the Federal Reserve (``DocumentFeatures/trim(_:cues:)``).
    static let fed = FeatureHash.of("fed", bare: true)
    static let up = FeatureHash.of("up", bare: true)
    /// "Bryan, you're in, right?", "Elmira, you r the best!": words for the one spoken to, after a
    /// name and a comma opening a sentence.
    static let addressedAfterComma: CueSet = hashes("you your you're youre u ur please")
    /// The departments of an office that e-mail names a colleague by ("Sarah from billing").
    static let department: CueSet = hashes("""
        billing accounting accounts legal facilities maintenance marketing sales support finance
        payroll admissions reception security purchasing procurement shipping compliance engineering
        dispatch housekeeping logistics
        """)
    /// Departments written in capitals ("Tom from IT"): lower-case "it" is the pronoun.
    static let departmentInitials: CueSet = hashes("it hr")
    /// "my Toyota Venza": a possessive before a maker's name and its model.
    static let possessiveDeterminer: CueSet = hashes("my your his her our their")

    /// Months as datelines write them ("LOS ANGELES, March 3 -", "Oct 20").
    static let month: CueSet = hashes("""
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """)

    /// "go", "went": before a capitalized word and a verb in "-ing", an activity ("go Disco
    /// dancing"), no name.
    static let goVerb: CueSet = hashes("go goes going went")

    /// Words for a storm before its name ("Hurricane Katrina", "cyclone Larry"), and "Tropical Storm".
    static let stormKind: CueSet = hashes(stormWords)
    private static let stormWords = "hurricane cyclone typhoon"
    static let storm = FeatureHash.of("storm", bare: true)
    static let tropical = FeatureHash.of("tropical", bare: true)

    /// Lower-case words for a facility after its name ("Evin prison", "Al-Shifa hospital",
    /// "Kennedy airport"): the name before them is the facility's, OntoNotes FAC, where no town
    /// has it. Not read by the tagger (its cue words are features; these are the labeler's).
    /// Prepositions only places take: "near Union Square", "outside Lincoln Center".
    static let placeOnlyPreposition: CueSet = hashes("near outside behind opposite beside around")
    static let facilityNoun: CueSet = hashes("hospital prison jail airport airbase stadium dam")
    /// Adjectives of a level of government or reach, which news capitalizes before a facility's
    /// noun as a kind, not a name ("Federal airport legislation", "National stadium plans").
    static let facilityKind: CueSet = hashes("federal national state regional provincial municipal international domestic military civil")
    /// "the Zaporizhzhia nuclear plant", "Ratcliffe power station": a plant is a facility only
    /// after these (a carmaker's "Ford plant" is the firm's).
    static let plantKind: CueSet = hashes("nuclear power")
    static let plant: CueSet = hashes("plant station")
    /// The first words of ``startsFacilityNoun(at:facts:)``, one lookup to rule most tokens out.
    static let facilityStart = CueSet(facilityNoun.keys + plantKind.keys)
    /// "a Bakhmut hospital": one of the town's, not a named one.
    static let indefiniteArticle: CueSet = hashes("a an another")

    /// Whether the lower-case words from `token` on name a facility (``facilityNoun``, or
    /// ``plantKind`` and ``plant``, "nuclear power plant" too).
    static func startsFacilityNoun(at token: Int, facts: [TokenFacts]) -> Bool {
        guard token < facts.count, !facts[token].isCapitalized, !facts[token].isAllCaps else { return false }
        if facilityNoun.contains(facts[token].bare) { return true }
        guard plantKind.contains(facts[token].bare), token + 1 < facts.count else { return false }
        if plant.contains(facts[token + 1].bare) { return true }
        return token + 2 < facts.count && plantKind.contains(facts[token + 1].bare) && plant.contains(facts[token + 2].bare)
    }

    /// Days of the week ("Monday's meeting").
    static let weekday: CueSet = hashes("monday tuesday wednesday thursday friday saturday sunday")

    /// "St", "St.": a saint's name follows.
    static let saint = FeatureHash.of("st", bare: true)
    static let day = FeatureHash.of("day", bare: true)
    /// Last words after a saint's possessive that make the name a place ("St Peter's Basilica",
    /// "St James's Park", FAC) or an institution ("St Thomas's Hospital", "St John's College").
    static let saintsPlace: CueSet = hashes("basilica cathedral church chapel abbey priory minster square park")
    static let saintsInstitution: CueSet = hashes("hospital school college university academy")

    /// "and", "or": between two given names, two people ("Tina and Vicky").
    static let conjunction: CueSet = hashes("and or")

    /// Lower-case words that may sit inside a capitalized name ("Bank of England").
    static let nameConnector: CueSet = hashes("of for the and de del la le von van der on")

    /// Offices addressed by title alone: "Mr President", "Madam Speaker", "Mr Chairman"; and the
    /// clergy greeted in a speech ("Reverend Clergy, members of my family").
    static let addressedOffice: CueSet = hashes("president speaker chairman chairwoman secretary ambassador mayor governor minister premier clergy")
    static let madam = FeatureHash.of("madam", bare: true)

    /// Lower-case particles inside a person's name: "Javier Perez de Cuellar", "Leonardo da Vinci",
    /// "Hans van den Broek".
    static let nameParticle: CueSet = hashes("de da di do dos das del della der den van von du ter ten la")

    /// The particles of French, Italian, Spanish and Portuguese names, which companies' and
    /// places' names have too ("Banque Nationale de Paris", "Punta del Este"); not the Dutch and
    /// German ones ("a Ford van").
    static let romanceParticle: CueSet = hashes("de da di do dos das del della du la")

    /// Particles that make a person's name whatever the tagger read around them: "Osama bin Laden".
    static let patronymic: CueSet = hashes("bin ibn bint")
    static let abu = FeatureHash.of("abu", bare: true)

    static let article: CueSet = hashes("the")

    /// Last words of the names of laws and treaties (OntoNotes LAW, CoNLL MISC): "Clean Air Act",
    /// "Louvre Accord", "Geneva Conventions", "First Amendment"; and of agreements, the commodity
    /// pacts of news ("International Coffee Agreement", 38 of 64 read as organizations over the
    /// news corpus) and the contracts of business e-mail ("Gas Transportation Agreement"). Not
    /// "Guaranty", which ends banks' names as often ("Morgan Guaranty").
    static let law: CueSet = hashes("""
        act acts treaty treaties convention conventions accord accords protocol charter code constitution amendment
        agreement agreements
        """)
    /// Last words of the names of measures and plans ("Retail Price Index", "Marshall Plan"):
    /// MISC in CoNLL, not the organization an acronym after them suggests. Not "survey" or
    /// "programme", which end agencies' names ("U.S. Geological Survey", "World Food Programme").
    static let measure: CueSet = hashes("index indices plan scheme rate")
    /// Last words of the names of a firm's undertakings in e-mail and deals ("the GE Guarantee",
    /// "the J.M. Huber Corporation Guaranty"): after "the", a document, not the firm (which is the
    /// name before the word when a legal form ends it).
    static let undertaking: CueSet = hashes("guaranty guarantee")
    /// ``undertaking`` and ``labor`` in one set: one lookup per span asks for either.
    static let undertakingOrLabor: CueSet = hashes("guaranty guarantee labor labour")
    /// Last words of the names of software and devices ("Adobe Acrobat Reader", "Internet
    /// Explorer", "Google Maps"): OntoNotes PRODUCT, here MISC, not the firm that makes them.
    static let productWord: CueSet = hashes("explorer acrobat reader maps windows excel powerpoint browser toolbar phone phones navigator")
    /// Last words of the names of buildings and works a firm's or a person's name is given to
    /// ("Allied Bank Tower", "Victoria Highway", "Paradise Dam"), of ``facility``; not an airport, whose
    /// authority borrows and trades ("Kansai International Airport are likely to launch
    /// 10-year dollar deals", an organization in CoNLL), a palace or a bridge, which name clubs and
    /// firms ("Crystal Palace" 4 1 2, "Dominion Bridge steel service centers"); the Hindi
    /// "bhavan" and "mahal" name buildings only ("Rashtrapati Bhavan", "Taj Mahal"); nor do a fort,
    /// a temple or towers, last in a name ("Red Fort", "Ram Temple", "Petronas Towers"); a
    /// military base is a place ("Bagram Air Base", "[McChord Air Force Base]ORG": one over the
    /// news corpus).
    static let structure: CueSet = hashes("building tower towers highway road stadium dam bhavan bhawan mahal fort temple base")
    /// Lower-case nouns of settlements and divisions that put a place after "of": "the town of
    /// Mai Mahiu", "the village of Krynky", "the province of Hatay".
    static let settlement: CueSet = hashes("town village city hamlet port province district region county municipality oblast prefecture")
    /// Verbs in the past tense that news writes after a person and seldom after a firm or a
    /// place ("Sunak resigned", "Modi visited Washington"); not "said", which firms do as much.
    /// Function words and verbs that follow a person's name, not a noun the name modifies ("to
    /// Denise once", "if Gerald needs", "Lawson says"; not "the Cole inquiry"):
    /// ``DocumentFeatures/isDoubtedGivenName(_:)``.
    static let afterPersonWord: CueSet = hashes("""
        is was has had have will would can could should did does may might must to at in on with for
        from who than but or once if when said says told tells asked asks wrote writes thinks
        thought knows knew needs wants wanted took takes made makes gave gives got gets sent sends
        called calls came comes went goes left broke spoke saw sees
        """)
    /// Prepositions before places and venues, seldom before a person ("in Sabine", "at Lavera").
    static let beforePlacePreposition: CueSet = hashes("in at near into outside inside behind opposite beside around")
    static let peopleVerb: CueSet = hashes("told met visited resigned spoke criticised criticized arrived campaigned warned")
    static let told = FeatureHash.of("told", bare: true)
    /// Whom a person, seldom a firm, tells ("Nadella told reporters"; a firm tells analysts and
    /// investors as often).
    static let toldByPeople: CueSet = hashes("reporters journalists lawmakers legislators senators supporters parliament")
    /// Nouns of an apposition that make the name before it a firm's, after a comma and "the" or
    /// "a" ("Buick, the maker of the Enclave", "Olivetti, a unit of"); not those a person may be
    /// too ("Murdoch, the publisher of", "Trump, the developer"), nor "company" ("Additionally,
    /// the company said").
    static let firmAppositive: CueSet = hashes("""
        maker makers manufacturer retailer carmaker automaker chipmaker drugmaker steelmaker
        brewer airline lender insurer conglomerate unit subsidiary
        """)
    /// Nouns a firm's name follows in news ("Danish drugmaker Bavarian Nordic", "U.S. chipmaker
    /// Nvidia"): the makers and lenders of ``firmAppositive`` and their like. Not those a person
    /// follows too ("film maker Claude Chabrol", "beef producer Daryl Madder", "coal miner",
    /// "tour operator", "tech giant").
    static let firmBefore: CueSet = hashes("""
        manufacturer retailer carmaker automaker chipmaker drugmaker steelmaker brewer airline
        lender insurer conglomerate exporter firm startup start-up
        """)
    /// Words between a firm's verb and "its" ("Olivetti said in a statement that its profit").
    static let beforeFirmsIts: CueSet = hashes("that in a statement on late earlier today yesterday")
    /// The words that trade a firm before "of" or "in" ("shares of Olivetti", "a stake in Buick").
    static let holding: CueSet = hashes("shares stake stock")
    static let shares = FeatureHash.of("shares", bare: true)
    /// Verbs a firm's shares do after its name ("Olivetti shares fell"); a person "shares" a post.
    static let sharesMove: CueSet = hashes("rose fell were are have had sank slid lost hit")
    /// Verbs a firm speaks or reports by, before "its" ("Olivetti said its profit rose").
    static let firmReports: CueSet = hashes("said says reported posted announced")
    static let its = FeatureHash.of("its", bare: true)
    static let the = FeatureHash.of("the", bare: true)
    static let a = FeatureHash.of("a", bare: true)
    static let `in` = FeatureHash.of("in", bare: true)
    static let it = FeatureHash.of("it", bare: true)
    /// What a person, not a firm, has after the possessive ("Modi's party", "Sunak's wife").
    static let personsOwn: CueSet = hashes("""
        party wife husband son daughter sons daughters father mother brother sister widow family
        aides aide premiership presidency cabinet allies rivals supporters lawyer lawyers
        """)
    /// What a coach or a leader has after the possessive ("Guardiola's side", "Starmer's
    /// government"), read only after a name the tagger took for a person's: a firm has teams too.
    static let personsSide: CueSet = hashes("side team squad men government administration")
    /// Institutions a scientist or an analyst is "of" that are no organization's word elsewhere
    /// ("Dr Jacqueline Mohan of the Marine Biological Laboratory", "Kevin Buley of Chester Zoo").
    static let institution: CueSet = hashes("clinic museum laboratory zoo observatory")
    /// A party's members named for the party after a person's possessive ("Sunak's Conservatives",
    /// "Lula's Socialists", "Merz's Christian Democrats"), and the labour movement's name that is
    /// the party alone ("Starmer's Labour"): the party, not the people.
    static let partyMembers: CueSet = hashes("conservatives tories liberals socialists democrats republicans greens labour")
    /// What a firm does right after its name, not a river or a region ("Jeff Bezos's Amazon agreed").
    static let firmDoes: CueSet = hashes("said says reported posted announced agreed launched bought acquired unveiled")
    /// Verbs after a name that speak for a firm ("Bank Building said").
    static let firmSpeaks: CueSet = hashes("said says")
    /// Bodies a religious or political group's words may head ("Arab League", "Liberal Party").
    static let politicalBody: CueSet = hashes("league union party front movement alliance council congress federation")
    /// "the Constitution", the one law word that names a law alone.
    static let constitution = FeatureHash.of("constitution", bare: true)
    static let of = FeatureHash.of("of", bare: true)
    static let house = FeatureHash.of("house", bare: true)
    /// A tournament's last word after a place's or a sponsor's name ("Hong Kong Open", "BellSouth
    /// Classic", "Melbourne Cup"); "Grand" only before "Prix".
    static let event: CueSet = hashes("open classic cup masters championship championships invitational trophy grand")
    /// A team's last word after its city, and a club's first word before it (``SportsTeams``).
    static let team = CueSet(FeatureHash.words(SportsTeams.teamNames.sorted().joined(separator: " "), bare: true))
    static let clubPrefix = CueSet(FeatureHash.words(SportsTeams.clubPrefixes.sorted().joined(separator: " "), bare: true))
    static let grand = FeatureHash.of("grand", bare: true)
    static let tour = FeatureHash.of("tour", bare: true)
    static let forum = FeatureHash.of("forum", bare: true)
    /// A party named by its members and its creed ("Free Democrats", "Christian Socialists").
    static let partyCreed: CueSet = hashes("free social christian liberal progressive radical national green")
    static let partyMembersNamed: CueSet = hashes("democrats socialists liberals conservatives republicans nationalists")
    /// Around a holiday's name ending in "Day": "on Labor Day", "the Memorial Day weekend".
    static let beforeHoliday: CueSet = hashes("on for since before after until till over through")
    static let afterHoliday: CueSet = hashes("weekend holiday holidays parade celebrations celebration eve")
    static let fire = FeatureHash.of("fire", bare: true)
    static let who = FeatureHash.of("who", bare: true)
    /// Stock market indices named with the number of their members ("S&P 500", "Nikkei 225").
    static let marketIndex: CueSet = hashes("s&p ftse nikkei cac dax stoxx russell nasdaq topix kospi asx aex ibex smi mib wilshire hot billboard")
    static let composite = FeatureHash.of("composite", bare: true)
    static let prix = FeatureHash.of("prix", bare: true)
    /// A parliament's chambers before "House" ("Lower House", "Upper House"): no building.
    static let chamber: CueSet = hashes("lower upper")
    static let state = FeatureHash.of("state", bare: true)
    static let union = FeatureHash.of("union", bare: true)
    static let and = FeatureHash.of("and", bare: true)
    static let group = FeatureHash.of("group", bare: true)
    static let community = FeatureHash.of("community", bare: true)
    static let general = FeatureHash.of("general", bare: true)
    static let administration = FeatureHash.of("administration", bare: true)
    /// "Vice" before a title: "Moody's Vice President George W. Leung".
    static let vice = FeatureHash.of("vice", bare: true)
    /// "Chief Executive": a title of two words whose second alone is none ("the Executive Office").
    static let chief = FeatureHash.of("chief", bare: true)
    static let executive = FeatureHash.of("executive", bare: true)

    private static func hashes(_ words: String) -> CueSet {
        CueSet(FeatureHash.words(words, bare: true))
    }
}

/// A short fixed list of word hashes, found inline: open addressing in a table at least four
/// times the list's size. Cue words are asked about several times per scored token, and the
/// shared ``FoldedKeySet`` lookup was an out-of-line call each time.
struct CueSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    /// `keys` must not contain 0, which marks an empty slot, nor 1 (the shared sets take 0 for
    /// 1, so no cue word had either).
    init(_ keys: [UInt64]) {
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys {
            precondition(key > 1, "a cue word hashes to 0 or 1")
            var slot = Self.slot(key, size - 1)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
        }
        self.slots = slots
        mask = size - 1
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        var slot = Self.slot(key, mask)
        while true {
            let stored = slots[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The words' hashes, for a table that marks several sets at once (``CueMarks``).
    var keys: [UInt64] { slots.filter { $0 != 0 } }

    @inline(__always)
    fileprivate static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }
}

/// Several ``CueSet``s in one table: a word's hash gives one bit per set that holds it, so a pass
/// that asks every capital about the word after it asks once, not once per set.
struct CueMarks: Sendable {
    private let slots: [UInt64]
    private let marks: [UInt8]
    private let mask: Int

    /// Set number `i` of `sets` (at most eight) is bit `1 << i`.
    init(_ sets: [CueSet]) {
        precondition(sets.count <= 8, "one bit per set")
        let count = sets.reduce(0) { $0 + $1.keys.count }
        var size = 16
        while size < count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size), marks = [UInt8](repeating: 0, count: size)
        for (number, set) in sets.enumerated() {
            for key in set.keys {
                var slot = CueSet.slot(key, size - 1)
                while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
                slots[slot] = key
                marks[slot] |= 1 << number
            }
        }
        self.slots = slots
        self.marks = marks
        mask = size - 1
    }

    /// The bits of the sets holding `key`, 0 for none.
    @inline(__always)
    func marks(of key: UInt64) -> UInt8 {
        guard key != 0 else { return 0 }
        var slot = CueSet.slot(key, mask)
        while true {
            let stored = slots[slot]
            if stored == key { return marks[slot] }
            if stored == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
