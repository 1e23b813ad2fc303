import TextAnalysis

extension NumberScanner {
    /// Decides the label from what surrounds the core.
    func classify(_ core: Core, start: Int, modifier: Attributes, currency prefixCurrency: String?) -> NumberMatch? {
        var attributes = modifier
        var end = core.tokens.upperBound
        let value = core.value
        func make(_ label: String, _ extra: Attributes = [:], counts: Bool = false) -> NumberMatch {
            var all = Attributes()
            for (key, value) in extra { all[key] = value }
            for (key, value) in attributes { all[key] = value }
            let countRange = counts ? self.counts(after: countsStart(after: end, core: core), value: value) : nil
            return NumberMatch(label: label, tokens: start..<end, attributes: all, date: nil, counts: countRange)
        }
        func makeTime(_ minutes: Int) -> NumberMatch {
            var zone = ""
            if let next = word(end), next == "gmt" || next == "utc" { end += 1; zone = "Z" }
            return make("TIME", ["value": .string("T\(CalendarDate.pad(minutes / 60, 2)):\(CalendarDate.pad(minutes % 60, 2))\(zone)")])
        }
        // "3 p.m.", "8pm", "0600 GMT"
        if core.kind == .digits, core.tokens.count == 1, let next = word(end) {
            if ["a.m.", "p.m.", "am", "pm"].contains(next), value >= 1, value <= 12, value == value.rounded() {
                end += 1
                var hours = Int(value) % 12
                if next.hasPrefix("p") { hours += 12 }
                return makeTime(hours * 60)
            }
            if next == "gmt" || next == "utc", words[core.tokens.lowerBound].count == 4, let clock = Int(words[core.tokens.lowerBound]),
               clock / 100 < 24, clock % 100 < 60 {
                return makeTime(clock / 100 * 60 + clock % 100)
            }
        }
        switch core.kind {
        case .ordinal:
            guard start == core.tokens.lowerBound else { return nil }
            if core.tokens.count == 1, tokens[core.tokens.lowerBound].kind == .word, !ordinalWordAllowed(at: core.tokens.lowerBound) { return nil }
            if let month = word(end).flatMap({ NumberWords.months[$0] }), isCapitalized(end) {
                // "the 2nd of March" is handled as "2nd March" without "of": day then month.
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
            }
            if word(end) == "of", let month = word(end + 1).flatMap({ NumberWords.months[$0] }), isCapitalized(end + 1) {
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end + 1)
            }
            // "on the 19th": a day of the month.
            if tokens[core.tokens.lowerBound].kind == .number, word(start - 1) == "the", value >= 1, value <= 31,
               word(end).map({ [".", ",", ";", "and", "to"].contains($0) }) ?? true {
                return NumberMatch(label: "DATE", tokens: (start - 1)..<end, attributes: [:], date: .absolute(year: nil, month: nil, day: Int(value)), counts: nil)
            }
            return make("ORDINAL", ["value": number(value)])
        case .time:
            var minutes = Int(value)
            if let meridiem = word(end), meridiem == "a.m." || meridiem == "p.m." || meridiem == "am" || meridiem == "pm" {
                if meridiem.hasPrefix("p") && minutes < 12 * 60 { minutes += 12 * 60 }
                if meridiem.hasPrefix("a") && minutes >= 12 * 60 { minutes -= 12 * 60 }
                end += 1
            }
            return makeTime(minutes)
        case .fraction:
            return make("FRACTION", ["value": number(value)])
        case .digits, .words:
            break
        }
        // "2025-12-24"
        if core.yearLike, word(end) == "-", attached(end), kind(end + 1) == .number, attached(end + 1), words[end + 1].count == 2,
           word(end + 2) == "-", attached(end + 2), kind(end + 3) == .number, attached(end + 3), words[end + 3].count == 2,
           let month = Int(words[end + 1]), let day = Int(words[end + 3]), (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month, of: Int(value)) {
            return NumberMatch(label: "DATE", tokens: start..<(end + 4), attributes: [:], date: .absolute(year: Int(value), month: month, day: day), counts: nil)
        }
        // "a 45-year-old", "a 90-day ceasefire"
        if core.kind == .digits, word(end) == "-", attached(end), end + 1 < tokens.count, attached(end + 1), tokens[end + 1].kind == .word,
           let unit = words[end + 1].split(separator: "-").first.map(String.init), let (designator, isTime) = NumberWords.timeUnits[unit] {
            end += 2
            let letter = designator == "Y10" ? "Y" : designator
            return make("DURATION", ["value": .string((isTime ? "PT" : "P") + String(Int(value)) + letter)])
        }
        // "one in five"
        let denominatorStart = word(end) == "out" && word(end + 1) == "of" ? end + 2 : end + 1
        if word(end) == "in" || word(end) == "out", core.value >= 1, let denominator = self.core(at: denominatorStart), denominator.kind == .digits || denominator.kind == .words,
           denominator.value > core.value, !denominator.yearLike {
            end = denominator.tokens.upperBound
            return make("FRACTION", ["value": number(core.value / denominator.value)], counts: true)
        }
        // "one" is a pronoun more often than a count.
        if core.kind == .words, core.tokens.count == 1, words[core.tokens.lowerBound] == "one", !oneIsCount(at: core.tokens.lowerBound) { return nil }
        // Ranges: "10-15", "10 to 15", "between 10 and 15", "from 10 to 15 km".
        if let range = range(after: core, start: start, attributes: attributes, currency: prefixCurrency) { return range }
        var amount = value
        if prefixCurrency == nil, let suffix = word(end), let (code, factor) = NumberWords.currencySuffixes[suffix],
           suffix != "p" || attached(end) {
            end += 1
            return make("MONEY", ["value": number(amount * factor), "currency": .string(code)])
        }
        if let code = prefixCurrency {
            if let suffix = word(end), let (suffixCode, _) = NumberWords.currencySuffixes[suffix], suffixCode == code { end += 1 }
            return make("MONEY", ["value": number(amount), "currency": .string(code)])
        }
        if let next = word(end) {
            if next == "%" || next == "percent" || next == "pct" || (next == "per" && word(end + 1) == "cent") {
                end += next == "per" ? 2 : 1
                return make("PERCENT", ["value": number(amount)])
            }
            if (next == "percentage" || next == "basis") && (word(end + 1) == "points" || word(end + 1) == "point") {
                end += 2
                return make("QUANTITY", ["value": number(amount), "unit": .string(next == "basis" ? "bp" : "percent point")])
            }
            if next == "°" || next == "degrees" || next == "degree" {
                var unit = "°"
                var length = 1
                if let scale = word(end + 1), ["c", "celsius", "f", "fahrenheit"].contains(scale) {
                    unit += scale.hasPrefix("c") ? "C" : "F"
                    length = 2
                } else if next == "°" {
                    unit = "°"
                } else {
                    return make("QUANTITY", ["value": number(amount), "unit": "°"])
                }
                end += length
                return make("QUANTITY", ["value": number(amount), "unit": .string(unit)])
            }
            if let (designator, isTime) = NumberWords.timeUnits[next], !(core.kind == .words && next == "second") {
                if word(end + 1) == "ago" {
                    end += 2
                    let unit = designator == "D" ? "days-ago" : designator == "W" ? "days-ago" : designator == "M" && !isTime ? "month" : designator == "Y" ? "year" : "day"
                    let offset = designator == "W" ? Int(amount) * 7 : unit == "days-ago" ? Int(amount) : -Int(amount)
                    return NumberMatch(label: "DATE", tokens: start..<end, attributes: attributes, date: .relative(unit: unit, offset: offset), counts: nil)
                }
                end += 1
                let isoAmount = designator == "Y10" ? amount * 10 : amount
                let amountText = isoAmount == isoAmount.rounded() ? String(Int(isoAmount)) : String(isoAmount)
                let letter = designator == "Y10" ? "Y" : designator
                return make("DURATION", ["value": .string((isTime ? "PT" : "P") + amountText + letter)])
            }
            if let unit = NumberWords.measureUnits[next], !(next == "m" && !attached(end) && core.kind == .words), next != "g" || attached(end) {
                end += 1
                if next == "bcm" { amount *= 1e9 }
                return make("QUANTITY", ["value": number(amount), "unit": .string(unit)])
            }
            if let month = NumberWords.months[next], isCapitalized(end), core.kind == .digits, value >= 1, value <= 31, value == value.rounded(), !core.magnified {
                return dayMonth(day: Int(value), month: month, start: start, monthIndex: end)
            }
            if next == "s", attached(end), core.yearLike, Int(value) % 10 == 0 {
                end += 1
                let begin = word(start - 1) == "the" ? start - 1 : start
                return NumberMatch(label: "DATE", tokens: begin..<end, attributes: [:], date: .decade(Int(value)), counts: nil)
            }
        }
        if core.yearLike, attributes.isEmpty, counts(after: end, value: value) == nil {
            return NumberMatch(label: "DATE", tokens: start..<end, attributes: [:], date: .absolute(year: Int(value), month: nil, day: nil), counts: nil)
        }
        if core.magnified, core.kind == .words, NumberWords.pluralScales[words[core.tokens.lowerBound]] != nil {
            attributes["comparator"] = ">="
        }
        if attributes.isEmpty, word(end) == "or", let after = word(end + 1), after == "more" || after == "so" {
            end += 2
            if after == "more" { attributes["comparator"] = ">=" } else { attributes["approximate"] = true }
        } else if attributes.isEmpty, word(end) == "+", attached(end) {
            end += 1
            attributes["comparator"] = ">="
        }
        return make("CARDINAL", ["value": number(amount)], counts: true)
    }

    func dayMonth(day: Int, month: Int, start: Int, monthIndex: Int) -> NumberMatch? {
        guard day >= 1, day <= 31 else { return nil }
        var end = monthIndex + 1
        if word(end) == "." && tokens[monthIndex].kind == .word { end = monthIndex + 1 }
        var year: Int?
        var yearIndex = end
        if word(yearIndex) == "," { yearIndex += 1 }
        if yearIndex < tokens.count, tokens[yearIndex].kind == .number, let value = Int(words[yearIndex]), words[yearIndex].count == 4, (1800...2100).contains(value) {
            year = value
            end = yearIndex + 1
        }
        let begin = word(start - 1) == "the" && word(monthIndex - 1) == "of" ? start - 1 : start
        return NumberMatch(label: "DATE", tokens: begin..<end, attributes: [:], date: .absolute(year: year, month: month, day: day), counts: nil)
    }

    /// "December 24, 2025", "Dec. 22", "December 2025", "in March".
    func monthFirstDate(at index: Int) -> NumberMatch? {
        let name = words[index].hasSuffix(".") ? String(words[index].dropLast()) : words[index]
        guard let month = NumberWords.months[name], isCapitalized(index) else { return nil }
        var next = index + 1
        if tokens[index].kind == .word, word(next) == ".", attached(next) { next += 1 }
        if next < tokens.count, tokens[next].kind == .number, let day = Int(words[next].trimmingSuffix()), (1...31).contains(day), words[next].count <= 4 {
            var end = next + 1
            var year: Int?
            var yearIndex = end
            if word(yearIndex) == "," { yearIndex += 1 }
            if yearIndex < tokens.count, tokens[yearIndex].kind == .number, words[yearIndex].count == 4, let value = Int(words[yearIndex]), (1800...2100).contains(value) {
                year = value
                end = yearIndex + 1
            }
            if words[next].count == 4, let value = Int(words[next]), (1800...2100).contains(value) {
                return NumberMatch(label: "DATE", tokens: index..<(next + 1), attributes: [:], date: .absolute(year: value, month: month, day: nil), counts: nil)
            }
            return NumberMatch(label: "DATE", tokens: index..<end, attributes: [:], date: .absolute(year: year, month: month, day: day), counts: nil)
        }
        if next < tokens.count, tokens[next].kind == .number, words[next].count == 4, let value = Int(words[next]), (1800...2100).contains(value) {
            return NumberMatch(label: "DATE", tokens: index..<(next + 1), attributes: [:], date: .absolute(year: value, month: month, day: nil), counts: nil)
        }
        // A month alone only after a preposition that takes dates, and never "May" (a verb and a name).
        guard words[index] != "may", tokens[index].kind == .word, let previous = word(index - 1),
              ["in", "since", "until", "till", "by", "from", "through", "during", "last", "next", "this", "early", "late", "mid", "of"].contains(previous)
        else { return nil }
        if previous == "last" || previous == "next" || previous == "this" {
            return NumberMatch(label: "DATE", tokens: (index - 1)..<(index + 1), attributes: [:], date: .absolute(year: nil, month: month, day: nil), counts: nil)
        }
        return NumberMatch(label: "DATE", tokens: index..<(index + 1), attributes: [:], date: .absolute(year: nil, month: month, day: nil), counts: nil)
    }

    /// "yesterday", "last week", "next month", "on Monday", "last Friday".
    func relativeDate(at index: Int) -> NumberMatch? {
        let word = words[index]
        switch word {
        case "yesterday", "today", "tomorrow":
            let offset = word == "yesterday" ? -1 : word == "today" ? 0 : 1
            return NumberMatch(label: "DATE", tokens: index..<(index + 1), attributes: [:], date: .relative(unit: "day", offset: offset), counts: nil)
        case "last", "next", "this":
            guard let unit = self.word(index + 1) else { return nil }
            let offset = word == "last" ? -1 : word == "next" ? 1 : 0
            if ["week", "month", "year"].contains(unit) {
                return NumberMatch(label: "DATE", tokens: index..<(index + 2), attributes: [:], date: .relative(unit: unit, offset: offset), counts: nil)
            }
            if let weekday = NumberWords.weekdays[unit], word != "this" {
                return NumberMatch(label: "DATE", tokens: index..<(index + 2), attributes: [:],
                                   date: .relative(unit: word == "last" ? "weekday-past" : "weekday-future", offset: weekday), counts: nil)
            }
            return nil
        default:
            if let weekday = NumberWords.weekdays[word], isCapitalized(index) {
                return NumberMatch(label: "DATE", tokens: index..<(index + 1), attributes: [:], date: .weekday(weekday), counts: nil)
            }
            return nil
        }
    }

    /// A range sharing its unit: "10-15 km", "10 to 15", "between 10 and 15".
    func range(after core: Core, start: Int, attributes: Attributes, currency: String?) -> NumberMatch? {
        let end = core.tokens.upperBound
        guard let joiner = word(end), ["-", "–", "to", "and"].contains(joiner) else { return nil }
        if joiner == "and" && !(word(core.tokens.lowerBound - 1) == "between") { return nil }
        if joiner == "-" || joiner == "–" { guard attached(end), attached(end + 1) else { return nil } }
        var secondStart = end + 1
        var secondCurrency = currency
        if let (length, code) = currencyPrefix(at: secondStart) { secondStart += length; secondCurrency = code }
        guard let second = self.core(at: secondStart), second.kind == core.kind || (second.kind == .digits && core.kind == .digits) else { return nil }
        guard second.kind == .digits || second.kind == .words else { return nil }
        var low = core.value
        var high = second.value
        // "$5-7 million": the magnitude of the second bound applies to both.
        if second.magnified, !core.magnified, second.kind == .digits, let written = Self.parseDigits(words[second.tokens.lowerBound]), written != 0 {
            low *= high / written
        }
        guard low < high else { return nil }
        if core.yearLike && second.yearLike {
            let begin = start > 0 && word(start - 1) == "from" ? start - 1 : start
            return NumberMatch(label: "DATE", tokens: begin..<second.tokens.upperBound, attributes: [:],
                               date: nil, counts: nil).withValue("\(Int(low))/\(Int(high))")
        }
        var rangeEnd = second.tokens.upperBound
        var extra = Attributes()
        let begin = word(start - 1) == "between" || (word(start - 1) == "from" && joiner == "to") ? start - 1 : start
        if let next = word(rangeEnd) {
            if next == "%" || next == "percent" { rangeEnd += 1; extra["unit"] = "percent" }
            else if let unit = NumberWords.measureUnits[next] { rangeEnd += 1; extra["unit"] = .string(unit) }
            else if let (designator, isTime) = NumberWords.timeUnits[next] {
                rangeEnd += 1
                let map = ["S": "s", "M": isTime ? "min" : "mo", "H": "h", "D": "d", "W": "wk", "Y": "yr", "Y10": "yr"]
                extra["unit"] = .string(map[designator] ?? designator)
            } else if let (code, factor) = NumberWords.currencySuffixes[next] { rangeEnd += 1; secondCurrency = code; low *= factor; high *= factor }
        }
        var all: Attributes = ["low": number(low), "high": number(high)]
        for (key, value) in extra { all[key] = value }
        if let code = secondCurrency { all["currency"] = .string(code) }
        for (key, value) in attributes { all[key] = value }
        let counted = extra.isEmpty && secondCurrency == nil ? counts(after: rangeEnd, value: high) : nil
        return NumberMatch(label: "RANGE", tokens: begin..<rangeEnd, attributes: all, date: nil, counts: counted)
    }

    // MARK: - Context rules

    /// Where the counted noun starts: after "of the" in a partitive ("Fourteen of the hostages"),
    /// after "of" for magnitudes and pairs ("dozens of civilians", "a couple of residents").
    func countsStart(after end: Int, core: Core) -> Int {
        guard word(end) == "of" else { return end }
        if word(end + 1) == "the" { return end + 2 }
        let first = words[core.tokens.lowerBound]
        if core.magnified || ["a", "an"].contains(first) || NumberWords.pluralScales[first] != nil { return end + 1 }
        return end
    }

    /// "second" in "a second attack" but not "a second opinion" or "for a second".
    func ordinalWordAllowed(at index: Int) -> Bool {
        let word = words[index]
        let previous = self.word(index - 1) ?? ""
        let next = self.word(index + 1) ?? ""
        if word == "first" && (previous == "at" || sentenceStart(index) && next == ",") { return false }
        if ["opinion", "thoughts", "hand", "-", "lady", "aid", "person"].contains(next) { return false }
        if word == "second" && (next.isEmpty || [".", ",", "counts", "!"].contains(next) || previous == "every") { return false }
        if isCapitalized(index) && !sentenceStart(index) { return false } // "Fifth Republic"
        return ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "for", "in", "this", "that"].contains(previous)
            || next.hasSuffix("est") || next == "-"
    }

    /// "one" counts in "only one soldier", "one of 12 cities", "one of them"; not in
    /// "the one who", "no one", "one another", "one day", "one of the largest".
    func oneIsCount(at index: Int) -> Bool {
        let previous = word(index - 1) ?? ""
        let next = word(index + 1) ?? ""
        if ["the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone"].contains(previous) { return false }
        if ["another", "who", "day", "time", "way", "thing", "could", "should", "would", "can", "must", "might", "may", "-", "'s", "’s"].contains(next) { return false }
        if next == "of", word(index + 2) == "the", let after = word(index + 3), after.hasSuffix("est") || after == "most" { return false }
        if next.isEmpty || [".", ",", ";", ":"].contains(next) { return previous == "only" || previous == "just" }
        return true
    }

    /// The noun phrase a number counts, right after it: "Russian soldiers", "hogs", "people".
    func counts(after index: Int, value: Double) -> Range<Int>? {
        var end = index
        var lastNoun: Int?
        while end < tokens.count, end < index + 4, tokens[end].kind == .word, !lineBreakBefore(end) {
            let word = words[end]
            if Self.stopWords.contains(word) { break }
            if Self.isNounLike(word, plural: value != 1) { lastNoun = end }
            end += 1
            if lastNoun == end - 1, let next = self.word(end), !Self.isNounLike(next, plural: value != 1) { break }
        }
        guard let lastNoun else { return nil }
        return index..<(lastNoun + 1)
    }

    static let irregularPlurals: Set<String> = ["people", "children", "men", "women", "police", "personnel", "cattle", "staff", "livestock", "sheep", "fish", "deer", "aircraft", "troops", "civilians", "feet"]

    static func isNounLike(_ word: String, plural: Bool) -> Bool {
        if stopWords.contains(word) || word.hasSuffix("ing") || word.hasSuffix("ly") { return false }
        if irregularPlurals.contains(word) { return true }
        if plural { return word.count > 2 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") }
        return word.count > 2 && !word.hasSuffix("ed")
    }

    static let stopWords: Set<String> = [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "near", "over", "under", "since", "after", "before",
        "during", "per", "than", "as", "and", "or", "but", "the", "a", "an", "this", "that", "these", "those", "who", "which",
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
        "might", "can", "said", "says", "say", "more", "less", "fewer", "other", "others", "remaining", "each", "times",
        "percent", "its", "their", "his", "her", "our", "when", "while", "where", "also", "still", "all", "only", "just", "then",
        "year", "years", "day", "days", "week", "weeks", "month", "months", "hours", "minutes", "ago", "mln", "bn", "billion", "million",
        "thousand", "hundred", "dlrs", "cts", "pct", "vs", "yesterday", "today", "tomorrow",
    ]
}

/// Whole values as JSON integers ("27169", not "27169.0"), others as doubles.
func number(_ value: Double) -> AttributeValue {
    value == value.rounded() && abs(value) < 9e15 ? .int(Int(value)) : .double(value)
}

extension NumberMatch {
    func withValue(_ value: String) -> NumberMatch {
        var copy = self
        copy.attributes["value"] = .string(value)
        return copy
    }
}

extension String {
    /// Drops an ordinal suffix: "24th" → "24".
    func trimmingSuffix() -> String {
        for suffix in ["st", "nd", "rd", "th"] where hasSuffix(suffix) { return String(dropLast(2)) }
        return self
    }
}

