import TextAnalysis

// Ages: "aged 35", "Smith, 42,", "died at 85", "turned 80", "in his 40s" (DURATION or RANGE with `age`).
extension NumberScanner {
    /// "in his 40s", "in her late twenties", "a man in his mid-60s": the decade of a life, a RANGE
    /// of ages in years (`age: true`) like "aged 18 to 25". The span is the decade and its
    /// early/mid/late, which keeps the decade's grain (as "late 2026" does); "his"/"her"/"their"
    /// before it is what makes it an age ("the 1960s" and "in the sixties" are not).
    func lifeDecade(_ decade: Int, at start: Int, end: Int) -> NumberMatch? {
        guard (10...90).contains(decade) else { return nil }
        var begin = start
        if wordIs(begin - 1, "-"), attached(begin), attached(begin - 1), isListed(tables.periodPrefixes, begin - 2) {
            begin -= 2 // "mid-60s"
        } else if isListed(tables.periodPrefixes, begin - 1) {
            begin -= 1
        }
        guard isListed(Self.lifePossessives, begin - 1) else { return nil }
        return NumberMatch(label: .range, tokens: begin..<end,
                           attributes: ["low": .int(decade), "high": .int(decade + 9), "unit": "yr", "age": true], date: nil, counts: nil)
    }

    /// "the 18-24 age group": a range before these is of ages.
    static let ageBands: WordList = ["group", "groups", "bracket", "brackets", "range", "band", "bands", "category"]

    /// Before an age or a range of ages, whose unit is years.
    static let ageWords: WordList = ["aged", "ages", "age"]

    /// Before a decade of life ("in his 40s").
    static let lifePossessives: WordList = ["his", "her", "their"]

    /// "a man aged 35", "at age 92", "aged 19 and 22": a bare number of years after an age word is an age, a
    /// DURATION like "35 years old" with `age: true` (see CONVENTIONS.md).
    /// Changes the match in place: the many that are no age are not copied.
    func markAge(_ match: inout NumberMatch) {
        // "at the age of 50"
        let lead = match.tokens.lowerBound - 1
        let theAgeOf = wordIs(lead - 1, "age") && wordIs(lead, "of") && wordIs(lead - 2, "the")
        // (After "the age of" a word after the number is no counted noun: "under the age of 16 needs".)
        guard match.counts == nil || theAgeOf && match.attributes.count == 1 else { return }
        // The amount first: most bare counts are no age's ("1,500 and", "a 2-1 vote"), and the
        // tests of the words around them below cost several times more.
        guard let years = match.attributes["value"]?.intValue, (1...130).contains(years) else { return }
        var bound: (start: Int, comparator: String)?
        if theAgeOf, let comparator = Self.ageBounds[lowered(lead - 3)] {
            bound = (lead - 3, comparator) // "over the age of 65": the bound's words in the span, as in "over 65"
        } else if wordIs(lead, "as"), wordIs(lead - 2, "as"), match.attributes.count == 1 {
            // "as young as 10" is the low end of the ages, as "as few as" is of counts.
            if wordIs(lead - 1, "young") { bound = (lead - 2, ">=") } else if wordIs(lead - 1, "old") { bound = (lead - 2, "<=") }
        }
        guard bound != nil || theAgeOf || isListed(Self.ageWords, lead)
                || (kind(lead - 1) == .number && isListed(Self.ageWords, lead - 2) && (wordIs(lead, "and") || wordIs(lead, "or"))) // "aged 19 and 22"
                || (wordIs(lead, ",") && isApposedAge(match.tokens, fields: match.attributes.count)) || (wordIs(lead, "at") && isLifeEventAge(after: lead - 1, end: match.tokens.upperBound)) // "died at 85"
                || (isListed(Self.turningVerbs, lead) && match.attributes.count == 1 && isTurnedAge(end: match.tokens.upperBound)) // "who turned 80 last year"
                || (lead >= 0 && tokens[lead].span.bytes.count <= 4 && isAgeBeForm(lead) && isStatedAge(match.tokens, fields: match.attributes.count)) // "He is 46 and"
        else { return }
        match.label = .duration
        match.attributes["value"] = .string("P\(years)Y")
        match.attributes["age"] = true
        match.counts = nil
        if let (start, comparator) = bound {
            match.tokens = start..<match.tokens.upperBound
            match.attributes["comparator"] = .string(comparator)
        }
    }

    /// Before "the age of": a bound on the age ("children under the age of 18").
    static let ageBounds: [String: String] = ["over": ">", "above": ">", "under": "<", "below": "<"]

    static let turningVerbs: WordList = ["turned", "turns", "turning", "turn"]

