import TextAnalysis

// Times of day: clocks with a.m./p.m., spoken clocks, "o'clock", zones, and TIME intervals.
extension NumberScanner {
    /// The words after an hour that make it a time of day, and the time: "o'clock" ("8 o'clock"
    /// keeps the hour as written, as "half past nine" does), and a part of the day that sets the
    /// half of it ("in the afternoon", "at night", "7:30 in the morning"; after a bare hour without
    /// "o'clock" only when `lead` is "at", "by", "until", ...: "killed 5 in the morning raid" counts people).
    /// `clock` is in minutes as written, below 13 hours; `lead` is nil for a clock with a colon.
    func hourOfDay(_ clock: Int, at index: Int, lead: Int?) -> (length: Int, minutes: Int)? {
        guard tokens[index].kind == .word else { return nil }
        // ("8 O'Clock Royale" is a brand.)
        // (The curly apostrophe's first byte is told before its String comparison, which lower-cased
        // every word after a small number: only a token whose second byte opens "’" can be "o’clock".)
        let oclock = clock % 60 == 0
            && (wordIs(index, "o'clock") || tokens[index].span.bytes.count > 1 && bytes[tokens[index].span.bytes.lowerBound + 1] == 0xE2 && wordIs(index, "o’clock"))
            && (!isCapitalized(index) || isAllCaps(index))
        guard oclock || lead.map({ isListed(tables.hourLeads, $0) }) ?? true else { return nil }
        let part = oclock ? index + 1 : index
        var minutes = clock % (12 * 60)
        var partLength = 0
        if wordIs(part, "in"), wordIs(part + 1, "the") {
            if wordIs(part + 2, "afternoon") || wordIs(part + 2, "evening") {
                minutes += 12 * 60
                partLength = 3
            } else if wordIs(part + 2, "morning") {
                partLength = 3
            }
        } else if wordIs(part, "at"), wordIs(part + 1, "night") {
            if clock >= 6 * 60 { minutes += 12 * 60 }
            partLength = 2
        }
        if !oclock {
            // "at 8 tomorrow", "by 9 tonight": a day word names the day of the hour (a DATE of its own).
            // Not "today": a market report's "trading off 1/4 at 10 today", "from 4.0000 today" are prices
            // (the only two in the 24 MB news corpus), and neither is a decimal or an hour after a number.
            if partLength == 0, wordIs(part, "tomorrow") || wordIs(part, "tonight"),
               lead.map({ kind($0 - 1) != .number && !containsByte($0 + 1, UInt8(ascii: ".")) }) ?? true {
                return (0, wordIs(part, "tonight") && clock >= 6 * 60 ? minutes + 12 * 60 : minutes)
            }
            guard partLength > 0 else { return nil }
            // "at 5 in the morning raid": the part of the day names a thing.
            if kind(part + partLength) == .word, isNounLike(at: part + partLength, plural: false) { return nil }
        } else if partLength == 0 {
            minutes = clock
        }
        return ((oclock ? 1 : 0) + partLength, minutes)
    }

    /// The "30" of "1h30": a token "h" and two digits below 60, or nil.
    func gluedMinutes(at index: Int) -> Int? {
        guard index < tokenCount, tokens[index].kind == .word else { return nil }
        let range = tokens[index].span.bytes
        guard range.count == 3, bytes[range.lowerBound] == UInt8(ascii: "h"), Self.isDigit(bytes[range.lowerBound + 1]), Self.isDigit(bytes[range.lowerBound + 2]) else { return nil }
        let minutes = Int(bytes[range.lowerBound + 1] - UInt8(ascii: "0")) * 10 + Int(bytes[range.lowerBound + 2] - UInt8(ascii: "0"))
        return minutes < 60 ? minutes : nil
    }

    /// The minutes of a spoken clock at `index`: "thirty", "fifteen", "forty-five" (10 to 59), or nil.
    func spokenMinutes(at index: Int) -> Int? {
        guard kind(index) == .word, !attached(index) else { return nil }
        if let tens = lookup(tables.tens, index) { return tens < 60 ? tens : nil }
        if let unit = lookup(tables.units, index) { return (10...19).contains(unit) ? unit : nil }
        // Hyphenated minutes ("twenty-one") take nine bytes or more.
        guard tokens[index].span.bytes.count >= 9, containsByte(index, UInt8(ascii: "-")),
              let minutes = Self.smallNumber(lowered(index).dashSeparatedParts()) else { return nil }
        return (21...59).contains(minutes) ? minutes : nil
    }

