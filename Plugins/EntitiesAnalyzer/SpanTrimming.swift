import Gazetteer
import TextAnalysis

/// The span conventions about a span's edges (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``):
/// a leading "the", a title or role before a person's name, a possessive clitic, punctuation and
/// an e-mail signature's contact words stay outside; a regnal numeral stays inside; greetings,
/// numerals and titles of reviews alone name nothing.
extension DocumentFeatures {
    /// Two letters after a capitalized word and a comma: a state's postal code ("Tulsa, OK"), not
    /// the word of ``CueWords/notAName`` they spell.
    private func isPostalCode(_ index: Int) -> Bool {
        index >= 2 && document.tokens[index].span.bytes.count == 2
            && document.token(document.tokens[index - 1], is: UInt8(ascii: ",")) && facts[index - 2].isCapitalized
    }

    /// (Not inlined into ``trim(_:cues:)``, which is asked of every span; few are this long.)
    @inline(never)
    private func isTitleCaseSentence(_ span: EntitySpan) -> Bool {
        span.tokens.dropFirst().contains { facts[$0].isCapitalized && !facts[$0].isAllCaps && CueWords.addressPronoun.contains(facts[$0].bare) }
    }

    /// The cue lists ``trim(_:cues:)`` asks of most spans, read once per document: each read of
    /// a static is a call (35 k calls, 0.3 M instructions per MB of news).
    struct TrimCues {
        let notAName = CueWords.notAName, greeting = CueWords.greeting, title = CueWords.title
        let personalTitle = CueWords.personalTitle, article = CueWords.article
        let month = CueWords.month, goVerb = CueWords.goVerb, facilityKind = CueWords.facilityKind
        let fed = CueWords.fed, up = CueWords.up
    }