    /// "turned 80 last year", "turns 66 soon", "when they turn 18,": a number of years ends the
    /// clause after "turn" (else it is a move: "turned 2 points lower" counts points).
    func isTurnedAge(end: Int) -> Bool {
        guard end < tokenCount else { return true }
        return isListed(tables.clauseEnds, end) || isListed(Self.turnedFollowers, end)
    }

    static let turnedFollowers: WordList = [
        "and", "on", "in", "last", "this", "next", "soon", "earlier", "later", "today", "yesterday", "tomorrow", "when", "before",
        "while", "but", "or", "-", "—", ")", "!", "?",
    ]

    /// "Gordon Davis, 50, will replace", "Drexler, 42, had been", "the suspect, 32, was charged": a
    /// bare number set off by commas after a name or a word for a person is the person's age (the
    /// news convention). The word after the second comma is in lower case, as a verb or a title is,
    /// and no number stands before the name: "Boston, 12, Chicago, 15, and Denver" is a list of counts.
    /// `fields`: how many the match has (only a bare value qualifies). The caller has seen the first comma.
    func isApposedAge(_ span: Range<Int>, fields: @autoclosure () -> Int) -> Bool {
        let lead = span.lowerBound - 1, end = span.upperBound
        guard wordIs(end, ","), span.count == 1, fields() == 1,
              kind(end + 1) == .word, !isCapitalized(end + 1), kind(lead - 1) == .word || kind(lead - 1) == .abbreviation,
              case let digits = tokens[span.lowerBound].span.bytes, digits.count <= 3, bytes[digits].allSatisfy(Self.isDigit) else { return false }
        if wordIs(lead - 2, ","), kind(lead - 3) == .number { return false }
        if isIn(Self.personWords, lead - 1) { return true }
        return isCapitalized(lead - 1) && !isAllCaps(lead - 1) && lookup(tables.months, lead - 1) == nil && lookup(tables.weekdays, lead - 1) == nil
    }

    /// "He is 46 and has three children", "She was 17 when she left", "the defendant, who is 19,":
    /// a bare number of up to three digits after a form of "be" whose subject is a person (a
    /// personal pronoun, "who", or a word for a person just before) is an age when it ends its
    /// clause or a word that goes on with the clause follows ("when", "and", "last year"); "He was
    /// 10 points behind", "It is 50", "the company is 50" are none. `fields`: as for ``isApposedAge(_:fields:)``.
    func isStatedAge(_ span: Range<Int>, fields: @autoclosure () -> Int) -> Bool {
        let be = span.lowerBound - 1, end = span.upperBound
        guard span.count == 1, fields() == 1, case let digits = tokens[span.lowerBound].span.bytes, digits.count <= 3, bytes[digits].allSatisfy(Self.isDigit),
              end >= tokenCount || isListed(tables.clauseEnds, end) || isStatedAgeFollower(end),
              wordIs(be - 1, "he") || wordIs(be - 1, "she") || wordIs(be - 1, "who") || wordIs(be - 1, "i") || isIn(Self.personWords, be - 1) else { return false }
        // "I am 46"; "she's 30" (a possessive after a noun is no verb: "the driver's 3").
        if wordIs(be, "am") { return wordIs(be - 1, "i") }
        return wordIs(be, "is") || wordIs(be, "was") || wordIs(be - 1, "he") || wordIs(be - 1, "she")
    }

    /// A form of "be" between a person and an age ("is 46", "was 17", "she's 30"). (Tests, not a
    /// word list: asked of every count's word before, and a list's tables cost their building.)
    func isAgeBeForm(_ index: Int) -> Bool {
        // By length first: a test with a literal that is not ASCII compares Strings.
        switch tokens[index].span.bytes.count {
        case 2: return wordIs(index, "is") || wordIs(index, "am") || wordIs(index, "'s")
        case 3: return wordIs(index, "was")
        case 4: return bytes[tokens[index].span.bytes.lowerBound] == 0xE2 && wordIs(index, "’s")
        default: return false
        }
    }

    /// After a stated age, words that go on with the clause ("He is 46 and", "was 17 when"); not
    /// "in" or "on", after which a number is a place in a ranking ("she is 3 in the world").
    func isStatedAgeFollower(_ index: Int) -> Bool {
        switch tokens[index].span.bytes.count {
        case 1: return wordIs(index, "-") || wordIs(index, ")") || wordIs(index, "!") || wordIs(index, "?")
        case 2: return wordIs(index, "so")
        case 3: return wordIs(index, "and") || wordIs(index, "but") || wordIs(index, "now") || wordIs(index, "yet")
                || bytes[tokens[index].span.bytes.lowerBound] == 0xE2 && wordIs(index, "—")
        case 4: return wordIs(index, "when") || wordIs(index, "this") || wordIs(index, "next") || wordIs(index, "last")
        case 5: return wordIs(index, "today")
        default: return false
        }
    }


