import Gazetteer
import TextAnalysis

/// The span conventions about one name's mentions (see
/// ``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``): one name, one type
/// within a document.
extension DocumentFeatures {
    /// One name, one type within a document: a name tagged differently in different places
    /// takes the type most of its mentions got ("Kupiansk" once ORG among ten places). A
    /// mention a convention typed an organization or a place makes the mentions the tagger
    /// read as a modifier (MISC) of that type, whatever their number: "the Vogtle nuclear power
    /// plant" makes the plant's name a place in "Vogtle's Unit Two" and "the Vogtle budget" too,
    /// "Reebok Inc" the firm's in "its stake in Reebok". Not a group's word ("West German"), nor
    /// where conventions typed the name both ways.
    func agreeOnTypes(_ spans: inout [EntitySpan], scratch: DocumentScratch) {
        // A span changes type only where another type has more than twice the votes of its
        // own, which has its vote at least: only a name of four mentions or more. The mentions
        // are first counted by a byte of their name's hash (all of one name's in one count,
        // up to four), and only those whose count reaches four are voted on in the map: most
        // documents' names are fewer (all were voted on, 4.2 M instructions per MB of news).
        guard spans.count >= 4 else { return }
        var mentions: [UInt8] = []
        swap(&mentions, &scratch.voteMentions)
        if mentions.isEmpty { mentions = [UInt8](repeating: 0, count: 256) } else { mentions.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        var votes = NameMap<SIMD4<Int32>>(facts: [])
        swap(&votes, &scratch.votes)
        votes.reset(facts: facts, capacity: spans.count)
        // Each span's name hash, then where its name is in the map (-1: not voted on): its votes
        // are read back without a second search.
        var entries = DocumentScratch.take(&scratch.voteEntries)
        entries.reserveCapacity(spans.count)
        defer { (scratch.votes, scratch.voteEntries, scratch.voteMentions) = (votes, entries, mentions) }
        for span in spans {
            let hash = facts.nameHash(span.tokens), byte = Int(truncatingIfNeeded: hash) & 255
            mentions[byte] &+= mentions[byte] < 4 ? 1 : 0
            entries.append(Int(truncatingIfNeeded: hash))
        }
        for index in spans.indices {
            let hash = UInt64(truncatingIfNeeded: entries[index]), span = spans[index]
            entries[index] = mentions[Int(truncatingIfNeeded: hash) & 255] < 4 ? -1
                : votes.update(span.tokens, hash: hash, default: .zero) { $0[span.type.rawValue] += span.isConfirmedByRule ? Self.ruleVote + 1 : 1 }
        }
        for index in spans.indices where entries[index] >= 0 {
            let weighted = votes.value(at: entries[index])
            if spans[index].type == .miscellaneous, !spans[index].isConfirmedByRule, let type = Self.ruleType(weighted),
               !isPeople(spans[index].tokens.upperBound - 1) {
                spans[index].type = type
                continue
            }
            let counts = weighted & Self.voteMask
            // The first of the most voted types, as `max(by:)` picks.
            var winner = 0
            for type in 1..<4 where counts[type] > counts[winner] { winner = type }
            guard counts[winner] > counts[spans[index].type.rawValue] * 2 else { continue }
            spans[index].type = EntityType(rawValue: winner)!
        }
    }

    /// A mention a convention typed is counted apart, above the tagger's votes (16 bits each).
    static let ruleVote: Int32 = 1 << 16
    static let voteMask = SIMD4<Int32>(repeating: ruleVote - 1)

    /// The one type among organization and place that conventions gave the name's mentions, nil
    /// when they gave neither or both.
    private static func ruleType(_ votes: SIMD4<Int32>) -> EntityType? {
        let organization = votes[EntityType.organization.rawValue] >= ruleVote, place = votes[EntityType.location.rawValue] >= ruleVote
        guard organization != place else { return nil }
        return organization ? .organization : .location
    }
}
