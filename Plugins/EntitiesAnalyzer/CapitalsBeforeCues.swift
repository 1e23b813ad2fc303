/// The capitals right before a cue word of the passes that look for names the tagger left out: a
/// few per document, found in one pass over every capital (a sixth of the tokens) with one table
/// lookup each. (Three passes, one per cue list, had cost 2.5 M instructions per MB of news.)
struct CapitalsBeforeCues {
    /// Before a word of ``CueWords/afterUntaggedOrganization`` ("Target shares").
    var organizationWord: [Int] = []
    /// Before a word of ``CueWords/peopleVerb`` that is a word and no capital ("Putin told").
    var peopleVerb: [Int] = []
    /// Before a word of ``CueWords/facilityStart`` ("Al-Shifa hospital").
    var facilityStart: [Int] = []
    /// Before a word of ``CueWords/bodyConnector`` ("Council on", "Office for").
    var bodyConnector: [Int] = []

    private static let organizationBit: UInt8 = 1, peopleVerbBit: UInt8 = 2, facilityBit: UInt8 = 4, connectorBit: UInt8 = 8
    /// In the order of the bits above.
    private static let marks = CueMarks([CueWords.afterUntaggedOrganization, CueWords.peopleVerb, CueWords.facilityStart, CueWords.bodyConnector])

    init(capitals: [Int], facts: [TokenFacts]) {
        let marks = Self.marks // read once: each read of a static is a call
        capitals.withUnsafeBufferPointer { capitals in
            facts.withUnsafeBufferPointer { facts in
                for position in capitals.indices {
                    let capital = capitals[position]
                    guard capital + 1 < facts.count else { continue }
                    let mark = marks.marks(of: facts[capital + 1].bare)
                    if mark == 0 { continue }
                    if mark & Self.organizationBit != 0 { organizationWord.append(capital) }
                    // A verb in lower case has no capital: the next capital is not right after.
                    if mark & Self.peopleVerbBit != 0,
                       position + 1 == capitals.count || capitals[position + 1] != capital + 1 && facts[capital + 1].isWord {
                        peopleVerb.append(capital)
                    }
                    if mark & Self.facilityBit != 0 { facilityStart.append(capital) }
                    if mark & Self.connectorBit != 0 { bodyConnector.append(capital) }
                }
            }
        }
    }
}