    /// "died at 85"; "became a mother at 19", "married at 25 and divorced at 30", "retired at 60.":
    /// an event of a life, the number after "at" the age it came at. Only a death reads an age
    /// before anything: after the others the number must end its clause ("retired at 60 bases").
    func isLifeEventAge(after event: Int, end: Int) -> Bool {
        isListed(Self.deathVerbs, event) || (isListed(Self.lifeEvents, event) && (isListed(tables.clauseEnds, end) || wordIs(end, "and")))
    }

    static let deathVerbs: WordList = ["died", "dies", "dead", "death"]

    static let lifeEvents: WordList = [
        "mother", "father", "parent", "grandmother", "grandfather", "widow", "widower", "married", "marry", "divorced", "widowed",
        "orphaned", "retired", "retire", "retiring", "emigrated",
        // a career's steps (stop 28): "turned professional at 16 and", "made his debut at 17.",
        // "enlisted at 18", "graduated at 20."
        "professional", "pro", "debut", "debuted", "enlisted", "graduated",
    ]

    static let personWords: WordSet = [
        "man", "woman", "boy", "girl", "suspect", "victim", "teenager", "driver", "mother", "father", "son", "daughter", "wife", "husband",
        "brother", "sister", "student", "pilot", "soldier", "officer", "resident", "passenger", "patient", "friend", "partner", "gunman",
        "toddler", "baby", "infant", "child", "teen", "grandmother", "grandfather",
        // people named by what they do: "The singer, 34, wrapped the tour" (twenty-fourth stop)
        "singer", "actor", "actress", "rapper", "musician", "artist", "author", "writer", "star", "model", "player", "striker",
        "midfielder", "defender", "goalkeeper", "coach", "athlete", "champion", "swimmer", "runner", "boxer", "golfer", "cyclist",
        "teacher", "nurse", "doctor", "lawyer", "journalist", "reporter", "photographer", "worker", "farmer", "chef", "owner",
        "founder", "chairman", "chairwoman", "executive", "professor", "scientist", "engineer", "entrepreneur", "billionaire",
        "activist", "candidate", "lawmaker", "veteran", "refugee", "migrant", "protester", "survivor", "defendant", "inmate",
        "prisoner", "neighbour", "neighbor", "firefighter", "grandson", "granddaughter", "nephew", "niece", "cousin", "mom", "dad",
        // offices and trades business and politics name people by ("The fund manager, 58, will step
        // down", "the minister, 52, said"; stop 26)
        "minister", "director", "manager", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor",
        "senator", "judge", "businessman", "businesswoman", "banker", "investor", "economist", "analyst", "designer", "producer",
        "comedian", "presenter", "broadcaster", "footballer", "cricketer", "captain", "priest", "pastor", "diplomat", "ambassador",
        "chancellor", "ceo", "chairperson", "congressman", "congresswoman", "mp", "tycoon", "magnate", "heiress",
    ]
}

// "30-something", "twentysomethings" (nineteenth round).
extension NumberScanner {
    /// "a 30-something teacher", "the 20-somethings": a RANGE of ages over the decade, `yr` with
    /// `age`, as "in his 30s" is (the number alone had been a CARDINAL 30). `something` is the
    /// word after the hyphen.
    func somethingAge(_ decade: Int, at start: Int, something: Int) -> NumberMatch? {
        guard (20...90).contains(decade), decade % 10 == 0, attached(something), wordIs(something, "something") || wordIs(something, "somethings") else { return nil }
        return NumberMatch(label: .range, tokens: start..<(something + 1),
                           attributes: ["low": .int(decade), "high": .int(decade + 9), "unit": "yr", "age": true], date: nil, counts: nil)
    }

    /// "twenty-something", "thirtysomethings", "forty-somethings" in one word.
    func somethingAge(word index: Int) -> NumberMatch? {
        var text = lowered(index)
        if text.hasSuffix("s") { text.removeLast() }
        guard text.hasSuffix("something") else { return nil }
        text.removeLast(9)
        if text.hasSuffix("-") { text.removeLast() }
        guard let decade = NumberWords.tens[text] else { return nil }
        return NumberMatch(label: .range, tokens: index..<(index + 1),
                           attributes: ["low": .int(decade), "high": .int(decade + 9), "unit": "yr", "age": true], date: nil, counts: nil)
    }
}
