import Gazetteer
import TextAnalysis

/// The span conventions about titles between names (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``):
/// a person's name the tagger ran on after an organization's or a title ("the Armed Forces
/// Oleksandr Syrskyi", "Fed Chair Jerome Powell", "Dr Reena Mehra of Case Western Reserve
/// University") is split from it, the title staying outside both.
extension DocumentFeatures {
    /// "Armed Forces Oleksandr Syrskyi": an organization word, then a given name opening at
    /// least two capitalized words, is where the organization ends and a person begins; so is a
    /// title between them, which stays outside both ("Fed Chair Jerome Powell"). After "Minister
    /// of" or "Secretary of", the words before the person are the title's, no organization's
    /// ("Secretary of [Education Dick Riley]ORG", "Minister of [Defense Hazem Shaalan]ORG"), and
    /// one given name is enough (not "chairman of [AWB International Ian Donges]", whose firm
    /// stays an organization).
    /// (Its first tests inlined: most spans are a person's or shorter, and few of two words
    /// follow a word of two letters.)
    @inline(__always)
    func splitPersonAfterOrganization(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        let first = span.tokens.lowerBound
        if span.type != .person, span.tokens.count >= 3 || span.tokens.count == 2 && first >= 2 && document.tokens[first - 1].span.bytes.count == 2 {
            splitLongPersonAfterOrganization(span, into: &spans)
        } else if span.type == .person, span.tokens.count >= 4 {
            splitBodyOutOfPerson(span, into: &spans)
        } else {
            spans.append(span)
        }
    }

    /// "[Siemens Chief Executive Roland Busch]PERSON" opening a sentence: the tagger read the
    /// firm into the person's name (and doubted it); split as an organization's run is.
    @inline(never)
    private func splitBodyOutOfPerson(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        guard hasInnerTitle(span) else { spans.append(span); return }
        var organization = span
        organization.type = .organization
        let count = spans.count
        splitLongPersonAfterOrganization(organization, into: &spans)
        if spans.count != count + 2 {
            spans.removeLast(spans.count - count)
            spans.append(span)
        } else if spans[count].type == .organization, !isBodyBeforeTitle(spans[count].tokens) {
            spans.remove(at: count)
        }
    }

    /// What a person's run held before the title is kept as the body only when it reads as one
    /// by itself: an acronym ("BIL", "IMF"), a listed firm or party, or a first word news writes
    /// capitalized (not one in twenty in lower case: "Bundesbank", "Citicorp", "Plessey"), and
    /// no capitalized word before the run would have opened it ("First Interstate [Bancorp]",
    /// "Budget [Commitee]"). Not "Agrarian Reform", "Organiser", "Postmaster", the title's own words.
    private func isBodyBeforeTitle(_ tokens: Range<Int>) -> Bool {
        let first = tokens.lowerBound
        if first > 0, facts[first - 1].isWord, facts[first - 1].isCapitalized, !isSentenceStart(first) { return false }
        if tokens.count == 1, facts[first].isAllCaps, document.tokens[first].kind == .word { return true }
        if let key = document.nameKey(of: tokens), extractor.lexicon.knownOrganization(key: key) != nil { return true }
        guard let share = extractor.lexicon.lowerCaseShare(key: facts[first].nameKey) else { return false }
        return share < 0.05
    }

    private func isSentenceStart(_ token: Int) -> Bool {
        guard let sentence = sentence(holding: token) else { return true }
        return sentences[sentence].lowerBound == token
    }

    /// A title after the first word (which no title or given name is) and before the last two.
    private func hasInnerTitle(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound
        guard facts[first].isCapitalized, !CueWords.title.contains(facts[first].bare), !CueWords.personalTitle.contains(facts[first].bare),
              !CueWords.titleModifier.contains(facts[first].bare), !extractor.lexicon.isGivenName(key: facts[first].nameKey) else { return false }
        return (first + 1..<span.tokens.upperBound - 2).contains { CueWords.title.contains(facts[$0].bare) || isChiefExecutive($0, after: first) }
    }

