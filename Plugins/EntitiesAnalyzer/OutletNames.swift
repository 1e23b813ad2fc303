import Gazetteer
import TextAnalysis

/// The span conventions about newspapers and news outlets (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): outlet names built as
/// ACRONYM-Place ("RBC-Ukraine"), a place's name before a newspaper's title word ("China
/// Daily"), a city's before "Constitution" ("the Atlanta Constitution").
extension DocumentFeatures {
    /// "the Atlanta Constitution": a city has no constitution, so its name before one names a
    /// newspaper (it had been read as a law); a state's or a country's does not ("Texas
    /// Constitution"), nor a small town's name that is a common word ("Federal Constitution").
    func isCityNewspaper(_ span: EntitySpan) -> Bool {
        guard span.tokens.count == 2, facts[span.tokens.upperBound - 1].bare == CueWords.constitution else { return false }
        guard let place = placeReading(span.tokens.lowerBound..<span.tokens.lowerBound + 1) else { return false }
        return place.isPolitical && place.kind == PlaceReadings.rank(.city) && place.magnitude >= 5
    }

    /// "[USA]GPE Today", "The [China]GPE Daily quoted": a newspaper's title word, capitalized
    /// within the sentence after a place's name, makes the name the paper's (an organization);
    /// the tagger, seeing the country, had stopped before it (5 times over the news corpus). Not
    /// where "Today" opens the next sentence ("in the U.S. Today, ..."), nor in a headline's capitals.
    /// The paper's name then runs on through the capitalized words after the title that no other
    /// name has ("Zambia Daily Mail").
    @inline(never)
    func nameNewspaper(_ spans: inout [EntitySpan], at index: Int) {
        let title = spans[index].tokens.upperBound
        guard CueWords.newspaperTitle.contains(facts[title].bare), !facts[title].isAllCaps, spaced(title),
              let sentence = sentence(holding: title), sentences[sentence].lowerBound < title, !capsLines[sentence] else { return }
        var end = title + 1
        while end < facts.count, facts[end].isCapitalized, !facts[end].isAllCaps, spaced(end),
              index + 1 == spans.count || spans[index + 1].tokens.lowerBound > end { end += 1 }
        spans[index].tokens = spans[index].tokens.lowerBound..<end
        spans[index].type = .organization
        spans[index].isConfirmedByRule = true
    }

    /// "RBC-Ukraine", "CNN-News": an acronym joined to a capitalized word is an outlet or company,
    /// not an adjective like "Anglo-French".
    /// (Its first test inlined: it is asked of every span, few of them one MISC word.)
    @inline(__always)
    func isOutletName(_ span: EntitySpan) -> Bool {
        span.type == .miscellaneous && span.tokens.count == 1 && isOutletName(word: span.tokens.lowerBound)
    }

    private func isOutletName(word: Int) -> Bool {
        let bytes = document.bytes[document.tokens[word].span.bytes]
        // Without a hyphen byte there is no "-" to split at: no String needed.
        guard bytes.contains(UInt8(ascii: "-")) else { return false }
        // ASCII bytes split as their Characters do, and only the ASCII letters have a case: the
        // String and its Characters (0.9 M instructions per MB of news) only for other words.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return SpanConventions.isAcronymThenWord(bytes.split(separator: UInt8(ascii: "-")), isUppercase: { $0 &- UInt8(ascii: "A") < 26 },
                                          isLowercase: { $0 &- UInt8(ascii: "a") < 26 })
        }
        return SpanConventions.isAcronymThenWord(document.text(of: document.tokens[word]).split(separator: "-"),
                                      isUppercase: \.isUppercase, isLowercase: \.isLowercase)
    }
}

extension SpanConventions {
    /// Two parts, the first two or more capitals, the second a capital and lower-case letters.
    fileprivate static func isAcronymThenWord<Part: Collection>(_ parts: [Part], isUppercase: (Part.Element) -> Bool,
                                                              isLowercase: (Part.Element) -> Bool) -> Bool {
        guard parts.count == 2, parts[0].count >= 2, parts[0].allSatisfy(isUppercase),
              let initial = parts[1].first, isUppercase(initial), parts[1].dropFirst().allSatisfy(isLowercase) else { return false }
        return true
    }
}
