import Foundation
import Gazetteer
import TextAnalysis

/// What the finder knows of each token: its folded key, word classes, line and sentence
/// starts, name words, capitals lines (classified once, in the initializer's pass).
extension MentionFinder {
    /// The folded key of token `index`, computed once per token (most tokens are asked about
    /// several times: as a word, a connector, a title, a type word).
    /// (0 for tokens no name can be near: see the initializer.)
    @inline(__always)
    func key(_ index: Int) -> UInt64 { table.keys[index] }

    /// The word classes of token `index` (``PlaceWords``), looked up once per token and kept:
    /// a token is asked about as a title, a connector, a type word, a direction...
    /// (The kept answer inline, the lookup a call: about 30,000 asks per megabyte, most answered
    /// from the table.)
    @inline(__always)
    func classes(_ index: Int) -> PlaceWordClasses {
        if table.flags[index] & TokenTable.classified != 0 { return PlaceWordClasses(rawValue: table.classes[index]) }
        return lookUpClasses(index)
    }

    /// Looks up and keeps the word classes of token `index` (see ``classes(_:)``).
    @inline(never)
    private func lookUpClasses(_ index: Int) -> PlaceWordClasses {
        let key = key(index)
        let found = key == 0 ? words.classesOfKeyZero : words.classes[key] ?? []
        table.classes[index] = found.rawValue
        table.flags[index] |= TokenTable.classified
        return found
    }

    /// Token `index` is the first of the text or has a line break before it.
    func startsLine(_ index: Int) -> Bool {
        index == 0 || bytes[tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound].contains(0x0A)
    }

    /// "MOSCOW, March 3 -", "LONDON (Reuters) -", "ATHENS (AP) —", "LONDON —": a wire dateline,
    /// a place written in capitals at the start of a line.
    func startsDateline(_ index: Int) -> Bool {
        opensLine(index) && index + 1 < tokens.count
            && (isByte(index + 1, UInt8(ascii: ",")) || isAgencyCredit(at: index + 1) || isDatelineMark(index + 1) && !isCommonWord(index))
    }

    /// A dash after a dateline's city, or a colon before a capital after the document's first
    /// word ("MUMBAI: The Reserve Bank...", as Indian, Pakistani and Nigerian papers write a
    /// dateline; further on, "MOS: Thanks, Terry" is an interviewer's initials).
    private func isDatelineMark(_ index: Int) -> Bool {
        isDash(index) || index == 1 && isByte(index, UInt8(ascii: ":")) && index + 1 < tokens.count && table.flags[index + 1] & TokenTable.capitalized != 0
    }

    /// "BEIJING/TAIPEI (Reuters) -", "LONDON/NEW YORK, March 3 -": a dateline of several cities
    /// joined by slashes, each of which the story was filed from. Whether the capitals of
    /// `range` are one of them: only capitals and glued slashes from the line's start to the
    /// agency, the dash or the date, with at least one slash. (A virus strain,
    /// "A/California/7/2009", has numbers; a headline's "LIRA/DOLLAR" no dateline after it.)
    func isInSlashDateline(_ range: Range<Int>) -> Bool {
        // (Asked of every name in capitals, "U.S." above all: the bytes around it first.)
        let first = tokens[range.lowerBound].span.bytes.lowerBound, last = tokens[range.upperBound - 1].span.bytes.upperBound
        guard first > 0 && bytes[first - 1] == UInt8(ascii: "/") || last < bytes.count && bytes[last] == UInt8(ascii: "/") else { return false }
        /// A word of a dateline's city: capitals only, no digits.
        func isCapitalsWord(_ index: Int) -> Bool {
            tokens[index].kind == .word && isAllCaps(index) && bytes[tokens[index].span.bytes.lowerBound] >= 65
        }
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 8, !startsLine(start),
              isCapitalsWord(start - 1) || isGlued(start - 1, to: start, anyOf: UInt8(ascii: "/"), UInt8(ascii: "/")) { start -= 1 }
        guard startsLine(start), isCapitalsWord(start) else { return false }
        var next = range.upperBound
        while next < tokens.count, next - range.upperBound < 8,
              isCapitalsWord(next) && contiguous(next) || isGlued(next, to: next - 1, anyOf: UInt8(ascii: "/"), UInt8(ascii: "/")) { next += 1 }
        guard next + 1 < tokens.count, isCapitalsWord(next - 1) else { return false }
        if isByte(next, UInt8(ascii: ",")) { return classes(next + 1).contains(.calendar) }
        return isAgencyCredit(at: next) || isDash(next)
    }