    /// A clock said in words with its minutes ("five thirty p.m.", "at nine-thirty", "half past eight
    /// in the evening"): `clock` in minutes as said, `index` the token after it. With "a.m."/"p.m." or a
    /// part of the day after it, the time and the token after them; else only after `lead` "at", "by",
    /// "until", ... and before punctuation or a word that ends a clause ("at five thirty sharp"; "at
    /// nine thirty-somethings" counts people); with no `lead` (a clock phrase said whole, "half past
    /// nine") the clock as said. nil when it is no clock.
    func spokenClock(_ clock: Int, at index: Int, lead: Int?) -> (end: Int, minutes: Int)? {
        var minutes = clock
        let afterMeridiem = meridiem(after: index, minutes: &minutes)
        if afterMeridiem > index { return (afterMeridiem, minutes) }
        if index < tokenCount, Self.mayFollowHour(bytes[tokens[index].span.bytes.lowerBound]),
           let (length, dayMinutes) = hourOfDay(clock, at: index, lead: lead) {
            return (index + length, dayMinutes)
        }
        guard let lead else { return (index, clock) }
        guard isListed(tables.hourLeads, lead), index >= tokenCount || isListed(Self.hourFollowers, index) else { return nil }
        return (index, clock)
    }

    /// The first byte of "a.m."/"p.m." and of the minutes "ten" to "fifty-nine" (either case): most
    /// words after a number word ("of", "people", "years") start with none of these.
    @inline(__always)
    static func maySayClock(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "n"): return true
        default: return false
        }
    }

    /// The first byte of "o'clock", "in", "at" and "tomorrow"/"tonight" (either case).
    @inline(__always)
    static func mayFollowHour(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded == UInt8(ascii: "o") || folded == UInt8(ascii: "i") || folded == UInt8(ascii: "a") || folded == UInt8(ascii: "t")
    }

    static let hourLeads: WordList = ["at", "by", "until", "till", "before", "after", "from", "around", "since", "about"]

    /// Whether the part of the day named right before token `at` puts `hour` after noon: nil when
    /// none is named. "morning" no; "afternoon", "evening" yes; "night" and "tonight" from six on.
    func dayPart(before at: Int, hour: Int) -> Bool? {
        if wordIs(at - 1, "morning") { return false }
        if wordIs(at - 1, "afternoon") || wordIs(at - 1, "evening") { return true }
        if wordIs(at - 1, "night") || wordIs(at - 1, "tonight") { return hour >= 6 }
        return nil
    }

    /// "T09:30".
    static func clock(_ minutes: Int) -> String {
        "T\(CalendarDate.pad(minutes / 60 % 24, 2)):\(CalendarDate.pad(minutes % 60, 2))"
    }

    /// A TIME interval from token `start` ("from"/"between" before it joins the span) to `end`, in minutes since midnight.
    func timeInterval(_ start: Int, _ end: Int, _ first: Int, _ last: Int) -> NumberMatch {
        let begin = isListed(Self.intervalLeads, start - 1) ? start - 1 : start
        // "8:00-10:00 GMT", "from 9 a.m. to 5 p.m. EST": the zone after the second time is both ends'.
        var end = end, zone = ""
        if let next = word(end), next == "gmt" || next == "utc" { end += 1; zone = "Z" }
        else if let offset = zoneOffset(at: end) { end += 1; zone = offset }
        else if isAmbiguousZone(end) { end += 1 }
        return NumberMatch(label: .time, tokens: begin..<end, attributes: ["value": .string(Self.clock(first) + zone + "/" + Self.clock(last) + zone)],
                           date: nil, counts: nil)
    }

    /// A clock time with its a.m./p.m. at `index` ("5pm", "5:30 p.m.", "5.30pm"): minutes since
    /// midnight and the token after it.
    func clockWithMeridiem(at index: Int) -> (Int, Int)? {
        guard kind(index) == .number, let core = core(at: index), core.tokens.lowerBound == index else { return nil }
        let clock: Int?
        switch core.kind {
        case .time: clock = Int(core.value) < 13 * 60 ? Int(core.value) : nil
        case .digits where core.tokens.count == 1:
            clock = core.value == core.value.rounded() ? (1...12).contains(core.value) ? Int(core.value) * 60 : nil : dottedClock(index)
        default: clock = nil
        }
        guard var minutes = clock, let word = word(core.tokens.upperBound), Self.meridiems.contains(word) else { return nil }
        minutes %= 12 * 60
        if word.hasPrefix("p") { minutes += 12 * 60 }
        return (minutes, core.tokens.upperBound + 1)
    }

    /// "noon", "midnight", "midday" as the second end of "8:30 a.m.-noon", "7 a.m. to noon": the
    /// time in minutes since midnight and the token after it.
    func clockWord(at index: Int) -> (Int, Int)? {
        if wordIs(index, "noon") || wordIs(index, "midday") { return (12 * 60, index + 1) }
        return wordIs(index, "midnight") ? (0, index + 1) : nil
    }

    /// "noon-2 p.m.", "midnight-6am": a clock word hyphened to an hour, one token, and the hour's
    /// a.m./p.m. after it or glued to it: a TIME interval.
    func clockWordInterval(_ word: String, at index: Int) -> NumberMatch? {
        let parts = word.dashSeparatedParts()
        guard parts.count == 2 else { return nil }
        var hourText = parts[1]
        var end = index + 1
        let meridiem: String
        if hourText.hasSuffix("am") || hourText.hasSuffix("pm") {
            meridiem = String(hourText.suffix(2))
            hourText = String(hourText.dropLast(2))
        } else if let next = self.word(end), Self.meridiems.contains(next) {
            meridiem = next
            end += 1
        } else {
            return nil
        }
        guard hourText.utf8.count <= 2, let hour = Int(hourText), (1...12).contains(hour) else { return nil }
        return timeInterval(index, end, parts[0] == "midnight" ? 0 : 12 * 60, hour % 12 * 60 + (meridiem.hasPrefix("p") ? 12 * 60 : 0))
    }

    /// "-5 p.m." glued to a time before it: an hour of one or two digits after a hyphen, with its
    /// a.m./p.m.: the time in minutes since midnight and the token after it.
    func hyphenedClockWithMeridiem(at index: Int) -> (Int, Int)? {
        guard wordIs(index, "-"), attached(index + 1), let core = core(at: index + 1) ?? core(at: index), core.tokens.upperBound == index + 2,
              core.kind == .digits, core.value == core.value.rounded(), (1...12).contains(abs(core.value)),
              let word = word(core.tokens.upperBound), Self.meridiems.contains(word) else { return nil }
        return (Int(abs(core.value)) % 12 * 60 + (word.hasPrefix("p") ? 12 * 60 : 0), core.tokens.upperBound + 1)
    }

    /// "am-5pm", "pm-11pm" (one token after the first hour's digits), "am-2" ":" "30" "pm" (the
    /// tokenizer splits a second time with minutes): whether the first hour is after noon, the second
    /// time in minutes since midnight, and the token after it. Told by the bytes "am-"/"pm-" first.
    func gluedMeridiemInterval(at index: Int) -> (Bool, Int, Int)? {
        guard kind(index) == .word else { return nil }
        let range = tokens[index].span.bytes
        guard range.count >= 4, range.count <= 11, bytes[range.lowerBound + 2] == UInt8(ascii: "-") else { return nil }
        let text = lowered(index)
        guard text.hasPrefix("am-") || text.hasPrefix("pm-") else { return nil }
        var hourText = text.dropFirst(3)
        // "8:30am-noon", "6pm-midnight"
        if hourText == "noon" || hourText == "midday" || hourText == "midnight" { return (text.hasPrefix("pm-"), hourText == "midnight" ? 0 : 12 * 60, index + 1) }
        var meridiem = ""
        var after = index + 1
        var minutes = 0
        if hourText.hasSuffix("am") || hourText.hasSuffix("pm") {
            meridiem = String(hourText.suffix(2))
            hourText = hourText.dropLast(2)
        } else {
            // "10am-2:30pm"
            guard wordIs(after, ":"), attached(after), attached(after + 1), tokens[after + 1].span.bytes.count == 2,
                  let extra = integer(after + 1, length: 2), extra < 60, let word = word(after + 2), word == "am" || word == "pm" else { return nil }
            minutes = extra
            meridiem = word
            after += 3
        }
        guard hourText.count <= 2, let hours = Int(hourText), (1...12).contains(hours) else { return nil }
        minutes += hours % 12 * 60 + (meridiem == "pm" ? 12 * 60 : 0)
        return (text.hasPrefix("pm-"), minutes, after)
    }

    /// "7.30" in "7.30am" (British style): the minutes since midnight on a 12-hour clock, or nil.
    func dottedClock(_ index: Int) -> Int? {
        let range = tokens[index].span.bytes
        guard range.count == 4 || range.count == 5, bytes[range.upperBound - 3] == UInt8(ascii: "."),
              bytes[range.lowerBound..<(range.upperBound - 3)].allSatisfy(Self.isDigit),
              bytes[(range.upperBound - 2)..<range.upperBound].allSatisfy(Self.isDigit) else { return nil }
        func digits(_ part: Range<Int>) -> Int { bytes[part].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let hours = digits(range.lowerBound..<(range.upperBound - 3)), minutes = digits((range.upperBound - 2)..<range.upperBound)
        guard (1...12).contains(hours), minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    /// Applies "a.m."/"p.m." after a clock time; returns the token after it.
    func meridiem(after end: Int, minutes: inout Int) -> Int {
        // Told from the token's hash first: most words after a number are none of these.
        guard isListed(Self.meridiems, end), let word = word(end) else { return end }
        if word.hasPrefix("p") && minutes < 12 * 60 { minutes += 12 * 60 }
        if word.hasPrefix("a") && minutes >= 12 * 60 { minutes -= 12 * 60 }
        return end + 1
    }

    /// "1630 EST", "3 p.m. EDT": a zone's offset from UTC after a clock time, in its value
    /// ("T16:30-05:00", as "0600 GMT" is "T06:00Z"), the zone in the span. Capitals only ("est."
    /// is estimated); not "ET" or "PT", which are either of two offsets.
    func zoneOffset(at index: Int) -> String? {
        guard kind(index) == .word, case let length = tokens[index].span.bytes.count, length == 3 || length == 4, isAllCaps(index) else { return nil }
        return lookup(Self.zoneOffsets, index)
    }

    /// "9 a.m. ET", "8 p.m. PT": the US zones named without their season, in the span after a clock
    /// time as "EDT" is, with no offset in the value (each is either of two: ET is -05:00 in winter
    /// and -04:00 in summer, and the text does not say which). Capitals only ("et al.").
    func isAmbiguousZone(_ index: Int) -> Bool {
        guard kind(index) == .word, tokens[index].span.bytes.count == 2, isAllCaps(index), !wordIs(index + 1, "al") else { return false }
        return wordIs(index, "et") || wordIs(index, "pt") || wordIs(index, "ct") || wordIs(index, "mt")
    }

    static let zoneOffsets: Lexicon<String> = [
        "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
        "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    ]

    /// Clock suffixes.
    static let meridiems: WordList = ["a.m.", "p.m.", "am", "pm"]

    /// Join the two times of an interval.
    static let timeJoiners: WordList = ["to", "-", "–", "and", "until"]

    /// Part of a time interval's span.
    static let intervalLeads: WordList = ["from", "between"]

    /// "from 8pm to midnight", "between noon and 2pm": two clock times after "from" or "between" are
    /// one TIME interval, as "from 9 am to 5 pm" is (a clock word is a match of its own, which the
    /// number's reading of an interval does not reach). Changes the match in place.
    func joinTimeSpan(_ match: inout NumberMatch) {
        // "noon to 3 p.m.", "midnight-5 a.m.": a clock word before an hour with its a.m./p.m. is the
        // interval's first end without "from" too, as "9 a.m. to 5 p.m." is.
        if match.tokens.count == 1, let (first, joiner) = clockWord(at: match.tokens.lowerBound), isListed(Self.timeJoiners, joiner), !wordIs(joiner, "and"),
           let (last, lastEnd) = clockWithMeridiem(at: joiner + 1) {
            match = timeInterval(match.tokens.lowerBound, lastEnd, first, last)
            return
        }
        let lead = match.tokens.lowerBound - 1
        guard lead >= matchFloor, lead >= 0, tokens[lead].span.bytes.count == 4 || tokens[lead].span.bytes.count == 7 else { return }
        let between = wordIs(lead, "between")
        guard between || wordIs(lead, "from"), case let .string(first)? = match.attributes["value"], !first.contains("/") else { return }
        let joiner = match.tokens.upperBound
        guard between ? wordIs(joiner, "and") : isListed(Self.spanJoiners, joiner),
              let second = self.match(at: joiner + 1), second.label == .time,
              case let .string(last)? = second.attributes["value"], !last.contains("/") else { return }
        match = NumberMatch(label: .time, tokens: lead..<second.tokens.upperBound, attributes: ["value": .string(first + "/" + last)], date: nil, counts: nil)
    }

    /// After an hour said without a.m. or p.m. ("tomorrow morning at 9, ..."): not "at 9 percent".
    static let hourFollowers: WordList = [".", ",", ";", ":", "and", "on", "to", "with", "when", "for", "in", "sharp", "!", "?"]
}