    /// (Inlined into its one caller, which asks it of every span.)
    @inline(__always)
    func trim(_ span: EntitySpan, cues: TrimCues) -> EntitySpan? {
        var span = span
        // "Hi,", "FYI", "ASAP": greetings and the office's abbreviations name nothing.
        if span.tokens.count == 1, cues.notAName.contains(facts[span.tokens.lowerBound].bare), !isPostalCode(span.tokens.lowerBound) {
            return nil
        }
        // "Fed up with delays, residents...": the idiom, not the Federal Reserve (since stop 27).
        if span.tokens.count == 1, facts[span.tokens.lowerBound].bare == cues.fed, span.tokens.upperBound < facts.count,
           facts[span.tokens.upperBound].bare == cues.up {
            return nil
        }
        // "III." heading a section, "phase III": a numeral alone names nothing (a ticker does: "<IV>").
        if span.tokens.count == 1, facts[span.tokens.lowerBound].isAllCaps, isRomanNumeral(span.tokens.lowerBound),
           span.tokens.lowerBound == 0 || !document.token(document.tokens[span.tokens.lowerBound - 1], is: UInt8(ascii: "<")) {
            return nil
        }
        // A review's title in title case read as an organization: "You" or "Your" after its first
        // word. (Spans of four words or more: titles of works, MISC, may address the reader.)
        if span.tokens.count >= 4, span.type != .miscellaneous, isTitleCaseSentence(span) { return nil }
        while span.tokens.count > 1, cues.greeting.contains(facts[span.tokens.lowerBound].bare) {
            span.tokens = span.tokens.dropFirst()
        }
        // "Chancellor Olaf Scholz" read as one organization: a title opening a person's name.
        if span.type != .person, span.tokens.count >= 3, cues.title.contains(facts[span.tokens.lowerBound].bare),
           looksLikePersonName(span.tokens.dropFirst()) {
            span.type = .person
            span.isConfirmedByRule = true
        }
        // "President Bush" read as a place, "[Cardinal Bernardin]ORG": a title only people take,
        // right before a name or two that are seldom common words or opening the span with them,
        // makes them a person's.
        // The title must be written as one ("MS Australia" is no Ms); inside the span, the
        // tagger's reading yields only to words seldom common and naming no place ("Admiral
        // Builders Savings", "King County" stay as they were).
        // (Asked of spans of one to three words not read as a person's: the others need no lookup.)
        let titleOpens = span.type != .person && (2...3).contains(span.tokens.count)
            && cues.personalTitle.contains(facts[span.tokens.lowerBound].bare)
        let name = titleOpens ? span.tokens.dropFirst() : span.tokens
        let commonShare = titleOpens ? 0.2 : 0.5
        if span.type != .person, name.count <= 2, name.lowerBound > 0, !facts[name.lowerBound - 1].isAllCaps,
           titleOpens || cues.personalTitle.contains(facts[name.lowerBound - 1].bare),
           name.allSatisfy({ facts[$0].isCapitalized && !facts[$0].isAllCaps && !CueWords.organization.contains(facts[$0].bare)
               && (extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) ?? 0) < commonShare }),
           !titleOpens || !name.contains(where: { CueWords.placeWord.contains(facts[$0].bare) }) {
            span.type = .person
            span.isConfirmedByRule = true
        }
        while span.tokens.count > 1 {
            let first = facts[span.tokens.lowerBound]
            let isArticle = cues.article.contains(first.bare)
            let isTitle = span.type == .person && (cues.title.contains(first.bare) || cues.personalTitle.contains(first.bare))
            guard isArticle || isTitle else { break }
            span.tokens = span.tokens.dropFirst()
        }
        // "[Labour MPs]ORG voted": the party's members are outside its name.
        if span.tokens.count > 1, CueWords.partyMembersAfter.contains(facts[span.tokens.upperBound - 1].bare) {
            span.tokens = span.tokens.dropLast()
        }
        // "[New York Attorney]GPE General Letitia James": an office of the law ends no name.
        if span.type != .person, span.tokens.count > 1, CueWords.officeTitle.contains(facts[span.tokens.upperBound - 1].bare) {
            span.tokens = span.tokens.dropLast()
            // ("[Special Prosecutor]MISC": a title alone names nothing.)
            if span.tokens.count == 1, CueWords.titleModifier.contains(facts[span.tokens.lowerBound].bare) { return nil }
        }
        // "Mr President", "Madam Speaker": a form of address names no one ("Mr King" does).
        if span.type == .person, span.tokens.count == 1, span.tokens.lowerBound > 0,
           CueWords.addressedOffice.contains(facts[span.tokens.lowerBound].bare),
           cues.personalTitle.contains(facts[span.tokens.lowerBound - 1].bare) || facts[span.tokens.lowerBound - 1].bare == CueWords.madam {
            return nil
        }
        // "Congress I think", "All I want": the pronoun "I" before a verb ends no name, and a
        // common word left alone before it ("All", "Now", "Well") is none.
        if span.tokens.count > 1, let last = span.tokens.last, facts[last].bare == CueWords.pronounI,
           document.tokens[last].span.bytes.count == 1, last + 1 < facts.count, CueWords.afterPronoun.contains(facts[last + 1].bare) {
            span.tokens = span.tokens.dropLast()
            if span.tokens.count == 1, (extractor.lexicon.lowerCaseShare(key: facts[span.tokens.lowerBound].nameKey) ?? 0) >= 0.5 { return nil }
        }
        // "Reagan's veto of", "Act of", "Bank and the": a name ends in a capitalized word, never
        // in a clitic, punctuation or a lower-case connector the tagger ran on into, nor in an
        // e-mail address or a link ("McDermott mjmcdermott@hotmail.com" in a signature).
        // A name written all in lower case ("taco bell", in web text) is left as it is, and so is
        // a word joined by a hyphen ("U.S.-based").
        while let last = span.tokens.last,
              document.tokens[last].kind == .clitic || document.tokens[last].kind == .punctuation
                || document.tokens[last].kind == .email || document.tokens[last].kind == .url
                || span.tokens.count > 1 && facts[last].isWord && !facts[last].hasUppercase && facts[span.tokens.lowerBound].hasUppercase
                    && spaced(last) {
            // "Securities Act of 1934", "Group of 24": the year or number after "of" ends the name.
            if span.type != .person, span.tokens.count > 1, facts[last].bare == CueWords.of, last + 1 < facts.count,
               document.tokens[last + 1].kind == .number, spaced(last + 1) {
                span.tokens = span.tokens.lowerBound..<last + 2
                break
            }
            span.tokens = span.tokens.dropLast()
        }
        // "John Staikos Direct Dial: 203…", "[Phone]PERSON 410-468-3798": an e-mail signature's
        // contact words before a colon or a number are no part of the name before them.
        if span.type == .person, let last = span.tokens.last, CueWords.contactWord.contains(facts[last].bare), beginsContactDetail(last + 1) {
            while let last = span.tokens.last, CueWords.contactWord.contains(facts[last].bare) { span.tokens = span.tokens.dropLast() }
            if span.tokens.isEmpty { return nil }
        }
        if let last = span.tokens.last, span.tokens.count > 1, extractor.gazetteer.isDemonym(key: facts[last].nameKey),
           span.tokens.dropLast().allSatisfy({ (extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) ?? 0) >= 0.9 }) {
            // "Many Ukrainians" at a sentence start: common words before a demonym are not a name.
            span.tokens = last..<last + 1
            span.type = .miscellaneous
        }
        if span.type == .person, let numeral = regnalNumeral(after: span.tokens) { span.tokens = span.tokens.lowerBound..<numeral + 1 }
        // "the BEST pizza", "Sept. 11", "go Disco dancing", "[The Federal] prison": a common word
        // left alone names nothing.
        if span.tokens.count == 1, !span.isConfirmedByRule, isCommonWordAlone(span.tokens.lowerBound, cues: cues) { return nil }
        return span.tokens.isEmpty ? nil : span
    }

    /// A word alone that names nothing whatever the tagger read in it (asked of one-word spans,
    /// its first tests inlined: most are no capitals, month or word after "go"):
    /// - a common word written in capitals for emphasis in a sentence in mixed case, as reviews
    ///   and forum posts write them ("the BEST photographer", "WOW", "ALWAYS friendly"): one that
    ///   news writes in lower case nine times in ten and a hundred times at least (not an
    ///   acronym seen in lower case in a link, "USDA"), alone in capitals, not after "the" (the
    ///   "WHO"), nor a listed firm's name or one the document writes in brackets ("SEAT", "IDEA");
    /// - a month before a number ("Sept. 11 Commission", "Oct. 3"), a date, not the organization
    ///   the tagger read in its capital;
    /// - a capitalized word between "go" and a verb in "-ing", an activity ("I go Disco dancing",
    ///   "went Scuba diving");
    /// - a level of government before a facility's noun, a kind of facility ("Enactment of
    ///   Federal airport legislation").
    @inline(__always)
    private func isCommonWordAlone(_ index: Int, cues: TrimCues) -> Bool {
        let fact = facts[index]
        if fact.isAllCaps { return isEmphasis(index) }
        guard fact.isCapitalized, index + 1 < facts.count else { return false }
        if cues.month.contains(fact.bare) { return document.tokens[index + 1].kind == .number && spaced(index + 1) }
        if cues.facilityKind.contains(fact.bare) { return CueWords.startsFacilityNoun(at: index + 1, facts: facts) }
        return index > 0 && cues.goVerb.contains(facts[index - 1].bare) && isActivityVerb(index + 1)
    }

    @inline(never)
    private func isEmphasis(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .word, document.tokens[index].span.bytes.count >= 3,
              index == 0 || !(facts[index - 1].isAllCaps && facts[index - 1].isWord) && facts[index - 1].bare != CueWords.the,
              index + 1 == facts.count || !(facts[index + 1].isAllCaps && facts[index + 1].isWord),
              let share = extractor.lexicon.lowerCaseShare(key: facts[index].nameKey), share >= 0.9,
              (extractor.lexicon.lowerCaseCount(key: facts[index].nameKey) ?? 0) >= 100,
              !CueWords.knownOrganization.contains(facts[index].bare), extractor.lexicon.knownOrganization(key: facts[index].nameKey) == nil
        else { return false }
        return isInMixedCase(index) && !isBracketedInDocument(facts[index].identity)
    }

    /// Whether the document writes the word in parentheses or angle brackets anywhere, as an
    /// acronym after its expansion ("Sociedad Espanola de Automoviles de Turismo (SEAT)") or a
    /// ticker ("IDEA INC <IDEA>"): a firm's name, not a word in capitals for emphasis. (Asked of
    /// the few common words in capitals in a sentence in mixed case.)
    private func isBracketedInDocument(_ word: UInt64) -> Bool {
        for token in 1..<max(1, facts.count) where facts[token].identity == word {
            let before = document.tokens[token - 1]
            if document.token(before, is: UInt8(ascii: "(")) || document.token(before, is: UInt8(ascii: "<")) { return true }
        }
        return false
    }

    /// A lower-case word in "-ing" after the word before it ("dancing", "diving").
    private func isActivityVerb(_ index: Int) -> Bool {
        let bytes = document.tokens[index].span.bytes
        guard facts[index].isWord, !facts[index].hasUppercase, bytes.count >= 5, spaced(index) else { return false }
        return document.bytes[bytes.upperBound - 3..<bytes.upperBound].elementsEqual("ing".utf8)
    }

    /// A colon, a number or a number in parentheses ("(713) 853-3242") at `index`: a contact line's
    /// detail.
    private func beginsContactDetail(_ index: Int) -> Bool {
        guard index < facts.count else { return false }
        let token = document.tokens[index]
        if token.kind == .number || document.token(token, is: UInt8(ascii: ":")) { return true }
        return index + 1 < facts.count && document.token(token, is: UInt8(ascii: "(")) && document.tokens[index + 1].kind == .number
    }

    /// "II", "XIV": a word of up to four of the capitals I, V and X.
    private func isRomanNumeral(_ index: Int) -> Bool {
        let bytes = document.tokens[index].span.bytes
        guard bytes.count <= 4, facts[index].isAllCaps, document.tokens[index].kind == .word else { return false }
        return document.bytes[bytes].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }

    /// "Pope John Paul II", "Henry Ford II", "Queen Elizabeth I": a Roman numeral after a person's
    /// name is part of it; "I" only after a title ("King Baudouin I"), not the pronoun ("Bush I
    /// think"). The numeral's index, nil when there is none.
    func regnalNumeral(after name: Range<Int>) -> Int? {
        let next = name.upperBound
        guard next < facts.count, facts[next].isAllCaps, isRomanNumeral(next), spaced(next) else { return nil }
        if facts[next].bare == CueWords.pronounI {
            guard name.lowerBound > 0, CueWords.personalTitle.contains(facts[name.lowerBound - 1].bare),
                  next + 1 == facts.count || !CueWords.afterPronoun.contains(facts[next + 1].bare) else { return nil }
        }
        return next
    }
}
