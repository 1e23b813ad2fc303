import Gazetteer
import TextAnalysis

/// The people e-mail and forum posts speak of by their given name alone, and the cars and
/// devices reviews name by their maker and model.
extension DocumentFeatures {
    /// "Mark and I met", "me and Tyler drove", "Sarah from billing said", "Bryan, you're in?": a writer names the one
    /// they did something with, or a colleague by the department they work in, by the given name
    /// alone, which the tagger (trained on news, which names people in full) left out or doubted.
    /// A given name before "and I", "and me" or "and myself", after "me and", or before "from"
    /// and a department's word, or opening a sentence before a comma and "you" or "please" (the
    /// one written to), is that person; not a month, a day, a large place ("Chicago and
    /// I"), a listed firm or a news agency ("Apple and I"), nor a word of a longer name, nor,
    /// before "from" or a comma, a sentence's first word news writes in lower case ("Cash from
    /// operations", "Well, you know").
    /// Over the news corpus: "Hillary and I" twice in a president's speeches, nothing else.
    func addCompanionNames(_ spans: inout [EntitySpan]) {
        guard facts.count > 3 else { return }
        let and = CueWords.and, from = CueWords.from, comma = CueWords.comma
        // The links beside a capital, found from the document's capitals (about one token in
        // six): the name is always on one side of its link, "and", "from" or a comma after it, or
        // "and" before it. (A pass over every token asking for a link cost 3.2 M instructions per
        // MB of news, this one about a sixth of that.)
        var links: [Int] = []
        uppercase.tokens.withUnsafeBufferPointer { capitals in
            facts.withUnsafeBufferPointer { buffer in
                // (A link is read with a word on each side: never the document's first or last token.)
                for capital in capitals where capital + 1 < buffer.count {
                    let next = buffer[capital + 1].bare
                    if next == and || next == from || next == comma {
                        if capital + 2 < buffer.count { links.append(capital + 1) }
                    } else if capital > 1, buffer[capital - 1].bare == and {
                        links.append(capital - 1)
                    }
                }
            }
        }
        guard !links.isEmpty else { return }
        var added: [EntitySpan] = []
        var cursor = 0
        for link in links {
            let bare = facts[link].bare
            let name: Int
            if bare == and {
                // "Mark and I" or "me and Tyler".
                if CueWords.firstPersonAfterAnd.contains(facts[link + 1].bare) {
                    name = link - 1
                } else if CueWords.firstPersonBeforeAnd.contains(facts[link - 1].bare) {
                    name = link + 1
                } else {
                    continue
                }
            } else if bare == from, facts[link + 1].isAllCaps ? CueWords.departmentInitials.contains(facts[link + 1].bare)
                        : !facts[link + 1].isCapitalized && CueWords.department.contains(facts[link + 1].bare) {
                name = link - 1
            } else if bare == comma, CueWords.addressedAfterComma.contains(facts[link + 1].bare), opensSentence(link - 1) {
                name = link - 1
            } else {
                continue
            }
            guard isCompanionName(name) else { continue }
            // "Cash from operations": a sentence's first word is capitalized whatever it is, so
            // there a word news writes in lower case is that word.
            if bare != and, opensSentence(name), (extractor.lexicon.lowerCaseShare(key: facts[name].nameKey) ?? 0) >= 0.5 { continue }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= name { cursor += 1 }
            if cursor < spans.count && spans[cursor].tokens.lowerBound <= name {
                // The tagger's own reading: retyped only when it is this word alone.
                if spans[cursor].tokens == name..<name + 1 {
                    spans[cursor].type = .person
                    spans[cursor].isConfirmedByRule = true
                }
                continue
            }
            if let last = added.last, last.tokens.lowerBound == name { continue }
            added.append(EntitySpan(confirmed: .person, tokens: name..<name + 1))
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// "send the timesheets to Denise", "Let me know if Gerald needs anything": a given name alone
    /// that the tagger, trained on news, which names people in full, read as a person or a
    /// modifier but doubted (0.3 and up), is the person e-mail and forum posts name by it
    /// (``isDoubtedGivenName(_:)``), unless a longer name in the document that is no person's
    /// holds the word ("Morgan" after "Morgan Stanley", "Merrill" after "Merrill Lynch", "Reed"
    /// after "Reed International": firms named for their founders), or it is a storm's name.
    /// Only where the writer speaks as "I" or to "you", as e-mail and posts do: in reports, a
    /// given name alone the tagger doubted is as often a rocket, a crude or a brand ("launch by
    /// Ariane", "the heavier Maya", "the brand name Carlton": a third of the readings over the
    /// news corpus without this test).
    func confirmDoubtedGivenNames(_ spans: inout [EntitySpan], minimumConfidence: Float, storms: [UInt64]) {
        var speaksInPerson: Bool? // asked once, at the first candidate
        for index in spans.indices where spans[index].tokens.count == 1 && spans[index].confidence < minimumConfidence
            && !spans[index].isConfirmedByRule {
            guard isDoubtedGivenName(spans[index]) else { continue }
            if speaksInPerson == nil { speaksInPerson = hasPersonalPronoun() }
            guard speaksInPerson == true else { return }
            let word = facts[spans[index].tokens.lowerBound].identity
            if storms.contains(word) { continue }
            let inLongerName = spans.contains { other in
                other.tokens.count > 1 && other.type != .person && other.tokens.contains { facts[$0].identity == word }
            }
            if inLongerName { continue }
            spans[index].type = .person
            spans[index].isConfirmedByRule = true
        }
    }

    /// Whether the document has "I", "me", "my", "you" or "your".
    private func hasPersonalPronoun() -> Bool {
        let pronounI = CueWords.pronounI, personal = CueWords.personalPronoun
        return facts.contains { $0.bare == pronounI || personal.contains($0.bare) }
    }

    /// Whether a doubted span is a given name alone where a person is named: one word the lists
    /// give as a given name that news seldom writes in lower case (not "Rose", "Mark", "Will"),
    /// no month, day, large place ("Georgia"), planet ("Venus"), listed firm or agency, nor a word
    /// of a longer name; after no article ("the Sabine", "the Murray": rivers) or preposition
    /// places take ("in", "at", "near"); and the word after it is what follows a person: the end,
    /// punctuation, a verb or a function word ("to Denise once", "Gerald needs", "Lawson said"),
    /// not a noun it names ("the Cole inquiry", "the Marshall plan", "Easter shopping"), a firm's
    /// "'s" ("Wendy's", "Scott's"), an abbreviation's point ("Alex. Brown", "Wm. Wrigley"), a
    /// state after a comma ("Gilman, Conn.") or a firm of partners' names ("Smith and Wesson",
    /// "Pratt and Whitney", "Dillon, Read and Co", "Morgan (Stanley)").
    func isDoubtedGivenName(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 1, span.confidence >= 0.3, span.type == .person || span.type == .miscellaneous else { return false }
        let index = span.tokens.lowerBound
        guard (extractor.lexicon.lowerCaseShare(key: facts[index].nameKey) ?? 0) < 0.05, !CueWords.celestial.contains(facts[index].bare),
              isCompanionName(index) else { return false }
        if index > 0, CueWords.article.contains(facts[index - 1].bare) || CueWords.beforePlacePreposition.contains(facts[index - 1].bare) { return false }
        if index > 1, facts[index - 1].bare == CueWords.and, facts[index - 2].isCapitalized { return false }
        let next = index + 1
        guard next < facts.count else { return true }
        let kind = document.tokens[next].kind
        if kind == .clitic { return false }
        // "Selah!", "Julie?": a name alone in its sentence is the addressed names' to read.
        if kind == .punctuation, let sentence = sentence(holding: index), sentences[sentence].lowerBound == index,
           sentences[sentence].upperBound == next + 1 { return false }
        if kind == .punctuation {
            // "Morgan (Stanley)", "(Stanley)": a firm's name with its partner's in parentheses.
            if document.token(document.tokens[next], is: UInt8(ascii: "(")) { return false }
            if document.token(document.tokens[next], is: UInt8(ascii: ")")), index > 0,
               document.token(document.tokens[index - 1], is: UInt8(ascii: "(")) { return false }
            guard next + 1 < facts.count, facts[next + 1].isCapitalized else { return true }
            if facts[next].bare == CueWords.comma {
                // "Dillon, Read and Co"; "Gilman, Conn.", "Princeton, N.J.".
                return !(next + 2 < facts.count && facts[next + 2].bare == CueWords.and) && !isStateAfterComma(next + 1)
            }
            // "Alex. Brown and Sons": a point inside a sentence is an abbreviation's.
            if document.token(document.tokens[next], is: UInt8(ascii: ".")) { return sentence(holding: index) != sentence(holding: next + 1) }
            return true
        }
        guard facts[next].isWord, !facts[next].hasUppercase else { return false }
        let word = facts[next].bare
        if word == CueWords.and { return next + 1 == facts.count || !facts[next + 1].isCapitalized }
        if CueWords.afterPersonWord.contains(word) || CueWords.peopleVerb.contains(word) { return true }
        // A verb in the past: "Nixon concluded", "Reagan vetoed".
        let bytes = document.tokens[next].span.bytes
        return bytes.count >= 5 && document.bytes[bytes.upperBound - 2] == UInt8(ascii: "e") && document.bytes[bytes.upperBound - 1] == UInt8(ascii: "d")
    }

    /// A state or a large place after a comma ("Conn.", "N.J.", "California").
    private func isStateAfterComma(_ index: Int) -> Bool {
        document.tokens[index].kind == .abbreviation || isLargePlace(index..<index + 1)
    }

    /// A given name written alone: capitalized, in mixed case, not joined to the words around it
    /// into a longer name, and no month, day, large place, listed firm or agency.
    private func isCompanionName(_ index: Int) -> Bool {
        guard index >= 0, index < facts.count else { return false }
        let fact = facts[index]
        guard fact.isCapitalized, !fact.isAllCaps, fact.isWord,
              extractor.lexicon.isGivenName(key: fact.nameKey) else { return false }
        if index > 0, facts[index - 1].isCapitalized, facts[index - 1].isWord, spaced(index), !opensSentence(index) { return false }
        if index + 1 < facts.count, facts[index + 1].isCapitalized, facts[index + 1].isWord, !facts[index + 1].isAllCaps { return false }
        if CueWords.month.contains(fact.bare) || CueWords.weekday.contains(fact.bare) || CueWords.knownOrganization.contains(fact.bare)
            || CueWords.newsAgency.contains(fact.bare) { return false }
        if extractor.lexicon.knownOrganization(key: fact.nameKey) != nil { return false }
        return !isLargePlace(index..<index + 1)
    }

    /// Whether `index` is a sentence's first token.
    private func opensSentence(_ index: Int) -> Bool {
        guard let sentence = sentence(holding: index) else { return false }
        return sentences[sentence].lowerBound == index
    }

    /// "my Toyota Venza", "her Honda Civic": after a possessive, a listed firm's one-word name and
    /// a capitalized word that is no firm's word is the maker and its model; the maker alone is
    /// the organization, as web text's annotators mark it (the tagger read the two as a firm, or
    /// as a person). Not "his Ford Motor shares", "our Toyota Shoji unit": a firm's own word, or
    /// a name the lists know whole, keeps the name whole.
    func splitMakersFromModels(_ spans: inout [EntitySpan]) {
        for index in spans.indices where spans[index].tokens.count == 2 {
            let span = spans[index]
            let maker = span.tokens.lowerBound, model = maker + 1
            guard maker > 0, span.type != .location, CueWords.possessiveDeterminer.contains(facts[maker - 1].bare),
                  facts[maker].isCapitalized, facts[model].isCapitalized,
                  !CueWords.organization.contains(facts[model].bare), !CueWords.firmKind.contains(facts[model].bare),
                  !CueWords.legalForm.contains(facts[model].bare),
                  let makerKey = document.nameKey(of: maker..<model), extractor.lexicon.knownOrganization(key: makerKey) != nil else { continue }
            if let key = document.nameKey(of: span.tokens), extractor.lexicon.knownOrganization(key: key) != nil { continue }
            spans[index].tokens = maker..<model
            spans[index].type = .organization
            spans[index].isConfirmedByRule = true
        }
    }
}