    /// A hyphen, dashes or an en or em dash standing alone.
    func isDash(_ index: Int) -> Bool {
        let dash = bytes[tokens[index].span.bytes]
        return dash.allSatisfy { $0 == UInt8(ascii: "-") } || dash.elementsEqual("—".utf8) || dash.elementsEqual("–".utf8)
    }

    /// "(Reuters) -", "(AP) —", "(AFP) --", "(dpa) -": an agency's name in parentheses before a
    /// dash, as a dateline credits it: capitalized, or a short word in lower case, as Germany's dpa
    /// writes its own. (Not any parenthesis: "HIV (the virus) is".)
    func isAgencyCredit(at index: Int) -> Bool {
        guard index + 3 < tokens.count, isByte(index, UInt8(ascii: "(")), isByte(index + 2, UInt8(ascii: ")")),
              tokens[index + 1].kind == .word else { return false }
        let credit = bytes[tokens[index + 1].span.bytes]
        guard (65...90).contains(credit.first!) || (2...4).contains(credit.count) && credit.allSatisfy({ (97...122).contains($0) }) else { return false }
        return isDash(index + 3)
    }

    /// Token `index` is a preposition that puts a place after it ("in", "near", "from"), or an
    /// "of" after a word that does ("the town of", "south of", "the outskirts of", "the Straits
    /// of"). After other words "of" is a company's or a person's far more often than a place's:
    /// "takeover of Carling", "50 pct of Dome", "all of Harper and Row's shares", "an associate
    /// of Marcos", "the Chamber of Commerce". (After an organization's word it stays one: "the Bank
    /// of Montreal", "Wyrough and Loser Inc of Trenton".)
    func isLocative(_ index: Int) -> Bool {
        let wordClasses = classes(index)
        guard wordClasses.contains(.locative) else { return false }
        // ("of" is the one locative that is also a connector.)
        guard wordClasses.contains(.connector) else { return true }
        guard index > 0 else { return false }
        let before = classes(index - 1)
        return before.hint != nil || before.officeHint != nil
            || !before.isDisjoint(with: [.direction, .featurePrefix, .placeNoun, .organization, .institution])
    }

    /// Token `index` starts a line, alone or after a capitals "THE" ("THE HAGUE, March 31 -").
    private func opensLine(_ index: Int) -> Bool {
        startsLine(index) || index > 0 && key(index - 1) == words.the && isAllCaps(index - 1) && startsLine(index - 1)
    }

    /// Token `index` is the one byte `byte` (no array made to compare with, as `== [byte]` did).
    func isByte(_ index: Int, _ byte: UInt8) -> Bool {
        let span = tokens[index].span.bytes
        return span.count == 1 && bytes[span.lowerBound] == byte
    }

    /// "WASHINGTON, Oct 20 -", "LONDON (Reuters) -": a place in capitals opening a line before a
    /// date or an agency names the city the story was filed from, not the state or country.
    func isDateline(_ mention: PlaceMention) -> Bool {
        let first = mention.tokens.lowerBound, next = mention.tokens.upperBound
        guard next + 1 < tokens.count, isAllCaps(first) else { return false }
        guard opensLine(first) else { return isInSlashDateline(mention.tokens) }
        if isByte(next, UInt8(ascii: "/")) { return isInSlashDateline(mention.tokens) }
        if isByte(next, UInt8(ascii: ",")) { return classes(next + 1).contains(.calendar) }
        // (With a dash or a colon alone, not a common word: "LEAD - 350 tonnes" opens a metals
        // report, "UPDATE: The..." a story.)
        return isAgencyCredit(at: next) || isDatelineMark(next) && !isCommonWord(first)
    }

