import Gazetteer
import TextAnalysis

/// The span conventions about places (see ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``):
/// a dateline's place, a country's code in capitals, a state's abbreviation after a town, a
/// name after "the town of", a feature of a place ("Gulf of Mexico").
extension DocumentFeatures {
    /// "LOS ANGELES, March 3 -", "DENVER (Reuters) -": a name in capitals opening a line before
    /// a date or an agency is the place the story was filed from (the tagger, with no case to
    /// go on, had read 247 "LOS ANGELES" datelines over the news corpus as an organization).
    /// Written in mixed case ("Milan, April 9 -"), the date must follow whole: a month and a day.
    /// Before a dash alone ("PHOENIX —"), the gazetteer must know the name.
    @inline(__always)
    func isDateline(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, next = span.tokens.upperBound
        guard next + 1 < facts.count else { return false }
        let tokens = document.tokens, bytes = document.bytes
        guard span.tokens.allSatisfy({ facts[$0].isAllCaps })
            || next + 2 < facts.count && tokens[next + 2].kind == .number && span.tokens.allSatisfy({ facts[$0].isCapitalized }) else { return false }
        guard first == 0 || bytes[tokens[first - 1].span.bytes.upperBound..<tokens[first].span.bytes.lowerBound].contains(0x0A) else { return false }
        let separator = tokens[next].span.bytes
        // "PHOENIX —", "DENVER - ": in capitals before a dash, a place the gazetteer knows (a
        // headline's "BREAKING —" is none; the tagger had read "DENVER" as a person).
        if tokens[next].kind == .punctuation, bytes[separator].elementsEqual("—".utf8) || bytes[separator].elementsEqual("–".utf8)
            || bytes[separator].allSatisfy({ $0 == UInt8(ascii: "-") }) {
            return span.tokens.allSatisfy({ facts[$0].isAllCaps }) && placeReading(span.tokens) != nil
        }
        guard separator.count == 1 else { return false }
        switch bytes[separator.lowerBound] {
        case UInt8(ascii: "("): return true
        case UInt8(ascii: ","): return CueWords.month.contains(facts[next + 1].bare)
        default: return false
        }
    }

    /// "Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz": a place's feature word, "of" and
    /// capitalized words, which the tagger doubted as a place (the Gulf of Mexico at 0.63) or read
    /// as an organization ("Strait of Hormuz", "Bay of Bengal": "of" and a country's name make
    /// many of its bodies), are the place all the same.
    func isFeatureOfPlace(_ span: EntitySpan) -> Bool {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        guard span.tokens.count >= 3, facts[first + 1].bare == CueWords.of, facts[first].isCapitalized,
              CueWords.location.contains(facts[first].bare) else { return false }
        if last + 1 < facts.count, facts[last + 1].isCapitalized { return false }
        return (first + 2...last).allSatisfy { facts[$0].isCapitalized && document.tokens[$0].kind == .word }
    }

    /// "by the US", "US troops", "UK", "NSW": a country's or a large state's code of two or three
    /// capitals in a sentence in mixed case is the place (GPE), however much the tagger, trained
    /// on news that wrote "U.S.", doubted it ("US" at 0.67, under the threshold, or NORP: 90
    /// mentions over the news corpus). A state of a million people or more: not "ICA officials"
    /// (the coffee agreement's, a Peruvian region of 0.8 million to the gazetteer).
    @inline(__always)
    /// "the ferry to P.E.I.", "flights to B.C.": a province's abbreviation with its periods that
    /// is no other word ("P.E.I.", "B.C.", "N.S.", "Ont."; not "Man.", "Vic."), read as a name, is
    /// the province (the tagger read "P.E.I." as an organization); not a year's era after a number
    /// ("500 B.C."), nor a firm's legal form after its name ("TiO2 Corp N.L.", no liability, in
    /// Australia). Since stop 27.
    func isProvinceAbbreviation(_ token: Int) -> Bool {
        guard document.tokens[token].kind == .abbreviation,
              token == 0 || document.tokens[token - 1].kind != .number && !facts[token - 1].isCapitalized,
              let folded = StateAbbreviations.packedLowerCase(document.bytes[document.tokens[token].span.bytes]),
              let province = StateAbbreviations.provincesDotted[folded] else { return false }
        return !province.needsTown
    }

    func isCountryCode(_ token: Int) -> Bool {
        guard facts[token].isAllCaps, document.tokens[token].kind == .word, (2...3).contains(document.tokens[token].span.bytes.count) else { return false }
        return isCountryOrLargeState(token) && isInMixedCase(token)
    }