    /// "Executive" ending "Chief Executive" capitalized, inside a run that opens at `first`.
    private func isChiefExecutive(_ index: Int, after first: Int) -> Bool {
        index > first && facts[index].bare == CueWords.executive && facts[index].isCapitalized && facts[index - 1].bare == CueWords.chief
    }

    private func splitLongPersonAfterOrganization(_ span: EntitySpan, into spans: inout [EntitySpan]) {
        let first = span.tokens.lowerBound
        // "[Tesla and General Motors]ORG": a firm the lists know, "and" and a name are two firms
        // ("Procter and Gamble" names none the lists know).
        if span.type == .organization, facts[first + 1].bare == CueWords.and, CueWords.knownOrganization.contains(facts[first].bare),
           facts[first + 2].isCapitalized {
            var known = span, other = span
            known.tokens = first..<first + 1
            other.tokens = first + 2..<span.tokens.upperBound
            known.isConfirmedByRule = true
            other.isConfirmedByRule = true
            spans.append(known)
            spans.append(other)
            return
        }
        // "[Dr Reena Mehra of Case Western Reserve University]ORG": a title only people take
        // opening the span, then a person's name of two or three words and "of", is the person and
        // what the rest names: the organization the tagger read, or a large place ("Governor
        // Robert Orr of Indiana").
        // Also after a title's modifier ("Associate Professor Pradeep Nathan of Monash
        // University"), with "the" after "of" ("Dr Katey Walter of the University of Alaska"), and
        // with a name no list has, read as after a title ("Professor Farish Jenkins of Harvard").
        let titled = CueWords.titleModifier.contains(facts[first].bare) && span.tokens.count >= 6 ? first + 1 : first
        if span.tokens.count >= 5 + titled - first, CueWords.personalTitle.contains(facts[titled].bare), facts[titled].isCapitalized,
           let of = (titled + 3...min(titled + 4, span.tokens.upperBound - 2)).first(where: { facts[$0].bare == CueWords.of }),
           let restStart = facts[of + 1].isCapitalized ? of + 1
               : facts[of + 1].bare == CueWords.the && of + 2 < span.tokens.upperBound && facts[of + 2].isCapitalized ? of + 2 : nil,
           looksLikePersonName(titled + 1..<of) || !CueWords.nobleTitle.contains(facts[titled].bare) && looksLikeTitledName(titled + 1..<of) {
            var person = span, rest = span
            person.tokens = titled + 1..<of
            person.type = .person
            person.isConfirmedByRule = true
            rest.tokens = restStart..<span.tokens.upperBound
            if isLargePlace(rest.tokens) {
                // "Governor Robert Orr of Indiana".
                rest.type = .location
                rest.isConfirmedByRule = true
            } else {
                rest.isConfirmedByRule = rest.tokens.contains { CueWords.organization.contains(facts[$0].bare) }
            }
            spans.append(person)
            spans.append(rest)
            return
        }
        let titleOf = first >= 2 && facts[first - 1].bare == CueWords.of && !facts[first - 1].isCapitalized
        let ofTitle = titleOf && CueWords.departmentTitle.contains(facts[first - 2].bare)
        guard span.tokens.count >= 3 || ofTitle else {
            spans.append(span)
            return
        }
        // "Chairman of [AWB International Ian Donges]ORG": after any title and "of", a given name
        // and a known surname or a word the case lexicon has never seen end the firm's name (not
        // "vice president of Morgan Stanley International").
        let surname = facts[span.tokens.upperBound - 1].nameKey
        let firmOfTitle = titleOf && !ofTitle && CueWords.title.contains(facts[first - 2].bare)
            && (extractor.lexicon.isSurname(key: surname) || extractor.lexicon.lowerCaseShare(key: surname) == nil)
        for split in (first + 1)..<(ofTitle ? span.tokens.upperBound : span.tokens.upperBound - 1) {
            let before = facts[split - 1].bare
            let afterTitle = CueWords.title.contains(before) || CueWords.pluralTitle.contains(before) || CueWords.personalTitle.contains(before)
                || isChiefExecutive(split - 1, after: first)
            // (A name after a title only people take need only be capitalized words seldom common:
            // "District Attorney Fani Willis"; none opens with a title: "Attorney [General ...]".)
            guard afterTitle || ofTitle || CueWords.organization.contains(before) || firmOfTitle && extractor.lexicon.isGivenName(key: facts[split].nameKey),
                  !CueWords.title.contains(facts[split].bare),
                  looksLikePersonName(split..<span.tokens.upperBound)
                    || CueWords.personalTitle.contains(before) && !CueWords.nobleTitle.contains(before)
                        && looksLikeTitledName(split..<span.tokens.upperBound) else { continue }
            var organization = span, person = span
            organization.tokens = first..<(ofTitle ? first : afterTitle ? split - 1 : split)
            // "Associate Professor Steven Heine", "Treasury Assistant Secretary David Mulford": the
            // first word of a title of two is no organization's (21 over the news corpus).
            // "West German Finance Minister Gerhard Stoltenberg", "EC Farm Commissioner Frans
            // Andriessen", "Deputy Energy Minister": the portfolio before the title, a word news
            // also writes in lower case ("treasury" a fifth of the time), is the title's (CoNLL
            // marks none); a firm's name is not ("Newmont Secretary Roger Adams"), nor a body's kind
            // ("Wheat Board Minister") or a department's field ("Department of Energy Secretary").
            if afterTitle, CueWords.portfolioTitle.contains(before), let last = organization.tokens.last, last == split - 2,
               !facts[last].isAllCaps, !CueWords.fieldKind.contains(facts[last].bare),
               (extractor.lexicon.lowerCaseShare(key: facts[last].nameKey) ?? 0) >= 0.2,
               last == organization.tokens.lowerBound || facts[last - 1].bare != CueWords.of {
                organization.tokens = organization.tokens.dropLast()
            }
            // ("Moody's Vice President George W. Leung": "Vice" is the title's too.)
            // ("Attorney General Jim Mattox", "Overseas Union General Manager Loh Hoon": a title's
            // first word too; "National Democratic Party of President Hosni Mubarak": and "of".)
            while afterTitle, let last = organization.tokens.last,
                  CueWords.titleModifier.contains(facts[last].bare) || facts[last].bare == CueWords.vice || CueWords.officeTitle.contains(facts[last].bare)
                    || CueWords.title.contains(facts[last].bare) || !facts[last].isCapitalized && CueWords.nameConnector.contains(facts[last].bare) {
                organization.tokens = organization.tokens.dropLast()
            }
            person.tokens = split..<span.tokens.upperBound
            person.type = .person
            // "U.S. Treasury Secretary James Baker", "New York Governor Mario M. Cuomo": a
            // country's or a large place's name before a government's title is the place (not
            // before a firm's: "Goodyear Chairman Robert Mercer"; nor an acronym: "GAO").
            if afterTitle, CueWords.personalTitle.contains(before) || CueWords.portfolioTitle.contains(before) || CueWords.pluralTitle.contains(before),
               let head = organization.tokens.first, !facts[head].isAllCaps || document.tokens[head].kind == .abbreviation,
               isLargePlace(organization.tokens) { organization.type = .location }
            organization.isConfirmedByRule = true
            person.isConfirmedByRule = true
            if !organization.tokens.isEmpty { spans.append(organization) }
            spans.append(person)
            return
        }
        spans.append(span)
    }

