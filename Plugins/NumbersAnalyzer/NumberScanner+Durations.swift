import TextAnalysis

// Durations (ISO 8601 values), "a half hour", and dates said as a duration before "ago"/"from now".
extension NumberScanner {
    /// A duration's value, and `age: true` for "a 45-year-old", "35 years old", "twenty-five-year-old":
    /// still a DURATION (see CONVENTIONS.md), marked so a reader can tell ages from periods.
    static func durationAttributes(_ amount: Double, _ designator: String, _ isTime: Bool, age: Bool) -> [Attribute] {
        let value = Attribute("value", .string(duration(amount, designator, isTime)))
        return age ? [value, Attribute("age", .bool(true))] : [value]
    }

    /// A whole number of a smaller unit of the same kind at `index` ("15 minutes" after hours):
    /// its ISO part ("15M") and the token after it. Weeks and multiples ("decade") mix with nothing.
    func smallerDuration(at index: Int, than designator: String, isTime: Bool) -> (String, String, Int)? {
        let order = isTime ? ["S", "M", "H"] : ["D", "M", "Y"]
        guard kind(index) == .number || kind(index) == .word, let larger = order.firstIndex(of: designator),
              let core = core(at: index), core.kind == .digits || core.kind == .words, core.value >= 1, core.value == core.value.rounded(),
              let (smaller, smallerIsTime) = lookup(tables.timeUnits, core.tokens.upperBound), smallerIsTime == isTime,
              let rank = order.firstIndex(of: smaller), rank < larger else { return nil }
        return ("\(Int(core.value))" + smaller, smaller, core.tokens.upperBound + 1)
    }

