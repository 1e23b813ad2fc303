import Gazetteer
import TextAnalysis

/// The span conventions about companies and capitals headlines (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): a headline spells the
/// names its story gives, a possessive ends a firm's name, and a name before a legal form is a
/// company's throughout the story.
extension DocumentFeatures {
    /// An ALL-CAPS headline names people before the text introduces them ("ZELENSKY MEETS
    /// BIDEN"), where the tagger has no case and no memory to go on: an untagged word of such a
    /// line that the document tags elsewhere as a name on its own, or as part of a person's
    /// name, gets that type (and that mention's confidence).
    func addHeadlineMentions(_ spans: inout [EntitySpan]) {
        // Most documents have no such line: then nothing below is needed.
        guard capsLines.contains(true) else { return }
        // The map below is asked only about words in capitals on such lines, a few per
        // document: one bit per such word keeps most spans' words out of it (filling it for
        // every span cost about 126 instructions a word).
        var asked: UInt64 = 0
        for (sentence, isCapsLine) in zip(sentences, capsLines) where isCapsLine {
            for index in sentence where facts[index].isAllCaps { asked |= 1 << (facts[index].identity & 63) }
        }
        var types = SmallKeyMap<(type: EntityType, confidence: Float)>(capacity: spans.count)
        func mayBeAsked(_ token: Int) -> Bool { asked & (1 << (facts[token].identity & 63)) != 0 }
        for span in spans {
            if span.tokens.count == 1, mayBeAsked(span.tokens.lowerBound) { types[facts[span.tokens.lowerBound].identity] = (span.type, span.confidence) }
            if span.type == .person { for token in span.tokens where mayBeAsked(token) { types[facts[token].identity] = (.person, span.confidence) } }
        }
        guard !spans.isEmpty else { return }
        // Whether a span covers the token at `index`, asked with indices that never decrease:
        // the spans come by start, so a cursor past those that end before it answers, where a
        // flag per token of the document was filled for every document with such a line.
        var cursor = 0
        func isCovered(_ index: Int) -> Bool {
            while cursor < spans.count && spans[cursor].tokens.upperBound <= index { cursor += 1 }
            return cursor < spans.count && spans[cursor].tokens.lowerBound <= index
        }
        // Names of several words the text writes in mixed case: a headline spells them in
        // capitals ("MORGAN STANLEY" over "Morgan Stanley said"), a person's word by word; not a
        // title the tagger took for a name ("Crown Prince"). One bit per first word of such a
        // name: most headline words are told apart from all of them by one test.
        var heads: UInt64 = 0
        for span in spans where isLongName(span) { heads |= 1 << (facts[span.tokens.lowerBound].identity & 63) }
        // Those names by their first word, made when a headline's word may open one.
        var longNames: NamesByWord?
        var added: [EntitySpan] = []
        for (sentence, isCapsLine) in zip(sentences, capsLines) where isCapsLine {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard !isCovered(index), facts[index].isAllCaps, facts[index].isWord else { index += 1; continue }
                if heads & (1 << (facts[index].identity & 63)) != 0 {
                    // The span after `cursor` starts past `index`: the name's tokens are free up to it.
                    let limit = min(cursor < spans.count ? spans[cursor].tokens.lowerBound : sentence.upperBound, sentence.upperBound)
                    var longest: (tokens: Range<Int>, name: EntitySpan)?
                    if longNames == nil {
                        longNames = NamesByWord(spans.lazy.map(\.tokens), facts: facts, document: document, distinctText: true) { isLongName(spans[$0]) }
                    }
                    for number in longNames!.names(with: facts[index].identity) {
                        let name = spans[number]
                        let words = spelledWords(of: name.tokens, at: index, limit: limit)
                        if !words.isEmpty, words.count > longest?.tokens.count ?? 0 { longest = (words, name) }
                    }
                    if let (tokens, name) = longest {
                        added.append(EntitySpan(confirmed: name.type, tokens: tokens, confidence: name.confidence))
                        index = tokens.upperBound
                        continue
                    }
                }
                guard let (type, confidence) = types[facts[index].identity] else { index += 1; continue }
                var end = index + 1
                while type == .person, end < sentence.upperBound, !isCovered(end), facts[end].isAllCaps,
                      types[facts[end].identity]?.type == .person { end += 1 }
                added.append(EntitySpan(confirmed: type, tokens: index..<end, confidence: confidence))
                index = end
            }
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// A name of several words in mixed case, not a person's nor a title ("Crown Prince"); its
    /// first word may be initials ("B.C. Resources").
    func isLongName(_ span: EntitySpan) -> Bool {
        span.tokens.count > 1 && span.type != .person && !CueWords.title.contains(facts[span.tokens.upperBound - 1].bare)
            && span.tokens.contains { !facts[$0].isAllCaps }
    }

    /// The tokens from `index` (before `limit`) that spell `name`, or its words before the
    /// company's legal form or "Group" ("MORGAN STANLEY" over "Morgan Stanley Group"; not "NEW
    /// YORK" over "New York Times"); empty when they spell neither.
    func spelledWords(of name: Range<Int>, at index: Int, limit: Int) -> Range<Int> {
        if index + name.count <= limit, sameWords(name, index..<index + name.count) { return index..<index + name.count }
        let last = facts[name.upperBound - 1].bare
        guard name.count > 2, CueWords.legalForm.contains(last) || last == CueWords.group,
              index + name.count - 1 <= limit, sameWords(name.dropLast(), index..<index + name.count - 1) else { return index..<index }
        return index..<index + name.count - 1
    }

    /// "CHASE MANHATTAN STUDYING ITALIAN EXPANSION" over "Chase Manhattan Bank said …": a name in
    /// capitals that the tagger, with no case to go on, read as a person is the company whose
    /// longer name the text opens with those words (72 headlines over the news corpus, "MERRILL",
    /// "PERRY DRUG", "DUKE POWER"), unless the text names a person with that word.
    func retypeHeadlineCompanies(_ spans: inout [EntitySpan]) {
        var mixedCase: NamesByWord?
        for index in spans.indices where spans[index].type == .person && !spans[index].tokens.isEmpty && spans[index].tokens.allSatisfy({ facts[$0].isAllCaps }) {
            let name = spans[index].tokens
            let first = facts[name.lowerBound].identity
            var company = false
            // (Made at the first such person: most documents have none. Only names in capitals,
            // which the candidates are not, change type below.)
            if mixedCase == nil {
                mixedCase = NamesByWord(spans.lazy.map(\.tokens), facts: facts, document: document, distinctText: false) { !facts[spans[$0].tokens.lowerBound].isAllCaps }
            }
            for number in mixedCase!.names(with: first) {
                let other = spans[number]
                if other.type == .person { company = false; break }
                if other.type == .organization, other.tokens.count > name.count,
                   zip(name, other.tokens).allSatisfy({ facts[$0].identity == facts[$1].identity }) { company = true }
            }
            if company { spans[index].type = .organization }
        }
    }

    /// "Boatmen's Bancshares Inc.", "Hudson's Bay Co", "Fireman's Fund": a word the document
    /// never writes without "'s", before an organization's name, is the start of that name, and
    /// its other mentions with their "'s" are the company ("Boatmen's was the prize in
    /// Missouri": 7 "Boatmen" in the CoNLL development set had been cut from it). Not a word the
    /// tagger read as a place or a person ("Sweden's Telefon AB", "Maxwell's British Printing"),
    /// nor a common or organization word ("Tonight's", "Corp's").
    func joinPossessiveCompanies(_ spans: inout [EntitySpan], minimumConfidence: Float) {
        var index = 0
        // Each join steps back to the joined name; a bound on them keeps a text built of
        // possessives ("A's B's C's Corp") linear.
        var joins = 0
        var capitalizedWords: NamesByWord?
        // The spans' ranges, made when a mention is asked about, again after each join.
        var overlaps: SpanOverlaps?
        while index < spans.count, joins < 16 {
            let company = spans[index].tokens
            index += 1
            // Cheap tests first: most spans follow no possessive.
            guard company.lowerBound >= 3, spans[index - 1].type == .organization, let word = possessor(before: company.lowerBound) else { continue }
            let identity = facts[word].identity
            let head = facts[company.lowerBound]
            guard facts[word].isCapitalized, !facts[word].isAllCaps, facts[word].isWord, spaced(company.lowerBound),
                  !CueWords.organization.contains(facts[word].bare), !CueWords.legalForm.contains(facts[word].bare),
                  !CueWords.month.contains(facts[word].bare), !CueWords.weekday.contains(facts[word].bare),
                  (extractor.lexicon.lowerCaseShare(key: facts[word].nameKey) ?? 0) < 0.5,
                  // What follows names the kind of firm, not another firm ("Citicorp's Citibank").
                  CueWords.legalForm.contains(head.bare) || CueWords.organization.contains(head.bare)
                    || (extractor.lexicon.lowerCaseShare(key: head.nameKey) ?? 0) >= 0.5,
                  !isLargePlace(word..<word + 1),
                  // Not the end of a longer name ("Standard and Poor's Corp").
                  word < 2 || !facts[word - 2].isCapitalized
                    || !(CueWords.nameConnector.contains(facts[word - 1].bare) || document.token(document.tokens[word - 1], is: UInt8(ascii: "&"))) else { continue }
            // Every mention of the word has its "'s", and none is a place's or a person's or part of a longer name.
            // (The capitalized words by word, made at the first such word: scanning them all for
            // each was quadratic in a long document.)
            if capitalizedWords == nil {
                capitalizedWords = NamesByWord(uppercase.tokens.lazy.map { $0..<$0 + 1 }, facts: facts, document: document, distinctText: false)
            }
            var mentions: [Range<Int>] = []
            for number in capitalizedWords!.names(with: identity) {
                let token = uppercase.tokens[number]
                guard let end = possessiveEnd(after: token) else { mentions = []; break }
                mentions.append(token..<end)
            }
            // (Spans the tagger doubted, which would be dropped, do not count. The spans near each
            // mention are asked: all of them for each was quadratic in a long document.)
            guard !mentions.isEmpty else { continue }
            if overlaps == nil { overlaps = SpanOverlaps(spans) }
            guard !mentions.contains(where: { mention in
                overlaps!.firstIndex(overlapping: mention) { number in
                    let span = spans[number]
                    return (span.type != .organization || span.tokens.count > 1 && span.tokens != company)
                        && (span.confidence >= minimumConfidence || span.isConfirmedByRule)
                } != nil
            }) else { continue }
            overlaps = nil
            spans.removeAll { span in mentions.contains { span.tokens.overlaps($0) } && !span.tokens.contains(company.lowerBound) }
            for mention in mentions where mention.lowerBound != word {
                spans.append(EntitySpan(confirmed: .organization, tokens: mention))
            }
            if let joined = spans.firstIndex(where: { $0.tokens == company }) {
                spans[joined].tokens = word..<company.upperBound
                spans[joined].isConfirmedByRule = true
            }
            spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            index = (spans.firstIndex { $0.tokens.lowerBound == word } ?? index) + 1
            joins += 1
        }
    }

    /// "going to Del Frisco's for dinner", "at McDonald's.": a name with its "'s" and no noun after
    /// it, where one goes, is the restaurant, shop or bar of that name (a place, FAC, the "'s" in
    /// it), not the person the tagger reads; a firm the tagger read stays one, with its "'s"
    /// ("at Lloyd's,"). Not a name read as MISC, nor one the tagger doubted ("from Parkinson's to
    /// Alzheimer's"). After "at", "to" (not "according to"), "near",
    /// "into"; before the end of a sentence or a clause, or "for", "in", "on" or a day
    /// ("going to Del Frisco's for dinner") or a large city's name that ends the sentence ("at Del
    /// Frisco's Philadelphia?"): not before another capitalized word ("at Ford's Hermosillo
    /// plant", "Blair's London office"), "and" ("Baker's and Yeutter's comments") or "next"
    /// ("at Opec's next meeting"). Asked in the one pass over the spans, of those after one of
    /// ``CueWords/businessPreposition`` and before a possessive ending at `end`.
    func isPlaceOfBusiness(_ span: EntitySpan, possessiveEnd end: Int) -> Bool {
        let first = span.tokens.lowerBound
        guard span.type == .person || span.type == .organization, facts[first - 2].bare != CueWords.according, facts[first].isCapitalized, !facts[first].isAllCaps else { return false }
        guard end < facts.count else { return true }
        if document.tokens[end].kind == .punctuation {
            let bytes = document.tokens[end].span.bytes
            return bytes.count == 1 && CueWords.clauseEnd.contains(document.bytes[bytes.lowerBound])
        }
        if facts[end].isCapitalized {
            // "at Del Frisco's Philadelphia?": the branch in a large city, before the sentence ends
            // (not "at Ford's Hermosillo, Mexico, plant").
            let after = end + 1
            return spaced(end) && (after == facts.count || document.tokens[after].kind == .punctuation
                && CueWords.sentenceEnd.contains(document.bytes[document.tokens[after].span.bytes.lowerBound])) && isLargePlace(end..<after)
        }
        return spaced(end) && !facts[end].hasUppercase && CueWords.afterBusiness.contains(facts[end].bare)
    }

    /// The word before a possessive "'s" or "’s" that ends just before `index`: a clitic
    /// ("Boatmen's"), or spaced apart, as CoNLL's text writes it, an apostrophe and an "s"
    /// ("Boatmen 's").
    @inline(__always)
    func possessor(before index: Int) -> Int? {
        let token = document.tokens[index - 1]
        if token.kind == .clitic { return index - 2 }
        guard token.span.bytes.count == 1, isApostropheS(index - 2) else { return nil }
        return index - 3
    }

    /// Where the possessive after the word at `index` ends, nil when it has none.
    func possessiveEnd(after index: Int) -> Int? {
        guard index + 1 < facts.count else { return nil }
        if document.tokens[index + 1].kind == .clitic { return index + 2 }
        return index + 2 < facts.count && isApostropheS(index + 1) ? index + 3 : nil
    }

    /// An apostrophe token and, right after it, the word "s".
    func isApostropheS(_ index: Int) -> Bool {
        let apostrophe = document.tokens[index].span.bytes, letter = document.tokens[index + 1].span.bytes
        guard letter.count == 1, letter.lowerBound == apostrophe.upperBound, document.bytes[letter.lowerBound] == UInt8(ascii: "s") else { return false }
        return apostrophe.count == 1 ? document.bytes[apostrophe.lowerBound] == UInt8(ascii: "'")
            : apostrophe.count == 3 && document.bytes[apostrophe].elementsEqual([0xE2, 0x80, 0x99])
    }

    /// A firm's kind after the first word ("Salomon Brothers International", "Merrill Lynch
    /// Capital Markets"), and no title, which would make the run a person's with a title before
    /// ("Bonn Finance Minister Gerhard Stoltenberg").
    private func isFirmNamedForPerson(_ name: Range<Int>) -> Bool {
        name.dropFirst().contains { CueWords.firmKind.contains(facts[$0].bare) } && !name.contains { CueWords.title.contains(facts[$0].bare) }
    }

    /// "Pirelli SpA", "[Pirelli]PERSON SpA": a name before a company's legal form is the company's
    /// (the legal form in it), and so are the document's other mentions of it that the tagger read as a person's
    /// ("Pirelli" 9 times in a story headed "Pirelli cables look to tap Chinese growth"), unless a
    /// person's longer name there ends with it ("Robert Salomon" in a story about "Salomon Inc").
    func retypeCompanyNames(_ spans: inout [EntitySpan], minimumConfidence: Float, scratch: DocumentScratch) {
        // A list kept between documents: one made per document was 0.2 M instructions per MB.
        var companies = DocumentScratch.take(&scratch.companies)
        defer { scratch.companies = companies }
        var merged = false
        var signers: [EntitySpan] = []
        let legalForm = CueWords.legalForm
        for index in spans.indices where !spans[index].tokens.isEmpty {
            var name = spans[index].tokens
            let next = name.upperBound
            // The legal form right after the name, or after a comma ("Enron Broadband Services, Inc.").
            // (The cheapest tests first: most spans are followed by no capital nor comma.)
            var form = next
            // Not a word in capitals there: "American Soybean Association, ASA" is its acronym.
            if next + 1 < facts.count, !facts[next].isCapitalized, document.token(document.tokens[next], is: UInt8(ascii: ",")),
               !facts[next + 1].isAllCaps || document.tokens[next + 1].kind == .abbreviation { form = next + 1 }
            if form < facts.count, facts[form].isCapitalized, spans[index].type == .person || spans[index].type == .organization,
               legalForm.contains(facts[form].bare), spaced(form), isCapitalized(name),
               index + 1 == spans.count || spans[index + 1].tokens.lowerBound > form || spans[index + 1].tokens == form..<form + 1 {
                // "[Pirelli]PERSON SpA", "[Pirelli]PERSON [SpA]ORG": the company's name, with the
                // legal form the tagger left out or apart (not "[Canada]GPE Inc" after "General
                // Motors of": a place's name).
                if index + 1 < spans.count, spans[index + 1].tokens.lowerBound == form {
                    spans[index + 1].tokens = form..<form
                    merged = true
                }
                if spans[index].type == .person, let signer = signerBefore(company: name, legalForm: form) {
                    signers.append(signer)
                    name = signer.tokens.upperBound..<name.upperBound
                }
                spans[index].tokens = name.lowerBound..<form + 1
                spans[index].type = .organization
                spans[index].isConfirmedByRule = true
            } else if spans[index].type == .organization || spans[index].type == .person, name.count > 1,
                      case let last = facts[name.upperBound - 1].bare,
                      legalForm.contains(last) || spans[index].type == .person && isFirmNamedForPerson(name) {
                if spans[index].type == .person {
                    // "[Dean Witter Reynolds Inc]PERSON", "[Martin Marietta Corp]PERSON": a legal form
                    // ends no person's name (84 such over the news corpus, firms named for people),
                    // nor does a firm's kind, last or not ("[Harris Associates]PERSON L.P.", "[Salomon
                    // Brothers International]PERSON").
                    guard isCapitalized(name) else { continue }
                    spans[index].type = .organization
                    spans[index].isConfirmedByRule = true
                    // "General Telephone Co": the "General" trimmed as a person's title opens the firm's name.
                    let before = name.lowerBound - 1
                    if before >= 0, facts[before].bare == CueWords.general, facts[before].isCapitalized, spaced(name.lowerBound),
                       index == 0 || spans[index - 1].tokens.upperBound <= before {
                        spans[index].tokens = before..<name.upperBound
                    }
                }
                while let last = name.last, CueWords.organization.contains(facts[last].bare) { name = name.dropLast() }
            } else if spans[index].type == .person, name.count <= 2, !spans[index].isConfirmedByRule, isCapitalized(name),
                      !isGivenNameAndSurname(spans[index]), tradesAsFirm(name) {
                // "Olivetti said its profit rose", "shares of Buick": a firm named for its founder,
                // which the tagger, knowing the surname, read as a person.
                spans[index].type = .organization
                spans[index].isConfirmedByRule = true
            } else {
                continue
            }
            guard !name.isEmpty, name.count <= 2, isCapitalized(name) else { continue }
            companies.append(name)
        }
        if merged { spans.removeAll { $0.tokens.isEmpty } }
        if !signers.isEmpty { spans = (spans + signers).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        guard !companies.isEmpty else { return }
        scratch.companyIndex.rebuild(companies, facts: facts, document: document, distinctText: true)
        // People's longer names by their last word, made at the first person named as a firm.
        // (Types only change from person below, so a name left out never becomes one.)
        var people: NamesByWord?
        for index in spans.indices where spans[index].type == .person && !spans[index].tokens.isEmpty && spans[index].tokens.count <= 2 {
            let name = spans[index].tokens
            var named = false, longerPerson = false
            for company in scratch.companyIndex.names(with: facts[name.lowerBound].identity) where sameWords(companies[company], name) { named = true; break }
            guard named else { continue }
            if people == nil {
                people = NamesByWord(spans.lazy.map(\.tokens), by: .last, facts: facts, document: document, distinctText: false) {
                    spans[$0].type == .person && spans[$0].tokens.count > 1
                }
            }
            for number in people!.names(with: facts[name.upperBound - 1].identity) {
                let other = spans[number]
                guard other.type == .person, other.tokens.count > name.count, sameWords(other.tokens.suffix(name.count), name) else { continue }
                longerPerson = true
                break
            }
            guard !longerPerson else { continue }
            spans[index].type = .organization
            spans[index].isConfirmedByRule = true
        }
    }

    /// "20 percent of Ruch" after "Ruch SA", "Chrysler cars" after "Chrysler Corp": the
    /// mentions of a company's name the tagger left out or doubted, where the name is no common
    /// word ("Time Inc" and "Sun Co" are not looked for) nor a city's ("Providence Securities
    /// Inc", then "a Providence, R.I. brokerage"), and no capitalized word runs on from it.
    /// `index`: the companies by their first word (``retypeCompanyNames(_:minimumConfidence:scratch:)`` made it).
    func addCompanyMentions(_ spans: inout [EntitySpan], companies: [Range<Int>], index: NamesByWord, minimumConfidence: Float) {
        var added: [EntitySpan] = []
        var cursor = 0
        // One bit per first word of a name: most words are told apart from all of them by one test.
        var heads: UInt64 = 0
        for company in companies { heads |= 1 << (facts[company.lowerBound].identity & 63) }
        for token in uppercase.tokens {
            let identity = facts[token].identity
            guard heads & (1 << (identity & 63)) != 0 else { continue }
            let opened = index.names(with: identity)
            guard !opened.isEmpty else { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            // A span the tagger doubted over the name alone is confirmed; any other span stays.
            let doubted = cursor < spans.count && spans[cursor].tokens.lowerBound == token && !spans[cursor].isConfirmedByRule
                && spans[cursor].confidence < minimumConfidence
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= token && !doubted { continue }
            for number in opened {
                let company = companies[number]
                let end = token + company.count
                guard end <= facts.count, sameWords(company, token..<end), end == facts.count || !facts[end].isCapitalized || !spaced(end),
                      isSeldomCommon(company), company.count > 1 || !isLargePlace(company) else { continue }
                if doubted {
                    guard spans[cursor].tokens == token..<end else { break }
                    spans[cursor].type = .organization
                    spans[cursor].isConfirmedByRule = true
                    break
                }
                guard cursor == spans.count || spans[cursor].tokens.lowerBound >= end else { continue }
                added.append(EntitySpan(confirmed: .organization, tokens: token..<end))
                break
            }
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "Traci Warner Enron Broadband Services, Inc. Phone …": an e-mail signature's line gives the
    /// sender's name and the firm's, which the tagger read as one person's. A given name opening
    /// the line, initials and a surname after it are the person, where two words or more of the
    /// firm's name are left and no lower-case word follows its legal form (news writes "Dean
    /// Witter Reynolds Inc said", one firm).
    private func signerBefore(company name: Range<Int>, legalForm form: Int) -> EntitySpan? {
        guard name.count >= 4, opensLine(name.lowerBound), form + 1 == facts.count || !facts[form + 1].isWord || facts[form + 1].isCapitalized,
              extractor.lexicon.isGivenName(key: facts[name.lowerBound].nameKey) else { return nil }
        var surname = name.lowerBound + 1
        while surname < name.upperBound, document.tokens[surname].kind == .abbreviation || document.tokens[surname].span.bytes.count == 1 { surname += 1 }
        guard name.upperBound - (surname + 1) >= 2, !facts[surname].isAllCaps else { return nil }
        var person = EntitySpan(type: .person, tokens: name.lowerBound..<surname + 1, confidence: 1)
        person.isConfirmedByRule = true
        return person
    }

    func isCapitalized(_ tokens: Range<Int>) -> Bool {
        for token in tokens where !facts[token].isCapitalized { return false }
        return true
    }

    /// (Loops, not closures, here and in ``isSeldomCommon(_:)``: a closure reading the facts
    /// copied the document's features, retaining each of their arrays, at every call.)
    func sameWords(_ a: Range<Int>, _ b: Range<Int>) -> Bool { facts.sameWords(a, b) }

    /// Whether the words around a name say it is a firm's: a firm's noun right before it
    /// ("drugmaker Bavarian Nordic"), "shares of" or "a stake in" before it,
    /// its shares moving after it ("Olivetti shares fell"), an apposition of a firm's noun ("Buick,
    /// the maker of the Enclave"), a ticker ("Hermes <HRMS.PA>"), or "its" right after the verb
    /// it speaks or reports by ("Olivetti said in a statement that its profit rose", "Hermes
    /// reported its first loss").
    func tradesAsFirm(_ name: Range<Int>) -> Bool {
        let first = name.lowerBound, next = name.upperBound
        // "Danish drugmaker Bavarian Nordic", "U.S. chipmaker Nvidia": a firm's noun right before
        // it, and no given name opening it ("the firm's founder" is written so too).
        if first >= 1, !facts[first - 1].isCapitalized, CueWords.firmBefore.contains(facts[first - 1].bare),
           !extractor.lexicon.isGivenName(key: facts[first].nameKey) { return true }
        if first >= 2, facts[first - 1].bare == CueWords.of || facts[first - 1].bare == CueWords.in,
           CueWords.holding.contains(facts[first - 2].bare), !facts[first - 2].isCapitalized { return true }
        guard next + 1 < facts.count else { return false }
        let word = facts[next].bare
        if word == CueWords.shares, !facts[next].isCapitalized, facts[next + 1].isWord, !facts[next + 1].isCapitalized,
           CueWords.sharesMove.contains(facts[next + 1].bare) || document.tokens[next + 1].kind == .word && endsInEd(next + 1) { return true }
        if document.token(document.tokens[next], is: UInt8(ascii: "<")) { return true }
        if document.token(document.tokens[next], is: UInt8(ascii: ",")), next + 3 < facts.count,
           facts[next + 1].bare == CueWords.the || facts[next + 1].bare == CueWords.a,
           !facts[next + 2].isCapitalized, CueWords.firmAppositive.contains(facts[next + 2].bare), possessiveEnd(after: next + 2) == nil { return true }
        guard !facts[next].isCapitalized, CueWords.firmReports.contains(word) else { return false }
        // "its" right after the verb, or after "in a statement", "that" ("Bank of Japan governor
        // Satoshi Sumita said the central bank will ... its": not past a noun of the clause).
        let beforeIts = CueWords.beforeFirmsIts
        var index = next + 1
        while index < min(facts.count, next + 6) {
            let fact = facts[index]
            if fact.bare == CueWords.its { return true }
            guard !fact.isCapitalized, beforeIts.contains(fact.bare) else { return false }
            index += 1
        }
        return false
    }

    /// "Shares of Moncler rose", "Ferragamo shares fell 9 percent": capitalized words the tagger
    /// left out or doubted, where only a firm's name stands (after "shares of", "a stake in", before
    /// "shares" and a verb they move by), are the firm's. Not common words ("Bank shares fell"
    /// opening a sentence), a large place's ("Tokyo shares", "shares in London") nor a people's
    /// ("Asian shares").
    func addTradedFirms(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        for capital in capitalsTradedAsFirms() {
            let afterHolding = capital >= 2 && CueWords.holding.contains(facts[capital - 2].bare) && !facts[capital - 2].isAllCaps
            let beforeShares = capital + 2 < facts.count && facts[capital + 1].bare == CueWords.shares && !facts[capital + 1].isCapitalized
                && (CueWords.sharesMove.contains(facts[capital + 2].bare) || document.tokens[capital + 2].kind == .word && endsInEd(capital + 2))
            guard afterHolding || beforeShares else { continue }
            // The name: this word and the capitalized ones on its side that no span has (up to three).
            var name = capital..<capital + 1
            if afterHolding {
                while name.count < 3, name.upperBound < facts.count, facts[name.upperBound].isCapitalized, facts[name.upperBound].isWord,
                      spaced(name.upperBound) { name = name.lowerBound..<name.upperBound + 1 }
            } else {
                while name.count < 3, name.lowerBound > 0, facts[name.lowerBound - 1].isCapitalized, facts[name.lowerBound - 1].isWord,
                      spaced(name.lowerBound) { name = name.lowerBound - 1..<name.upperBound }
            }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= name.lowerBound { cursor += 1 }
            guard added.last.map({ $0.tokens.upperBound <= name.lowerBound }) ?? true else { continue }
            // A name the tagger read there, but doubted or took for a small town's ("Shares in
            // Prada"), is the firm; a person's stays ("shares of Musk's firm" has no such reading).
            let read = cursor < spans.count && spans[cursor].tokens.lowerBound < name.upperBound ? cursor : nil
            if let read, spans[read].type == .person || spans[read].isConfirmedByRule
                || spans[read].tokens.lowerBound < name.lowerBound || spans[read].tokens.upperBound > name.upperBound { continue }
            if let read {
                // A place of two words or a continent the tagger read stays ("shares in West
                // Germany", "a stake in Europe's largest copper producer").
                if spans[read].type == .location, spans[read].tokens.count > 1 || isContinent(spans[read].tokens) { continue }
                name = spans[read].tokens
            }
            var isFirmsName = true
            for token in name where facts[token].isAllCaps || (extractor.lexicon.lowerCaseShare(key: facts[token].nameKey) ?? 0) >= 0.2
                || CueWords.notAName.contains(facts[token].bare) || CueWords.month.contains(facts[token].bare) || isPeople(token)
                || isHyphenedModifier(token) { isFirmsName = false }
            guard isFirmsName, !isLargePlace(name) else { continue }
            if let read {
                spans[read].type = .organization
                spans[read].isConfirmedByRule = true
                continue
            }
            added.append(EntitySpan(confirmed: .organization, tokens: name))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// The capitalized words in mixed case after "shares of", "a stake in" and their like, or before "shares": a few per
    /// document, found through buffers (asked of every capital with the arrays' bounds checks,
    /// the pass had cost 1.7 M instructions per MB of news).
    private func capitalsTradedAsFirms() -> [Int] {
        // Read once: each read of a static is a call.
        let of = CueWords.of, inWord = CueWords.in, shares = CueWords.shares, holding = CueWords.holding
        var found: [Int] = []
        uppercase.tokens.withUnsafeBufferPointer { capitals in
            facts.withUnsafeBufferPointer { facts in
                // (From the text's first word: "Ferragamo shares fell" opens a story.)
                for capital in capitals where capital + 1 < facts.count {
                    guard facts[capital + 1].bare == shares
                        || capital > 1 && (facts[capital - 1].bare == of || facts[capital - 1].bare == inWord) && holding.contains(facts[capital - 2].bare),
                          facts[capital].isWord, !facts[capital].isAllCaps else { continue }
                    found.append(capital)
                }
            }
        }
        return found
    }

    /// "Florence-based", "PRT-exempt": a word whose part after a hyphen is in lower case.
    func isHyphenedModifier(_ index: Int) -> Bool {
        let bytes = document.tokens[index].span.bytes
        for byte in bytes.dropLast() where document.bytes[byte] == UInt8(ascii: "-") {
            if (0x61...0x7A).contains(document.bytes[byte + 1]) { return true }
        }
        return false
    }

    private func isContinent(_ tokens: Range<Int>) -> Bool {
        placeReading(tokens)?.kind == PlaceReadings.rank(.continent)
    }

    private func endsInEd(_ index: Int) -> Bool {
        let bytes = document.tokens[index].span.bytes
        return bytes.count > 3 && document.bytes[bytes.upperBound - 2] == UInt8(ascii: "e") && document.bytes[bytes.upperBound - 1] == UInt8(ascii: "d")
    }

    /// Whether a mention of this name in the document speaks or trades as a firm: followed by
    /// "said", "says" or a ticker ("Bank Building said", "BANK BUILDING <BB>", a contractor's
    /// name, not a building's).
    ///
    /// `speakers`: the words right before a "said", "says" or "<" in the document, by word,
    /// made at the first question (a pass over all spans for each was quadratic in a long
    /// document). Only where the words before one are the name's is a span of exactly those
    /// words looked for, near its place in the spans first.
    func speaksAsFirm(_ span: EntitySpan, among spans: [EntitySpan], speakers: inout (ends: [Range<Int>], index: NamesByWord)?) -> Bool {
        guard !span.tokens.isEmpty else { return false }
        if speakers == nil {
            let firmSpeaks = CueWords.firmSpeaks
            var ends: [Range<Int>] = []
            for next in facts.indices.dropFirst()
            where firmSpeaks.contains(facts[next].bare) || document.token(document.tokens[next], is: UInt8(ascii: "<")) {
                ends.append(next - 1..<next)
            }
            speakers = (ends, NamesByWord(ends, facts: facts, document: document, distinctText: false))
        }
        let count = span.tokens.count
        for number in speakers!.index.names(with: facts[span.tokens.upperBound - 1].identity) {
            let end = speakers!.ends[number].upperBound
            let name = end - count..<end
            guard name.lowerBound >= 0, sameWords(name, span.tokens) else { continue }
            if Self.hasSpan(exactly: name, in: spans) { return true }
        }
        return false
    }

    /// Whether a span covers exactly `tokens`: looked for where the spans' order by first token
    /// puts it, then (spans a convention moved can be out of that order) in all of them.
    private static func hasSpan(exactly tokens: Range<Int>, in spans: [EntitySpan]) -> Bool {
        var index = spans.partitioningIndex { $0.tokens.lowerBound >= tokens.lowerBound }
        while index < spans.count, spans[index].tokens.lowerBound == tokens.lowerBound {
            if spans[index].tokens == tokens { return true }
            index += 1
        }
        return spans.contains { $0.tokens == tokens }
    }
}