    /// Capitalized words, none an organization word or connector, opening with a known given
    /// name, or made of words the case lexicon has never seen (foreign names: "Oleksandr Syrskyi");
    /// an initial may follow the first ("James D. Hodgson").
    func looksLikePersonName(_ tokens: Range<Int>) -> Bool {
        guard tokens.allSatisfy({ facts[$0].isCapitalized && (!facts[$0].isAllCaps || $0 > tokens.lowerBound && isInitial($0))
            && !CueWords.organization.contains(facts[$0].bare) && !CueWords.nameConnector.contains(facts[$0].bare) }) else { return false }
        if extractor.lexicon.isGivenName(key: facts[tokens.lowerBound].nameKey) { return true }
        return tokens.allSatisfy { extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) == nil }
    }

    /// One to three capitalized words, none in capitals but an initial, none an organization's
    /// word, a firm's kind or a title, seldom written in lower case: the name after a title only
    /// people take ("District Attorney Fani Willis"), as ``addTitledNames(_:)`` reads it. Not after
    /// a noble's title, which streets and firms are named with ("Greenwich King Street Associates").
    private func looksLikeTitledName(_ tokens: Range<Int>) -> Bool {
        tokens.count <= 3 && tokens.allSatisfy {
            facts[$0].isCapitalized && (!facts[$0].isAllCaps || $0 > tokens.lowerBound && isInitial($0))
                && !CueWords.organization.contains(facts[$0].bare) && !CueWords.title.contains(facts[$0].bare)
                && !CueWords.firmKind.contains(facts[$0].bare)
                && (extractor.lexicon.lowerCaseShare(key: facts[$0].nameKey) ?? 0) < 0.5
        }
    }

    /// "[U.S. Treasury Secretary James]ORG [Baker]PERSON": an organization's run the tagger ended
    /// in a title and a given name, right before the person's surname it read apart (in documents
    /// whose headline had "BAKER" alone: 24 over the news corpus), is one run, which
    /// ``splitPersonAfterOrganization(_:into:)`` then splits as it would have the whole.
    /// "[IMF Managing Director Kristalina]ORG Georgieva": the same, the surname left out of every
    /// span (`nextSpanStart`: where the next span begins): a capitalized word seldom common, next
    /// to the run, is taken in, and the split then makes the person.
    func endsInTitledGivenName(_ span: EntitySpan, beforeUntagged nextSpanStart: Int) -> Bool {
        let surname = span.tokens.upperBound
        guard endsInTitleAndGivenName(span), surname < facts.count, surname < nextSpanStart, spaced(surname),
              facts[surname].isCapitalized, facts[surname].isWord, !facts[surname].isAllCaps,
              !CueWords.organization.contains(facts[surname].bare),
              (extractor.lexicon.lowerCaseShare(key: facts[surname].nameKey) ?? 0) < 0.2 else { return false }
        return true
    }

    /// (The surname the tagger read apart may be a doubted organization of one word when neither
    /// name is one the lexicons know: "[IMF Managing Director Kristalina]ORG [Georgieva]ORG".)
    func endsInTitledGivenName(_ span: EntitySpan, before next: EntitySpan) -> Bool {
        guard next.tokens.lowerBound == span.tokens.upperBound, endsInTitleAndGivenName(span), spaced(span.tokens.upperBound) else { return false }
        if next.type == .person { return true }
        let surname = next.tokens.lowerBound
        return next.type == .organization && next.tokens.count == 1 && !next.isConfirmedByRule && isUnknownCapitalizedWord(surname)
            && isUnknownCapitalizedWord(surname - 1)
    }

    /// A run of two words or more whose last is a given name, or a capitalized word the case
    /// lexicon has never seen ("Kristalina"), and the one before it a title.
    private func endsInTitleAndGivenName(_ span: EntitySpan) -> Bool {
        let last = span.tokens.upperBound - 1
        guard span.tokens.count >= 2 else { return false }
        return (CueWords.title.contains(facts[last - 1].bare) || CueWords.personalTitle.contains(facts[last - 1].bare))
            && (extractor.lexicon.isGivenName(key: facts[last].nameKey) || isUnknownCapitalizedWord(last))
    }

    /// A word of letters with a capital first and none after, no organization's word, that the
    /// case lexicon has never seen.
    @inline(never)
    private func isUnknownCapitalizedWord(_ index: Int) -> Bool {
        facts[index].isCapitalized && !facts[index].isAllCaps && document.tokens[index].kind == .word
            && !CueWords.organization.contains(facts[index].bare) && extractor.lexicon.lowerCaseShare(key: facts[index].nameKey) == nil
    }
}