    /// An ISO 8601 duration in the unit as written: "PT90M", "P2.5Y", "P10Y" for "a decade".
    static func duration(_ amount: Double, _ designator: String, _ isTime: Bool) -> String {
        // Most: a whole number below 10,000 of a one-letter unit ("P3Y", "PT90M"), written byte by
        // byte into an inline String (the concatenations below cost about 800 instructions).
        if designator.utf8.count == 1, let letter = designator.utf8.first, amount == amount.rounded(), amount >= 0, amount < 10_000 {
            let whole = Int(amount)
            let digits = whole < 10 ? 1 : whole < 100 ? 2 : whole < 1000 ? 3 : 4
            let prefix = isTime ? 2 : 1
            return String(unsafeUninitializedCapacity: prefix + digits + 1) { buffer in
                buffer[0] = UInt8(ascii: "P")
                if isTime { buffer[1] = UInt8(ascii: "T") }
                var rest = whole
                for offset in stride(from: prefix + digits - 1, through: prefix, by: -1) {
                    buffer[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                buffer[prefix + digits] = letter
                return prefix + digits + 1
            }
        }
        let (letter, multiple) = NumberWords.isoUnit(designator)
        let total = amount * multiple
        return (isTime ? "PT" : "P") + Self.plainDecimal(total) + letter
    }

    /// `amount` in plain digits, as ISO 8601 wants them: "0.000001", not "1e-06" ("one millionth of a second").
    static func plainDecimal(_ amount: Double) -> String {
        if amount == amount.rounded() { return String(Int(amount)) }
        let text = String(amount)
        guard text.contains("e"), amount > 0, amount < 1 else { return text }
        var digits = String(Int((amount * 1e12).rounded()))
        digits = String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }

    /// How many words after "a half"/"a quarter" name a rate's point ("point", "percentage
    /// points"), 0 for one hyphened to the share ("a half-point"), nil for none.
    func ratePointLength(core: Core, end: Int) -> Int? {
        let share = core.tokens.upperBound - 1
        if containsByte(share, UInt8(ascii: "-")) { return lowered(share).hasByteSuffix("-point") ? 0 : nil }
        let point = wordIs(end, "percentage") ? end + 1 : end
        return wordIs(point, "point") || wordIs(point, "points") ? point + 1 - end : nil
    }

    /// The unit of time after "a half"/"a quarter" (`core`): the word at `end` ("a half hour"), or
    /// the rest of the token when it is hyphened to the share ("a half-hour", "a quarter-century"),
    /// with the tokens it adds.
    func shareOfUnit(core: Core, end: Int) -> (designator: String, isTime: Bool, length: Int)? {
        let share = core.tokens.upperBound - 1
        if kind(end) == .word, !wordIs(end, "second"), let (designator, isTime) = lookup(tables.timeUnits, end) { return (designator, isTime, 1) }
        guard containsByte(share, UInt8(ascii: "-")), case let parts = lowered(share).dashSeparatedParts(), parts.count == 2,
              let (designator, isTime) = NumberWords.timeUnits[parts[1]] else { return nil }
        return (designator, isTime, 0)
    }

    /// "three days ago", "three days from now" (`fromNow`): a DATE that long before or after the
    /// reference, at day grain for days and weeks, month and year grain for those; hours ago is today.
    /// "over a year ago", "more than a week ago": a bound on the time elapsed, which a date's value
    /// cannot carry (its ">" would read as "later than"), so the date is the words from the number
    /// on (`number`), as dates never take a comparator; "about a year ago" keeps its approximation.
    func agoDate(_ amount: Double, _ designator: String, isTime: Bool, fromNow: Bool, tokens: Range<Int>, from number: Int,
                 attributes: Attributes) -> NumberMatch {
        var (tokens, attributes) = (tokens, attributes)
        if attributes["comparator"] != nil {
            attributes["comparator"] = nil
            tokens = number..<tokens.upperBound
        }
        let (letter, multiple) = NumberWords.isoUnit(designator)
        let count = Int(amount * multiple) * (fromNow ? -1 : 1)
        let (unit, offset): (DateExpression.RelativeUnit, Int) = isTime ? (.day, 0) : letter == "D" ? (.daysAgo, count)
            : letter == "W" ? (.daysAgo, 7 * count) : letter == "M" ? (.month, -count) : (.year, -count)
        return NumberMatch(label: .date, tokens: tokens, attributes: attributes, date: .relative(unit: unit, offset: offset), counts: nil)
    }

    /// The weekday at `index` and the days `amount` of the unit make, for "a week from Friday":
    /// whole days or weeks only, and a capitalized weekday not before a name's word ("from Friday
    /// Night Lights" stays as it was).
    /// "a month from Monday", "two years from Friday" count calendar months from it (`months`; `days` 0).
    func daysFromWeekday(_ amount: Double, _ designator: String, isTime: Bool, weekday index: Int) -> (weekday: Int, days: Int, months: Int)? {
        guard !isTime, isCapitalized(index), let weekday = lookup(tables.weekdays, index), amount == amount.rounded(), amount <= 60,
              !(kind(index + 1) == .word && isCapitalized(index + 1)) else { return nil }
        let (letter, multiple) = NumberWords.isoUnit(designator)
        if letter == "M" || letter == "Y" { return (weekday, 0, Int(amount * multiple) * (letter == "Y" ? 12 : 1)) }
        guard letter == "D" || letter == "W" else { return nil }
        return (weekday, Int(amount * multiple) * (letter == "W" ? 7 : 1), 0)
    }

    /// "a week" is one unit of time after these.
    static let oneUnitLeads: WordList = ["for", "in", "within", "over", "after", "than", "nearly", "almost", "about", "spent", "lasted", "took", "served",
                                         "take", "takes", "taking", "lasts", "lasting", "spend", "spends", "spending"]
}

// "in two weeks' time" (a date ahead, as "two weeks from now").
extension NumberScanner {
    /// "in two weeks' time", "in a month's time", "in 10 years’ time": the possessive glued to the
    /// unit at `unit`, then "time", and "in" before the number at `number` (or its article). The
    /// possessive's token is tested first: most units have none after them.
    @inline(never)
    func isInTimeFromNow(unit: Int, number: Int) -> Bool {
        guard unit + 2 < tokenCount, attached(unit + 1), isPossessiveMark(unit + 1), wordIs(unit + 2, "time") else { return false }
        return wordIs(number - 1, "in")
    }

    /// A possessive after a unit of time as the tokenizer splits it: a plural's apostrophe, a singular's "'s".
    func isPossessiveMark(_ index: Int) -> Bool {
        // By length first: a test with a literal that is not ASCII compares Strings.
        switch tokens[index].span.bytes.count {
        case 1: return wordIs(index, "'")
        case 2: return wordIs(index, "'s")
        case 3: return bytes[tokens[index].span.bytes.lowerBound] == 0xE2 && wordIs(index, "’")
        case 4: return bytes[tokens[index].span.bytes.lowerBound] == 0xE2 && wordIs(index, "’s")
        default: return false
        }
    }
}

// "every half hour", "the first half hour".
extension NumberScanner {
    /// Words before a bare "half" and a unit of time that pick out one such period ("every half
    /// hour", "the first half hour", "the last half hour"); "half" alone before a unit is otherwise
    /// left as it was. (Tested only after "half" has been read.)
    func isPeriodPicker(_ index: Int) -> Bool {
        wordIs(index, "every") || wordIs(index, "each") || wordIs(index, "first") || wordIs(index, "last") || wordIs(index, "final")
            || wordIs(index, "next") || wordIs(index, "past") || wordIs(index, "the")
    }
}