    /// "SAO PAULO, Brazil —", "KYIV, Ukraine (AP) —", "LAGOS, Nigeria, March 3": a dateline with
    /// its country or state, then the dash, the agency or the date. It names a city too, which its
    /// qualifier places (so not the biggest of the name, as ``markDateline(_:)`` picks).
    func isQualifiedDateline(_ mention: PlaceMention) -> Bool {
        let first = mention.tokens.lowerBound, comma = mention.tokens.upperBound
        guard comma + 2 < tokens.count, isByte(comma, UInt8(ascii: ",")), isAllCaps(first), opensLine(first) else { return false }
        var after = comma + 1
        while after < min(tokens.count, comma + 4), isNameWord(after) { after += 1 }
        guard after > comma + 1, after + 1 < tokens.count else { return false }
        if isByte(after, UInt8(ascii: ",")) { return classes(after + 1).contains(.calendar) }
        return isAgencyCredit(at: after) || isDash(after)
    }

    /// A dateline names a city, and one without its state or country ("WASHINGTON"; "PORTLAND,
    /// ORE." otherwise) is a city the wire expects every reader to know: the biggest of that name,
    /// whatever towns of the document's states share it. A city known by the name only as an alias
    /// must be ten times bigger to win ("HANOVER" is Hannover, not Hanover, Maryland; "ISLAMABAD"
    /// is not Chittagong, once called so). A country's name ("KUWAIT", "SINGAPORE") stays the
    /// country, as elsewhere in the story.
    ///
    /// (The candidates are read by index: a slice of them, alive when `keepCandidates` appends,
    /// made that append copy every candidate of the document, quadratic in a long one.)
    func markDateline(_ mention: inout PlaceMention) {
        guard !mention.candidates.contains(where: { gazetteer.kind(table.candidates[$0]) <= .country }) else { return }
        mention.hint = .city
        var biggest: (id: PlaceID, weight: Int)?
        // A country's capital called by its own name leaves out the cities that have the name only
        // as an alias: "NEW DELHI" is the capital, not Delhi. (Others of its name still compete:
        // "VICTORIA" stays British Columbia's.)
        let namesCapital = mention.candidates.contains { index in
            let id = table.candidates[index]
            return gazetteer.kind(id) == .city && gazetteer.isSeat(id) && gazetteer.isNamed(id, key: mention.key)
                && gazetteer.packedFeatureCode(id) == FeatureCodes.capital
        }
        for index in mention.candidates where gazetteer.kind(table.candidates[index]) == .city {
            let id = table.candidates[index]
            // (The name is read only when it could matter: most towns lose on population alone.)
            let population = gazetteer.population(id)
            guard biggest.map({ population * 10 > $0.weight }) ?? true else { continue }
            let named = gazetteer.isNamed(id, key: mention.key)
            if namesCapital && !named { continue }
            let weight = named ? population * 10 : population
            if biggest.map({ weight > $0.weight }) ?? true { biggest = (id, weight) }
        }
        if let biggest { mention.candidates = table.keepCandidates(mention.candidates) { $0 == biggest.id } }
    }