    private func isCountryOrLargeState(_ token: Int) -> Bool {
        guard let place = extractor.placeReadings.reading(forKey: facts[token].nameKey), place.isPolitical else { return false }
        return place.kind == PlaceReadings.rank(.country) || place.kind == PlaceReadings.rank(.admin1) && place.magnitude >= 6
    }

    /// "near the town of Mai Mahiu", "the village of Krynky": after a settlement's or a division's
    /// noun in lower case and "of", a name is the place, whatever the tagger read (a person: "Mai"
    /// is a given name).
    func followsSettlementNoun(_ span: EntitySpan) -> Bool {
        let start = span.tokens.lowerBound
        guard start >= 2, facts[start - 1].bare == CueWords.of, !facts[start - 2].isCapitalized,
              CueWords.settlement.contains(facts[start - 2].bare) else { return false }
        // (Not an acronym: "the region of DNA".)
        return !facts[start].isAllCaps && span.tokens.allSatisfy { facts[$0].isCapitalized || CueWords.nameParticle.contains(facts[$0].bare) }
    }

    /// "WILMINGTON, Del., March 2 -", "Eden Prairie, Minn., has": a state's abbreviation after a
    /// capitalized word and a comma, as American news writes it, is the state (the tagger had
    /// found "Minn." only through towns abroad that the gazetteer's folding read in it, Minden).
    /// Only there (``StateAbbreviations``): alone, "Miss." and "Pa." are other words.
    func addStateAbbreviations(_ spans: inout [EntitySpan]) {
        var added: [EntitySpan] = []
        var cursor = 0
        for token in uppercase.tokens where token >= 2 && isStateAbbreviation(token) {
            let comma = document.tokens[token - 1].span.bytes
            guard comma.count == 1, document.bytes[comma.lowerBound] == UInt8(ascii: ","), facts[token - 2].isCapitalized else {
                if isProvinceAbbreviation(token) { retypeProvince(at: token, in: &spans) }
                continue
            }
            while cursor < spans.count && spans[cursor].tokens.upperBound <= token { cursor += 1 }
            if cursor < spans.count, spans[cursor].tokens.lowerBound <= token {
                // Read already: as the state alone it is confirmed; inside a longer name it stays.
                if spans[cursor].tokens == token..<token + 1 {
                    spans[cursor].type = .location
                    spans[cursor].isConfirmedByRule = true
                }
                continue
            }
            var state = EntitySpan(type: .location, tokens: token..<token + 1, confidence: 1)
            state.isConfirmedByRule = true
            added.append(state)
        }
        guard !added.isEmpty else { return }
        spans.insertInOrder(added)
    }

    /// The span that is the province's abbreviation alone, read as another name, is the province.
    private func retypeProvince(at token: Int, in spans: inout [EntitySpan]) {
        let index = spans.partitioningIndex { $0.tokens.upperBound > token }
        guard index < spans.count, spans[index].tokens == token..<token + 1 else { return }
        spans[index].type = .location
        spans[index].isConfirmedByRule = true
    }

    /// "Del." as one token, or in a capitals dateline "KAN" before its period ("WICHITA, KAN., March 31").
    private func isStateAbbreviation(_ token: Int) -> Bool {
        let kind = document.tokens[token].kind
        guard kind == .abbreviation || kind == .word && facts[token].isAllCaps && token + 1 < facts.count
                && document.tokens[token + 1].span.bytes.lowerBound == document.tokens[token].span.bytes.upperBound
                && document.bytes[document.tokens[token + 1].span.bytes.lowerBound] == UInt8(ascii: "."),
              let folded = StateAbbreviations.packedLowerCase(document.bytes[document.tokens[token].span.bytes]) else { return false }
        let key = kind == .word ? StateAbbreviations.appendingPeriod(folded) ?? 0 : folded
        // Since stop 27 Canada's provinces and Australia's states too ("Shediac, N.B.", "Bendigo, Vic.").
        return StateAbbreviations.dotted[key] != nil || StateAbbreviations.provincesDotted[key] != nil
    }

    /// "Port Moresby hosted the summit", "Port Louis was shut": two words opening with "Port" or
    /// "Fort" that the gazetteer knows whole as a town, which the tagger read as an organization
    /// (a port authority, a base) at a sentence's start. A club named for its town is longer or
    /// no town ("Port Vale", "Port Adelaide Football Club").
    func isPortOrFortTown(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2, CueWords.townPrefix.contains(facts[span.tokens.lowerBound].bare),
              facts[span.tokens.lowerBound].isCapitalized, facts[span.tokens.lowerBound + 1].isCapitalized, !facts[span.tokens.lowerBound + 1].isAllCaps else { return false }
        return placeReading(span.tokens)?.isPolitical == true
    }
}