    /// Whether token `index` exists, touches token `neighbour` with no space, and is the
    /// one-byte symbol `symbol` or `other`.
    func isGlued(_ index: Int, to neighbour: Int, anyOf symbol: UInt8, _ alternative: UInt8) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index].span.bytes, other = tokens[neighbour].span.bytes
        guard token.lowerBound == other.upperBound || token.upperBound == other.lowerBound, token.count == 1 else { return false }
        return bytes[token.lowerBound] == symbol || bytes[token.lowerBound] == alternative
    }



    /// The folded key of `range` of the text, by the buffer-pointer fold inlined here (a slice
    /// took the generic path: several hundred instructions a span).
    func spanKey(_ range: Range<Int>) -> UInt64? {
        bytes.withUnsafeBufferPointer { NameKey.key(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].span.bytes.lowerBound..<tokens[range.upperBound - 1].span.bytes.upperBound
    }

    /// A mention's gazetteer entries.
    func candidates(of mention: PlaceMention) -> ArraySlice<PlaceID> { table.candidates[mention.candidates] }

    /// A word that can be part of a name (see ``classifyNameWord(_:)``).
    func isNameWord(_ index: Int) -> Bool { table.flags[index] & TokenTable.nameWord != 0 }

    /// Token `index` starts a sentence (or a line).
    func isSentenceStart(_ index: Int) -> Bool { table.flags[index] & TokenTable.sentenceStart != 0 }

    /// Token `index` is on a line written in capitals.
    func isOnCapitalsLine(_ index: Int) -> Bool { table.flags[index] & TokenTable.capitalsLine != 0 }

    /// A word that can be part of a name: capitalized ("Kyiv", "U.S.", "Ürümqi") or a lower-case
    /// particle before a capital ("d'Ivoire", "al-Bab"). `range` is a word's or an abbreviation's.
    @inline(__always)
    static func classifyNameWord(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, particles: FoldedKeySet) -> Bool {
        let first = bytes[range.lowerBound]
        if first >= 65 && first <= 90 {
            // "Kharkiv-based", "Texas-wide" are adjectives; ``basedCompound(at:)`` takes them.
            var offset = range.upperBound - 1
            while offset >= range.lowerBound {
                if bytes[offset] == UInt8(ascii: "-") {
                    guard offset + 1 < range.upperBound else { return true }
                    let next = bytes[offset + 1]
                    return !(next >= 97 && next <= 122)
                }
                offset -= 1
            }
            return true
        }
        if first >= 0xC3, first <= 0xC5 {
            let prefix = Array(bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 2)])
            if let scalar = String(decoding: prefix, as: UTF8.self).unicodeScalars.first {
                return scalar.properties.isUppercase
            }
            return false
        }
        if first >= 97, first <= 122 {
            var offset = 1
            while offset <= 3, range.lowerBound + offset + 1 < range.upperBound {
                let byte = bytes[range.lowerBound + offset]
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") {
                    let next = bytes[range.lowerBound + offset + 1]
                    // Only name particles: "al-Bab", "d'Ivoire"; not "sub-Saharan", "pro-Russian".
                    return next >= 65 && next <= 90
                        && particles.contains(NameKey.key(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<(range.lowerBound + offset)])) ?? 0)
                }
                offset += 1
            }
        }
        return false
    }

    func isConnector(_ index: Int) -> Bool {
        tokens[index].kind == .word && classes(index).contains(.connector) && !isNameWord(index)
    }

    func isAllCaps(_ index: Int) -> Bool {
        for offset in tokens[index].span.bytes where bytes[offset] >= 97 && bytes[offset] <= 122 { return false }
        return true
    }

    /// Written lower-case at least as often as capitalized in news ("In", "The", "Police").
    func isCommonWord(_ index: Int) -> Bool {
        (lexicon.lowerCaseShare(key: key(index)) ?? 0) >= 0.5
    }

    /// Marks the tokens holding a hyphen, and classifies the lower-case words that can be name
    /// words: only particles glued to a capital by an apostrophe or a hyphen ("al-Bab",
    /// "d'Ivoire"). The marks are found with `memchr` instead of visiting every word.
    static func classifyMarkedWords(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                          _ particles: FoldedKeySet, into flags: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        for mark in [UInt8(ascii: "'"), UInt8(ascii: "-")] {
            var offset = 0
            var index = 0 // the first token that may hold the mark
            while offset < bytes.count, let found = memchr(base + offset, Int32(mark), bytes.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                offset = position + 1
                if mark == UInt8(ascii: "-") {
                    index = firstToken(endingAfter: position, from: index, in: tokens)
                    if index < tokens.count, tokens[index].span.bytes.lowerBound <= position { flags[index] |= TokenTable.hyphenated }
                }
                guard offset < bytes.count, bytes[offset] >= 65, bytes[offset] <= 90 else { continue }
                index = firstToken(endingAfter: position, from: index, in: tokens)
                guard index < tokens.count, tokens[index].span.bytes.lowerBound < position else { continue }
                let token = tokens[index]
                guard token.kind == .word || token.kind == .abbreviation else { continue }
                let first = bytes[token.span.bytes.lowerBound]
                guard first >= 97, first <= 122 else { continue }
                if classifyNameWord(token.span.bytes, in: bytes, particles: particles) { flags[index] |= TokenTable.nameWord }
            }
        }
    }

    /// The first token from `start` on that ends after byte `position` (`tokens.count` for
    /// none), by galloping then bisecting: marks lie tens of tokens apart, and stepping through
    /// every token between them cost more than finding the marks.
    private static func firstToken(endingAfter position: Int, from start: Int, in tokens: UnsafeBufferPointer<Token>) -> Int {
        guard start < tokens.count, tokens[start].span.bytes.upperBound <= position else { return start }
        // tokens[low] ends at or before `position`; tokens[high] (if any) after it.
        var low = start, step = 1, high = start + 1
        while high < tokens.count, tokens[high].span.bytes.upperBound <= position {
            low = high
            step *= 2
            high = low + step
        }
        var first = low + 1, end = min(high, tokens.count)
        while first < end {
            let middle = (first + end) / 2
            if tokens[middle].span.bytes.upperBound <= position { first = middle + 1 } else { end = middle }
        }
        return first
    }

    /// Tokens on lines where letters are mostly capitals (headlines, wire slugs): at least six
    /// capitals in the line's words, and more than four per lower-case letter.
    static func markCapitalsLines(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                          into flags: UnsafeMutableBufferPointer<UInt8>) {
        /// The first newline at or after `offset`, or the end of the text (`memchr`: a
        /// byte-by-byte scan of the gaps between tokens cost more).
        func newline(from offset: Int) -> Int {
            guard offset < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + offset, 0x0A, bytes.count - offset) else { return bytes.count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        LetterCase.weights.withUnsafeBufferPointer { weights in
            var lineStart = 0
            while lineStart < tokens.count {
                // The line ends before the first token after a newline that lies between tokens
                // (not inside one): found by bisection from each newline.
                var end = tokens.count
                var from = tokens[lineStart].span.bytes.upperBound
                while true {
                    let position = newline(from: from)
                    var low = lineStart + 1, high = tokens.count // first token starting after the newline
                    while low < high {
                        let middle = (low + high) / 2
                        if tokens[middle].span.bytes.lowerBound > position { high = middle } else { low = middle + 1 }
                    }
                    if low == tokens.count { break }
                    if tokens[low - 1].span.bytes.upperBound <= position {
                        end = low
                        break
                    }
                    from = tokens[low - 1].span.bytes.upperBound // the newline is inside a token
                }
                if isCapitalsLine(lineStart..<end, tokens, bytes, weights) {
                    for index in lineStart..<end { flags[index] |= TokenTable.capitalsLine }
                }
                lineStart = end
            }
        }
    }

    /// Counts the line's letters, and stops once the bytes left could not make it a capitals
    /// line (most lines are prose, decided a third of the way in).
    private static func isCapitalsLine(_ line: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                       _ weights: UnsafeBufferPointer<UInt32>) -> Bool {
        let lineEnd = tokens[line.upperBound - 1].span.bytes.upperBound
        // No more capitals in the line's words than in all its bytes, counted eight at a time:
        // most prose lines have fewer than six, and the rest are settled by their first words.
        let capitals = LetterCase.capitalsBound(in: tokens[line.lowerBound].span.bytes.lowerBound..<lineEnd, of: bytes)
        guard capitals >= 6 else { return false }
        var upper = 0, lower = 0
        for index in line where tokens[index].kind == .word {
            let span = tokens[index].span.bytes
            let most = min(capitals, upper + (lineEnd - span.lowerBound)) // capitals the line could still reach
            if most < 6 || 4 * lower >= most { return false }
            let letters = LetterCase.count(in: span, of: bytes, weights: weights)
            upper += letters.upper
            lower += letters.lower
        }
        return upper >= 6 && upper > 4 * lower
    }
}
